#include "placement/NeedScore.h"

#include "placement/Subjects.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

#include <algorithm>
#include <cmath>

namespace tutordesk {

namespace {

// A class of its own, so lupdate files these strings under the context they are looked up by.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(tutordesk::NeedScore)
};

// Points are kept in tenths: a score shown as 41.3 is 41.3 in the database, and the demo's stored
// scores and rank's compare exactly.
double tenths(double points)
{
    return std::round(points * 10.0) / 10.0;
}

QString levelsText(const std::optional<int>& levels)
{
    if (!levels)
        return Tr::tr("no grade-level placement");
    if (*levels <= 0)
        return Tr::tr("on or above grade level");
    if (*levels == 1)
        return Tr::tr("1 grade level below");
    return Tr::tr("%1 grade levels below").arg(*levels);
}

// "Reading: 2 grade levels below (i-Ready BOY, 2025-09-08)"
QString benchmarkText(const BenchmarkEvidence& b)
{
    QStringList source;
    const QString test = (b.instrument.trimmed() + QLatin1Char(' ') + b.window.trimmed()).trimmed();
    if (!test.isEmpty())
        source << test;
    if (b.on.isValid())
        source << b.on.toString(Qt::ISODate);
    QString text = Tr::tr("%1: %2").arg(Subjects::title(b.subject), levelsText(b.levelsBelow));
    if (!source.isEmpty())
        text += QStringLiteral(" (%1)").arg(source.join(QLatin1String(", ")));
    return text;
}

} // namespace

int NeedScoreRow::levelsBelowIn(const QString& subject) const
{
    for (const BenchmarkEvidence& b : benchmarks) {
        if (b.subject == subject)
            return std::max(0, b.levelsBelow.value_or(0));
    }
    return 0;
}

NeedScoreRow NeedScore::score(const NeedEvidence& evidence, const NeedWeights& weights,
                              const std::vector<TierDefinition>& tiers)
{
    NeedScoreRow row;
    row.attendanceRate = evidence.attendanceRate;
    row.benchmarks = evidence.benchmarks;
    std::stable_sort(row.benchmarks.begin(), row.benchmarks.end(),
                     [](const BenchmarkEvidence& a, const BenchmarkEvidence& b) {
                         return Subjects::order(a.subject) < Subjects::order(b.subject);
                     });

    // The benchmark: the worst subject counts, every subject is named.
    QStringList results;
    for (const BenchmarkEvidence& b : row.benchmarks) {
        row.levelsBelow = std::max(row.levelsBelow, b.levelsBelow.value_or(0));
        results << benchmarkText(b);
    }
    row.breakdown.push_back(
        {QStringLiteral("benchmark"),
         tenths(std::min(weights.maxBenchmarkPoints, weights.pointsPerLevelBelow * row.levelsBelow)),
         results.isEmpty() ? Tr::tr("No benchmark on file") : results.join(QLatin1String("; "))});

    auto add = [&](const char* factor, double points, const QString& detail) {
        points = tenths(points);
        if (points > 0.0)
            row.breakdown.push_back({QLatin1String(factor), points, detail});
    };
    if (const auto rate = evidence.attendanceRate; rate && *rate < weights.attendanceThreshold) {
        add("attendance",
            std::min(weights.maxAttendancePoints,
                     (weights.attendanceThreshold - *rate) * weights.pointsPerAttendancePoint),
            Tr::tr("School attendance %1%, under %2%")
                .arg(QString::number(*rate, 'f', 1), QString::number(weights.attendanceThreshold)));
    }
    if (evidence.elStatus == QLatin1String("EL"))
        add("englishLearner", weights.englishLearner, Tr::tr("English learner"));
    if (evidence.iep || evidence.section504)
        add("disability", weights.disability,
            evidence.iep && evidence.section504 ? Tr::tr("IEP and 504 plan")
            : evidence.iep                      ? Tr::tr("IEP")
                                                : Tr::tr("504 plan"));
    if (evidence.foster)
        add("foster", weights.foster, Tr::tr("Foster youth"));
    if (evidence.homeless)
        add("homeless", weights.homeless, Tr::tr("Homeless (McKinney-Vento)"));
    if (evidence.disadvantaged)
        add("disadvantaged", weights.disadvantaged, Tr::tr("Socio-economically disadvantaged"));

    double total = 0.0;
    for (const NeedFactor& f : row.breakdown)
        total += f.points;
    row.score = tenths(total);
    row.tier = Tiers::tierFor(tiers, row.score);
    return row;
}

bool NeedScore::ranksBefore(const NeedScoreRow& a, const NeedScoreRow& b)
{
    if (a.score != b.score)
        return a.score > b.score;
    if (a.levelsBelow != b.levelsBelow)
        return a.levelsBelow > b.levelsBelow;
    if (a.attendanceRate != b.attendanceRate) {
        // Lower attendance first; a student without a rate on file has no evidence here and comes last.
        if (!a.attendanceRate || !b.attendanceRate)
            return a.attendanceRate.has_value();
        return *a.attendanceRate < *b.attendanceRate;
    }
    return a.districtId < b.districtId;
}

QString NeedScore::breakdownJson(const NeedScoreRow& row)
{
    QJsonArray items;
    for (const NeedFactor& f : row.breakdown) {
        QJsonObject item{{QStringLiteral("factor"), f.factor},
                         {QStringLiteral("points"), f.points},
                         {QStringLiteral("detail"), f.detail}};
        // The first tie-break travels with the score, so that lists sort without re-reading benchmarks.
        if (f.factor == QLatin1String("benchmark"))
            item.insert(QStringLiteral("levelsBelow"), row.levelsBelow);
        items.append(item);
    }
    return QString::fromUtf8(QJsonDocument(items).toJson(QJsonDocument::Compact));
}

std::vector<NeedFactor> NeedScore::parseBreakdown(const QString& json, int* levelsBelow)
{
    std::vector<NeedFactor> factors;
    const QJsonArray items = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue& value : items) {
        const QJsonObject item = value.toObject();
        factors.push_back({item.value(QLatin1String("factor")).toString(),
                           item.value(QLatin1String("points")).toDouble(),
                           item.value(QLatin1String("detail")).toString()});
        if (levelsBelow && item.contains(QLatin1String("levelsBelow")))
            *levelsBelow = item.value(QLatin1String("levelsBelow")).toInt();
    }
    return factors;
}

} // namespace tutordesk
