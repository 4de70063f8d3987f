#pragma once

#include <QDate>
#include <QWidget>

#include <cstdint>

namespace tutordesk {

class Store;

// The 30-second view: for each student of a group (or the school), sessions attended of held, minutes, the
// target skill, pre, post, growth and the flags "attending, not improving" and "not attending"; sorted and
// filtered in SQL.
class ProgressTableTab final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProgressTableTab)

public:
    explicit ProgressTableTab(QWidget* parent = nullptr);
    ~ProgressTableTab() override;

    // Shows the school in `store` (nullptr: none).
    void setStore(Store* store);
    // The day figures count up to (the clock unless --today).
    void setToday(const QDate& today);
    // Reads the figures again (something changed), keeping what the coordinator chose.
    void reload();

Q_SIGNALS:
    // The coordinator opened a student's or a group's row (Enter, double-click): the page shows its charts.
    void studentChosen(std::int64_t studentId);
    void groupChosen(std::int64_t groupId);
    // "Enter Probes…" for the group shown.
    void enterProbesRequested(std::int64_t groupId);

private:
    Store* m_store = nullptr;
    QDate m_today;
};

} // namespace tutordesk
