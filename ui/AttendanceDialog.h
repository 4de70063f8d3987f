#pragma once

#include "attendance/Attendance.h"

#include <QDate>
#include <QDialog>
#include <QMessageBox>
#include <QPointer>

#include <cstdint>
#include <optional>

class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace tutordesk {

class AttendanceSheetView;
class Store;

// Taking attendance for one session: the students of its sheet, P / T / E / U for each with the keyboard
// only, minutes defaulting to the session's length (tardy asks for them), the skill covered, and, when a
// past record changes, the reason the audit log keeps. Save asks core (Attendance::record); its refusal is
// shown here and nothing is saved.
class AttendanceDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AttendanceDialog)

public:
    AttendanceDialog(Store& store, std::int64_t sessionId, const QDate& today, QWidget* parent = nullptr);
    ~AttendanceDialog() override;

    AttendanceSheetView* sheetView() const { return m_sheet; }
    // Records what is entered; false (with core's message shown) when refused.
    bool save();

    // The sentence the message bar shows after a save: "Attendance saved for Reading · Grades 3–4:
    // 3 present, 1 absent. 2 follow-up actions due."
    static QString outcomeMessage(const QString& groupName, const std::vector<AttendanceMark>& marks,
                                  const AttendanceOutcome& outcome);

    // What the entry changes needs a reason (a past session's record): the reason field is shown.
    bool needsReason() const { return m_needsReason; }
    // Something entered is not saved yet.
    bool hasChanges() const;
    QLabel* headerLabel() const { return m_header; }
    QLineEdit* skillEdit() const { return m_skill; }
    QLineEdit* reasonEdit() const { return m_reason; }
    QLabel* problemLabel() const { return m_problem; }
    QPushButton* allPresentButton() const { return m_allPresent; }
    QPushButton* saveButton() const { return m_save; }
    // The question Escape asks when something entered would be lost (null when not asking).
    QMessageBox* discardQuestion() const { return m_discard; }

public Q_SLOTS:
    // Closes; asks first when something entered would be lost.
    void reject() override;

Q_SIGNALS:
    // Saved: what it did, in a sentence for the page's message bar.
    void recorded(const QString& message);

private:
    QWidget* createHeader();
    void load();
    AttendanceEntry entry() const;
    void updateReason();
    void showProblem(const QString& text);
    void saveAndClose();

    Store& m_store;
    std::int64_t m_sessionId = 0;
    QDate m_today;
    std::optional<AttendanceSheet> m_loaded;
    bool m_needsReason = false;
    QLabel* m_header = nullptr;
    AttendanceSheetView* m_sheet = nullptr;
    QFormLayout* m_form = nullptr;
    QLineEdit* m_skill = nullptr;
    QLineEdit* m_reason = nullptr;
    QLabel* m_problem = nullptr;
    QPushButton* m_allPresent = nullptr;
    QPushButton* m_save = nullptr;
    QPointer<QMessageBox> m_discard;
};

} // namespace tutordesk
