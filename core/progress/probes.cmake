# Skill probes, benchmarks, observations and confidence: entry and per-probe mastery.
target_sources(tutordesk_core PRIVATE
  AssessmentText.cpp AssessmentText.h
  Assessments.cpp Assessments.h
  ProbeSheet.cpp ProbeSheet.h
  ProbeSkills.cpp ProbeSkills.h
)
