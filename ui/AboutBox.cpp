#include "AboutBox.h"

#include "Icons.h"
#include "Session.h"
#include "store/Store.h"
#include "store/StoreError.h"

#include <QDir>
#include <QMessageBox>

namespace tutordesk {

QString AboutBox::text(const Session& session)
{
    QString database = tr("No database is open.");
    if (Store* store = session.store()) {
        QString version;
        try {
            version = QString::number(store->schemaVersion());
        } catch (const StoreError& e) {
            version = e.message();
        }
        database = tr("<p><b>School:</b> %1<br><b>Database:</b> %2<br><b>Data version:</b> %3</p>")
                       .arg(session.school().name.toHtmlEscaped(),
                            QDir::toNativeSeparators(store->path()).toHtmlEscaped(), version);
    }
    return tr("<h3>TutorDesk %1</h3>"
              "<p>Intensive tutoring, run by need: who gets a seat, who tutors them and when, who "
              "attended, and whether it works.</p>"
              "%2"
              "<p>Built with Qt %3 (running on Qt %4).</p>")
        .arg(QStringLiteral(TUTORDESK_VERSION), database, QStringLiteral(QT_VERSION_STR),
             QString::fromLatin1(qVersion()));
}

QMessageBox* AboutBox::open(QWidget* parent, const Session& session)
{
    auto* box = new QMessageBox(parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowTitle(tr("About TutorDesk"));
    box->setIconPixmap(Icons::application().pixmap(64, 64));
    box->setTextFormat(Qt::RichText);
    box->setText(text(session));
    box->setTextInteractionFlags(Qt::TextSelectableByMouse); // support may ask for the path
    box->setStandardButtons(QMessageBox::Ok);
    box->open();
    return box;
}

} // namespace tutordesk
