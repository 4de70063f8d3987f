#pragma once

#include "progress/WeeklyReview.h"

#include <QString>

namespace tutordesk {

// The weekly operating review in words a principal reads in a minute: as HTML for one printed page
// (ReportRender lays it out; the Progress page shows the same HTML) and as plain text for tutordesk-cli.
class WeeklyReviewDocument final {
public:
    // "Weekly operating review — Test Elementary — week of Nov 16, 2026"
    static QString title(const WeeklyReview& review);
    static QString html(const WeeklyReview& review);
    static QString text(const WeeklyReview& review);

    // The sentences both forms share, e.g. "Attendance 86% (last week 82%, up 4 points)."
    static QString attendanceSentence(const WeeklyReview& review);
    static QString sessionsSentence(const WeeklyReview& review);
    static QString cancelledSentence(const WeeklyReview& review); // empty when none were cancelled
    static QString staffingSentence(const WeeklyReview& review);
    static QString outreachSentence(const WeeklyReview& review);
    static QString overdueSentence(const WeeklyReview& review);
    static QString flagsSentence(const WeeklyReview& review);
    // "Figures for Monday … Sunday" or "Figures through Friday, …"
    static QString spanSentence(const WeeklyReview& review);
    // How many flagged students of each flag the page names (the rest are counted).
    static constexpr int namedPerFlag = 8;
};

} // namespace tutordesk
