#pragma once

#include "letters/LetterMerge.h"
#include "letters/LetterRender.h"

#include <QDate>
#include <QDialog>
#include <QPointer>

#include <memory>
#include <vector>

class QComboBox;
class QLabel;
class QPrinter;
class QPushButton;
class QTextBrowser;
class QTreeWidget;

namespace tutordesk {

class Store;

// Writes family letters: one student's (kind, guardian and language chosen here) or a batch (several
// students, one kind each, e.g. the due missed-session letters or enrollment invitations). Shows the
// merged letter as it will print, says when a translation is not yet reviewed or a letter falls back
// to English and why, prints through the system dialog (US Letter, or A4) or saves a PDF, and logs
// every letter printed or saved as a contact (LetterLog).
class LetterDialog final : public QDialog {
    Q_OBJECT

public:
    // `requests` carry the student, and the kind and action when known (an empty kind lets the
    // coordinator choose; a batch shares the chosen kind unless each request names its own).
    LetterDialog(Store& store, const QDate& today, std::vector<LetterRequest> requests,
                 QWidget* parent = nullptr);
    ~LetterDialog() override;

    // More than one request: a list of letters with checkboxes instead of the guardian and language.
    bool isBatch() const { return m_batch; }
    // The letters as merged now (one for a single letter; every request of a batch, checked or not).
    const std::vector<MergedLetter>& letters() const { return m_letters; }
    // The letters Print and Save would output: the single letter, or the checked ones of a batch.
    std::vector<MergedLetter> lettersToOutput() const;
    Paper paper() const;

    // Writes the letters to `path` as one PDF (one letter per page) and logs them; false with the
    // reason shown in the dialog when refused. Save as PDF… asks for the path and calls this.
    bool savePdf(const QString& path);
    // Paints the letters on a printer already set up and chosen, and logs them.
    bool printTo(QPrinter& printer);
    // "<Student> – <kind title>.pdf", or for a batch "<kind title> – <date>.pdf".
    QString defaultPdfName() const;

    QComboBox* kindCombo() const { return m_kind; }
    QComboBox* guardianCombo() const { return m_guardian; }
    QComboBox* languageCombo() const { return m_language; }
    QComboBox* paperCombo() const { return m_paper; }
    QTreeWidget* letterList() const { return m_list; }
    QTextBrowser* preview() const { return m_preview; }
    // "Translation not yet reviewed…" and the reason for a fallback to English.
    QLabel* noticeLabel() const { return m_notice; }
    // What went wrong, or what was printed and logged.
    QLabel* messageLabel() const { return m_message; }
    QPushButton* printButton() const { return m_print; }
    QPushButton* pdfButton() const { return m_pdf; }
    QPushButton* editTemplateButton() const { return m_edit; }
    // The template editor opened by "Edit template…", while open.
    QDialog* templateEditor() const { return m_editor; }

Q_SIGNALS:
    // Letters were printed or saved and logged: pages showing contacts or actions reload.
    void lettersLogged(int count);

private:
    void markOutput(const QString& output);
    QWidget* createSingleChoices();
    QWidget* createBatchList();
    void fillKinds();
    void fillGuardians();
    // Merges again after a choice changed and shows the result.
    void remerge();
    void showLetters();
    void showPreview();
    const MergedLetter* selectedLetter() const;
    void languageChosen();
    void paperChosen();
    void askToPrint();
    void askToSavePdf();
    void openTemplateEditor();
    // Logs letters just printed or saved; shows the outcome.
    bool log(const std::vector<MergedLetter>& letters, const QString& output);
    void showProblem(const QString& text);
    void showInfo(const QString& text);
    void updateButtons();

    Store& m_store;
    QDate m_today;
    std::vector<LetterRequest> m_requests;
    std::vector<MergedLetter> m_letters;
    bool m_batch = false;
    bool m_languageChosen = false; // single letter: the coordinator chose a language over the family's
    bool m_filling = false;        // combos being filled: their signals are not choices
    QComboBox* m_kind = nullptr;
    QComboBox* m_guardian = nullptr;
    QComboBox* m_language = nullptr;
    QComboBox* m_paper = nullptr;
    QTreeWidget* m_list = nullptr;
    QTextBrowser* m_preview = nullptr;
    QLabel* m_notice = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_print = nullptr;
    QPushButton* m_pdf = nullptr;
    QPushButton* m_edit = nullptr;
    std::unique_ptr<QPrinter> m_printer;
    QPointer<QDialog> m_editor;
};

} // namespace tutordesk
