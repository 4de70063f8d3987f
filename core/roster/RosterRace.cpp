// RosterValues::race: federal race categories from CALPADS codes, letters and names.
#include "roster/RosterValues.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QStringList>

namespace tutordesk {

namespace {

// A class of its own, so lupdate files these strings under the context they are looked up by.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(tutordesk::RosterValues)
};

enum class Race { AmericanIndian, Asian, Black, PacificIslander, White, Hispanic, Unspecified, None };

const QHash<QString, Race>& raceTable()
{
    static const QHash<QString, Race> table = [] {
        const std::initializer_list<std::pair<const char*, Race>> entries = {
            // CALPADS race codes; Filipino (400) is Asian in federal reporting.
            {"100", Race::AmericanIndian},
            {"201", Race::Asian},
            {"202", Race::Asian},
            {"203", Race::Asian},
            {"204", Race::Asian},
            {"205", Race::Asian},
            {"206", Race::Asian},
            {"207", Race::Asian},
            {"208", Race::Asian},
            {"299", Race::Asian},
            {"400", Race::Asian},
            {"301", Race::PacificIslander},
            {"302", Race::PacificIslander},
            {"303", Race::PacificIslander},
            {"304", Race::PacificIslander},
            {"399", Race::PacificIslander},
            {"600", Race::Black},
            {"700", Race::White},
            // Letters and names.
            {"I", Race::AmericanIndian},
            {"AI", Race::AmericanIndian},
            {"AIAN", Race::AmericanIndian},
            {"American Indian", Race::AmericanIndian},
            {"Alaska Native", Race::AmericanIndian},
            {"Native American", Race::AmericanIndian},
            {"American Indian or Alaska Native", Race::AmericanIndian},
            {"American Indian/Alaska Native", Race::AmericanIndian},
            {"American Indian - Alaska Native", Race::AmericanIndian},
            {"A", Race::Asian},
            {"Asian", Race::Asian},
            {"Chinese", Race::Asian},
            {"Japanese", Race::Asian},
            {"Korean", Race::Asian},
            {"Vietnamese", Race::Asian},
            {"Asian Indian", Race::Asian},
            {"Laotian", Race::Asian},
            {"Cambodian", Race::Asian},
            {"Hmong", Race::Asian},
            {"Other Asian", Race::Asian},
            {"Filipino", Race::Asian},
            {"B", Race::Black},
            {"Black", Race::Black},
            {"African American", Race::Black},
            {"Black or African American", Race::Black},
            {"Black/African American", Race::Black},
            {"P", Race::PacificIslander},
            {"PI", Race::PacificIslander},
            {"NHPI", Race::PacificIslander},
            {"Pacific Islander", Race::PacificIslander},
            {"Native Hawaiian", Race::PacificIslander},
            {"Hawaiian", Race::PacificIslander},
            {"Guamanian", Race::PacificIslander},
            {"Samoan", Race::PacificIslander},
            {"Tahitian", Race::PacificIslander},
            {"Other Pacific Islander", Race::PacificIslander},
            {"Native Hawaiian or Other Pacific Islander", Race::PacificIslander},
            {"Native Hawaiian/Pacific Islander", Race::PacificIslander},
            {"Native Hawaiian - Pacific Islander", Race::PacificIslander},
            {"W", Race::White},
            {"White", Race::White},
            {"Caucasian", Race::White},
            {"H", Race::Hispanic},
            {"Hispanic", Race::Hispanic},
            {"Latino", Race::Hispanic},
            {"Hispanic or Latino", Race::Hispanic},
            {"Hispanic/Latino", Race::Hispanic},
            {"Two or More Races", Race::Unspecified},
            {"Two or More", Race::Unspecified},
            {"Multiracial", Race::Unspecified},
            {"Multiple", Race::Unspecified},
            {"Declined to State", Race::None},
            {"Declined", Race::None},
            {"Not Reported", Race::None},
            {"Unknown", Race::None},
            {"Other", Race::None},
        };
        QHash<QString, Race> built;
        for (const auto& [name, race] : entries)
            built.insert(RosterValues::squash(QString::fromUtf8(name)), race);
        return built;
    }();
    return table;
}

bool apply(const QString& token, RaceFlags& flags)
{
    const auto it = raceTable().constFind(RosterValues::squash(token));
    if (it == raceTable().constEnd())
        return false;
    switch (*it) {
    case Race::AmericanIndian:
        flags.americanIndian = true;
        break;
    case Race::Asian:
        flags.asian = true;
        break;
    case Race::Black:
        flags.black = true;
        break;
    case Race::PacificIslander:
        flags.pacificIslander = true;
        break;
    case Race::White:
        flags.white = true;
        break;
    case Race::Hispanic:
        flags.hispanicLatino = true;
        break;
    case Race::Unspecified:
        flags.unspecified = true;
        break;
    case Race::None:
        break;
    }
    return true;
}

} // namespace

Result<std::optional<RaceFlags>> RosterValues::race(const QString& text)
{
    const QString value = text.trimmed();
    if (value.isEmpty())
        return std::optional<RaceFlags>();
    static const QRegularExpression separators(QStringLiteral("[;,|+]"));
    RaceFlags flags;
    QStringList unknown;
    for (const QString& token : value.split(separators, Qt::SkipEmptyParts)) {
        if (token.trimmed().isEmpty() || apply(token, flags))
            continue;
        // "Asian/White": a slash between two races, not inside one name.
        const QStringList parts = token.split(QLatin1Char('/'), Qt::SkipEmptyParts);
        bool all = parts.size() > 1;
        for (const QString& part : parts)
            all = apply(part, flags) && all;
        if (!all)
            unknown << token.trimmed();
    }
    if (!unknown.isEmpty())
        return Error{
            Tr::tr("\"%1\" is not a race TutorDesk knows. Use the federal categories (American Indian or "
                   "Alaska Native, Asian, Black or African American, Native Hawaiian or Other Pacific "
                   "Islander, White) or CALPADS race codes (100, 201 to 299, 301 to 399, 400, 600, 700); "
                   "separate several with semicolons.")
                .arg(unknown.join(QStringLiteral(", ")))};
    return std::optional<RaceFlags>(flags);
}

} // namespace tutordesk
