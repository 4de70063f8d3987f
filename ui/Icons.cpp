#include "Icons.h"

#include <QApplication>
#include <QImageReader>
#include <QStyle>

namespace tutordesk {

namespace {

QIcon themed(const char* name, QStyle::StandardPixmap fallback)
{
    if (QImageReader::supportedImageFormats().contains("svg"))
        return QIcon(QStringLiteral(":/icons/%1.svg").arg(QLatin1String(name)));
    return QApplication::style()->standardIcon(fallback);
}

} // namespace

QIcon Icons::application()
{
    return themed("tutordesk", QStyle::SP_DesktopIcon);
}

QIcon Icons::today()
{
    return themed("today", QStyle::SP_DialogApplyButton);
}

QIcon Icons::students()
{
    return themed("students", QStyle::SP_FileDialogDetailedView);
}

QIcon Icons::contacts()
{
    return themed("contacts", QStyle::SP_MessageBoxInformation);
}

QIcon Icons::progress()
{
    return themed("progress", QStyle::SP_FileDialogDetailedView);
}

QIcon Icons::placement()
{
    return themed("placement", QStyle::SP_FileDialogListView);
}

QIcon Icons::tutors()
{
    return themed("tutors", QStyle::SP_DirHomeIcon);
}

QIcon Icons::schedule()
{
    return themed("schedule", QStyle::SP_FileDialogContentsView);
}

QIcon Icons::calendar()
{
    return themed("calendar", QStyle::SP_FileDialogInfoView);
}

QIcon Icons::sync()
{
    return themed("sync", QStyle::SP_BrowserReload);
}

QIcon Icons::school()
{
    return themed("school", QStyle::SP_FileDialogNewFolder);
}

QIcon Icons::open()
{
    return themed("open", QStyle::SP_DialogOpenButton);
}

QIcon Icons::demo()
{
    return themed("demo", QStyle::SP_MediaPlay);
}

} // namespace tutordesk
