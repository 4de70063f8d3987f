#pragma once

#include "families/ContactLog.h"
#include "protocol/ProtocolActions.h"
#include "schedule/ScheduledSession.h"

#include <QDate>
#include <QString>
#include <QTime>

#include <vector>

namespace tutordesk {

class Store;

// One of today's sessions and where its attendance stands.
struct TodaySession {
    ScheduledSession session;
    QString skill;    // the skill covered when recorded, else the group's target skill
    int students = 0; // on the sheet
    int recorded = 0; // with a status
    int present = 0;  // present or tardy
    int absent = 0;
    bool isTaken() const { return students > 0 && recorded == students; }
};

// What the Today page shows in one glance: today's sessions (not taken first among those that have
// started), the open protocol actions due by today (overdue first) and the follow-ups due.
struct TodayOverview {
    QDate day;
    bool isSchoolDay = true;
    QString dayLabel; // the calendar's label on a day off ("Thanksgiving break")
    std::vector<TodaySession> sessions;
    std::vector<DueAction> actions; // open, due by `day`, overdue first
    int actionsLater = 0;           // open actions due after `day`
    std::vector<FollowUp> followUps;
    int sessionsNotTaken() const;
    int actionsOverdue() const;
};

class TodayOverviews final {
public:
    static TodayOverview load(Store& store, const QDate& day);
    // The same, with the sessions that have started by `now` and still need attendance first.
    static TodayOverview load(Store& store, const QDate& day, const QTime& now);
};

} // namespace tutordesk
