#pragma once

#include <QDate>
#include <QString>
#include <QTime>

namespace tutordesk {

struct ScheduledSession;

// The words cover, staffing and the day list share: how a session is named in a refusal, what a
// cancellation reason is called, and how language codes compare.
class CoverText final {
public:
    // "Math · Grades 3–4 · Tier 2 · B on Tue, Dec 1, 2026 at 10:00" (ScheduleText's day and time)
    static QString session(const ScheduledSession& session);
    static QString session(const QString& groupName, const QDate& day, const QTime& start);
    // sessions.cancel_reason codes: tutor_absent, school_event, weather, student_event, other.
    static bool isCancelReason(const QString& code);
    // "Tutor absent", "School event", … in the user's language.
    static QString cancelReasonTitle(const QString& code);
    // The primary subtag of a BCP 47 code, lower case: "es-MX" → "es", so that a tutor who speaks "es"
    // counts for a family that wrote "ES" or "es-419".
    static QString primaryLanguage(const QString& code);
};

} // namespace tutordesk
