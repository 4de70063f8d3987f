#include "PdfFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPdfWriter>

namespace tutordesk {

namespace {

// A class of its own, so lupdate files these strings under the context they are looked up by.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(tutordesk::PdfFile)
};

} // namespace

Result<int> writePdfFile(const QString& path, const QString& title,
                         const std::function<int(QPdfWriter&)>& paint)
{
    const QString shown = QDir::toNativeSeparators(path);
    const QString part = path + QStringLiteral(".part");
    QFile::remove(part);
    QFile file(part);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return Error{Tr::tr("%1 could not be saved: %2. Choose a folder you can write to.")
                         .arg(shown, file.errorString())};
    int pages = 0;
    {
        QPdfWriter writer(&file);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("TutorDesk %1").arg(QStringLiteral(TUTORDESK_VERSION)));
        pages = paint(writer);
    }
    const bool written = file.error() == QFileDevice::NoError && file.flush();
    file.close();
    if (pages == 0 || !written) {
        const QString reason = file.errorString();
        QFile::remove(part);
        return Error{Tr::tr("%1 could not be saved: %2. Check that the disk has room and try again.")
                         .arg(shown, pages == 0 ? Tr::tr("nothing could be drawn on the pages") : reason)};
    }
    // Replace an older file of the same name only once the new one is whole.
    if (QFileInfo::exists(path) && !QFile::remove(path)) {
        QFile::remove(part);
        return Error{
            Tr::tr("%1 could not be replaced: it may be open in another program. Close it, or choose "
                   "another name.")
                .arg(shown)};
    }
    if (!QFile::rename(part, path)) {
        QFile::remove(part);
        return Error{Tr::tr("%1 could not be saved. Choose a folder you can write to.").arg(shown)};
    }
    return pages;
}

} // namespace tutordesk
