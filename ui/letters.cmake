# Letters: the letter dialog (preview, print, PDF), the batch of due letters, the template editor.
target_sources(tutordesk_ui PRIVATE
  LetterDialog.cpp LetterDialog.h
  LetterDialogOutput.cpp
  LetterTemplatesPage.cpp LetterTemplatesPage.h
  TemplateEditorDialog.cpp TemplateEditorDialog.h
)
