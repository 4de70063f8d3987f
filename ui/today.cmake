# The Today page and what resolves a due action from it.
target_sources(tutordesk_ui PRIVATE
  TodayPage.cpp TodayPage.h
)
