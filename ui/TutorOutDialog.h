#pragma once

#include <QDate>
#include <QDialog>

#include <cstdint>
#include <optional>

namespace tutordesk {

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

Q_SIGNALS:
    // The absence and the decisions were saved.
    void scheduleChanged();

private:
    Store& m_store;
};

} // namespace tutordesk
