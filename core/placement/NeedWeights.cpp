#include "placement/NeedScore.h"
#include "store/Store.h"
#include "store/StoreError.h"
#include "store/Transaction.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <array>
#include <cmath>

namespace tutordesk {

namespace {

// A class of its own, so lupdate files these strings under the context they are looked up by.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(tutordesk::NeedScore)
};

constexpr const char* settingsKey = "need.weights";

// Each weight, its JSON key (the field's name) and how it reads in a message.
struct WeightField {
    const char* key;
    double NeedWeights::*member;
    const char* label;
};

constexpr std::array<WeightField, 10> fields = {{
    {"pointsPerLevelBelow", &NeedWeights::pointsPerLevelBelow,
     QT_TRANSLATE_NOOP("tutordesk::NeedScore", "Points per grade level below")},
    {"maxBenchmarkPoints", &NeedWeights::maxBenchmarkPoints,
     QT_TRANSLATE_NOOP("tutordesk::NeedScore", "Most points from the benchmark")},
    {"attendanceThreshold", &NeedWeights::attendanceThreshold,
     QT_TRANSLATE_NOOP("tutordesk::NeedScore", "Attendance threshold")},
    {"pointsPerAttendancePoint", &NeedWeights::pointsPerAttendancePoint,
     QT_TRANSLATE_NOOP("tutordesk::NeedScore", "Points per attendance point under the threshold")},
    {"maxAttendancePoints", &NeedWeights::maxAttendancePoints,
     QT_TRANSLATE_NOOP("tutordesk::NeedScore", "Most points from attendance")},
    {"englishLearner", &NeedWeights::englishLearner,
     QT_TRANSLATE_NOOP("tutordesk::NeedScore", "English learner")},
    {"disability", &NeedWeights::disability, QT_TRANSLATE_NOOP("tutordesk::NeedScore", "IEP or 504 plan")},
    {"foster", &NeedWeights::foster, QT_TRANSLATE_NOOP("tutordesk::NeedScore", "Foster youth")},
    {"homeless", &NeedWeights::homeless, QT_TRANSLATE_NOOP("tutordesk::NeedScore", "Homeless")},
    {"disadvantaged", &NeedWeights::disadvantaged,
     QT_TRANSLATE_NOOP("tutordesk::NeedScore", "Socio-economically disadvantaged")},
}};

} // namespace

NeedWeights NeedWeights::load(Store& store)
{
    NeedWeights weights;
    const QString text = store.db().queryText("SELECT value FROM settings WHERE key = ?", settingsKey);
    if (text.isEmpty())
        return weights;
    // A weight missing from the stored JSON keeps its default, so that a newer TutorDesk can add one.
    const QJsonObject object = QJsonDocument::fromJson(text.toUtf8()).object();
    NeedWeights loaded = weights;
    for (const WeightField& f : fields) {
        const QJsonValue value = object.value(QLatin1String(f.key));
        if (value.isDouble())
            loaded.*f.member = value.toDouble();
    }
    // A hand-edited setting that would not pass save() is not used: the defaults are.
    return validate(loaded) ? loaded : weights;
}

Result<void> NeedWeights::validate(const NeedWeights& weights)
{
    for (const WeightField& f : fields) {
        const double value = weights.*f.member;
        if (!std::isfinite(value) || value < 0.0 || value > 1000.0)
            return Error{Tr::tr("%1 must be a number from 0 to 1000, not %2.")
                             .arg(QCoreApplication::translate("tutordesk::NeedScore", f.label))
                             .arg(value)};
    }
    if (weights.attendanceThreshold > 100.0)
        return Error{Tr::tr("The attendance threshold is a percentage: give a number from 0 to 100, not %1.")
                         .arg(weights.attendanceThreshold)};
    return {};
}

Result<void> NeedWeights::save(Store& store, const NeedWeights& weights)
{
    if (auto valid = validate(weights); !valid)
        return valid;
    QJsonObject object;
    for (const WeightField& f : fields)
        object.insert(QLatin1String(f.key), weights.*f.member);
    try {
        Database& db = store.db();
        Transaction tx(db);
        db.run("INSERT INTO settings (key, value) VALUES (?, ?)"
               " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
               settingsKey, QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)));
        tx.commit();
    } catch (const StoreError& e) {
        return Error{Tr::tr("The need-score weights could not be saved: %1").arg(e.message())};
    }
    return {};
}

} // namespace tutordesk
