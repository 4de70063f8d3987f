#include "TodayText.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace tutordesk {

namespace {

QString percent(double rate)
{
    return QLocale().toString(static_cast<int>(std::lround(rate * 100)));
}

} // namespace

QString TodayText::attendanceState(const TodaySession& s)
{
    if (s.session.isCancelled())
        return tr("Cancelled");
    if (s.session.needsCover)
        return tr("Needs cover");
    if (s.students == 0)
        return tr("No students");
    if (s.isTaken())
        return tr("Taken · %1 of %n present", nullptr, s.students).arg(s.present);
    if (s.recorded > 0)
        return tr("Partly taken · %1 of %n recorded", nullptr, s.students).arg(s.recorded);
    return tr("Not taken");
}

QString TodayText::reason(const DueAction& a)
{
    switch (a.rule) {
    case ProtocolRule::CoverTutorAbsence:
        return a.tutorName.isEmpty() ? tr("The tutor is out") : tr("%1 is out").arg(a.tutorName);
    case ProtocolRule::Escalate:
    case ProtocolRule::ScheduleMakeup:
    case ProtocolRule::NotifyFamily:
    case ProtocolRule::PauseOfferSeat:
        break;
    }
    // An escalation on the four-week rate says so; the others count the run of absences.
    if (a.rule == ProtocolRule::Escalate && a.attendanceRate && a.absencesInRow < 3)
        return tr("Attendance %1% over 4 weeks").arg(percent(*a.attendanceRate));
    if (a.absencesInRow > 1)
        return tr("%n absence(s) in a row", nullptr, a.absencesInRow);
    if (a.sessionDay.isValid())
        return tr("Absent %1").arg(QLocale().toString(a.sessionDay, QLocale::ShortFormat));
    if (a.attendanceRate)
        return tr("Attendance %1% over 4 weeks").arg(percent(*a.attendanceRate));
    return tr("Absent");
}

QString TodayText::toDo(ProtocolRule rule)
{
    switch (rule) {
    case ProtocolRule::NotifyFamily:
        return tr("Notify the family");
    case ProtocolRule::ScheduleMakeup:
        return tr("Schedule a make-up");
    case ProtocolRule::Escalate:
        return tr("Escalate");
    case ProtocolRule::PauseOfferSeat:
        return tr("Pause, offer the seat");
    case ProtocolRule::CoverTutorAbsence:
        return tr("Find cover");
    }
    return ProtocolRuleNames::title(rule);
}

QString TodayText::due(const DueAction& a, const QDate& today)
{
    if (a.daysOverdue > 0)
        return tr("Overdue · %n school day(s)", nullptr, a.daysOverdue);
    if (a.dueOn == today)
        return tr("Due today");
    return tr("Due %1").arg(QLocale().toString(a.dueOn, QLocale::ShortFormat));
}

QString TodayText::counts(const TodayOverview& o)
{
    QStringList parts;
    const int notTaken = o.sessionsNotTaken();
    const int cancelled = static_cast<int>(std::count_if(
        o.sessions.begin(), o.sessions.end(), [](const TodaySession& s) { return s.session.isCancelled(); }));
    const int meeting = static_cast<int>(o.sessions.size()) - cancelled;
    if (notTaken > 0)
        parts << tr("%n session(s) not taken", nullptr, notTaken);
    else if (meeting > 0)
        parts << tr("All %n session(s) taken", nullptr, meeting);
    if (cancelled > 0)
        parts << tr("%n cancelled", nullptr, cancelled);
    const int actions = static_cast<int>(o.actions.size());
    const int overdue = o.actionsOverdue();
    if (actions == 0)
        parts << tr("No actions due");
    else if (overdue > 0)
        parts << tr("%n action(s) due", nullptr, actions) + QLatin1Char(' ') +
                     tr("(%n overdue)", nullptr, overdue);
    else
        parts << tr("%n action(s) due", nullptr, actions);
    if (!o.followUps.empty())
        parts << tr("%n follow-up(s)", nullptr, static_cast<int>(o.followUps.size()));
    return parts.join(tr(" · "));
}

QString TodayText::delivery(const DosageFigures& f)
{
    if (f.sessionsScheduled == 0)
        return tr("No sessions scheduled yet");
    const QLocale locale;
    QString text = tr("Sessions delivered: %1 of %2")
                       .arg(locale.toString(f.sessionsHeld), locale.toString(f.sessionsScheduled));
    if (const auto rate = f.deliveryRate())
        text += tr(" (%1%)").arg(percent(*rate));
    text += tr(" · attended %1").arg(locale.toString(f.sessionsAttended));
    if (const auto rate = f.attendanceRate())
        text += tr(" (%1%)").arg(percent(*rate));
    return text;
}

QString TodayText::longDay(const QDate& day)
{
    return QLocale().toString(day, QLocale::LongFormat);
}

QString TodayText::grade(const QString& grade)
{
    if (grade == QLatin1String("TK"))
        return tr("TK");
    if (grade == QLatin1String("K"))
        return tr("Kindergarten");
    return tr("Grade %1").arg(grade);
}

QColor TodayText::lateColor()
{
    return QColor(0xb0, 0x3a, 0x2e); // a brick red that reads on white and on the selection's blue
}

} // namespace tutordesk
