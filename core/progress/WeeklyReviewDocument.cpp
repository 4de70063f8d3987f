#include "progress/WeeklyReviewDocument.h"

#include "protocol/ProtocolRule.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

#include <cmath>

namespace tutordesk {

namespace {

// A class of its own, so lupdate files these strings under the context they are looked up by.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(tutordesk::WeeklyReviewDocument)
};

QString number(int n)
{
    return QLocale().toString(n);
}

QString percent(double rate)
{
    return Tr::tr("%1%").arg(QLocale().toString(static_cast<int>(std::lround(rate * 100))));
}

QString shortDay(const QDate& day)
{
    return QLocale().toString(day, QLocale::ShortFormat);
}

QString longDay(const QDate& day)
{
    return QLocale().toString(day, QLocale::LongFormat);
}

QString escaped(const QString& text)
{
    return text.toHtmlEscaped();
}

QString ruleTitle(const QString& code)
{
    const auto rule = ProtocolRuleNames::fromCode(code);
    return rule ? ProtocolRuleNames::title(*rule) : code;
}

QString flagTitle(ProgressFlag flag)
{
    return flag == ProgressFlag::NotAttending ? Tr::tr("Not attending") : Tr::tr("Attending, not improving");
}

// "A, B, C and 12 more": a long list (a large school's groups or tutors) must not push the page onto two.
QString shortList(const QStringList& names, int shown = 6)
{
    if (names.size() <= shown)
        return QLocale().createSeparatedList(names);
    const int more = static_cast<int>(names.size()) - shown;
    return Tr::tr("%1 and %n more", nullptr, more).arg(names.mid(0, shown).join(QStringLiteral(", ")));
}

struct Reason {
    const char* words;
    int count;
};

std::vector<Reason> cancelReasons(const WeeklyReview& r)
{
    std::vector<Reason> reasons;
    const Reason all[] = {
        {QT_TRANSLATE_NOOP("tutordesk::WeeklyReviewDocument", "tutor absent"), r.cancelledTutorAbsent},
        {QT_TRANSLATE_NOOP("tutordesk::WeeklyReviewDocument", "school event"), r.cancelledSchoolEvent},
        {QT_TRANSLATE_NOOP("tutordesk::WeeklyReviewDocument", "weather"), r.cancelledWeather},
        {QT_TRANSLATE_NOOP("tutordesk::WeeklyReviewDocument", "student event"), r.cancelledStudentEvent},
        {QT_TRANSLATE_NOOP("tutordesk::WeeklyReviewDocument", "other reasons"), r.cancelledOther}};
    for (const Reason& reason : all) {
        if (reason.count > 0)
            reasons.push_back(reason);
    }
    return reasons;
}

// The flagged students of one flag, the first namedPerFlag of them named.
std::vector<WeeklyFlaggedStudent> flaggedOf(const WeeklyReview& r, ProgressFlag flag)
{
    std::vector<WeeklyFlaggedStudent> list;
    for (const WeeklyFlaggedStudent& f : r.flagged) {
        if (f.flag == flag)
            list.push_back(f);
    }
    return list;
}

QString section(const QString& heading)
{
    return QStringLiteral("<h3 style=\"font-size:11.5pt; margin-top:10px; margin-bottom:3px;\">%1</h3>")
        .arg(escaped(heading));
}

QString paragraph(const QString& text)
{
    return QStringLiteral("<p style=\"margin-top:0; margin-bottom:4px;\">%1</p>").arg(escaped(text));
}

// A small table: a header row and rows of cells (already escaped); numbers right-aligned when asked.
QString table(const QStringList& header, const std::vector<QStringList>& rows, int numericFrom)
{
    QString html = QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"2\" "
                                  "style=\"border-collapse:collapse; margin-bottom:4px;\">"
                                  "<tr>");
    for (int c = 0; c < header.size(); ++c)
        html += QStringLiteral(
                    "<th align=\"%1\" style=\"border-bottom:1px solid #888; padding-right:8px;\">%2</th>")
                    .arg(c >= numericFrom ? QStringLiteral("right") : QStringLiteral("left"),
                         escaped(header.at(c)));
    html += QStringLiteral("</tr>");
    for (const QStringList& row : rows) {
        html += QStringLiteral("<tr>");
        for (int c = 0; c < row.size(); ++c)
            html += QStringLiteral("<td align=\"%1\" style=\"padding-right:8px;\">%2</td>")
                        .arg(c >= numericFrom ? QStringLiteral("right") : QStringLiteral("left"), row.at(c));
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

QString sessionsTable(const WeeklyReview& r)
{
    return table({Tr::tr("Held"), Tr::tr("Make-ups held"), Tr::tr("Cancelled"), Tr::tr("No attendance yet")},
                 {{number(r.sessionsHeld), number(r.makeupsHeld), number(r.sessionsCancelled),
                   number(r.sessionsWithoutAttendance)}},
                 0);
}

QString supervisorsHtml(const WeeklyReview& r)
{
    if (r.supervisors.empty() && r.unsupervisedTutors.isEmpty())
        return paragraph(Tr::tr("No supervisors or tutors are set up."));
    // A large school's many supervisors would take the page: then only those over capacity are listed.
    constexpr std::size_t listedAll = 6;
    const bool all = r.supervisors.size() <= listedAll;
    int within = 0;
    std::vector<QStringList> rows;
    for (const WeeklySupervisorRow& s : r.supervisors) {
        if (!all && !s.overCapacity()) {
            ++within;
            continue;
        }
        QString load = number(s.tutors);
        if (s.overCapacity())
            load = QStringLiteral("<b>%1</b>").arg(Tr::tr("%1 — over capacity").arg(load));
        rows.push_back({escaped(s.name), load, number(s.maxTutors)});
    }
    QString html = rows.empty()
                       ? QString()
                       : table({Tr::tr("Supervisor"), Tr::tr("Tutors"), Tr::tr("Can coach")}, rows, 1);
    if (within > 0)
        html += paragraph(Tr::tr("%n other supervisor(s) within capacity.", nullptr, within));
    if (!r.unsupervisedTutors.isEmpty())
        html += paragraph(Tr::tr("%n tutor(s) without a supervisor: %1.", nullptr,
                                 static_cast<int>(r.unsupervisedTutors.size()))
                              .arg(shortList(r.unsupervisedTutors)));
    return html;
}

QString flagsHtml(const WeeklyReview& r)
{
    QString html = paragraph(WeeklyReviewDocument::flagsSentence(r));
    for (const ProgressFlag flag : {ProgressFlag::NotAttending, ProgressFlag::NotImproving}) {
        const auto list = flaggedOf(r, flag);
        if (list.empty())
            continue;
        std::vector<QStringList> rows;
        for (std::size_t i = 0; i < list.size() && i < std::size_t(WeeklyReviewDocument::namedPerFlag); ++i)
            rows.push_back({escaped(list[i].student), escaped(list[i].group)});
        const int more = static_cast<int>(list.size()) - WeeklyReviewDocument::namedPerFlag;
        if (more > 0)
            rows.push_back(
                {QStringLiteral("<i>%1</i>").arg(escaped(Tr::tr("and %n more", nullptr, more))), QString()});
        html += table({flagTitle(flag), Tr::tr("Group")}, rows, 2);
    }
    return html;
}

QString overdueHtml(const WeeklyReview& r)
{
    QString html = paragraph(WeeklyReviewDocument::overdueSentence(r));
    if (r.oldestOverdue.empty())
        return html;
    std::vector<QStringList> rows;
    for (const WeeklyOverdueAction& a : r.oldestOverdue)
        rows.push_back({escaped(a.student.isEmpty() ? Tr::tr("(a session)") : a.student),
                        escaped(ruleTitle(a.rule)), escaped(shortDay(a.due))});
    return html + table({Tr::tr("Student"), Tr::tr("Action"), Tr::tr("Due")}, rows, 3);
}

} // namespace

QString WeeklyReviewDocument::title(const WeeklyReview& r)
{
    return Tr::tr("Weekly operating review — %1 — week of %2").arg(r.schoolName, longDay(r.weekStart));
}

QString WeeklyReviewDocument::spanSentence(const WeeklyReview& r)
{
    if (r.through < r.weekStart)
        return Tr::tr("This week has not begun: there is nothing to count yet.");
    if (r.through < r.weekEnd)
        return Tr::tr("Figures from %1 through %2 (the week is not over).")
            .arg(longDay(r.weekStart), longDay(r.through));
    return Tr::tr("Figures from %1 through %2.").arg(longDay(r.weekStart), longDay(r.weekEnd));
}

QString WeeklyReviewDocument::attendanceSentence(const WeeklyReview& r)
{
    const auto now = r.attendanceRate();
    const auto before = r.attendanceRateLastWeek();
    if (!now)
        return before ? Tr::tr("No attendance taken yet this week (last week %1).").arg(percent(*before))
                      : Tr::tr("No attendance taken this week or last.");
    const QString taken =
        Tr::tr("%1 of %2 student sessions attended").arg(number(r.attended), number(r.attended + r.absent));
    if (!before)
        return Tr::tr("Attendance %1 (%2; none taken last week).").arg(percent(*now), taken);
    const int change = *r.attendanceChangePoints();
    QString trend;
    if (change > 0)
        trend = Tr::tr("up %n point(s)", nullptr, change);
    else if (change < 0)
        trend = Tr::tr("down %n point(s)", nullptr, -change);
    else
        trend = Tr::tr("no change");
    return Tr::tr("Attendance %1 (last week %2, %3): %4.").arg(percent(*now), percent(*before), trend, taken);
}

QString WeeklyReviewDocument::sessionsSentence(const WeeklyReview& r)
{
    QString text = Tr::tr("%n session(s) held", nullptr, r.sessionsHeld);
    if (r.makeupsHeld > 0)
        text += QLatin1Char(' ') + Tr::tr("(%n of them make-ups)", nullptr, r.makeupsHeld);
    text += Tr::tr(", %n cancelled", nullptr, r.sessionsCancelled);
    if (r.sessionsWithoutAttendance > 0)
        text += Tr::tr("; %n past session(s) still without attendance", nullptr, r.sessionsWithoutAttendance);
    return text + QLatin1Char('.');
}

QString WeeklyReviewDocument::cancelledSentence(const WeeklyReview& r)
{
    QStringList parts;
    for (const Reason& reason : cancelReasons(r))
        parts << Tr::tr("%1 %2").arg(Tr::tr(reason.words), number(reason.count));
    if (parts.isEmpty())
        return {};
    // "tutor absent 2, weather 1": a tally the eye runs along, not a sentence.
    return Tr::tr("Cancelled: %1.").arg(parts.join(Tr::tr(", ")));
}

QString WeeklyReviewDocument::staffingSentence(const WeeklyReview& r)
{
    QString text = Tr::tr("Fill rate %1: %2 of %n active group(s) have an active tutor cleared to work.",
                          nullptr, r.activeGroups)
                       .arg(percent(r.fillRate()), number(r.staffedGroups));
    text += QLatin1Char(' ') +
            Tr::tr("%n session(s) covered by a substitute", nullptr, r.sessionsCoveredBySubstitute);
    text += Tr::tr("; %n tutor(s) absent this week.", nullptr, r.tutorsAbsent);
    return text;
}

QString WeeklyReviewDocument::flagsSentence(const WeeklyReview& r)
{
    if (r.flagged.empty())
        return Tr::tr("No student is flagged as not attending or as attending but not improving.");
    return Tr::tr("%1 not attending; %2 attending well but not improving.")
        .arg(Tr::tr("%n student(s)", nullptr, r.notAttending()),
             Tr::tr("%n student(s)", nullptr, r.notImproving()));
}

QString WeeklyReviewDocument::outreachSentence(const WeeklyReview& r)
{
    return Tr::tr("%1 attempted, %2 reached (%3); %4 sent.")
        .arg(Tr::tr("%n family contact(s)", nullptr, r.contactsAttempted), number(r.contactsReached),
             Tr::tr("families of %n student(s)", nullptr, r.familiesReached),
             Tr::tr("%n letter(s)", nullptr, r.lettersSent));
}

QString WeeklyReviewDocument::overdueSentence(const WeeklyReview& r)
{
    if (r.overdueActions == 0)
        return Tr::tr("No protocol action is overdue.");
    if (r.overdueActions > static_cast<int>(r.oldestOverdue.size()))
        return Tr::tr("%n protocol action(s) overdue; the oldest:", nullptr, r.overdueActions);
    return Tr::tr("%n protocol action(s) overdue:", nullptr, r.overdueActions);
}

QString WeeklyReviewDocument::html(const WeeklyReview& r)
{
    QString left = section(Tr::tr("Attendance")) + paragraph(attendanceSentence(r));
    left += section(Tr::tr("Sessions")) + sessionsTable(r);
    if (const QString cancelled = cancelledSentence(r); !cancelled.isEmpty())
        left += paragraph(cancelled);
    left += section(Tr::tr("Staffing")) + paragraph(staffingSentence(r));
    if (!r.unstaffedGroups.isEmpty())
        left += paragraph(Tr::tr("Not staffed: %1.").arg(shortList(r.unstaffedGroups)));
    left += section(Tr::tr("Tutors per supervisor")) + supervisorsHtml(r);
    left += section(Tr::tr("Family outreach")) + paragraph(outreachSentence(r));

    QString right = section(Tr::tr("Progress flags")) + flagsHtml(r);
    right += section(Tr::tr("Overdue actions")) + overdueHtml(r);

    return QStringLiteral("<html><body>"
                          "<h2 style=\"font-size:15pt; margin-bottom:2px;\">%1</h2>"
                          "<p style=\"color:#444; margin-top:0; margin-bottom:6px;\">%2</p>"
                          "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr>"
                          "<td width=\"52%\" valign=\"top\" style=\"padding-right:14px;\">%3</td>"
                          "<td width=\"48%\" valign=\"top\">%4</td>"
                          "</tr></table></body></html>")
        .arg(escaped(title(r)), escaped(spanSentence(r)), left, right);
}

QString WeeklyReviewDocument::text(const WeeklyReview& r)
{
    QStringList lines{title(r), spanSentence(r), QString()};
    const auto heading = [&](const QString& words) {
        if (!lines.last().isEmpty())
            lines << QString();
        lines << words;
    };
    heading(Tr::tr("Attendance"));
    lines << QStringLiteral("  ") + attendanceSentence(r);
    heading(Tr::tr("Sessions"));
    lines << QStringLiteral("  ") + sessionsSentence(r);
    if (const QString cancelled = cancelledSentence(r); !cancelled.isEmpty())
        lines << QStringLiteral("  ") + cancelled;
    heading(Tr::tr("Staffing"));
    lines << QStringLiteral("  ") + staffingSentence(r);
    for (const QString& group : r.unstaffedGroups)
        lines << QStringLiteral("  ") + Tr::tr("Not staffed: %1").arg(group);
    heading(Tr::tr("Tutors per supervisor"));
    for (const WeeklySupervisorRow& s : r.supervisors)
        lines << QStringLiteral("  ") + (s.overCapacity()
                                             ? Tr::tr("%1: %2 tutors, can coach %3 — over capacity")
                                             : Tr::tr("%1: %2 tutors, can coach %3"))
                                            .arg(s.name, number(s.tutors), number(s.maxTutors));
    if (!r.unsupervisedTutors.isEmpty())
        lines << QStringLiteral("  ") + Tr::tr("%n tutor(s) without a supervisor: %1", nullptr,
                                               static_cast<int>(r.unsupervisedTutors.size()))
                                            .arg(QLocale().createSeparatedList(r.unsupervisedTutors));
    heading(Tr::tr("Progress flags"));
    lines << QStringLiteral("  ") + flagsSentence(r);
    for (const WeeklyFlaggedStudent& f : r.flagged)
        lines << QStringLiteral("    ") + Tr::tr("%1 — %2 (%3)").arg(f.student, f.group, flagTitle(f.flag));
    heading(Tr::tr("Family outreach"));
    lines << QStringLiteral("  ") + outreachSentence(r);
    heading(Tr::tr("Overdue actions"));
    lines << QStringLiteral("  ") + overdueSentence(r);
    for (const WeeklyOverdueAction& a : r.oldestOverdue)
        lines << QStringLiteral("    ") + Tr::tr("%1 — %2, due %3")
                                              .arg(a.student.isEmpty() ? Tr::tr("(a session)") : a.student,
                                                   ruleTitle(a.rule), shortDay(a.due));
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace tutordesk
