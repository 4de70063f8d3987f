#pragma once

#include "letters/LetterMerge.h"
#include "letters/LetterTemplate.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTextBrowser;

namespace tutordesk {

class Store;

// A coordinator's own text for one kind of letter in one language: the title and the HTML body, the
// placeholders the kind offers (inserted at the cursor), and a live preview with sample values. Saved
// beside the built-in or district text (LetterTemplates::saveEdit), never over it; "Restore original"
// drops the edit. An edit counts as not reviewed unless the coordinator says a qualified translator
// checked it.
class TemplateEditorDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TemplateEditorDialog)

public:
    TemplateEditorDialog(Store& store, const QString& kind, const QString& language,
                         QWidget* parent = nullptr);
    ~TemplateEditorDialog() override;

    // Stores the edit; false with core's refusal shown.
    bool save();
    // Drops the coordinator's edit; false with the reason shown.
    bool restoreOriginal();
    // Previews the text as it would be written for this student (the letter the editor was opened from)
    // instead of with sample values; a text that cannot be merged for them shows the samples.
    void setPreviewFor(const LetterRequest& request);
    // Inserts "{{name}}" at the body's cursor.
    void insertPlaceholder(const QString& name);

    QLineEdit* titleEdit() const { return m_title; }
    QPlainTextEdit* bodyEdit() const { return m_body; }
    QListWidget* placeholderList() const { return m_placeholders; }
    QTextBrowser* preview() const { return m_preview; }
    QCheckBox* reviewedCheck() const { return m_reviewed; }
    QLabel* sourceLabel() const { return m_source; }
    QLabel* problemLabel() const { return m_problem; }
    QPushButton* saveButton() const { return m_save; }
    QPushButton* restoreButton() const { return m_restore; }

Q_SIGNALS:
    // The template in use changed (saved or restored): previews merge again.
    void changed();

private:
    void load();
    void showPreview();
    QString sampleValue(const QString& name) const;

    Store& m_store;
    QString m_kind;
    QString m_language;
    LetterTemplate m_template;
    bool m_edited = false; // the text in use is a coordinator's edit
    std::optional<LetterRequest> m_previewFor;
    QLabel* m_source = nullptr;
    QLineEdit* m_title = nullptr;
    QPlainTextEdit* m_body = nullptr;
    QListWidget* m_placeholders = nullptr;
    QTextBrowser* m_preview = nullptr;
    QCheckBox* m_reviewed = nullptr;
    QLabel* m_problem = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_restore = nullptr;
};

} // namespace tutordesk
