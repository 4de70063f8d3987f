#pragma once

#include "schedule/TutorRecord.h"

#include <QWidget>

#include <vector>

class QPushButton;
class QTableWidget;

namespace tutordesk {

// A tutor's weekly availability as a small table: one row per window (weekday, from, to), with
// buttons to add and remove rows. Whether the windows make sense is core's (Tutors::validate).
class AvailabilityEditor final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AvailabilityEditor)

public:
    explicit AvailabilityEditor(QWidget* parent = nullptr);
    ~AvailabilityEditor() override;

    void setWindows(const std::vector<AvailabilityWindow>& windows);
    std::vector<AvailabilityWindow> windows() const;

    // A new row: the weekday after the last row's, at the same times (a week is quick to enter).
    void addRow();
    void removeSelectedRow();

    QTableWidget* table() const { return m_table; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void insertRow(const AvailabilityWindow& window);

    QTableWidget* m_table = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_remove = nullptr;
};

} // namespace tutordesk
