#pragma once

#include <QDate>
#include <QList>
#include <QWidget>

#include <cstdint>

class QChart;
class QComboBox;
class QGridLayout;
class QLabel;
class QRadioButton;

namespace tutordesk {

class ChartPanel;
class Store;

// Charts for a student, a group or the school (Qt Charts): titles, axis labels, legends, tooltips on points;
// saved as PNG and printed.
class ProgressChartsTab final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProgressChartsTab)

public:
    enum class Scope { School, Group, Student };

    explicit ProgressChartsTab(QWidget* parent = nullptr);
    ~ProgressChartsTab() override;

    // Shows the school in `store` (nullptr: none).
    void setStore(Store* store);
    // The day figures count up to (the clock unless --today).
    void setToday(const QDate& today);
    // Reads the figures again (something changed), keeping what the coordinator chose.
    void reload();

    Scope scope() const { return m_scope; }
    std::int64_t currentId() const { return m_currentId; }
    // The charts now shown, in reading order.
    QList<ChartPanel*> panels() const { return m_panels; }
    QComboBox* groupBox() const { return m_groupBox; }
    QComboBox* studentBox() const { return m_studentBox; }

public Q_SLOTS:
    void showStudent(std::int64_t studentId);
    void showGroup(std::int64_t groupId);
    void showSchool();

private:
    void fillChoosers();
    void rebuild();
    void clearPanels();
    ChartPanel* addPanel(const QString& title, QChart* chart, const QString& emptyText);
    void scopeButtonChosen();

    Store* m_store = nullptr;
    QDate m_today;
    Scope m_scope = Scope::School;
    std::int64_t m_currentId = 0;
    bool m_filling = false;

    QRadioButton* m_schoolButton = nullptr;
    QRadioButton* m_groupButton = nullptr;
    QRadioButton* m_studentButton = nullptr;
    QComboBox* m_groupBox = nullptr;
    QComboBox* m_studentBox = nullptr;
    QLabel* m_hint = nullptr;
    QWidget* m_grid = nullptr;
    QGridLayout* m_gridLayout = nullptr;
    QList<ChartPanel*> m_panels;
};

} // namespace tutordesk
