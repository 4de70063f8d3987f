# The 30-second view: per seat, sessions, minutes, skill, pre, post, growth and the flags.
target_sources(tutordesk_core PRIVATE
  ProgressTable.cpp ProgressTable.h
)
