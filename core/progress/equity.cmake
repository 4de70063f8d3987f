# The equity audit by student group.
target_sources(tutordesk_core PRIVATE
)
