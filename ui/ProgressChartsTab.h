#pragma once

#include <QDate>
#include <QWidget>

#include <cstdint>

namespace tutordesk {

class Store;

// Charts for a student, a group or the school (Qt Charts): titles, axis labels, legends, tooltips on points;
// saved as PNG and printed.
class ProgressChartsTab final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProgressChartsTab)

public:
    explicit ProgressChartsTab(QWidget* parent = nullptr);
    ~ProgressChartsTab() override;

    // Shows the school in `store` (nullptr: none).
    void setStore(Store* store);
    // The day figures count up to (the clock unless --today).
    void setToday(const QDate& today);
    // Reads the figures again (something changed), keeping what the coordinator chose.
    void reload();

public Q_SLOTS:
    void showStudent(std::int64_t studentId);
    void showGroup(std::int64_t groupId);
    void showSchool();

private:
    Store* m_store = nullptr;
    QDate m_today;
};

} // namespace tutordesk
