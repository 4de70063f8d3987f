#pragma once

#include "protocol/ProtocolActions.h"

#include <QDate>
#include <QDialog>

#include <cstdint>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace tutordesk {

class OptionalDateEdit;
class Store;

// Logging a call (or text, letter, visit) about a due action in a few keystrokes: method, outcome and
// language start at the family's, so "reached" plus a note and Enter is the usual whole of it. Saving
// resolves the action through ContactLog::add; a refusal is shown here and nothing is saved.
class LogContactDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogContactDialog)

public:
    LogContactDialog(Store& store, const DueAction& action, const QDate& today, QWidget* parent = nullptr);
    ~LogContactDialog() override;

    QComboBox* methodBox() const { return m_method; }
    QComboBox* outcomeBox() const { return m_outcome; }
    QComboBox* languageBox() const { return m_language; }
    QLineEdit* notesEdit() const { return m_notes; }
    QCheckBox* interpreterBox() const { return m_interpreter; }
    OptionalDateEdit* followUpEdit() const { return m_followUp; }
    QLabel* problemLabel() const { return m_problem; }
    // Saves and resolves; false (with core's message shown) when refused.
    bool save();
    void accept() override;

Q_SIGNALS:
    // Saved: a sentence for the page's message bar.
    void logged(const QString& message);

private:
    Store& m_store;
    DueAction m_action;
    QDate m_today;
    QComboBox* m_method = nullptr;
    QComboBox* m_outcome = nullptr;
    QComboBox* m_language = nullptr;
    QLineEdit* m_notes = nullptr;
    QCheckBox* m_interpreter = nullptr;
    OptionalDateEdit* m_followUp = nullptr;
    QLabel* m_problem = nullptr;
};

} // namespace tutordesk
