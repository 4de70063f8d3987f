# Taking attendance: the keyboard sheet and its dialog (Today and Schedule open it).
target_sources(tutordesk_ui PRIVATE
  AttendanceDialog.cpp AttendanceDialog.h
)
