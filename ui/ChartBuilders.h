#pragma once

#include <QColor>

class QChart;

namespace tutordesk {

struct StudentChartData;
struct GroupChartData;
struct SchoolChartData;

// Qt Charts built from ChartData's numbers: a title, axis titles with units, a legend and tooltips on
// points and bars. Each returns a chart nobody owns yet (a ChartPanel takes it), or nullptr when there is
// nothing to plot (the panel then says why).
namespace ChartBuilders {

QChart* probeScores(const StudentChartData& data);
QChart* cumulativeMinutes(const StudentChartData& data);
QChart* studentAttendance(const StudentChartData& data);

QChart* groupGrowth(const GroupChartData& data);
QChart* groupSessions(const GroupChartData& data);

QChart* dosageDistribution(const SchoolChartData& data);
QChart* growthByDosage(const SchoolChartData& data);
QChart* attendanceTrend(const SchoolChartData& data);
QChart* studentsPerTier(const SchoolChartData& data);

// Colours from the Okabe–Ito palette (told apart by most colour-blind readers); tiers also differ in marker
// shape and are named in the legend.
QColor tierColor(int tier);

} // namespace ChartBuilders
} // namespace tutordesk
