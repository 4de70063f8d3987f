# The Progress page's equity audit.
target_sources(tutordesk_ui PRIVATE
  EquityModel.cpp EquityModel.h
  EquityTab.cpp EquityTab.h
)
