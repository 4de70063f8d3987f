#pragma once

#include "progress/Equity.h"

#include <QString>
#include <QStringList>

namespace tutordesk {

// The words of the equity audit, shared by the Equity Audit tab, `report equity` and its PDF, so that the
// three say the same thing the same way.
class EquityText final {
public:
    // The columns every face shows, in order.
    enum class Column {
        Group,
        Eligible,
        Offered,
        Enrolled,
        MeanMinutes,
        Attendance,
        Growth,
        SeatShare,
        MinutesShare,
        NeedShare,
        Paused,
        MakeupsOffered,
        MakeupsAttended,
        Exits,
        Count
    };

    static QString dimensionTitle(EquityDimension dimension); // "EL status" (translated)
    static QString groupTitle(const EquityRow& row);          // "EL", "Grade 3" (translated)
    // The group as the subject of a sentence: "EL students", "Students with an IEP or 504 plan".
    static QString groupPhrase(const EquityRow& row);

    static QString columnTitle(Column column);
    static QString columnExplanation(Column column, double threshold); // for tooltips and the PDF's key

    // The cell: a count, "412 min", "86%", "+11.5 pts", "18% (of 31% need)"; empty when withheld.
    static QString cell(const EquityRow& row, Column column);
    // Why the cell is empty: "Fewer than 10 students behind this figure", or empty when it has a value.
    static QString withheldReason(const EquityRow& row, Column column);
    // For a suppressed row, what stands in place of its numbers: "fewer than 10 students".
    static QString suppressedLabel(EquitySuppression suppression);
    static QString suppressedExplanation(EquitySuppression suppression);

    // "EL students hold 18% of seats but are 31% of students in need."
    static QString gapSentence(const EquityAudit& audit, const EquityGap& gap);
    // The notes under the table: what "eligible" means, the suppression rule, the threshold.
    static QStringList notes(const EquityAudit& audit);

    static QString percent(double share, int decimals = 0); // 0.18 → "18%"
    static QString threshold(double ratio);                 // 0.8 → "0.80 (four-fifths)"

    // The audit as a page of HTML for ReportRender (the PDF of `report equity --out` and "Save as PDF…").
    static QString html(const EquityAudit& audit, const QString& schoolName);
    // The audit as a plain-text table for the command line.
    static QString plainText(const EquityAudit& audit);
};

} // namespace tutordesk
