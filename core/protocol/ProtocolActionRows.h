#pragma once

#include "protocol/ProtocolRule.h"

#include <QDate>
#include <QString>

#include <cstdint>
#include <optional>

namespace tutordesk {

class Database;
class SchoolCalendar;

// The writes the protocol engine makes to protocol_actions, shared by its seat and cover halves. Each runs
// inside the caller's transaction.
class ProtocolActionRows final {
public:
    struct NewAction {
        ProtocolRule rule = ProtocolRule::NotifyFamily;
        std::optional<std::int64_t> studentId;
        std::optional<std::int64_t> enrollmentId;
        std::int64_t sessionId = 0;
        QDate createdOn;
        QDate dueOn;
        int absencesInRow = 0;
        std::optional<double> attendanceRate;
    };
    static void insert(Database& db, const NewAction& action);
    // status is "done" or "withdrawn"; resolved now, by the connection's audit actor.
    static void close(Database& db, std::int64_t actionId, const char* status, const QString& note);

    // `days` school days after `day` (0: the day itself); the year's last day when the year ends first.
    static QDate dueAfter(const SchoolCalendar& calendar, const QDate& day, int days);
    // `days` school days before `day` (0: the day itself), never before `earliest`.
    static QDate dueBefore(const SchoolCalendar& calendar, const QDate& day, int days, const QDate& earliest);
};

} // namespace tutordesk
