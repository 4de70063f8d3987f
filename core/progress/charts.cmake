# What the Progress charts plot: series for a student, a group and the school.
target_sources(tutordesk_core PRIVATE
)
