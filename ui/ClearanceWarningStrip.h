#pragma once

#include "schedule/Clearances.h"

#include <QFrame>

#include <cstdint>
#include <vector>

class QLabel;
class QListWidget;

namespace tutordesk {

// Above the Tutors table: "3 clearances need attention" and one line per tutor whose background check
// or TB test is missing, expired or about to expire (Clearances::warnings). Activating a line (click,
// Enter) asks the page to select that tutor. Hidden when every clearance is in order.
class ClearanceWarningStrip final : public QFrame {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClearanceWarningStrip)

public:
    explicit ClearanceWarningStrip(QWidget* parent = nullptr);
    ~ClearanceWarningStrip() override;

    void setWarnings(const std::vector<ClearanceWarning>& warnings);

    QLabel* headline() const { return m_headline; }
    QListWidget* list() const { return m_list; }

Q_SIGNALS:
    void tutorActivated(std::int64_t tutorId);

private:
    QLabel* m_headline = nullptr;
    QListWidget* m_list = nullptr;
};

} // namespace tutordesk
