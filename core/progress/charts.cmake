# What the Progress charts plot: series for a student, a group and the school.
target_sources(tutordesk_core PRIVATE
  ChartData.h ChartSql.cpp ChartSql.h GroupChartData.cpp SchoolChartData.cpp StudentChartData.cpp
)
