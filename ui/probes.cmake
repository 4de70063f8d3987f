# Entering probes in a grid; a student's observation and confidence; per-probe mastery in Settings.
target_sources(tutordesk_ui PRIVATE
  AssessmentDialog.cpp AssessmentDialog.h
  ProbeGridDialog.cpp ProbeGridDialog.h
  ProbeGridView.cpp ProbeGridView.h
  ProbeSkillsEditor.cpp ProbeSkillsEditor.h
)
