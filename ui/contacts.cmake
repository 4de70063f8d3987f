# The school's contact log page and the contact editor.
target_sources(tutordesk_ui PRIVATE
  ContactEditDialog.cpp ContactEditDialog.h
  ContactFilterBar.cpp ContactFilterBar.h
  ContactTableModel.cpp ContactTableModel.h
  ContactsPage.cpp ContactsPage.h
)
