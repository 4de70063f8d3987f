#pragma once

#include "protocol/ProtocolActions.h"

#include <QDate>
#include <QDialog>

#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;

namespace tutordesk {

class Store;

// Pausing a seat after five absences in a row and offering it to the top of the waitlist (a
// pause_offer_seat action): who would get it, the reason kept with the pause, one core call for both.
// When nobody waits, it says so and pauses only.
class PauseOfferDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PauseOfferDialog)

public:
    PauseOfferDialog(Store& store, const DueAction& action, const QDate& today, QWidget* parent = nullptr);
    ~PauseOfferDialog() override;

    const std::optional<SeatOffer>& offer() const { return m_offer; }
    QCheckBox* offerBox() const { return m_offerBox; }
    QLineEdit* reasonEdit() const { return m_reason; }
    QLabel* offerLabel() const { return m_offerLabel; }
    QLabel* problemLabel() const { return m_problem; }
    bool save();
    void accept() override;

Q_SIGNALS:
    void paused(const QString& message);

private:
    Store& m_store;
    DueAction m_action;
    QDate m_today;
    std::optional<SeatOffer> m_offer;
    QLabel* m_offerLabel = nullptr;
    QCheckBox* m_offerBox = nullptr;
    QLineEdit* m_reason = nullptr;
    QLabel* m_problem = nullptr;
};

} // namespace tutordesk
