#include "ChartBuilders.h"

#include "progress/ChartData.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QCursor>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QHorizontalBarSeries>
#include <QLegend>
#include <QLineSeries>
#include <QLocale>
#include <QPen>
#include <QScatterSeries>
#include <QStackedBarSeries>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <functional>

namespace tutordesk {
namespace {

// A class of its own, so lupdate files these strings under the context they are looked up by.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(tutordesk::ChartBuilders)
};

// Okabe–Ito.
const QColor blue(0x00, 0x72, 0xB2);
const QColor orange(0xE6, 0x9F, 0x00);
const QColor green(0x00, 0x9E, 0x73);
const QColor vermillion(0xD5, 0x5E, 0x00);
const QColor purple(0xCC, 0x79, 0xA7);
const QColor sky(0x56, 0xB4, 0xE9);
const QColor grey(0x88, 0x88, 0x88);

QString shortDate(const QDate& day)
{
    return QLocale().toString(day, QLocale::ShortFormat);
}

qreal msecs(const QDate& day)
{
    return static_cast<qreal>(QDateTime(day, QTime(12, 0)).toMSecsSinceEpoch());
}

QChart* newChart(const QString& title)
{
    auto* chart = new QChart;
    chart->setTitle(title);
    QFont font = chart->titleFont();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.1);
    chart->setTitleFont(font);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setVisible(true);
    chart->setMargins(QMargins(4, 4, 4, 4));
    return chart;
}

QValueAxis* valueAxis(QChart* chart, const QString& title, qreal min, qreal max, Qt::Alignment side,
                      bool integers = false)
{
    auto* axis = new QValueAxis;
    axis->setTitleText(title);
    axis->setRange(min, max);
    if (integers) {
        axis->setLabelFormat(QStringLiteral("%d"));
        axis->applyNiceNumbers();
        // Whole numbers on a short axis: no repeated labels like 0, 0, 1, 1.
        if (axis->max() - axis->min() < 8)
            axis->setTickCount(static_cast<int>(axis->max() - axis->min()) + 1);
    }
    chart->addAxis(axis, side);
    return axis;
}

QDateTimeAxis* dateAxis(QChart* chart, const QDate& first, const QDate& last, const QString& title)
{
    auto* axis = new QDateTimeAxis;
    axis->setFormat(QLocale().dateFormat(QLocale::ShortFormat));
    axis->setTitleText(title);
    const QDate to = last > first ? last : first.addDays(7);
    axis->setRange(QDateTime(first.addDays(-2), QTime(0, 0)), QDateTime(to.addDays(2), QTime(0, 0)));
    axis->setTickCount(std::clamp(static_cast<int>(first.daysTo(to) / 14) + 2, 2, 7));
    chart->addAxis(axis, Qt::AlignBottom);
    return axis;
}

QBarCategoryAxis* weekAxis(QChart* chart, const QStringList& weeks)
{
    auto* axis = new QBarCategoryAxis;
    axis->append(weeks);
    axis->setTitleText(Tr::tr("Week of"));
    if (weeks.size() > 8)
        axis->setLabelsAngle(-90);
    chart->addAxis(axis, Qt::AlignBottom);
    return axis;
}

void attach(QAbstractSeries* series, QAbstractAxis* x, QAbstractAxis* y)
{
    series->attachAxis(x);
    series->attachAxis(y);
}

void showTip(const QString& text)
{
    QToolTip::showText(QCursor::pos(), text);
}

// Tooltips on an XY series: the text of the point nearest to the hovered one.
void tipPoints(QXYSeries* series, const QStringList& texts)
{
    QObject::connect(series, &QXYSeries::hovered, series, [series, texts](const QPointF& at, bool state) {
        if (!state) {
            QToolTip::hideText();
            return;
        }
        const QList<QPointF> points = series->points();
        int best = -1;
        qreal bestDistance = 0;
        for (int i = 0; i < points.size() && i < texts.size(); ++i) {
            const qreal d = std::hypot(points[i].x() - at.x(), points[i].y() - at.y());
            if (best < 0 || d < bestDistance) {
                best = i;
                bestDistance = d;
            }
        }
        if (best >= 0)
            showTip(texts.at(best));
    });
}

void tipBars(QAbstractBarSeries* series, const std::function<QString(QBarSet*, int)>& text)
{
    QObject::connect(series, &QAbstractBarSeries::hovered, series,
                     [text](bool state, int index, QBarSet* set) {
                         if (state)
                             showTip(text(set, index));
                         else
                             QToolTip::hideText();
                     });
}

QBarSet* barSet(const QString& label, const QColor& color)
{
    auto* set = new QBarSet(label);
    set->setColor(color);
    set->setBorderColor(color.darker(130));
    return set;
}

QString percent(double value)
{
    return QLocale().toString(value, 'f', 0);
}

QString cancelLabel(const QString& reason)
{
    if (reason == QLatin1String("tutor_absent"))
        return Tr::tr("Cancelled: tutor absent");
    if (reason == QLatin1String("school_event"))
        return Tr::tr("Cancelled: school event");
    if (reason == QLatin1String("weather"))
        return Tr::tr("Cancelled: weather");
    if (reason == QLatin1String("student_event"))
        return Tr::tr("Cancelled: student event");
    return Tr::tr("Cancelled: other reason");
}

QColor cancelColor(const QString& reason)
{
    if (reason == QLatin1String("tutor_absent"))
        return vermillion;
    if (reason == QLatin1String("school_event"))
        return orange;
    if (reason == QLatin1String("weather"))
        return sky;
    if (reason == QLatin1String("student_event"))
        return purple;
    return grey;
}

} // namespace

QColor ChartBuilders::tierColor(int tier)
{
    return tier == 1 ? green : tier == 3 ? vermillion : blue;
}

// ------------------------------------------------------------------ a student

QChart* ChartBuilders::probeScores(const StudentChartData& data)
{
    if (data.probes.empty())
        return nullptr;
    QChart* chart = newChart(Tr::tr("Probe scores: %1").arg(data.name));
    QDate first, last;
    for (const SkillProbes& skill : data.probes)
        for (const ProbePoint& p : skill.points) {
            if (!first.isValid() || p.day < first)
                first = p.day;
            if (!last.isValid() || p.day > last)
                last = p.day;
        }
    auto* x = dateAxis(chart, first, last, Tr::tr("Date of probe"));
    auto* y = valueAxis(chart, Tr::tr("% of probe maximum"), 0, 100, Qt::AlignLeft);
    const QList<QColor> colors = {blue, orange, green, purple, sky};
    int n = 0;
    QList<double> thresholds;
    for (const SkillProbes& skill : data.probes) {
        auto* series = new QLineSeries;
        series->setName(skill.skill);
        series->setPointsVisible(true);
        QPen pen(colors.at(n++ % colors.size()));
        pen.setWidth(2);
        series->setPen(pen);
        QStringList tips;
        for (const ProbePoint& p : skill.points) {
            series->append(msecs(p.day), p.percent);
            QString window = p.window.isEmpty() ? QString() : Tr::tr(" (%1)").arg(p.window);
            tips << Tr::tr("%1 · %2%3\n%4 of %5 points · %6% of maximum")
                        .arg(skill.skill, shortDate(p.day), window, QLocale().toString(p.score),
                             QLocale().toString(p.maxScore), percent(p.percent));
        }
        chart->addSeries(series);
        attach(series, x, y);
        tipPoints(series, tips);
        if (!thresholds.contains(skill.masteryPercent))
            thresholds << skill.masteryPercent;
    }
    for (double threshold : thresholds) {
        auto* mastery = new QLineSeries;
        mastery->setName(Tr::tr("Mastery (%1%)").arg(percent(threshold)));
        QPen pen(Qt::black);
        pen.setStyle(Qt::DashLine);
        pen.setWidth(2);
        mastery->setPen(pen);
        mastery->append(x->min().toMSecsSinceEpoch(), threshold);
        mastery->append(x->max().toMSecsSinceEpoch(), threshold);
        chart->addSeries(mastery);
        attach(mastery, x, y);
    }
    return chart;
}

QChart* ChartBuilders::cumulativeMinutes(const StudentChartData& data)
{
    if (data.minutes.empty())
        return nullptr;
    QChart* chart = newChart(Tr::tr("Minutes received against planned: %1").arg(data.name));
    auto* x = dateAxis(chart, data.minutes.front().day, data.minutes.back().day, Tr::tr("Date"));
    int top = 0;
    for (const MinutesPoint& p : data.minutes)
        top = std::max({top, p.plannedMinutes, p.deliveredMinutes});
    auto* y = valueAxis(chart, Tr::tr("minutes (cumulative)"), 0, std::max(top, 10), Qt::AlignLeft, true);
    auto* planned = new QLineSeries;
    planned->setName(Tr::tr("Planned"));
    QPen plannedPen(grey);
    plannedPen.setWidth(2);
    plannedPen.setStyle(Qt::DashLine);
    planned->setPen(plannedPen);
    auto* received = new QLineSeries;
    received->setName(Tr::tr("Received"));
    QPen receivedPen(blue);
    receivedPen.setWidth(3);
    received->setPen(receivedPen);
    QStringList plannedTips, receivedTips;
    for (const MinutesPoint& p : data.minutes) {
        planned->append(msecs(p.day), p.plannedMinutes);
        received->append(msecs(p.day), p.deliveredMinutes);
        const QString tip = Tr::tr("%1 · by %2\n%3 of %4 planned minutes received")
                                .arg(data.name, shortDate(p.day), QLocale().toString(p.deliveredMinutes),
                                     QLocale().toString(p.plannedMinutes));
        plannedTips << tip;
        receivedTips << tip;
    }
    for (QLineSeries* s : {planned, received}) {
        chart->addSeries(s);
        attach(s, x, y);
    }
    tipPoints(planned, plannedTips);
    tipPoints(received, receivedTips);
    return chart;
}

QChart* ChartBuilders::studentAttendance(const StudentChartData& data)
{
    if (data.weeks.empty())
        return nullptr;
    QChart* chart = newChart(Tr::tr("Attendance by week: %1").arg(data.name));
    auto* series = new QBarSeries;
    QBarSet* held = barSet(Tr::tr("Sessions held"), sky);
    QBarSet* attended = barSet(Tr::tr("Sessions attended"), blue);
    QStringList weeks;
    int top = 0;
    for (const WeekAttendance& w : data.weeks) {
        weeks << shortDate(w.weekStart);
        *held << w.held;
        *attended << w.attended;
        top = std::max({top, w.held, w.attended});
    }
    series->append(held);
    series->append(attended);
    chart->addSeries(series);
    auto* x = weekAxis(chart, weeks);
    auto* y = valueAxis(chart, Tr::tr("sessions"), 0, std::max(top, 1), Qt::AlignLeft, true);
    attach(series, x, y);
    const auto list = data.weeks;
    const QString name = data.name;
    tipBars(series, [list, name](QBarSet*, int i) {
        const WeekAttendance& w = list.at(static_cast<std::size_t>(i));
        return Tr::tr("%1 · week of %2\nattended %3 of %4 sessions held")
            .arg(name, shortDate(w.weekStart), QLocale().toString(w.attended), QLocale().toString(w.held));
    });
    return chart;
}

// ------------------------------------------------------------------ a group

QChart* ChartBuilders::groupGrowth(const GroupChartData& data)
{
    const bool measured = std::any_of(data.growth.begin(), data.growth.end(),
                                      [](const StudentGrowth& g) { return g.growth.has_value(); });
    if (!measured)
        return nullptr;
    QChart* chart = newChart(Tr::tr("Growth per student on %1: %2").arg(data.skill, data.name));
    auto* series = new QHorizontalBarSeries;
    QBarSet* set = barSet(Tr::tr("Growth (latest − pre probe)"), tierColor(data.tier));
    QStringList names;
    double low = 0, high = 10;
    // Bottom to top in a horizontal chart: reversed so that the first name reads first.
    for (auto it = data.growth.rbegin(); it != data.growth.rend(); ++it) {
        names << (it->growth ? it->name : Tr::tr("%1 (not measured)").arg(it->name));
        *set << it->growth.value_or(0);
        if (it->growth) {
            low = std::min(low, *it->growth);
            high = std::max(high, *it->growth);
        }
    }
    series->append(set);
    chart->addSeries(series);
    auto* y = new QBarCategoryAxis;
    y->append(names);
    y->setTitleText(Tr::tr("Student"));
    chart->addAxis(y, Qt::AlignLeft);
    auto* x = valueAxis(chart, Tr::tr("growth (% points of probe maximum)"), std::floor(low / 10) * 10,
                        std::ceil(high / 10) * 10, Qt::AlignBottom);
    x->setLabelFormat(QStringLiteral("%d"));
    x->applyNiceNumbers();
    attach(series, x, y);
    const auto rows = std::vector<StudentGrowth>(data.growth.rbegin(), data.growth.rend());
    tipBars(series, [rows](QBarSet*, int i) {
        const StudentGrowth& g = rows.at(static_cast<std::size_t>(i));
        if (!g.growth)
            return Tr::tr("%1: not measured (%n probe(s) on this skill; growth needs two)", nullptr,
                          g.results)
                .arg(g.name);
        return Tr::tr("%1: %2 points (from %3% to %4% of maximum)%5")
            .arg(g.name, QLocale().toString(*g.growth, 'f', 1), percent(g.prePercent.value_or(0)),
                 percent(g.latestPercent.value_or(0)), g.mastered ? Tr::tr(", mastered") : QString());
    });
    return chart;
}

QChart* ChartBuilders::groupSessions(const GroupChartData& data)
{
    if (data.weeks.empty())
        return nullptr;
    QChart* chart = newChart(Tr::tr("Sessions held against scheduled: %1").arg(data.name));
    auto* series = new QStackedBarSeries;
    QBarSet* held = barSet(Tr::tr("Held"), green);
    QStringList reasons;
    bool unmarked = false;
    for (const WeekSessions& w : data.weeks) {
        for (const auto& [reason, count] : w.cancelledBy)
            if (count > 0 && !reasons.contains(reason))
                reasons << reason;
        unmarked = unmarked || w.scheduled > w.held + w.cancelled();
    }
    std::vector<QBarSet*> cancelled;
    for (const QString& reason : reasons)
        cancelled.push_back(barSet(cancelLabel(reason), cancelColor(reason)));
    QBarSet* open = unmarked ? barSet(Tr::tr("Not marked yet"), QColor(0xDD, 0xDD, 0xDD)) : nullptr;
    QStringList weeks;
    int top = 0;
    for (const WeekSessions& w : data.weeks) {
        weeks << shortDate(w.weekStart);
        *held << w.held;
        for (int i = 0; i < reasons.size(); ++i) {
            const auto found = w.cancelledBy.find(reasons.at(i));
            *cancelled[static_cast<std::size_t>(i)] << (found == w.cancelledBy.end() ? 0 : found->second);
        }
        if (open)
            *open << w.scheduled - w.held - w.cancelled();
        top = std::max(top, w.scheduled);
    }
    series->append(held);
    for (QBarSet* set : cancelled)
        series->append(set);
    if (open)
        series->append(open);
    chart->addSeries(series);
    auto* x = weekAxis(chart, weeks);
    auto* y = valueAxis(chart, Tr::tr("sessions scheduled"), 0, std::max(top, 1), Qt::AlignLeft, true);
    attach(series, x, y);
    const auto list = data.weeks;
    tipBars(series, [list](QBarSet* set, int i) {
        const WeekSessions& w = list.at(static_cast<std::size_t>(i));
        QString text =
            Tr::tr("Week of %1: %2 of %3 scheduled sessions held")
                .arg(shortDate(w.weekStart), QLocale().toString(w.held), QLocale().toString(w.scheduled));
        if (w.cancelled() > 0)
            text += QLatin1Char('\n') + Tr::tr("%n cancelled", nullptr, w.cancelled());
        if (w.makeupsHeld > 0)
            text += QLatin1Char('\n') + Tr::tr("%n make-up(s) held", nullptr, w.makeupsHeld);
        return set->label() + QLatin1Char('\n') + text;
    });
    return chart;
}

// ------------------------------------------------------------------ the school

QChart* ChartBuilders::dosageDistribution(const SchoolChartData& data)
{
    if (data.dosage.empty())
        return nullptr;
    QChart* chart = newChart(Tr::tr("Dosage: students in tutoring by minutes received"));
    auto* series = new QBarSeries;
    series->setBarWidth(0.95);
    QBarSet* set = barSet(Tr::tr("Students in tutoring"), blue);
    QStringList bins;
    int top = 0;
    for (const DosageBin& b : data.dosage) {
        bins << Tr::tr("%1–%2").arg(QLocale().toString(b.fromMinutes), QLocale().toString(b.toMinutes));
        *set << b.students;
        top = std::max(top, b.students);
    }
    series->append(set);
    chart->addSeries(series);
    auto* x = new QBarCategoryAxis;
    x->append(bins);
    x->setTitleText(Tr::tr("minutes received this year"));
    if (bins.size() > 4)
        x->setLabelsAngle(-45);
    chart->addAxis(x, Qt::AlignBottom);
    auto* y = valueAxis(chart, Tr::tr("students"), 0, std::max(top, 1), Qt::AlignLeft, true);
    attach(series, x, y);
    const auto list = data.dosage;
    tipBars(series, [list](QBarSet*, int i) {
        const DosageBin& b = list.at(static_cast<std::size_t>(i));
        return Tr::tr("%n student(s) received %1 to %2 minutes", nullptr, b.students)
            .arg(QLocale().toString(b.fromMinutes), QLocale().toString(b.toMinutes));
    });
    chart->legend()->setVisible(false);
    return chart;
}

QChart* ChartBuilders::growthByDosage(const SchoolChartData& data)
{
    if (data.growthByDosage.empty())
        return nullptr;
    QChart* chart = newChart(Tr::tr("Growth against dosage (one point per student and skill)"));
    double low = 0, high = 10;
    int right = 10;
    for (const GrowthDosagePoint& p : data.growthByDosage) {
        low = std::min(low, p.growth);
        high = std::max(high, p.growth);
        right = std::max(right, p.deliveredMinutes);
    }
    auto* x = valueAxis(chart, Tr::tr("minutes received"), 0, right, Qt::AlignBottom);
    x->setLabelFormat(QStringLiteral("%d"));
    x->applyNiceNumbers();
    auto* y = valueAxis(chart, Tr::tr("growth (% points)"), std::floor(low / 10) * 10,
                        std::ceil(high / 10) * 10, Qt::AlignLeft);
    y->setLabelFormat(QStringLiteral("%d"));

    auto* zero = new QLineSeries;
    zero->setName(Tr::tr("No growth"));
    QPen zeroPen(grey);
    zeroPen.setStyle(Qt::DashLine);
    zero->setPen(zeroPen);
    zero->append(x->min(), 0);
    zero->append(x->max(), 0);
    chart->addSeries(zero);
    attach(zero, x, y);

    const QScatterSeries::MarkerShape shapes[] = {QScatterSeries::MarkerShapeCircle,
                                                  QScatterSeries::MarkerShapeRectangle,
                                                  QScatterSeries::MarkerShapeTriangle};
    for (int tier = 1; tier <= 3; ++tier) {
        auto* series = new QScatterSeries;
        QStringList tips;
        for (const GrowthDosagePoint& p : data.growthByDosage) {
            if (p.tier != tier)
                continue;
            series->append(p.deliveredMinutes, p.growth);
            tips << Tr::tr("%1 (Tier %2, %3)\n%4 minutes received · growth %5 points")
                        .arg(p.name)
                        .arg(tier)
                        .arg(p.groupName, QLocale().toString(p.deliveredMinutes),
                             QLocale().toString(p.growth, 'f', 1));
        }
        if (series->count() == 0) {
            delete series;
            continue;
        }
        series->setName(Tr::tr("Tier %1 (%n point(s))", nullptr, series->count()).arg(tier));
        series->setMarkerShape(shapes[tier - 1]);
        series->setMarkerSize(tier == 3 ? 12 : 10);
        series->setColor(tierColor(tier));
        series->setBorderColor(tierColor(tier).darker(140));
        chart->addSeries(series);
        attach(series, x, y);
        tipPoints(series, tips);
    }
    return chart;
}

QChart* ChartBuilders::attendanceTrend(const SchoolChartData& data)
{
    if (data.weeks.empty())
        return nullptr;
    QChart* chart = newChart(Tr::tr("Weekly attendance rate, whole school"));
    auto* x = dateAxis(chart, data.weeks.front().weekStart, data.weeks.back().weekStart, Tr::tr("Week of"));
    auto* y = valueAxis(chart, Tr::tr("% of sessions attended"), 0, 100, Qt::AlignLeft);
    y->setLabelFormat(QStringLiteral("%d"));
    auto* series = new QLineSeries;
    series->setName(Tr::tr("Attended ÷ (attended + absent)"));
    series->setPointsVisible(true);
    QPen pen(blue);
    pen.setWidth(2);
    series->setPen(pen);
    QStringList tips;
    for (const WeekRate& w : data.weeks) {
        const auto rate = w.rate();
        if (!rate)
            continue;
        series->append(msecs(w.weekStart), *rate * 100);
        tips << Tr::tr("Week of %1: %2% attended\n%3 attended, %4 absent")
                    .arg(shortDate(w.weekStart), percent(*rate * 100), QLocale().toString(w.attended),
                         QLocale().toString(w.absent));
    }
    chart->addSeries(series);
    attach(series, x, y);
    tipPoints(series, tips);
    return chart;
}

QChart* ChartBuilders::studentsPerTier(const SchoolChartData& data)
{
    int top = 0;
    for (const TierCount& t : data.tiers)
        top = std::max(top, t.students);
    if (top == 0)
        return nullptr;
    QChart* chart = newChart(Tr::tr("Students per tier of need, and how many are seated"));
    auto* series = new QBarSeries;
    QBarSet* students = barSet(Tr::tr("Students with this need"), sky);
    QBarSet* seated = barSet(Tr::tr("Seated in tutoring"), blue);
    QStringList tiers;
    for (const TierCount& t : data.tiers) {
        tiers << Tr::tr("Tier %1").arg(t.tier);
        *students << t.students;
        *seated << t.seated;
    }
    series->append(students);
    series->append(seated);
    chart->addSeries(series);
    auto* x = new QBarCategoryAxis;
    x->append(tiers);
    x->setTitleText(Tr::tr("tier of need"));
    chart->addAxis(x, Qt::AlignBottom);
    auto* y = valueAxis(chart, Tr::tr("students"), 0, top, Qt::AlignLeft, true);
    attach(series, x, y);
    const auto list = data.tiers;
    tipBars(series, [list](QBarSet*, int i) {
        const TierCount& t = list.at(static_cast<std::size_t>(i));
        return Tr::tr("Tier %1: %n student(s), %2 seated", nullptr, t.students)
            .arg(t.tier)
            .arg(QLocale().toString(t.seated));
    });
    return chart;
}

} // namespace tutordesk
