#pragma once

#include <QDate>
#include <QWidget>

#include <cstdint>
#include <optional>
#include <vector>

class QLabel;
class QTreeWidget;
class QVBoxLayout;

namespace tutordesk {

class Store;
struct SeatDosage;

// "Tutoring" beside the Students table: the selected student's seats with their dosage (planned and
// delivered minutes this week and to date, the session delivery rate, attendance), their open protocol
// actions and recent attendance.
class StudentTutoringPanel final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StudentTutoringPanel)

public:
    explicit StudentTutoringPanel(QWidget* parent = nullptr);
    ~StudentTutoringPanel() override;

    void setStore(Store* store);
    void setToday(const QDate& today);
    void showStudent(std::optional<std::int64_t> studentId);
    void refresh() { showStudent(m_student); }

    // What the panel shows (tests): one widget per seat, its lines as text.
    int seatCount() const;
    QString seatText(int seat) const;
    QLabel* hintLabel() const { return m_hint; }
    QTreeWidget* actionList() const { return m_actions; }

protected:
    void showEvent(QShowEvent* event) override;

private:
    // Reads the student now; while hidden (another tab in front) the reading waits until shown.
    void load();
    void clearSeats();
    QWidget* makeSeat(const SeatDosage& seat);
    void showHint(const QString& hint);

    Store* m_store = nullptr;
    QDate m_today;
    std::optional<std::int64_t> m_student;
    bool m_stale = true;
    QWidget* m_seats = nullptr;
    QVBoxLayout* m_seatLayout = nullptr;
    std::vector<QWidget*> m_seatWidgets;
    QLabel* m_hint = nullptr;
    QLabel* m_actionsHeading = nullptr;
    QTreeWidget* m_actions = nullptr;
};

} // namespace tutordesk
