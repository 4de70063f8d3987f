#include "schedule/DayListReport.h"

#include "schedule/CoverText.h"
#include "schedule/ScheduleQuery.h"
#include "schedule/ScheduleText.h"
#include "schedule/SchoolCalendar.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QLocale>

namespace tutordesk {

namespace {

// A class of its own, so lupdate files these strings under the context they are looked up by.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(tutordesk::DayListReport)
};

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

// Black on white with thin grey rules: it is photocopied and filled in with a pen.
constexpr const char* styleSheet = "body { font-family: sans-serif; font-size: 10pt; color: #000000; }"
                                   " h1 { font-size: 15pt; margin-bottom: 2px; }"
                                   " h2 { font-size: 12pt; font-weight: normal; margin-top: 0px; }"
                                   " table.session { margin-top: 12px; border-color: #808080; }"
                                   " th { text-align: left; background-color: #e6e6e6; }"
                                   " td.box { width: 90px; }"
                                   " p.note { color: #404040; }";

QString statusText(const ScheduledSession& s)
{
    if (s.isCancelled()) {
        const QString reason = CoverText::cancelReasonTitle(s.cancelReason);
        return reason.isEmpty() ? Tr::tr("Cancelled") : Tr::tr("Cancelled: %1").arg(reason);
    }
    QString text;
    if (s.status == QLatin1String("held"))
        text = Tr::tr("Held");
    else if (s.isMakeup())
        text = Tr::tr("Make-up");
    else
        text = Tr::tr("Scheduled");
    if (s.needsCover)
        text = Tr::tr("%1, needs cover").arg(text);
    return text;
}

QString teacherText(const ScheduledSession& s)
{
    if (!s.substituteName.isEmpty())
        return Tr::tr("Substitute: %1 for %2")
            .arg(s.substituteName, s.tutorName.isEmpty() ? Tr::tr("no tutor") : s.tutorName);
    return s.tutorName.isEmpty() ? Tr::tr("No tutor") : Tr::tr("Tutor: %1").arg(s.tutorName);
}

// One session: a heading row with when, which group, where, who and its status, then a line per student
// with an empty box to tick by hand. A cancelled session is struck through and lists nobody: no
// attendance is taken for it.
QString sessionTable(const ScheduledSession& s)
{
    const bool cancelled = s.isCancelled();
    const auto strike = [cancelled](const QString& html) {
        return cancelled ? QStringLiteral("<s>") + html + QStringLiteral("</s>") : html;
    };
    QString html = QStringLiteral("<table class=\"session\" width=\"100%\" border=\"1\" cellspacing=\"0\" "
                                  "cellpadding=\"4\">");
    html += QStringLiteral("<tr><th colspan=\"3\">%1 &nbsp; %2</th></tr>")
                .arg(strike(esc(ScheduleText::timeRange(s.start, s.minutes))), strike(esc(s.groupName)));
    html += QStringLiteral("<tr><td colspan=\"3\">%1 &nbsp;\u00b7&nbsp; %2 &nbsp;\u00b7&nbsp; %3</td></tr>")
                .arg(esc(s.location.isEmpty() ? Tr::tr("No room") : s.location), esc(teacherText(s)),
                     esc(statusText(s)));
    if (!cancelled) {
        html += QStringLiteral("<tr><th>%1</th><th>%2</th><th>%3</th></tr>")
                    .arg(esc(Tr::tr("Student")), esc(Tr::tr("District ID")), esc(Tr::tr("Attended")));
        for (const auto& student : s.students)
            html +=
                QStringLiteral("<tr><td>%1</td><td>%2</td><td class=\"box\" width=\"90\">&nbsp;</td></tr>")
                    .arg(esc(student.name), esc(student.districtId));
        if (s.students.empty())
            html += QStringLiteral("<tr><td colspan=\"3\">%1</td></tr>")
                        .arg(esc(Tr::tr("No students hold a seat.")));
    }
    html += QStringLiteral("</table>");
    return html;
}

// Why a day has no sessions, when the calendar knows: "Veterans Day (Holiday)".
QString dayOff(const SchoolCalendar& calendar, const QDate& day)
{
    const DayKind kind = calendar.kindOf(day);
    if (kind == DayKind::Instructional || kind == DayKind::MinimumDay)
        return {};
    const QString title = SchoolCalendar::title(kind);
    const QString label = calendar.labelOf(day);
    return label.isEmpty() ? title : Tr::tr("%1 (%2)").arg(label, title);
}

} // namespace

QString DayListReport::html(Store& store, const QDate& day)
{
    const QString school = store.db().queryText("SELECT name FROM school WHERE id = 1");
    const QString date = QLocale().toString(day, QLocale::LongFormat);
    const SchoolCalendar calendar = SchoolCalendar::load(store);
    const std::vector<ScheduledSession> sessions = ScheduleQuery::range(store, day, day);

    QString html = QStringLiteral("<!DOCTYPE html><html dir=\"ltr\"><head><meta charset=\"utf-8\">");
    html += QStringLiteral("<title>%1</title>").arg(esc(Tr::tr("Day list, %1").arg(date)));
    html += QStringLiteral("<style>") + QLatin1String(styleSheet) + QStringLiteral("</style></head><body>");
    html += QStringLiteral("<h1>%1</h1>").arg(esc(school.isEmpty() ? Tr::tr("Day list") : school));
    QString subtitle = Tr::tr("Day list, %1").arg(date);
    if (calendar.isMinimumDay(day)) {
        const QString label = calendar.labelOf(day);
        subtitle = Tr::tr("%1 \u00b7 %2")
                       .arg(subtitle, label.isEmpty() ? SchoolCalendar::title(DayKind::MinimumDay) : label);
    }
    html += QStringLiteral("<h2>%1</h2>").arg(esc(subtitle));

    if (sessions.empty()) {
        const QString off = dayOff(calendar, day);
        html += QStringLiteral("<p>%1</p>")
                    .arg(esc(off.isEmpty() ? Tr::tr("No sessions on this day.")
                                           : Tr::tr("No sessions on this day: %1.").arg(off)));
    } else {
        html += QStringLiteral("<p class=\"note\">%1</p>")
                    .arg(esc(Tr::tr("%n session(s). Tick the box of each student who attended.", nullptr,
                                    static_cast<int>(sessions.size()))));
        for (const ScheduledSession& s : sessions)
            html += sessionTable(s);
    }
    html += QStringLiteral("</body></html>");
    return html;
}

} // namespace tutordesk
