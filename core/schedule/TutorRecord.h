#pragma once

#include <QDate>
#include <QString>
#include <QStringList>
#include <QTime>

#include <cstdint>
#include <optional>
#include <vector>

namespace tutordesk {

// One stretch of a tutor's week when they can teach: weekday 1 = Monday … 7 = Sunday.
struct AvailabilityWindow {
    int weekday = 1;
    QTime from;
    QTime to;
    bool operator==(const AvailabilityWindow&) const = default;
    // Whether [start, start + minutes) lies inside this window on `day`'s weekday.
    bool covers(int weekdayOfSession, const QTime& start, int minutes) const;
};

// A tutor as the Tutors page edits one (tutors and its subject, language and availability tables).
struct TutorRecord {
    std::int64_t id = 0; // 0: not saved yet
    QString sourcedId;   // stable export id; generated on first save when empty
    QString firstName;
    QString lastName;
    QString type = QStringLiteral("paraprofessional"); // tutors.type code
    QString email;
    QString phone;
    std::optional<std::int64_t> supervisorId;
    QStringList subjects;  // reading, math, writing, other
    QStringList languages; // BCP 47 codes, as students.home_language: "es", "ko", …
    std::vector<AvailabilityWindow> availability;
    QDate backgroundCheckOn;
    QDate backgroundCheckUntil;
    QDate tbTestOn;
    QDate tbTestUntil;
    QString status = QStringLiteral("active"); // active, substitute (the pool), inactive

    QString displayName() const; // "First Last"
    bool teaches(const QString& subject) const { return subjects.contains(subject); }
    // Whether the tutor's availability covers a session on `day` at `start` for `minutes`.
    bool availableAt(const QDate& day, const QTime& start, int minutes) const;
    bool operator==(const TutorRecord&) const = default;
};

// The codes tutors.type and tutors.status take, and their words for people.
class TutorText final {
public:
    static const QStringList& typeCodes();             // certified_teacher, paraprofessional, …
    static QString typeTitle(const QString& type);     // "Certified teacher"
    static const QStringList& statusCodes();           // active, substitute, inactive
    static QString statusTitle(const QString& status); // "Active", "Substitute pool", "Inactive"
    // "Mon 08:00–12:00, Wed 13:00–15:00" (locale-aware day names).
    static QString availability(const std::vector<AvailabilityWindow>& windows);
};

} // namespace tutordesk
