#pragma once

#include <QDate>
#include <QWidget>

#include <cstdint>

namespace tutordesk {

class Store;

// The weekly operating review on screen: the page the coordinator brings to the weekly meeting, printed or
// saved as PDF.
class WeeklyReviewTab final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WeeklyReviewTab)

public:
    explicit WeeklyReviewTab(QWidget* parent = nullptr);
    ~WeeklyReviewTab() override;

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
