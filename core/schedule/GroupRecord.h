#pragma once

#include <QDate>
#include <QString>
#include <QTime>

#include <cstdint>
#include <optional>
#include <vector>

namespace tutordesk {

// A tutoring group as the group editor shows it (tutoring_groups), with its recurring pattern.
struct GroupRecord {
    std::int64_t id = 0; // 0: not saved yet
    QString sourcedId;
    QString name;
    QString subject = QStringLiteral("reading");
    QString skillCode;
    QString skillDescription;
    int tier = 2;
    QString deliveryModel = QStringLiteral("pull_out"); // pull_out, after_school, saturday, virtual, hybrid
    int cap = 4;
    QString gradeBand;
    std::optional<std::int64_t> tutorId;
    QString location; // a room, or a meeting link for virtual groups
    int weekdays = 0; // bit set: Monday = 1, Tuesday = 2, Wednesday = 4, … Sunday = 64
    QTime startsAt;
    int minutes = 30;
    QDate startDay;
    QDate endDay;
    QString status = QStringLiteral("planned"); // planned, active, ended

    bool meetsOn(int weekday) const
    {
        return weekday >= 1 && weekday <= 7 && (weekdays & (1 << (weekday - 1)));
    }
    // Whether the group has what it takes to meet: a tutor, at least one weekday and a start time.
    bool hasPattern() const { return tutorId.has_value() && weekdays != 0 && startsAt.isValid(); }
    // Rooms are shared by name; meeting links and virtual groups never clash.
    bool usesRoom() const;
    bool operator==(const GroupRecord&) const = default;
};

// One session the pattern asks for.
struct PlannedSession {
    QDate day;
    QTime start;
    int minutes = 0; // shortened on minimum days
    bool operator==(const PlannedSession&) const = default;
};

// "Mon, Wed, Thu" in the user's language, in weekday order.
QString weekdayNames(int weekdays);

} // namespace tutordesk
