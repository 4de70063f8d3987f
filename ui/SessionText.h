#pragma once

#include "schedule/ScheduledSession.h"
#include "schedule/SessionChanges.h"

#include <QColor>
#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>
#include <QTime>

namespace tutordesk {

// The words and colours the schedule screens share (beyond core's ScheduleText): statuses, cancel reasons,
// delivery models, tier colours, in the UI language and locale.
class SessionText final {
    Q_DECLARE_TR_FUNCTIONS(tutordesk::SessionText)

public:
    // "Tue, Dec 1, 2026, 10:00–10:30" (core's ScheduleText formats the day and the times).
    static QString when(const ScheduledSession& session);
    // Who teaches it, as a block shows it: the tutor, "Sub: Name", or "No tutor".
    static QString teacher(const ScheduledSession& session);
    // "Scheduled", "Held", "Cancelled (tutor absent)", "Make-up", "Needs cover".
    static QString status(const ScheduledSession& session);
    // How date fields show a day: "Thu, Nov 12, 2026" (the locale's long date with short names), so that
    // the weekday is always in sight.
    static QString dateEditFormat();
    // Everything about a session, for a tooltip (rich text, names escaped).
    static QString tooltip(const ScheduledSession& session);
    // "Tutor absent", "School event", … for sessions.cancel_reason codes.
    static QString cancelReason(const QString& code);
    static const QStringList& cancelReasons();
    // pull_out, after_school, saturday, virtual, hybrid and their words.
    static const QStringList& deliveryModels();
    static QString deliveryModel(const QString& code);
    // "3 students".
    static QString students(int count);
    // The students' names, one list.
    static QString studentNames(const ScheduledSession& session);
    // "Saved. 42 sessions added, 12 removed, 3 moved; earlier sessions and their attendance are unchanged."
    static QString changes(const SessionChanges& changes);

    // A tier's colours on the week view: a pale fill and a darker edge that passes for text.
    static QColor tierFill(int tier);
    static QColor tierEdge(int tier);
    static QString tierName(int tier);
};

} // namespace tutordesk
