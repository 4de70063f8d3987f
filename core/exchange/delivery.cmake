# delivery: the outbox, the folder and HTTPS transports, the keychain token, the daily schedule.
target_sources(tutordesk_core PRIVATE
  ExportSchedule.cpp ExportSchedule.h
  Outbox.cpp Outbox.h
  OutboxSender.cpp OutboxSender.h
  TokenStore.cpp TokenStore.h
  Transport.cpp Transport.h
  TransportErrors.cpp TransportErrors.h
  FolderTransport.cpp FolderTransport.h
  HttpTransport.cpp HttpTransport.h
)
