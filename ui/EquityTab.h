#pragma once

#include <QDate>
#include <QWidget>

#include <cstdint>

namespace tutordesk {

class Store;

// The equity audit by student group: eligible, offered, enrolled, dosage, attendance and growth, groups under
// 10 suppressed, and the groups whose share of seats or minutes falls well below their share of need.
class EquityTab final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EquityTab)

public:
    explicit EquityTab(QWidget* parent = nullptr);
    ~EquityTab() override;

    // Shows the school in `store` (nullptr: none).
    void setStore(Store* store);
    // The day figures count up to (the clock unless --today).
    void setToday(const QDate& today);
    // Reads the figures again (something changed), keeping what the coordinator chose.
    void reload();

private:
    Store* m_store = nullptr;
    QDate m_today;
};

} // namespace tutordesk
