// The pure rules: which absences make which rule fire, at and around each threshold.
#include "protocol/ProtocolTriggers.h"

#include <QDate>

#include <gtest/gtest.h>

#include <string>
#include <utility>

using namespace tutordesk;

namespace {

// A history from letters, one session a day from Monday 1 March 2027: P present, T tardy, E excused,
// U unexcused. Session ids are 1, 2, 3, …
std::vector<AttendancePoint> history(const std::string& letters, const QDate& first = QDate(2027, 3, 1))
{
    std::vector<AttendancePoint> points;
    for (std::size_t i = 0; i < letters.size(); ++i) {
        AttendanceStatus status = AttendanceStatus::Present;
        switch (letters[i]) {
        case 'T':
            status = AttendanceStatus::Tardy;
            break;
        case 'E':
            status = AttendanceStatus::Excused;
            break;
        case 'U':
            status = AttendanceStatus::Unexcused;
            break;
        default:
            break;
        }
        points.push_back({static_cast<std::int64_t>(i + 1), first.addDays(static_cast<qint64>(i)), status});
    }
    return points;
}

// (session, absences in a row) of every firing of `rule`.
std::vector<std::pair<std::int64_t, int>> fired(const std::vector<ProtocolTrigger>& triggers,
                                                ProtocolRule rule)
{
    std::vector<std::pair<std::int64_t, int>> out;
    for (const ProtocolTrigger& t : triggers) {
        if (t.rule == rule)
            out.emplace_back(t.sessionId, t.absencesInRow);
    }
    return out;
}

using Firings = std::vector<std::pair<std::int64_t, int>>;

std::vector<ProtocolTrigger> run(const std::string& letters, const ProtocolThresholds& t = {})
{
    return ProtocolTriggers::evaluate(history(letters), t);
}

// The rate rule out of the way, for the tests of runs.
ProtocolThresholds runsOnly()
{
    ProtocolThresholds t;
    t.escalateMinSessions = 1000;
    return t;
}

TEST(ProtocolTriggers, OneUnexcusedAbsenceNotifiesTheFamilyAndAsksForAMakeup)
{
    const auto triggers = run("PPU");
    ASSERT_EQ(triggers.size(), 2u);
    EXPECT_EQ(triggers[0].rule, ProtocolRule::NotifyFamily);
    EXPECT_EQ(triggers[0].sessionId, 3);
    EXPECT_EQ(triggers[0].day, QDate(2027, 3, 3));
    EXPECT_EQ(triggers[0].absencesInRow, 1);
    EXPECT_FALSE(triggers[0].attendanceRate.has_value());
    EXPECT_EQ(triggers[1].rule, ProtocolRule::ScheduleMakeup);
    EXPECT_EQ(triggers[1].sessionId, 3);
    EXPECT_TRUE(run("PPTP").empty());
}

TEST(ProtocolTriggers, NotifyFiresOncePerRunAtItsThreshold)
{
    ProtocolThresholds t = runsOnly();
    t.notifyAfter = 2;
    EXPECT_EQ(fired(run("PU", t), ProtocolRule::NotifyFamily), Firings{});
    EXPECT_EQ(fired(run("UU", t), ProtocolRule::NotifyFamily), (Firings{{2, 2}}));
    EXPECT_EQ(fired(run("UUUU", t), ProtocolRule::NotifyFamily), (Firings{{2, 2}}));
    // Attending ends the run: the next run counts from one again.
    EXPECT_EQ(fired(run("UUPUTUU", t), ProtocolRule::NotifyFamily), (Firings{{2, 2}, {7, 2}}));
}

TEST(ProtocolTriggers, ExcusedAbsencesCountInTheRunButDoNotNotifyUnlessAsked)
{
    ProtocolThresholds t = runsOnly();
    EXPECT_EQ(fired(run("E", t), ProtocolRule::NotifyFamily), Firings{});
    EXPECT_EQ(fired(run("EEU", t), ProtocolRule::NotifyFamily), (Firings{{3, 3}}));
    t.notifyOnExcused = true;
    EXPECT_EQ(fired(run("EEU", t), ProtocolRule::NotifyFamily), (Firings{{1, 1}}));
}

TEST(ProtocolTriggers, MakeupAfterTwoInARowOrAnyUnexcused)
{
    const ProtocolThresholds t = runsOnly();
    EXPECT_EQ(fired(run("E", t), ProtocolRule::ScheduleMakeup), Firings{});
    EXPECT_EQ(fired(run("EE", t), ProtocolRule::ScheduleMakeup), (Firings{{2, 2}}));
    EXPECT_EQ(fired(run("EEE", t), ProtocolRule::ScheduleMakeup), (Firings{{2, 2}}));
    EXPECT_EQ(fired(run("PU", t), ProtocolRule::ScheduleMakeup), (Firings{{2, 1}}));
    EXPECT_EQ(fired(run("EUU", t), ProtocolRule::ScheduleMakeup), (Firings{{2, 2}}));

    ProtocolThresholds strict = runsOnly();
    strict.makeupOnUnexcused = false;
    strict.makeupAfter = 3;
    EXPECT_EQ(fired(run("UU", strict), ProtocolRule::ScheduleMakeup), Firings{});
    EXPECT_EQ(fired(run("UUU", strict), ProtocolRule::ScheduleMakeup), (Firings{{3, 3}}));
}

TEST(ProtocolTriggers, EscalateAtThreeInARowOncePerRun)
{
    const ProtocolThresholds t = runsOnly();
    EXPECT_EQ(fired(run("EU", t), ProtocolRule::Escalate), Firings{});
    EXPECT_EQ(fired(run("EUE", t), ProtocolRule::Escalate), (Firings{{3, 3}}));
    EXPECT_EQ(fired(run("EUEU", t), ProtocolRule::Escalate), (Firings{{3, 3}}));
    EXPECT_EQ(fired(run("UUUPUUU", t), ProtocolRule::Escalate), (Firings{{3, 3}, {7, 3}}));
}

TEST(ProtocolTriggers, PauseAtFiveInARow)
{
    const ProtocolThresholds t = runsOnly();
    EXPECT_EQ(fired(run("UUUU", t), ProtocolRule::PauseOfferSeat), Firings{});
    EXPECT_EQ(fired(run("UUUUE", t), ProtocolRule::PauseOfferSeat), (Firings{{5, 5}}));
    EXPECT_EQ(fired(run("UUUUUU", t), ProtocolRule::PauseOfferSeat), (Firings{{5, 5}}));
    EXPECT_EQ(fired(run("UUUUPUUUU", t), ProtocolRule::PauseOfferSeat), Firings{});
}

TEST(ProtocolTriggers, RulesAtTheSameAbsenceComeInTheProtocolsOrder)
{
    ProtocolThresholds t = runsOnly();
    t.notifyAfter = 1;
    t.makeupAfter = 1;
    t.escalateAfter = 1;
    t.pauseAfter = 1;
    const auto triggers = run("U", t);
    ASSERT_EQ(triggers.size(), 4u);
    EXPECT_EQ(triggers[0].rule, ProtocolRule::NotifyFamily);
    EXPECT_EQ(triggers[1].rule, ProtocolRule::ScheduleMakeup);
    EXPECT_EQ(triggers[2].rule, ProtocolRule::Escalate);
    EXPECT_EQ(triggers[3].rule, ProtocolRule::PauseOfferSeat);
}

// The rate rule: attended / recorded over the window ending at the absence, under the percentage.
ProtocolThresholds rateOnly(int percent, int weeks, int minimum)
{
    ProtocolThresholds t;
    t.escalateAfter = 1000;
    t.escalateBelowPercent = percent;
    t.escalateWindowWeeks = weeks;
    t.escalateMinSessions = minimum;
    return t;
}

TEST(ProtocolTriggers, RateUnderThePercentageEscalatesWithTheRate)
{
    // Two of four attended: 50%.
    const auto triggers = run("PUPU", rateOnly(70, 4, 4));
    const auto escalations = fired(triggers, ProtocolRule::Escalate);
    ASSERT_EQ(escalations, (Firings{{4, 1}}));
    for (const ProtocolTrigger& t : triggers) {
        if (t.rule == ProtocolRule::Escalate) {
            ASSERT_TRUE(t.attendanceRate.has_value());
            EXPECT_DOUBLE_EQ(*t.attendanceRate, 0.5);
        }
    }
    // At the percentage is not under it; one point above is.
    EXPECT_EQ(fired(run("PUPU", rateOnly(50, 4, 4)), ProtocolRule::Escalate), Firings{});
    EXPECT_EQ(fired(run("PUPU", rateOnly(51, 4, 4)), ProtocolRule::Escalate), (Firings{{4, 1}}));
    // 7 of 10 is exactly 70%: not under.
    EXPECT_EQ(fired(run("PPPPPPPUUU", rateOnly(70, 4, 4)), ProtocolRule::Escalate), Firings{});
    // 6 of 9 is 66.7%: under, at the third absence of the run.
    EXPECT_EQ(fired(run("PPPPPPUUUU", rateOnly(70, 4, 4)), ProtocolRule::Escalate), (Firings{{9, 3}}));
}

TEST(ProtocolTriggers, RateNeedsTheMinimumOfSessionsInTheWindow)
{
    EXPECT_EQ(fired(run("PUPU", rateOnly(70, 4, 5)), ProtocolRule::Escalate), Firings{});
    EXPECT_EQ(fired(run("PUPUU", rateOnly(70, 4, 5)), ProtocolRule::Escalate), (Firings{{5, 2}}));
    // Attendance never escalates by itself.
    EXPECT_EQ(fired(run("UUUPPPPPP", rateOnly(70, 4, 4)), ProtocolRule::Escalate), Firings{});
}

TEST(ProtocolTriggers, RateLooksOnlyAtItsWindow)
{
    // Three records early in March, then an absence six weeks later: a 4-week window sees one record only.
    std::vector<AttendancePoint> points = history("UUP");
    points.push_back({4, QDate(2027, 4, 12), AttendanceStatus::Unexcused});
    EXPECT_EQ(fired(ProtocolTriggers::evaluate(points, rateOnly(70, 4, 4)), ProtocolRule::Escalate),
              Firings{});
    // Twelve weeks see all four, one attended: 25%.
    const auto wide = ProtocolTriggers::evaluate(points, rateOnly(70, 12, 4));
    EXPECT_EQ(fired(wide, ProtocolRule::Escalate), (Firings{{4, 1}}));
    // The window's first day is in it: 28 days back from 29 March is 2 March, so the window holds the
    // records of 2, 3, 4 and 29 March (two attended of four) but not 1 March's.
    std::vector<AttendancePoint> edge = history("PPPU");
    edge.push_back({5, QDate(2027, 3, 29), AttendanceStatus::Unexcused});
    EXPECT_EQ(fired(ProtocolTriggers::evaluate(edge, rateOnly(70, 4, 4)), ProtocolRule::Escalate),
              (Firings{{5, 2}}));
    EXPECT_EQ(fired(ProtocolTriggers::evaluate(edge, rateOnly(70, 4, 5)), ProtocolRule::Escalate), Firings{});
}

TEST(ProtocolTriggers, NoSecondRateEscalationWithinTheWindow)
{
    // 50% at session 4 escalates; sessions 6 and 8 are still under 70% but within four weeks of it.
    std::vector<AttendancePoint> points = history("PUPUPUPU");
    EXPECT_EQ(fired(ProtocolTriggers::evaluate(points, rateOnly(70, 4, 4)), ProtocolRule::Escalate),
              (Firings{{4, 1}}));
    // Six weeks later the window holds only the new records: escalating again is due.
    const std::vector<AttendancePoint> later = history("PUPU", QDate(2027, 4, 19));
    for (const AttendancePoint& p : later)
        points.push_back({p.sessionId + 8, p.day, p.status});
    EXPECT_EQ(fired(ProtocolTriggers::evaluate(points, rateOnly(70, 4, 4)), ProtocolRule::Escalate),
              (Firings{{4, 1}, {12, 1}}));
}

TEST(ProtocolTriggers, ARunEscalatesOnceWhetherByRateOrByLength)
{
    // The rate fires at session 4 (1 of 4 attended); the same run reaching three absences does not escalate
    // again.
    ProtocolThresholds t = rateOnly(70, 4, 4);
    t.escalateAfter = 3;
    EXPECT_EQ(fired(run("UUPU", t), ProtocolRule::Escalate), (Firings{{4, 1}}));
    EXPECT_EQ(fired(run("UUPUUU", t), ProtocolRule::Escalate), (Firings{{4, 1}}));
}

} // namespace
