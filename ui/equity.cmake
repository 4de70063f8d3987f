# The Progress page's equity audit.
target_sources(tutordesk_ui PRIVATE
  EquityTab.cpp EquityTab.h
)
