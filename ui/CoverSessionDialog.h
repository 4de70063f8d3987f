#pragma once

#include "schedule/ScheduledSession.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace tutordesk {

class CoverChoiceBox;
class Store;

// One session from the Schedule page: find a substitute, cancel it (with a make-up slot or not), or
// schedule a make-up for a session already cancelled. The choices are core's (CoverChoiceBox); so is
// every write (SessionCover::apply, scheduleMakeup). A refusal shows core's words and keeps the dialog.
class CoverSessionDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CoverSessionDialog)

public:
    enum class Mode { Cover, Cancel, Makeup };

    CoverSessionDialog(Store& store, const ScheduledSession& session, Mode mode, QWidget* parent = nullptr);
    ~CoverSessionDialog() override;

    CoverChoiceBox* choiceBox() const { return m_choice; }
    QComboBox* reasonBox() const { return m_reason; }
    QPushButton* applyButton() const { return m_apply; }
    QLabel* problemLabel() const { return m_problem; }
    // Saves the decision; false, with core's reason shown, when refused.
    bool apply();
    // What happened, for the page's message bar.
    const QString& outcome() const { return m_outcome; }

Q_SIGNALS:
    void scheduleChanged();

private:
    void updateReason();

    Store& m_store;
    Mode m_mode;
    CoverChoiceBox* m_choice = nullptr;
    QComboBox* m_reason = nullptr;
    QLineEdit* m_note = nullptr;
    QLabel* m_problem = nullptr;
    QPushButton* m_apply = nullptr;
    QString m_outcome;
};

} // namespace tutordesk
