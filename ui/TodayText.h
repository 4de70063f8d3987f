#pragma once

#include "attendance/Dosage.h"
#include "attendance/TodayOverview.h"

#include <QColor>
#include <QCoreApplication>
#include <QString>

namespace tutordesk {

// The Today page's words: where a session's attendance stands, why an action is due, how late it is,
// the count line and the delivery figures of an escalation, in the UI language and locale.
class TodayText final {
    Q_DECLARE_TR_FUNCTIONS(tutordesk::TodayText)

public:
    // "Not taken", "Taken · 3 of 4 present", "Cancelled", "Needs cover", "No students".
    static QString attendanceState(const TodaySession& session);
    // "2 absences in a row", "Attendance 62% over 4 weeks", "Ms Kim is out", …
    static QString reason(const DueAction& action);
    // What to do in a list's few words ("Tell the family", "Escalate"); the panel gives the rule's title.
    static QString toDo(ProtocolRule rule);
    // "Overdue · 2 school days", "Due today", "Due Mon, Nov 23, 2026".
    static QString due(const DueAction& action, const QDate& today);
    // "3 sessions not taken · 5 actions due (2 overdue) · 1 follow-up".
    static QString counts(const TodayOverview& overview);
    // "Sessions delivered: 18 of 24 (75%) · attended 12 (67%)".
    static QString delivery(const DosageFigures& figures);
    // "Friday, November 20, 2026" in the user's locale.
    static QString longDay(const QDate& day);
    // "Student · Grade 3" for the panel's title.
    static QString grade(const QString& grade);
    // The colour that marks what is late or waiting (always with words beside it).
    static QColor lateColor();
};

} // namespace tutordesk
