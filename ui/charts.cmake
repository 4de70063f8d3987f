# The Progress page's charts (Qt Charts), saved as PNG and printed.
target_sources(tutordesk_ui PRIVATE
  ProgressChartsTab.cpp ProgressChartsTab.h
)
