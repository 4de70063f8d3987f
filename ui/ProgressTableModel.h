#pragma once

#include "progress/ProgressTable.h"

#include <QAbstractTableModel>
#include <QDate>

#include <cstdint>
#include <optional>
#include <vector>

namespace tutordesk {

class Store;

// The 30-second view's student rows: a lazy model that reads the summary (with the count) of the rows
// matching a filter and loads them a window at a time as the view scrolls (canFetchMore/fetchMore).
// ProgressTable filters and sorts in SQL; a header click re-queries.
class ProgressTableModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProgressTableModel)

public:
    enum Column {
        Student,
        Grade,
        Group,
        Tutor,
        Skill,
        Attended,
        Attendance,
        Minutes,
        Pre,
        Latest,
        Growth,
        Flag,
        ColumnCount
    };
    enum Role {
        StudentIdRole = Qt::UserRole, // on every cell of the row
        GroupIdRole,
        EnrollmentIdRole,
        FlagRole, // the ProgressFlag as an int
    };

    static constexpr int defaultPageSize = 100;

    explicit ProgressTableModel(QObject* parent = nullptr);
    ~ProgressTableModel() override;

    void setStore(Store* store); // nullptr shows nothing; the model does not own it
    void setToday(const QDate& today);
    void setFilter(const ProgressFilter& filter);
    const ProgressFilter& filter() const { return m_filter; }
    const ProgressSort& currentSort() const { return m_sort; }
    void setPageSize(int rows);
    // Reads the rows, the summary and the flag rules again, keeping the filter and sort.
    void reload();

    int totalCount() const { return m_summary.rows; }
    const ProgressSummary& summary() const { return m_summary; }
    const ProgressFlagRules& rules() const { return m_rules; }
    const ProgressRow* rowAt(int row) const;

    static ProgressColumn sortColumnOf(int column);
    static int columnOf(ProgressColumn column); // -1: not shown

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

Q_SIGNALS:
    // After every reload (and when fewer rows turned up than counted).
    void summaryChanged();
    // SQLite refused a read: the table stops where it is.
    void loadFailed(const QString& message);

private:
    std::vector<ProgressRow> nextPage();
    QString display(const ProgressRow& row, int column) const;
    QString toolTip(const ProgressRow& row, int column) const;

    Store* m_store = nullptr;
    QDate m_today;
    ProgressFilter m_filter;
    ProgressSort m_sort;
    ProgressFlagRules m_rules;
    ProgressSummary m_summary;
    std::vector<ProgressRow> m_rows;
    int m_pageSize = defaultPageSize;
};

} // namespace tutordesk
