#include "placement/PlacementText.h"

#include "placement/Subjects.h"
#include "store/StoreError.h"

#include <QCoreApplication>

namespace tutordesk {

namespace {

// A class of its own, so lupdate files these strings under the context they are looked up by.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(tutordesk::Placement)
};

} // namespace

QString PlacementText::groupName(const QString& subject, const QString& band, int tier, const QString& letter)
{
    return Tr::tr("%1 \u00b7 Grades %2 \u00b7 Tier %3 \u00b7 %4")
        .arg(Subjects::title(subject), band, QString::number(tier), letter);
}

QString PlacementText::groupFull(const QString& name, int taken, int cap)
{
    return Tr::tr("%1 is full (%2 of %3). Move someone out first or choose another group.")
        .arg(name, QString::number(taken), QString::number(cap));
}

bool PlacementText::isGroupFull(const StoreError& error)
{
    return error.message().contains(QLatin1String("group is full"));
}

QString PlacementText::letter(int index)
{
    QString text;
    for (int n = index + 1; n > 0; n = (n - 1) / 26)
        text.prepend(QChar(static_cast<char16_t>(u'A' + (n - 1) % 26)));
    return text;
}

} // namespace tutordesk
