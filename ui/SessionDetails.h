#pragma once

#include "schedule/ScheduledSession.h"

#include <QDate>
#include <QFrame>

#include <cstdint>
#include <optional>

class QLabel;
class QPushButton;

namespace tutordesk {

// The panel beside the week: everything about the selected session (group, day and time, tutor or
// substitute, room, students, status) and what can be done about it now: edit its group, find a
// substitute, cancel it, schedule a make-up, restore a cancelled session that has not happened yet, or
// take (or edit) the attendance of a session whose day has come.
class SessionDetails final : public QFrame {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionDetails)

public:
    explicit SessionDetails(QWidget* parent = nullptr);
    ~SessionDetails() override;

    // Shows the session (nothing selected: a hint), with the actions that make sense on `today`.
    void showSession(const ScheduledSession* session, const QDate& today);
    std::optional<std::int64_t> sessionId() const { return m_sessionId; }

    // Every line the panel shows, for tests and screen readers.
    QString text() const;
    QPushButton* editButton() const { return m_edit; }
    QPushButton* coverButton() const { return m_cover; }
    QPushButton* cancelButton() const { return m_cancel; }
    QPushButton* makeupButton() const { return m_makeup; }
    QPushButton* restoreButton() const { return m_restore; }
    QPushButton* attendanceButton() const { return m_attendance; }

Q_SIGNALS:
    void editGroupRequested(std::int64_t groupId);
    void coverRequested();
    void cancelRequested();
    void makeupRequested();
    void restoreRequested();
    void attendanceRequested();

private:
    QLabel* m_hint = nullptr;
    QWidget* m_body = nullptr;
    QLabel* m_group = nullptr;
    QLabel* m_tier = nullptr;
    QLabel* m_when = nullptr;
    QLabel* m_time = nullptr;
    QLabel* m_tutor = nullptr;
    QLabel* m_room = nullptr;
    QLabel* m_studentsTitle = nullptr;
    QLabel* m_students = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_cover = nullptr;
    QPushButton* m_cancel = nullptr;
    QPushButton* m_makeup = nullptr;
    QPushButton* m_restore = nullptr;
    QPushButton* m_attendance = nullptr;
    std::optional<std::int64_t> m_sessionId;
    std::int64_t m_groupId = 0;
};

} // namespace tutordesk
