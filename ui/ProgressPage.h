#pragma once

#include <QDate>
#include <QWidget>

#include <cstdint>
#include <optional>

class QPushButton;
class QTabWidget;

namespace tutordesk {

class EquityTab;
class ProgressChartsTab;
class ProgressTableTab;
class Store;
class WeeklyReviewTab;

// Progress: who attended, what skill was targeted and did the student improve (the 30-second view), the
// charts, the equity audit and the weekly operating review; and entering probes, from here or a group's row.
class ProgressPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProgressPage)

public:
    explicit ProgressPage(QWidget* parent = nullptr);
    ~ProgressPage() override;

    void setStore(Store* store);
    void setToday(const QDate& today);
    void reload();

    // For tests and the screen tour: the tabs, by what they show.
    enum class Tab { Students, Charts, Equity, Weekly };
    void showTab(Tab tab);
    ProgressTableTab* tableTab() const { return m_table; }
    ProgressChartsTab* chartsTab() const { return m_charts; }
    EquityTab* equityTab() const { return m_equity; }
    WeeklyReviewTab* weeklyTab() const { return m_weekly; }

public Q_SLOTS:
    // Opens the probe grid on `groupId` (else on the group the coordinator is most likely to want).
    void enterProbes(std::optional<std::int64_t> groupId = std::nullopt);
    // A student's observations, confidence ratings and benchmarks: recorded, listed, removed.
    void recordAssessment(std::int64_t studentId);

Q_SIGNALS:
    // Probes or settings were saved here: every page reads its data again.
    void contentChanged();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void showStore();

    Store* m_store = nullptr;
    bool m_stale = false; // the tabs show figures older than the data, or no store
    QDate m_today;
    QPushButton* m_enterProbes = nullptr;
    QTabWidget* m_tabs = nullptr;
    ProgressTableTab* m_table = nullptr;
    ProgressChartsTab* m_charts = nullptr;
    EquityTab* m_equity = nullptr;
    WeeklyReviewTab* m_weekly = nullptr;
};

} // namespace tutordesk
