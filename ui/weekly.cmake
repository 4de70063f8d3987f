# The Progress page's weekly operating review, printed and saved as PDF.
target_sources(tutordesk_ui PRIVATE
  WeeklyReviewTab.cpp WeeklyReviewTab.h
)
