#include "BundledFonts.h"

#include <QCoreApplication>
#include <QDir>
#include <QFontDatabase>

namespace tutordesk {

void addBundledFonts()
{
    // bin/tutordesk.exe beside fonts/, as the installer lays them out.
    const QDir fonts(QCoreApplication::applicationDirPath() + QStringLiteral("/../fonts"));
    if (!fonts.exists())
        return;
    const QStringList files = fonts.entryList(
        {QStringLiteral("*.ttf"), QStringLiteral("*.otf"), QStringLiteral("*.ttc")}, QDir::Files);
    for (const QString& file : files)
        QFontDatabase::addApplicationFont(fonts.filePath(file));
}

} // namespace tutordesk
