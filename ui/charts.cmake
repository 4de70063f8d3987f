# The Progress page's charts (Qt Charts), saved as PNG and printed.
target_sources(tutordesk_ui PRIVATE
  ChartBuilders.cpp ChartBuilders.h
  ChartPanel.cpp ChartPanel.h
  ProgressChartsTab.cpp ProgressChartsTab.h
)
