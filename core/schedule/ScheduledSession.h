#pragma once

#include <QDate>
#include <QString>
#include <QTime>

#include <cstdint>
#include <optional>
#include <vector>

namespace tutordesk {

// One session as the schedule shows it, with its group, who teaches it and who attends.
struct ScheduledSession {
    struct Student {
        std::int64_t id = 0;
        QString districtId;
        QString name; // "First Last" (preferred first name when there is one)
    };

    std::int64_t id = 0;
    QString sourcedId;
    std::int64_t groupId = 0;
    QString groupSourcedId;
    QString groupName;
    QString subject;
    int tier = 2;
    QString location;
    QDate day;
    QTime start;
    int minutes = 0;
    QString status;       // scheduled, held, cancelled
    QString kind;         // regular, makeup
    QString cancelReason; // tutor_absent, school_event, weather, student_event, other; empty
    std::optional<std::int64_t> tutorId;
    QString tutorName;
    QString tutorSourcedId;
    std::optional<std::int64_t> substituteId;
    QString substituteName;
    QString substituteSourcedId;
    // The tutor is marked out that day and nobody covers yet: the session needs a decision.
    bool needsCover = false;
    // Students who attend: those with attendance for it, else those a make-up is for (session_students),
    // else the seat holders of its group on that day.
    std::vector<Student> students;

    QTime end() const { return start.addSecs(minutes * 60); }
    bool isCancelled() const { return status == QLatin1String("cancelled"); }
    bool isMakeup() const { return kind == QLatin1String("makeup"); }
    // DESIGN.md section 6: "scheduled", "held", "cancelled" or "makeup" (a make-up not cancelled).
    QString statusCode() const;
    // The tutor who actually teaches it: the substitute when there is one.
    QString teacherName() const { return substituteName.isEmpty() ? tutorName : substituteName; }
    // Its stable export id (DESIGN.md section 6, "tutor"): the substitute's when there is one.
    QString teacherSourcedId() const { return substituteId ? substituteSourcedId : tutorSourcedId; }
};

} // namespace tutordesk
