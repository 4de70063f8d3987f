#pragma once

#include "placement/Tiers.h"

#include <QWidget>

#include <optional>
#include <vector>

class QCheckBox;
class QLabel;
class QSpinBox;
class QTableWidget;

namespace tutordesk {

// The program's three tiers (sessions a week, minutes, largest group, lowest need score that
// qualifies) and the seats the program can fund. It edits values; checking and saving them are
// core's (Tiers, Placement).
class TierEditor final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TierEditor)

public:
    enum Column { NameColumn, SessionsColumn, MinutesColumn, GroupSizeColumn, MinScoreColumn, ColumnCount };

    explicit TierEditor(QWidget* parent = nullptr);
    ~TierEditor() override;

    void setTiers(const std::vector<TierDefinition>& tiers);
    std::vector<TierDefinition> tiers() const;
    // `setting`: the stored budget, if any; `automatic`: what core counts without one.
    void setSeatBudget(std::optional<int> setting, int automatic);
    std::optional<int> seatBudget() const;

    QTableWidget* table() const { return m_table; }
    // The editor of one cell: a QSpinBox or QDoubleSpinBox (tests).
    QWidget* cell(int row, Column column) const;
    QCheckBox* budgetBox() const { return m_limit; }
    QSpinBox* budgetSeats() const { return m_seats; }

private:
    QTableWidget* m_table = nullptr;
    QCheckBox* m_limit = nullptr;
    QSpinBox* m_seats = nullptr;
    QLabel* m_automatic = nullptr;
    std::vector<TierDefinition> m_tiers; // names and descriptions kept as loaded
};

} // namespace tutordesk
