# The weekly operating review: its figures and its printable document; printed reports in general.
target_sources(tutordesk_core PRIVATE
  ReportRender.cpp ReportRender.h
  WeeklyReview.cpp WeeklyReview.h
  WeeklyReviewDocument.cpp WeeklyReviewDocument.h
)
