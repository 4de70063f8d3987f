# Entering probes in a grid; a student's observation and confidence; per-probe mastery in Settings.
target_sources(tutordesk_ui PRIVATE
  ProbeGridDialog.cpp ProbeGridDialog.h
)
