# The Progress page's 30-second view (students and groups) and its flag thresholds in Settings.
target_sources(tutordesk_ui PRIVATE
  ProgressFilterBar.cpp ProgressFilterBar.h
  ProgressFlagsEditor.cpp ProgressFlagsEditor.h
  ProgressTableGroups.cpp ProgressTableGroups.h
  ProgressTableModel.cpp ProgressTableModel.h
  ProgressTableTab.cpp ProgressTableTab.h
  ProgressTableText.cpp ProgressTableText.h
)
