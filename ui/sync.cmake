# District sync: the Sync page, its settings tab, the status bar's line and the service that exports on
# schedule and sends the outbox with back-off.
target_sources(tutordesk_ui PRIVATE
  OutboxModel.cpp OutboxModel.h
  SyncPage.cpp SyncPage.h
  SyncService.cpp SyncService.h
  SyncSettingsEditor.cpp SyncSettingsEditor.h
  SyncText.cpp SyncText.h
)
