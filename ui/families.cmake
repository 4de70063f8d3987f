# The student's family: guardians editor and the Family tab of the Students page.
target_sources(tutordesk_ui PRIVATE
  GuardianEditor.cpp GuardianEditor.h
  SiblingGuardianDialog.cpp SiblingGuardianDialog.h
  StudentContactDialog.cpp StudentContactDialog.h
  StudentFamilyPanel.cpp StudentFamilyPanel.h
)
