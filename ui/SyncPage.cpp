#include "SyncPage.h"

#include "MessageBar.h"
#include "OutboxModel.h"
#include "PageHeading.h"
#include "Session.h"
#include "SyncService.h"
#include "SyncText.h"
#include "exchange/ExchangeSettings.h"
#include "store/StoreError.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace tutordesk {

SyncPage::SyncPage(Session& session, SyncService& service, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_service(service)
    , m_headline(new QLabel(this))
    , m_details(new QLabel(this))
    , m_includes(new QLabel(this))
    , m_send(new QPushButton(tr("&Send Now"), this))
    , m_copy(new QPushButton(tr("&Copy to a Folder…"), this))
    , m_export(new QToolButton(this))
    , m_settings(new QPushButton(tr("Se&ttings…"), this))
    , m_progress(new QProgressBar(this))
    , m_stop(new QPushButton(tr("Stop"), this))
    , m_activity(new QLabel(this))
    , m_message(new MessageBar(this))
    , m_table(new QTableView(this))
    , m_model(new OutboxModel(this))
{
    auto* layout = new QVBoxLayout(this);
    m_send->setToolTip(tr("Send every waiting bundle to the district now"));
    m_export->setText(tr("&Export Now"));
    m_export->setToolTip(tr("Make a bundle of what changed since the last one, then send it"));
    m_export->setPopupMode(QToolButton::MenuButtonPopup);
    m_export->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto* exportMenu = new QMenu(m_export);
    exportMenu->addAction(tr("What Changed Since the Last Bundle"), this,
                          [this] { m_service.exportNow(BundleMode::Delta); });
    exportMenu->addAction(tr("Every Row (a Full Bundle)"), this,
                          [this] { m_service.exportNow(BundleMode::Bulk); });
    m_export->setMenu(exportMenu);
    connect(m_export, &QToolButton::clicked, this, [this] { m_service.exportNow(BundleMode::Delta); });
    connect(m_send, &QPushButton::clicked, this, [this] { m_service.sendNow(); });
    connect(m_settings, &QPushButton::clicked, this, &SyncPage::settingsRequested);
    // An offline campus carries its bundles on a USB stick: every waiting one goes into the folder, in order.
    m_copy->setToolTip(
        tr("Write the waiting bundles into a folder, such as a USB stick for the district office"));
    m_chooseFolder = [this] {
        return QFileDialog::getExistingDirectory(this, tr("Copy the Waiting Bundles to a Folder"));
    };
    connect(m_copy, &QPushButton::clicked, this, [this] {
        const QString folder = m_chooseFolder();
        if (!folder.isEmpty())
            m_service.sendToFolder(folder);
    });
    layout->addLayout(
        makePageHeader(tr("District Sync"), this, nullptr, {m_send, m_copy, m_export, m_settings}));
    layout->addWidget(m_message);
    m_message->hide();

    QFont bigger = m_headline->font();
    bigger.setPointSizeF(bigger.pointSizeF() * 1.15);
    bigger.setBold(true);
    m_headline->setFont(bigger);
    m_headline->setAccessibleName(tr("Sync state"));
    layout->addWidget(m_headline);
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setAccessibleName(tr("Sync details"));
    layout->addWidget(m_details);

    auto* activityRow = new QHBoxLayout;
    activityRow->addWidget(m_activity);
    m_progress->setRange(0, 100);
    m_progress->setAccessibleName(tr("Export progress"));
    activityRow->addWidget(m_progress, 1);
    activityRow->addWidget(m_stop);
    layout->addLayout(activityRow);
    connect(m_stop, &QPushButton::clicked, this, [this] { m_service.cancelExport(); });

    m_includes->setWordWrap(true);
    m_includes->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_includes);

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    m_table->setAccessibleName(tr("Bundles for the district"));
    layout->addWidget(m_table, 1);

    connect(&m_service, &SyncService::changed, this, [this] {
        if (isVisible())
            reload();
    });
    connect(&m_service, &SyncService::exportProgress, m_progress, &QProgressBar::setValue);
    connect(&m_session, &Session::storeChanged, this, [this] {
        if (isVisible())
            reload();
    });
    showActivity();
}

SyncPage::~SyncPage() = default;

void SyncPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    reload();
}

void SyncPage::reload()
{
    Store* store = m_session.store();
    const QDateTime now = m_service.now();
    showActivity();
    if (!store) {
        m_model->setEntries({}, now);
        return;
    }
    try {
        const ExchangeSettings settings = ExchangeSettings::load(*store);
        const SyncStatus status = m_service.status();
        const bool destinationSet = !settings.destination.isEmpty();
        m_headline->setText(SyncText::headline(status, destinationSet));
        QString details = SyncText::details(status, SyncText::destination(settings.destination), now);
        if (!destinationSet)
            details +=
                QLatin1Char('\n') +
                tr("Bundles wait here until a folder or the district's address is chosen in Settings.");
        m_details->setText(details);
        QStringList includes;
        includes << (settings.includeNames ? tr("Students' names are included.")
                                           : tr("Students' names are left out (the district has them)."));
        includes << (settings.includeNotes ? tr("Contact notes are included.")
                                           : tr("Contact notes are left out."));
        includes << (settings.dailyAfter
                         ? tr("What changed is sent every day after %1 while TutorDesk is open.")
                               .arg(QLocale().toString(*settings.dailyAfter, QLocale::ShortFormat))
                         : tr("Nothing is sent on a schedule: use Export Now, or tutordesk-cli sync."));
        m_includes->setText(includes.join(QLatin1Char(' ')));
        m_model->setEntries(Outbox::recent(*store, 200), now);
        m_table->resizeColumnsToContents();
    } catch (const StoreError& e) {
        m_message->showProblem(tr("The outbox could not be read: %1").arg(e.message()));
    }
}

void SyncPage::showActivity()
{
    const bool exporting = m_service.isExporting();
    const bool sending = m_service.isSending();
    m_progress->setVisible(exporting);
    m_stop->setVisible(exporting);
    m_progress->setValue(m_service.exportPercent());
    m_activity->setVisible(exporting || sending);
    m_activity->setText(exporting ? tr("Making the bundle…") : tr("Sending…"));
    m_export->setEnabled(!exporting && m_session.store());
    m_send->setEnabled(!sending && !exporting && m_session.store());
    m_copy->setEnabled(!sending && !exporting && m_session.store());
    if (m_service.lastMessage().isEmpty())
        m_message->hide();
    else
        m_message->showMessage(m_service.lastMessage(), m_service.lastMessageIsProblem()
                                                            ? MessageBar::Kind::Problem
                                                            : MessageBar::Kind::Info);
}

} // namespace tutordesk
