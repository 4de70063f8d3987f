#pragma once

#include "schedule/ScheduledSession.h"

#include <QDate>
#include <QWidget>

#include <memory>
#include <vector>

class QDateEdit;
class QLabel;
class QPrinter;
class QPushButton;
class QTableWidget;

namespace tutordesk {

class Store;

// The Schedule page's "Day list" tab: one day's sessions in time order (time, group, room, tutor,
// students, status), and the same list printed or saved as a PDF for the front office and the
// tutors' clipboards. The printed page is core's (DayListReport::html); this tab only prints it.
class DayListTab final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DayListTab)

public:
    enum Column {
        TimeColumn,
        GroupColumn,
        RoomColumn,
        TutorColumn,
        StudentsColumn,
        StatusColumn,
        ColumnCount
    };

    explicit DayListTab(QWidget* parent = nullptr);
    ~DayListTab() override;

    void setStore(Store* store);
    void showDay(const QDate& day);
    QDate day() const;
    // Reads the day again.
    void reload();

    // Opens the print dialog; prints when it is accepted.
    void print();
    // Asks where to save, then saves.
    void saveAsPdf();
    // Writes the day list to a PDF file; false (and `problem` emitted) when it could not be written.
    bool writePdf(const QString& path);
    // Prints the day list on a printer that is set up.
    void printOn(QPrinter& printer);

    QDateEdit* dateEdit() const { return m_date; }
    QTableWidget* table() const { return m_table; }
    QLabel* summaryLabel() const { return m_summary; }
    const std::vector<ScheduledSession>& sessions() const { return m_sessions; }

Q_SIGNALS:
    void problem(const QString& message);
    void done(const QString& message);
    // Double-click on a row: show this session in the week.
    void sessionActivated(std::int64_t sessionId);

private:
    void fill();

    Store* m_store = nullptr;
    QDateEdit* m_date = nullptr;
    QLabel* m_summary = nullptr;
    QTableWidget* m_table = nullptr;
    QPushButton* m_print = nullptr;
    QPushButton* m_pdf = nullptr;
    std::vector<ScheduledSession> m_sessions;
    std::unique_ptr<QPrinter> m_printer; // keeps the chosen printer and its settings between prints
};

} // namespace tutordesk
