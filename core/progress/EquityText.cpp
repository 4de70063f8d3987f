#include "progress/EquityText.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <vector>

namespace tutordesk {

namespace {

// A class of its own, so lupdate files these strings under the context they are looked up by.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(tutordesk::EquityText)
};

using Column = EquityText::Column;

const EquityFigure* figureOf(const EquityRow& row, Column column)
{
    switch (column) {
    case Column::MeanMinutes:
        return &row.meanDosageMinutes;
    case Column::Attendance:
        return &row.attendanceRate;
    case Column::Growth:
        return &row.growth;
    case Column::SeatShare:
        return &row.seatShare;
    case Column::MinutesShare:
        return &row.minutesShare;
    case Column::NeedShare:
        return &row.needShare;
    case Column::Paused:
        return &row.pausedRate;
    case Column::MakeupsOffered:
        return &row.makeupsOffered;
    case Column::MakeupsAttended:
        return &row.makeupsAttended;
    case Column::Exits:
        return &row.exitRate;
    default:
        return nullptr;
    }
}

std::optional<int> countOf(const EquityRow& row, Column column)
{
    switch (column) {
    case Column::Eligible:
        return row.eligible;
    case Column::Offered:
        return row.offered;
    case Column::Enrolled:
        return row.enrolled;
    default:
        return std::nullopt;
    }
}

QString escape(const QString& text)
{
    return text.toHtmlEscaped();
}

} // namespace

QString EquityText::dimensionTitle(EquityDimension dimension)
{
    switch (dimension) {
    case EquityDimension::RaceEthnicity:
        return Tr::tr("Race/ethnicity");
    case EquityDimension::ElStatus:
        return Tr::tr("EL status");
    case EquityDimension::Disability:
        return Tr::tr("Disability");
    case EquityDimension::Foster:
        return Tr::tr("Foster youth");
    case EquityDimension::Homeless:
        return Tr::tr("Homeless");
    case EquityDimension::Disadvantaged:
        return Tr::tr("Socio-economically disadvantaged");
    case EquityDimension::Grade:
        return Tr::tr("Grade");
    }
    return QString();
}

QString EquityText::groupTitle(const EquityRow& row)
{
    const QString& k = row.groupKey;
    switch (row.dimension) {
    case EquityDimension::RaceEthnicity:
        if (k == QLatin1String("hispanic"))
            return Tr::tr("Hispanic or Latino");
        if (k == QLatin1String("american_indian"))
            return Tr::tr("American Indian or Alaska Native");
        if (k == QLatin1String("asian"))
            return Tr::tr("Asian");
        if (k == QLatin1String("black"))
            return Tr::tr("Black or African American");
        if (k == QLatin1String("pacific_islander"))
            return Tr::tr("Native Hawaiian or Pacific Islander");
        if (k == QLatin1String("white"))
            return Tr::tr("White");
        if (k == QLatin1String("two_or_more"))
            return Tr::tr("Two or more races");
        return Tr::tr("Not reported");
    case EquityDimension::ElStatus:
        if (k == QLatin1String("el"))
            return Tr::tr("EL (English learner)");
        if (k == QLatin1String("rfep"))
            return Tr::tr("RFEP (reclassified)");
        if (k == QLatin1String("eo_ifep"))
            return Tr::tr("EO/IFEP (English only or proficient)");
        if (k == QLatin1String("tbd"))
            return Tr::tr("TBD (to be determined)");
        return Tr::tr("Not reported");
    case EquityDimension::Disability:
        return k == QLatin1String("iep_504") ? Tr::tr("IEP or 504 plan") : Tr::tr("No IEP or 504 plan");
    case EquityDimension::Foster:
        return Tr::tr("Foster youth");
    case EquityDimension::Homeless:
        return Tr::tr("Homeless (McKinney-Vento)");
    case EquityDimension::Disadvantaged:
        return Tr::tr("Socio-economically disadvantaged");
    case EquityDimension::Grade:
        if (k == QLatin1String("TK"))
            return Tr::tr("Transitional kindergarten");
        if (k == QLatin1String("K"))
            return Tr::tr("Kindergarten");
        return Tr::tr("Grade %1").arg(k);
    }
    return row.groupName;
}

QString EquityText::groupPhrase(const EquityRow& row)
{
    const QString& k = row.groupKey;
    switch (row.dimension) {
    case EquityDimension::RaceEthnicity:
        if (k == QLatin1String("hispanic"))
            return Tr::tr("Hispanic or Latino students");
        if (k == QLatin1String("american_indian"))
            return Tr::tr("American Indian or Alaska Native students");
        if (k == QLatin1String("asian"))
            return Tr::tr("Asian students");
        if (k == QLatin1String("black"))
            return Tr::tr("Black or African American students");
        if (k == QLatin1String("pacific_islander"))
            return Tr::tr("Native Hawaiian or Pacific Islander students");
        if (k == QLatin1String("white"))
            return Tr::tr("White students");
        if (k == QLatin1String("two_or_more"))
            return Tr::tr("Students of two or more races");
        return Tr::tr("Students with no race/ethnicity reported");
    case EquityDimension::ElStatus:
        if (k == QLatin1String("el"))
            return Tr::tr("EL students");
        if (k == QLatin1String("rfep"))
            return Tr::tr("RFEP students");
        if (k == QLatin1String("eo_ifep"))
            return Tr::tr("EO/IFEP students");
        if (k == QLatin1String("tbd"))
            return Tr::tr("Students whose EL status is TBD");
        return Tr::tr("Students with no EL status reported");
    case EquityDimension::Disability:
        return k == QLatin1String("iep_504") ? Tr::tr("Students with an IEP or 504 plan")
                                             : Tr::tr("Students without an IEP or 504 plan");
    case EquityDimension::Foster:
        return Tr::tr("Foster youth");
    case EquityDimension::Homeless:
        return Tr::tr("Homeless students");
    case EquityDimension::Disadvantaged:
        return Tr::tr("Socio-economically disadvantaged students");
    case EquityDimension::Grade:
        if (k == QLatin1String("TK"))
            return Tr::tr("TK students");
        if (k == QLatin1String("K"))
            return Tr::tr("Kindergarten students");
        return Tr::tr("Grade %1 students").arg(k);
    }
    return row.groupName;
}

QString EquityText::columnTitle(Column column)
{
    switch (column) {
    case Column::Group:
        return Tr::tr("Student group");
    case Column::Eligible:
        return Tr::tr("Eligible");
    case Column::Offered:
        return Tr::tr("Offered");
    case Column::Enrolled:
        return Tr::tr("Enrolled");
    case Column::MeanMinutes:
        return Tr::tr("Minutes each");
    case Column::Attendance:
        return Tr::tr("Attendance");
    case Column::Growth:
        return Tr::tr("Growth");
    case Column::SeatShare:
        return Tr::tr("Share of seats");
    case Column::MinutesShare:
        return Tr::tr("Share of minutes");
    case Column::NeedShare:
        return Tr::tr("Share of need");
    case Column::Paused:
        return Tr::tr("Paused");
    case Column::MakeupsOffered:
        return Tr::tr("Make-ups offered");
    case Column::MakeupsAttended:
        return Tr::tr("Make-ups attended");
    case Column::Exits:
        return Tr::tr("Exited");
    case Column::Count:
        break;
    }
    return QString();
}

QString EquityText::columnExplanation(Column column, double threshold)
{
    switch (column) {
    case Column::Group:
        return Tr::tr("A student counts in every group they belong to, once per dimension.");
    case Column::Eligible:
        return Tr::tr("Students in need: active students whose need score puts them in Tier 2 or Tier 3.");
    case Column::Offered:
        return Tr::tr("Eligible students who were ever given a seat in a group (invited or later), waitlist "
                      "places left out.");
    case Column::Enrolled:
        return Tr::tr(
            "Eligible students who took up a seat: active now, or came to sessions before a pause or "
            "an exit.");
    case Column::MeanMinutes:
        return Tr::tr("Tutoring minutes received so far per enrolled student, make-ups included.");
    case Column::Attendance:
        return Tr::tr("Sessions attended out of the sessions where attendance was taken for the enrolled "
                      "students.");
    case Column::Growth:
        return Tr::tr(
            "Mean growth on the group's probe, latest score minus the pre-test, in percentage points; "
            "only students with two probe results count.");
    case Column::SeatShare:
        return Tr::tr("This group's enrolled students out of all enrolled students in need.");
    case Column::MinutesShare:
        return Tr::tr("This group's tutoring minutes out of all minutes delivered to students in need.");
    case Column::NeedShare:
        return Tr::tr(
                   "This group's eligible students out of all students in need. A share of seats or minutes "
                   "below %1 of this is highlighted.")
            .arg(EquityText::threshold(threshold));
    case Column::Paused:
        return Tr::tr("Enrolled students whose seat was paused or offered to the waitlist after missed "
                      "sessions.");
    case Column::MakeupsOffered:
        return Tr::tr("Make-up sessions offered per enrolled student.");
    case Column::MakeupsAttended:
        return Tr::tr("Make-up sessions attended per enrolled student.");
    case Column::Exits:
        return Tr::tr("Enrolled students who left a group (exited).");
    case Column::Count:
        break;
    }
    return QString();
}

QString EquityText::percent(double share, int decimals)
{
    return Tr::tr("%1%").arg(QLocale().toString(share * 100.0, 'f', decimals));
}

QString EquityText::threshold(double ratio)
{
    const QString number = QLocale().toString(ratio, 'f', 2);
    return qFuzzyCompare(ratio, 0.8) ? Tr::tr("%1 (four-fifths)").arg(number) : number;
}

QString EquityText::cell(const EquityRow& row, Column column)
{
    if (column == Column::Group)
        return groupTitle(row);
    if (row.suppressed())
        return QString();
    const QLocale locale;
    if (const auto count = countOf(row, column))
        return locale.toString(*count);
    const EquityFigure* f = figureOf(row, column);
    if (!f || !f->value)
        return QString();
    const double v = *f->value;
    switch (column) {
    case Column::MeanMinutes:
        return Tr::tr("%1 min").arg(locale.toString(v, 'f', 0));
    case Column::Growth:
        return Tr::tr("%1 pts").arg((v > 0 ? QStringLiteral("+") : QString()) + locale.toString(v, 'f', 1));
    case Column::MakeupsOffered:
    case Column::MakeupsAttended:
        return locale.toString(v, 'f', 1);
    default:
        return percent(v);
    }
}

QString EquityText::withheldReason(const EquityRow& row, Column column)
{
    if (column == Column::Group)
        return QString();
    if (row.suppressed())
        return suppressedExplanation(row.suppression);
    const EquityFigure* f = figureOf(row, column);
    if (!f)
        return QString();
    switch (f->withheld) {
    case EquityWithheld::None:
        return QString();
    case EquityWithheld::GroupSuppressed:
        return suppressedExplanation(row.suppression);
    case EquityWithheld::FewStudents:
        return column == Column::Growth
                   ? Tr::tr("Withheld: fewer than 10 students in this group have growth measured yet.")
                   : Tr::tr("Withheld: fewer than 10 students behind this figure.");
    case EquityWithheld::Complement:
        return Tr::tr("Withheld so that a smaller group's figure cannot be worked out by subtraction.");
    case EquityWithheld::NoData:
        return Tr::tr("Nothing to measure yet.");
    }
    return QString();
}

QString EquityText::suppressedLabel(EquitySuppression suppression)
{
    return suppression == EquitySuppression::ProtectsSmallerGroup
               ? Tr::tr("withheld to protect a smaller group")
               : Tr::tr("fewer than 10 students");
}

QString EquityText::suppressedExplanation(EquitySuppression suppression)
{
    return suppression == EquitySuppression::ProtectsSmallerGroup
               ? Tr::tr("This group is large enough, but showing it would let a smaller group's figures be "
                        "worked out by subtraction, so it is held back too.")
               : Tr::tr("Fewer than 10 students in need: no figure is shown, to protect their privacy.");
}

QString EquityText::gapSentence(const EquityAudit& audit, const EquityGap& gap)
{
    const EquityRow& row = audit.rows.at(gap.row);
    if (gap.kind == EquityGap::Kind::Seats)
        return Tr::tr("%1 hold %2 of seats but are %3 of students in need.")
            .arg(groupPhrase(row), percent(gap.share), percent(gap.needShare));
    return Tr::tr("%1 receive %2 of tutoring minutes but are %3 of students in need.")
        .arg(groupPhrase(row), percent(gap.share), percent(gap.needShare));
}

QStringList EquityText::notes(const EquityAudit& audit)
{
    QStringList notes;
    notes << Tr::tr("“Eligible\u201d means the need score qualifies the student for tutoring: an active "
                    "student in Tier 2 or Tier 3 today.");
    notes << Tr::tr(
        "A group with fewer than 10 eligible students is not shown, and a figure that rests on fewer "
        "than 10 students is withheld, so that no student can be identified.");
    notes
        << Tr::tr(
               "A group is highlighted when its share of seats or minutes is below %1 of its share of need.")
               .arg(threshold(audit.threshold));
    if (audit.tutoredNoLongerEligible > 0)
        notes << Tr::tr("%n tutored student(s) no longer in Tier 2 or 3 (or no longer at the school) are not "
                        "counted.",
                        nullptr, audit.tutoredNoLongerEligible);
    return notes;
}

QString EquityText::html(const EquityAudit& audit, const QString& schoolName)
{
    const QLocale locale;
    QString page;
    page += QStringLiteral("<h1>%1</h1>").arg(escape(Tr::tr("Equity audit")));
    page += QStringLiteral("<p>%1</p>")
                .arg(escape(Tr::tr("%1 \u00b7 figures to %2")
                                .arg(schoolName, locale.toString(audit.today, QLocale::LongFormat))));
    if (audit.gaps.empty()) {
        page += QStringLiteral("<p>%1</p>")
                    .arg(escape(
                        Tr::tr("No group's share of seats or minutes falls below %1 of its share of need.")
                            .arg(threshold(audit.threshold))));
    } else {
        page += QStringLiteral("<h2>%1</h2><ul>").arg(escape(Tr::tr("Gaps")));
        for (const EquityGap& gap : audit.gaps)
            page += QStringLiteral("<li><b>%1</b></li>").arg(escape(gapSentence(audit, gap)));
        page += QStringLiteral("</ul>");
    }
    const auto table = [&](const QString& title, const std::vector<Column>& columns) {
        page += QStringLiteral("<h2>%1</h2>").arg(escape(title));
        page += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\"><tr>");
        // The group's name gets room for a line of its own; the figures share the rest.
        for (const Column c : columns)
            page +=
                c == Column::Group
                    ? QStringLiteral("<th width=\"26%\" align=\"left\">%1</th>").arg(escape(columnTitle(c)))
                    : QStringLiteral("<th style=\"font-size: 7pt\">%1</th>").arg(escape(columnTitle(c)));
        page += QStringLiteral("</tr>");
        std::optional<EquityDimension> current;
        for (const EquityRow& row : audit.rows) {
            if (current != row.dimension) {
                current = row.dimension;
                page += QStringLiteral("<tr><td colspan=\"%1\" bgcolor=\"#e8eef4\"><b>%2</b></td></tr>")
                            .arg(columns.size())
                            .arg(escape(dimensionTitle(row.dimension)));
            }
            page += QStringLiteral("<tr>");
            if (row.suppressed()) {
                page += QStringLiteral("<td>%1</td><td colspan=\"%2\"><font color=\"#666666\"><i>%3</i>"
                                       "</font></td>")
                            .arg(escape(groupTitle(row)))
                            .arg(columns.size() - 1)
                            .arg(escape(suppressedLabel(row.suppression)));
            } else {
                for (const Column c : columns) {
                    QString text = cell(row, c);
                    if (text.isEmpty() && c != Column::Group)
                        text = QStringLiteral("\u2014");
                    const bool gap = (c == Column::SeatShare && row.seatGap) ||
                                     (c == Column::MinutesShare && row.minutesGap);
                    page += gap ? QStringLiteral("<td bgcolor=\"#fde2c8\"><b>%1 \u25bc</b></td>")
                                      .arg(escape(text))
                                : QStringLiteral("<td>%1</td>").arg(escape(text));
                }
            }
            page += QStringLiteral("</tr>");
        }
        page += QStringLiteral("</table>");
    };
    table(Tr::tr("Access, dosage and growth"),
          {Column::Group, Column::Eligible, Column::Offered, Column::Enrolled, Column::MeanMinutes,
           Column::Attendance, Column::Growth, Column::SeatShare, Column::MinutesShare, Column::NeedShare});
    table(Tr::tr("The process"), {Column::Group, Column::Enrolled, Column::Paused, Column::MakeupsOffered,
                                  Column::MakeupsAttended, Column::Exits});
    page += QStringLiteral("<p><small>");
    for (const QString& note : notes(audit))
        page += escape(note) + QStringLiteral("<br>");
    page += escape(
        Tr::tr("\u2014 withheld: fewer than 10 students behind the figure, or it would reveal a smaller "
               "group's."));
    page += QStringLiteral("</small></p>");
    return page;
}

QString EquityText::plainText(const EquityAudit& audit)
{
    const QLocale locale;
    QString text;
    text += Tr::tr("Equity audit, figures to %1").arg(locale.toString(audit.today, QLocale::LongFormat));
    text += QLatin1Char('\n');
    if (audit.gaps.empty()) {
        text += Tr::tr("No group's share of seats or minutes falls below %1 of its share of need.")
                    .arg(threshold(audit.threshold));
        text += QLatin1Char('\n');
    } else {
        text += Tr::tr("Gaps (share below %1 of the share of need):").arg(threshold(audit.threshold));
        text += QLatin1Char('\n');
        for (const EquityGap& gap : audit.gaps)
            text += QStringLiteral("  ! ") + gapSentence(audit, gap) + QLatin1Char('\n');
    }
    const auto table = [&](const QString& title, const std::vector<Column>& columns) {
        text += QLatin1Char('\n') + title + QLatin1Char('\n');
        constexpr int groupWidth = 40;
        std::vector<int> widths(columns.size(), 0);
        QString header = QStringLiteral("  ") + QString().leftJustified(groupWidth);
        for (std::size_t i = 1; i < columns.size(); ++i) {
            widths[i] = std::max(9, static_cast<int>(columnTitle(columns[i]).size()));
            header += QLatin1Char(' ') + columnTitle(columns[i]).rightJustified(widths[i]);
        }
        text += header + QLatin1Char('\n');
        std::optional<EquityDimension> current;
        for (const EquityRow& row : audit.rows) {
            if (current != row.dimension) {
                current = row.dimension;
                text += dimensionTitle(row.dimension) + QLatin1Char('\n');
            }
            QString line =
                QStringLiteral("  ") + groupTitle(row).leftJustified(groupWidth, QLatin1Char(' '), true);
            if (row.suppressed()) {
                line += QStringLiteral(" (") + suppressedLabel(row.suppression) + QLatin1Char(')');
            } else {
                for (std::size_t i = 1; i < columns.size(); ++i) {
                    const Column c = columns[i];
                    QString value = cell(row, c);
                    if (value.isEmpty())
                        value = QStringLiteral("\u2014");
                    if ((c == Column::SeatShare && row.seatGap) ||
                        (c == Column::MinutesShare && row.minutesGap))
                        value = QStringLiteral("!") + value;
                    line += QLatin1Char(' ') + value.rightJustified(widths[i]);
                }
            }
            text += line + QLatin1Char('\n');
        }
    };
    table(Tr::tr("Access, dosage and growth"),
          {Column::Group, Column::Eligible, Column::Offered, Column::Enrolled, Column::MeanMinutes,
           Column::Attendance, Column::Growth, Column::SeatShare, Column::MinutesShare, Column::NeedShare});
    table(Tr::tr("The process (per enrolled student)"),
          {Column::Group, Column::Enrolled, Column::Paused, Column::MakeupsOffered, Column::MakeupsAttended,
           Column::Exits});
    text += QLatin1Char('\n');
    for (const QString& note : notes(audit))
        text += QStringLiteral("* ") + note + QLatin1Char('\n');
    text += Tr::tr("\u2014 withheld: fewer than 10 students behind the figure, or it would reveal a smaller "
                   "group's. ! a gap.");
    text += QLatin1Char('\n');
    return text;
}

} // namespace tutordesk
