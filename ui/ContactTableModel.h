#pragma once

#include "families/ContactQuery.h"

#include <QAbstractTableModel>

#include <cstdint>
#include <optional>
#include <vector>

namespace tutordesk {

class Store;

// The school's contact log as a table: a lazy model that counts the contacts matching a filter and
// loads them a window at a time as the view scrolls (canFetchMore/fetchMore). ContactQuery filters and
// sorts in SQL, so a year's log is never all in memory.
class ContactTableModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContactTableModel)

public:
    enum Column {
        When,
        Student,
        Guardian,
        Method,
        Direction,
        Language,
        Interpreter,
        Purpose,
        Outcome,
        Notes,
        FollowUp,
        By,
        ColumnCount
    };
    enum Role {
        ContactIdRole = Qt::UserRole, // the contact's database id, on every cell of the row
        StudentIdRole,
    };

    static constexpr int defaultPageSize = 200;

    explicit ContactTableModel(QObject* parent = nullptr);
    ~ContactTableModel() override;

    // The store to read from (nullptr shows nothing); the model does not own it.
    void setStore(Store* store);
    void setFilter(const ContactFilter& filter);
    const ContactFilter& filter() const { return m_filter; }
    ContactSort currentSort() const { return m_sort; }
    void setPageSize(int rows);
    // Reads the log again (it changed), keeping the filter and sort.
    void reload();

    // Contacts matching the filter, loaded or not.
    int totalCount() const { return m_total; }
    const ContactRow* rowAt(int row) const;
    // The row showing the contact among those loaded.
    std::optional<int> rowOf(std::int64_t contactId) const;
    // The sort a header click on `column` asks for; none for a column the log does not sort by.
    static std::optional<ContactSort> sortFor(int column, Qt::SortOrder order);
    static int columnOf(ContactSort sort);

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
    std::vector<ContactRow> nextPage();
    QString display(const ContactRow& row, int column) const;

    Store* m_store = nullptr;
    ContactFilter m_filter;
    ContactSort m_sort = ContactSort::NewestFirst;
    std::vector<ContactRow> m_rows;
    int m_total = 0;
    int m_pageSize = defaultPageSize;
};

} // namespace tutordesk
