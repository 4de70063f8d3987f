#pragma once

#include "attendance/TodayOverview.h"

#include <QDateTime>
#include <QListWidget>

#include <cstdint>
#include <optional>
#include <vector>

namespace tutordesk {

// Today's sessions, one entry each: time, group, who teaches, room, skill and where attendance stands.
// A session that has started with its attendance not taken stands out (bold, coloured and said in words).
// Enter or a double-click asks for its attendance.
class TodaySessionsList final : public QListWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TodaySessionsList)

public:
    explicit TodaySessionsList(QWidget* parent = nullptr);
    ~TodaySessionsList() override;

    // `now` decides which sessions have started.
    void setSessions(const std::vector<TodaySession>& sessions, const QDateTime& now);
    std::optional<std::int64_t> selectedSessionId() const;
    bool selectSession(std::int64_t sessionId);
    // Whether the session can have attendance taken now (not cancelled, has students).
    bool canTakeAttendance() const;

Q_SIGNALS:
    void takeAttendanceRequested(std::int64_t sessionId);

private:
    void requestSelected();
};

} // namespace tutordesk
