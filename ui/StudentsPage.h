#pragma once

#include <QWidget>

class QLabel;
class QTableView;

namespace tutordesk {

class Store;
class StudentFilterBar;
class StudentTableModel;

// The Students page: find a student by name or ID, narrow the list by grade, language or student
// group, and sort it by any column, on the large school as fast as on a small one.
class StudentsPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StudentsPage)

public:
    explicit StudentsPage(QWidget* parent = nullptr);
    ~StudentsPage() override;

    // Shows the students of `store` (nullptr: none), with every filter cleared.
    void setStore(Store* store);

    StudentTableModel* model() const { return m_model; }
    StudentFilterBar* filterBar() const { return m_filters; }
    QTableView* table() const { return m_table; }
    QLabel* countLabel() const { return m_count; }

private:
    void showCount(int total);
    void sizeColumns(const QStringList& homeLanguages);
    void sortIndicatorChanged(int column, Qt::SortOrder order);

    StudentTableModel* m_model = nullptr;
    StudentFilterBar* m_filters = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_count = nullptr;
    QLabel* m_problem = nullptr;
    bool m_columnsSized = false;
};

} // namespace tutordesk
