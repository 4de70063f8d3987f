# The school's contact log page and the contact editor.
target_sources(tutordesk_ui PRIVATE
)
