#pragma once

#include "schedule/ScheduledSession.h"

#include <QDate>
#include <QDialog>

#include <cstdint>
#include <optional>
#include <vector>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableWidget;

namespace tutordesk {

class CoverChoiceBox;
class Store;

// "Mark Out…": a tutor is out for a day or a range. The coordinator picks the tutor (preselected when
// opened from the Tutors page), the dates and a reason; TutorDesk then lists the tutor's sessions in the
// range, each with a proposed decision: a free, cleared substitute who teaches the subject, or cancelling
// with a make-up slot, or cancelling. Applying saves the absence and every decision in core
// (TutorAbsences::markOut, SessionCover::apply).
class TutorOutDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TutorOutDialog)

public:
    TutorOutDialog(Store& store, std::optional<std::int64_t> tutorId, const QDate& today,
                   QWidget* parent = nullptr);
    ~TutorOutDialog() override;

    // Step 1 → step 2: reads the tutor's sessions in the range and proposes a decision for each.
    void next();
    void back();
    // Saves the absence and the decisions; false, with core's reason shown, when refused.
    bool apply();

    bool onDecisions() const;
    QComboBox* tutorBox() const { return m_tutor; }
    QDateEdit* fromEdit() const { return m_from; }
    QDateEdit* toEdit() const { return m_to; }
    QLineEdit* reasonEdit() const { return m_reason; }
    QTableWidget* sessionTable() const { return m_table; }
    QLabel* introLabel() const { return m_intro; }
    QLabel* problemLabel() const { return m_problem; }
    QPushButton* nextButton() const { return m_next; }
    QPushButton* applyButton() const { return m_apply; }
    // The decision for each listed session, in table order.
    std::vector<CoverChoiceBox*> choiceBoxes() const;
    // What applying did, for the page's message bar.
    const QString& outcome() const { return m_outcome; }

Q_SIGNALS:
    // The absence and the decisions were saved.
    void scheduleChanged();

private:
    void updateButtons();
    QString tutorName() const;

    Store& m_store;
    QDate m_today;
    QStackedWidget* m_steps = nullptr;
    QComboBox* m_tutor = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QLineEdit* m_reason = nullptr;
    QLabel* m_intro = nullptr;
    QTableWidget* m_table = nullptr;
    QLabel* m_problem = nullptr;
    QPushButton* m_back = nullptr;
    QPushButton* m_next = nullptr;
    QPushButton* m_apply = nullptr;
    std::vector<ScheduledSession> m_sessions;
    // The absence once saved: a retry after a refused decision does not save it twice.
    std::optional<std::int64_t> m_savedAbsence;
    QString m_outcome;
};

} // namespace tutordesk
