#include "protocol/ProtocolRules.h"

#include "store/Store.h"
#include "store/StoreError.h"
#include "store/Transaction.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonValue>

#include <array>
#include <cmath>

namespace tutordesk {

namespace {

// A class of its own, so lupdate files these strings under the context they are looked up by.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(tutordesk::ProtocolRules)
};

constexpr const char* settingsKey = "protocol.rules";

// Each number, its JSON key (the field's name), its allowed range and how it reads in a message.
struct NumberField {
    const char* key;
    int ProtocolThresholds::*member;
    int least;
    int most; // 0: no upper limit
    const char* label;
};

constexpr int noLimit = 0;

constexpr std::array<NumberField, 12> numbers = {{
    {"notifyAfter", &ProtocolThresholds::notifyAfter, 1, noLimit,
     QT_TRANSLATE_NOOP("tutordesk::ProtocolRules", "Absences in a row before the family is notified")},
    {"notifyDueDays", &ProtocolThresholds::notifyDueDays, 0, 30,
     QT_TRANSLATE_NOOP("tutordesk::ProtocolRules", "School days to notify the family")},
    {"makeupAfter", &ProtocolThresholds::makeupAfter, 1, noLimit,
     QT_TRANSLATE_NOOP("tutordesk::ProtocolRules", "Absences in a row before a make-up")},
    {"makeupDueDays", &ProtocolThresholds::makeupDueDays, 0, 30,
     QT_TRANSLATE_NOOP("tutordesk::ProtocolRules", "School days to schedule a make-up")},
    {"escalateAfter", &ProtocolThresholds::escalateAfter, 1, noLimit,
     QT_TRANSLATE_NOOP("tutordesk::ProtocolRules", "Absences in a row before escalating")},
    {"escalateBelowPercent", &ProtocolThresholds::escalateBelowPercent, 1, 100,
     QT_TRANSLATE_NOOP("tutordesk::ProtocolRules", "The attendance percentage under which to escalate")},
    {"escalateWindowWeeks", &ProtocolThresholds::escalateWindowWeeks, 1, 12,
     QT_TRANSLATE_NOOP("tutordesk::ProtocolRules", "Weeks the attendance percentage looks back")},
    {"escalateMinSessions", &ProtocolThresholds::escalateMinSessions, 1, noLimit,
     QT_TRANSLATE_NOOP("tutordesk::ProtocolRules", "Sessions needed to judge the attendance percentage")},
    {"escalateDueDays", &ProtocolThresholds::escalateDueDays, 0, 30,
     QT_TRANSLATE_NOOP("tutordesk::ProtocolRules", "School days to escalate")},
    {"pauseAfter", &ProtocolThresholds::pauseAfter, 1, noLimit,
     QT_TRANSLATE_NOOP("tutordesk::ProtocolRules", "Absences in a row before pausing the seat")},
    {"pauseDueDays", &ProtocolThresholds::pauseDueDays, 0, 30,
     QT_TRANSLATE_NOOP("tutordesk::ProtocolRules", "School days to pause the seat")},
    {"coverDueDays", &ProtocolThresholds::coverDueDays, 0, 30,
     QT_TRANSLATE_NOOP("tutordesk::ProtocolRules",
                       "School days before a session to cover a tutor's absence")},
}};

struct FlagField {
    const char* key;
    bool ProtocolThresholds::*member;
};

constexpr std::array<FlagField, 2> flags = {{
    {"notifyOnExcused", &ProtocolThresholds::notifyOnExcused},
    {"makeupOnUnexcused", &ProtocolThresholds::makeupOnUnexcused},
}};

QString label(const NumberField& f)
{
    return QCoreApplication::translate("tutordesk::ProtocolRules", f.label);
}

} // namespace

QJsonObject ProtocolRules::toJson(const ProtocolThresholds& thresholds)
{
    QJsonObject object;
    for (const NumberField& f : numbers)
        object.insert(QLatin1String(f.key), thresholds.*f.member);
    for (const FlagField& f : flags)
        object.insert(QLatin1String(f.key), thresholds.*f.member);
    return object;
}

ProtocolThresholds ProtocolRules::fromJson(const QJsonObject& json)
{
    // A key missing from the stored JSON keeps its default, so that a newer TutorDesk can add one.
    ProtocolThresholds thresholds;
    for (const NumberField& f : numbers) {
        const QJsonValue value = json.value(QLatin1String(f.key));
        if (value.isDouble() && std::isfinite(value.toDouble()) && std::abs(value.toDouble()) < 1e6)
            thresholds.*f.member = static_cast<int>(std::lround(value.toDouble()));
    }
    for (const FlagField& f : flags) {
        const QJsonValue value = json.value(QLatin1String(f.key));
        if (value.isBool())
            thresholds.*f.member = value.toBool();
    }
    return thresholds;
}

ProtocolThresholds ProtocolRules::load(Store& store)
{
    const QString text = store.db().queryText("SELECT value FROM settings WHERE key = ?", settingsKey);
    if (text.isEmpty())
        return defaults();
    const ProtocolThresholds loaded = fromJson(QJsonDocument::fromJson(text.toUtf8()).object());
    // A hand-edited setting that would not pass save() is not used: the defaults are.
    return validate(loaded) ? defaults() : loaded;
}

std::optional<QString> ProtocolRules::validate(const ProtocolThresholds& thresholds)
{
    for (const NumberField& f : numbers) {
        const int value = thresholds.*f.member;
        if (f.most == noLimit && value < f.least)
            return Tr::tr("%1 must be %2 or more, not %3.").arg(label(f)).arg(f.least).arg(value);
        if (f.most != noLimit && (value < f.least || value > f.most))
            return Tr::tr("%1 must be a whole number from %2 to %3, not %4.")
                .arg(label(f))
                .arg(f.least)
                .arg(f.most)
                .arg(value);
    }
    return std::nullopt;
}

Result<void> ProtocolRules::save(Store& store, const ProtocolThresholds& thresholds)
{
    if (const auto problem = validate(thresholds))
        return Error{Tr::tr("The protocol's thresholds were not saved: %1").arg(*problem)};
    try {
        Database& db = store.db();
        Transaction tx(db);
        db.run("INSERT INTO settings (key, value) VALUES (?, ?)"
               " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
               settingsKey,
               QString::fromUtf8(QJsonDocument(toJson(thresholds)).toJson(QJsonDocument::Compact)));
        tx.commit();
    } catch (const StoreError& e) {
        return Error{
            Tr::tr("The protocol's thresholds could not be saved in %1: %2").arg(store.path(), e.message())};
    }
    return {};
}

} // namespace tutordesk
