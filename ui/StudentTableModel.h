#pragma once

#include "StudentColumns.h"
#include "roster/StudentQuery.h"

#include <QAbstractTableModel>
#include <QString>

#include <vector>

namespace tutordesk {

class Store;

// The Students table: a lazy model that counts the students matching a filter and loads them a
// page at a time as the view scrolls (canFetchMore/fetchMore). Sorting and filtering are done by
// StudentQuery in SQL, so the large school's 5,000 students are never all in memory.
class StudentTableModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StudentTableModel)

public:
    using enum StudentColumns::Column;
    enum Role {
        RawValueRole = Qt::UserRole, // the stored value behind a cell, for sorting and tests
        StudentIdRole,               // the student's database id, on every cell of the row
    };

    static constexpr int defaultPageSize = 200;

    explicit StudentTableModel(QObject* parent = nullptr);
    ~StudentTableModel() override;

    // The store to read from (nullptr shows nothing) and the filter to start with, in one reload.
    // The model does not own the store.
    void setStore(Store* store, const StudentFilter& filter = {});
    void setFilter(const StudentFilter& filter);
    const StudentFilter& filter() const { return m_filter; }
    const StudentSort& currentSort() const { return m_sort; }
    void setPageSize(int rows);

    // Students matching the filter, loaded or not.
    int totalCount() const { return m_total; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

Q_SIGNALS:
    void totalCountChanged(int total);
    // SQLite refused a read (the file went away, a disk error): the table stops where it is.
    void loadFailed(const QString& message);

private:
    void reload();
    std::vector<StudentRow> nextPage();

    Store* m_store = nullptr;
    StudentFilter m_filter;
    StudentSort m_sort;
    std::vector<StudentRow> m_rows;
    int m_total = 0;
    int m_pageSize = defaultPageSize;
};

} // namespace tutordesk
