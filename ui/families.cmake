# The student's family: guardians editor and the Family tab of the Students page.
target_sources(tutordesk_ui PRIVATE
)
