#pragma once

#include "schedule/Clearances.h"
#include "schedule/Tutors.h"

#include <QAbstractTableModel>
#include <QDate>

#include <cstdint>
#include <optional>
#include <vector>

namespace tutordesk {

// The Tutors table: every tutor of Tutors::list() with their clearance on `today` (Clearances::of).
// A small table held whole in memory; sorting and filtering are a proxy's (TutorFilterModel).
class TutorTableModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TutorTableModel)

public:
    enum Column {
        NameColumn,
        TypeColumn,
        StatusColumn,
        SubjectsColumn,
        LanguagesColumn,
        SupervisorColumn,
        ClearanceColumn,
        GroupsColumn,
        MinutesColumn,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole, // the value a column sorts by (names by last name, clearance by urgency)
        TutorIdRole,             // the tutor's database id, on every cell of the row
        StatusCodeRole,          // active, substitute, inactive
        ClearanceStateRole,      // ClearanceState as an int
    };

    explicit TutorTableModel(QObject* parent = nullptr);
    ~TutorTableModel() override;

    void setTutors(std::vector<TutorSummary> tutors, const QDate& today);
    const std::vector<TutorSummary>& tutors() const { return m_tutors; }
    const TutorSummary* tutor(std::int64_t id) const;
    // The row of the tutor with this id, or -1.
    int rowOf(std::int64_t id) const;

    // "Cleared until 4 Mar 2027", "Expires in 12 days", "Expired on 3 Nov 2026", "Missing".
    static QString clearanceText(const ClearanceStatus& status);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const TutorSummary& row, const ClearanceStatus& clearance, int column) const;
    QVariant sortValue(const TutorSummary& row, const ClearanceStatus& clearance, int column) const;

    std::vector<TutorSummary> m_tutors;
    std::vector<ClearanceStatus> m_clearances; // one per tutor, on m_today
    QDate m_today;
};

} // namespace tutordesk
