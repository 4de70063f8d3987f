# The weekly operating review: its figures and its printable document.
target_sources(tutordesk_core PRIVATE
)
