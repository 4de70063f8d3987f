# A student's dosage on the Students page, and the protocol's thresholds in Settings.
target_sources(tutordesk_ui PRIVATE
  ProtocolRulesEditor.cpp ProtocolRulesEditor.h
  StudentTutoringPanel.cpp StudentTutoringPanel.h
)
