# The equity audit by student group.
target_sources(tutordesk_core PRIVATE
  Equity.cpp Equity.h
  EquityText.cpp EquityText.h
)
