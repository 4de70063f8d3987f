# The Progress page's 30-second view (students and groups).
target_sources(tutordesk_ui PRIVATE
  ProgressTableTab.cpp ProgressTableTab.h
)
