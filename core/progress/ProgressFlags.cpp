#include "progress/ProgressFlags.h"

#include "store/Statement.h"
#include "store/Store.h"
#include "store/StoreError.h"
#include "store/Transaction.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonValue>
#include <QLocale>

#include <cmath>

namespace tutordesk {

const char* ProgressFlags::sqlExpression()
{
    return "(CASE WHEN sf.status NOT IN ('invited', 'consented', 'active') THEN 0"
           " WHEN sf.sessions_attended + sf.sessions_absent >= :flag_min_held"
           "  AND sf.sessions_attended < :flag_not_attending_rate * (sf.sessions_attended + "
           "sf.sessions_absent)"
           "  THEN 2"
           " WHEN sf.sessions_attended >= :flag_min_attended"
           "  AND sf.sessions_attended >= :flag_well_attended_rate * (sf.sessions_attended + "
           "sf.sessions_absent)"
           "  AND pg.growth IS NOT NULL AND pg.growth < :flag_min_growth AND NOT pg.mastered"
           "  THEN 1 ELSE 0 END)";
}

void ProgressFlags::bind(Statement& statement, const ProgressFlagRules& rules)
{
    statement.bindNamed(":flag_min_held", rules.minSessionsHeld);
    statement.bindNamed(":flag_not_attending_rate", rules.notAttendingRate);
    statement.bindNamed(":flag_min_attended", rules.minSessionsAttended);
    statement.bindNamed(":flag_well_attended_rate", rules.wellAttendedRate);
    statement.bindNamed(":flag_min_growth", rules.minGrowth);
}

namespace {

// A class of its own, so lupdate files these strings under the context they are looked up by.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(tutordesk::ProgressFlags)
};

constexpr const char* settingsKey = "progress.flags";

QString percent(double rate)
{
    const QLocale locale;
    return locale.toString(rate * 100.0, 'f', 0) + locale.percent();
}

QString points(double value)
{
    return Tr::tr("%1 pts").arg(QLocale().toString(value, 'f', value == std::floor(value) ? 0 : 1));
}

// A JSON number within a sane magnitude; anything else keeps the default.
std::optional<double> number(const QJsonObject& json, const char* key)
{
    const QJsonValue value = json.value(QLatin1String(key));
    if (!value.isDouble() || !std::isfinite(value.toDouble()) || std::abs(value.toDouble()) > 1e6)
        return std::nullopt;
    return value.toDouble();
}

} // namespace

QJsonObject ProgressFlags::toJson(const ProgressFlagRules& rules)
{
    QJsonObject object;
    object.insert(QLatin1String("minSessionsAttended"), rules.minSessionsAttended);
    object.insert(QLatin1String("wellAttendedRate"), rules.wellAttendedRate);
    object.insert(QLatin1String("minGrowth"), rules.minGrowth);
    object.insert(QLatin1String("minSessionsHeld"), rules.minSessionsHeld);
    object.insert(QLatin1String("notAttendingRate"), rules.notAttendingRate);
    return object;
}

ProgressFlagRules ProgressFlags::fromJson(const QJsonObject& json)
{
    // A key missing from the stored JSON keeps its default, so that a newer TutorDesk can add one.
    ProgressFlagRules rules;
    if (const auto n = number(json, "minSessionsAttended"))
        rules.minSessionsAttended = static_cast<int>(std::lround(*n));
    if (const auto n = number(json, "wellAttendedRate"))
        rules.wellAttendedRate = *n;
    if (const auto n = number(json, "minGrowth"))
        rules.minGrowth = *n;
    if (const auto n = number(json, "minSessionsHeld"))
        rules.minSessionsHeld = static_cast<int>(std::lround(*n));
    if (const auto n = number(json, "notAttendingRate"))
        rules.notAttendingRate = *n;
    return rules;
}

ProgressFlagRules ProgressFlags::load(Store& store)
{
    const QString text = store.db().queryText("SELECT value FROM settings WHERE key = ?", settingsKey);
    if (text.isEmpty())
        return defaults();
    const ProgressFlagRules loaded = fromJson(QJsonDocument::fromJson(text.toUtf8()).object());
    // A hand-edited setting that would not pass save() is not used: the defaults are.
    return validate(loaded) ? defaults() : loaded;
}

std::optional<QString> ProgressFlags::validate(const ProgressFlagRules& rules)
{
    if (rules.minSessionsAttended < 1 || rules.minSessionsAttended > 200)
        return Tr::tr("Sessions attended before judging growth must be a whole number from 1 to 200, not %1.")
            .arg(rules.minSessionsAttended);
    if (!(rules.wellAttendedRate > 0.0 && rules.wellAttendedRate <= 1.0))
        return Tr::tr(
                   "The attendance that counts as attending well must be above 0% and at most 100%, not %1.")
            .arg(percent(rules.wellAttendedRate));
    if (!(rules.minGrowth >= 0.0 && rules.minGrowth <= 100.0))
        return Tr::tr("The growth expected must be from 0 to 100 percentage points, not %1.")
            .arg(points(rules.minGrowth));
    if (rules.minSessionsHeld < 1 || rules.minSessionsHeld > 200)
        return Tr::tr("Sessions needed to judge attendance must be a whole number from 1 to 200, not %1.")
            .arg(rules.minSessionsHeld);
    if (!(rules.notAttendingRate > 0.0 && rules.notAttendingRate <= 1.0))
        return Tr::tr("The attendance under which a student is not attending must be above 0% and at most "
                      "100%, not %1.")
            .arg(percent(rules.notAttendingRate));
    if (rules.notAttendingRate > rules.wellAttendedRate)
        return Tr::tr("The attendance under which a student is not attending (%1) must not be above the "
                      "attendance that counts as attending well (%2).")
            .arg(percent(rules.notAttendingRate), percent(rules.wellAttendedRate));
    return std::nullopt;
}

Result<void> ProgressFlags::save(Store& store, const ProgressFlagRules& rules)
{
    if (const auto problem = validate(rules))
        return Error{Tr::tr("The progress flags were not saved: %1").arg(*problem)};
    try {
        Database& db = store.db();
        Transaction tx(db);
        db.run("INSERT INTO settings (key, value) VALUES (?, ?)"
               " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
               settingsKey, QString::fromUtf8(QJsonDocument(toJson(rules)).toJson(QJsonDocument::Compact)));
        tx.commit();
    } catch (const StoreError& e) {
        return Error{
            Tr::tr("The progress flags could not be saved in %1: %2").arg(store.path(), e.message())};
    }
    return {};
}

QString ProgressFlags::title(ProgressFlag flag)
{
    switch (flag) {
    case ProgressFlag::NotImproving:
        return Tr::tr("Attending, not improving");
    case ProgressFlag::NotAttending:
        return Tr::tr("Not attending");
    case ProgressFlag::None:
        break;
    }
    return Tr::tr("No flag");
}

QString ProgressFlags::explanation(ProgressFlag flag, const ProgressFlagRules& rules)
{
    switch (flag) {
    case ProgressFlag::NotImproving:
        return Tr::tr(
                   "Came to at least %1 at %2 attendance or better, yet grew less than %3 on the group's "
                   "skill probe (pre to latest) and has not reached mastery. Attending is not the problem: "
                   "look at the instruction.")
            .arg(QCoreApplication::translate("tutordesk::ProgressFlags", "%n session(s)", nullptr,
                                             rules.minSessionsAttended),
                 percent(rules.wellAttendedRate), points(rules.minGrowth));
    case ProgressFlag::NotAttending:
        return Tr::tr("Came to fewer than %1 of the sessions with attendance taken, after at least %2. The "
                      "student is not getting the tutoring: reach the family first.")
            .arg(percent(rules.notAttendingRate),
                 QCoreApplication::translate("tutordesk::ProgressFlags", "%n session(s)", nullptr,
                                             rules.minSessionsHeld));
    case ProgressFlag::None:
        break;
    }
    return Tr::
        tr("Neither flag applies: attendance is not below %1, and growth is not yet judged or is at least "
           "%2 (or the skill is mastered).")
            .arg(percent(rules.notAttendingRate), points(rules.minGrowth));
}

} // namespace tutordesk
