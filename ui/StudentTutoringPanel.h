#pragma once

#include <QDate>
#include <QWidget>
#include <cstdint>
#include <optional>

namespace tutordesk {

class Store;

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

private:
    Store* m_store = nullptr;
    QDate m_today;
    std::optional<std::int64_t> m_student;
};

} // namespace tutordesk
