// The equity audit's figures on a school small enough to work out by hand (EquityFixtures.h).
#include "EquityFixtures.h"
#include "progress/Equity.h"
#include "progress/EquityText.h"
#include "support/TestText.h"

#include <QRegularExpression>

#include <gtest/gtest.h>

namespace tutordesk {
namespace {

using test::EquitySchoolTest;

const EquityRow& rowOf(const EquityAudit& audit, EquityDimension dimension, const char* key)
{
    for (const EquityRow& row : audit.rows) {
        if (row.dimension == dimension && row.groupKey == QLatin1String(key))
            return row;
    }
    ADD_FAILURE() << "no row " << key;
    static const EquityRow none;
    return none;
}

class EquityFiguresTest : public EquitySchoolTest {};

TEST_F(EquityFiguresTest, CountsEligibleOfferedAndEnrolledPerGroup)
{
    const EquityAudit audit = Equity::audit(store(), today());
    const EquityRow& el = rowOf(audit, EquityDimension::ElStatus, "el");
    EXPECT_FALSE(el.suppressed());
    EXPECT_EQ(el.dimensionName, QStringLiteral("EL status"));
    EXPECT_EQ(el.groupName, QStringLiteral("EL"));
    EXPECT_EQ(el.eligible, 16);
    EXPECT_EQ(el.offered, 12);  // the two invited count as offered
    EXPECT_EQ(el.enrolled, 10); // the paused one had come, so took up the seat
    const EquityRow& eo = rowOf(audit, EquityDimension::ElStatus, "eo_ifep");
    EXPECT_EQ(eo.eligible, 24);
    EXPECT_EQ(eo.offered, 22);
    EXPECT_EQ(eo.enrolled, 20); // the exited one included
    // Grades follow the same students; tier 1 and withdrawn students are nowhere.
    EXPECT_EQ(rowOf(audit, EquityDimension::Grade, "3").eligible, 16);
    EXPECT_EQ(rowOf(audit, EquityDimension::Grade, "4").eligible, 24);
    EXPECT_TRUE(rowOf(audit, EquityDimension::Grade, "5").suppressed());
    EXPECT_EQ(rowOf(audit, EquityDimension::Disability, "none").eligible, 40);
    EXPECT_EQ(audit.tutoredNoLongerEligible, 1);
}

TEST_F(EquityFiguresTest, DosageAttendanceAndGrowthPerGroupAsWorkedOutByHand)
{
    const EquityAudit audit = Equity::audit(store(), today());
    const EquityRow& el = rowOf(audit, EquityDimension::ElStatus, "el");
    // 570 minutes (make-up included) over 10 enrolled; 19 attended of 21 with attendance taken.
    ASSERT_TRUE(el.meanDosageMinutes.value);
    EXPECT_DOUBLE_EQ(*el.meanDosageMinutes.value, 57.0);
    ASSERT_TRUE(el.attendanceRate.value);
    EXPECT_DOUBLE_EQ(*el.attendanceRate.value, 19.0 / 21.0);
    ASSERT_TRUE(el.growth.value);
    EXPECT_DOUBLE_EQ(*el.growth.value, 20.0);
    EXPECT_DOUBLE_EQ(el.needShare.value.value_or(-1), 16.0 / 40.0);
    EXPECT_DOUBLE_EQ(el.seatShare.value.value_or(-1), 10.0 / 30.0);
    EXPECT_DOUBLE_EQ(el.minutesShare.value.value_or(-1), 570.0 / 1770.0);
    // The process: el0 paused; el8 and el9 offered a make-up, el9 came.
    EXPECT_DOUBLE_EQ(el.pausedRate.value.value_or(-1), 0.1);
    EXPECT_DOUBLE_EQ(el.exitRate.value.value_or(-1), 0.0);
    EXPECT_DOUBLE_EQ(el.makeupsOffered.value.value_or(-1), 0.2);
    EXPECT_DOUBLE_EQ(el.makeupsAttended.value.value_or(-1), 0.1);

    const EquityRow& eo = rowOf(audit, EquityDimension::ElStatus, "eo_ifep");
    EXPECT_DOUBLE_EQ(eo.meanDosageMinutes.value.value_or(-1), 60.0);
    EXPECT_DOUBLE_EQ(eo.attendanceRate.value.value_or(-1), 1.0);
    EXPECT_DOUBLE_EQ(eo.minutesShare.value.value_or(-1), 1200.0 / 1770.0);
    // eo1 was offered a pause (the protocol's action), eo2's seat exited.
    EXPECT_DOUBLE_EQ(eo.pausedRate.value.value_or(-1), 0.05);
    EXPECT_DOUBLE_EQ(eo.exitRate.value.value_or(-1), 0.05);
}

TEST_F(EquityFiguresTest, GrowthMeasuredForFewerThanTenIsWithheldWithAReason)
{
    const EquityAudit audit = Equity::audit(store(), today());
    const EquityRow& eo = rowOf(audit, EquityDimension::ElStatus, "eo_ifep");
    EXPECT_FALSE(eo.suppressed());
    EXPECT_FALSE(eo.growth.value); // six students with growth
    EXPECT_EQ(eo.growth.withheld, EquityWithheld::FewStudents);
    EXPECT_EQ(EquityText::cell(eo, EquityText::Column::Growth), QString());
    EXPECT_TRUE(
        EquityText::withheldReason(eo, EquityText::Column::Growth).contains(QStringLiteral("fewer than 10")));
}

TEST_F(EquityFiguresTest, AGroupOfNineHasNoNumberAtAll)
{
    const EquityAudit audit = Equity::audit(store(), today());
    const EquityRow& foster = rowOf(audit, EquityDimension::Foster, "foster");
    EXPECT_TRUE(foster.suppressed());
    EXPECT_EQ(foster.suppression, EquitySuppression::FewerThanTen);
    EXPECT_FALSE(foster.eligible);
    EXPECT_FALSE(foster.offered);
    EXPECT_FALSE(foster.enrolled);
    for (const EquityFigure* f :
         {&foster.meanDosageMinutes, &foster.attendanceRate, &foster.growth, &foster.needShare,
          &foster.seatShare, &foster.minutesShare, &foster.pausedRate, &foster.exitRate,
          &foster.makeupsOffered, &foster.makeupsAttended})
        EXPECT_FALSE(f->value);
    EXPECT_FALSE(foster.seatGap);
    EXPECT_FALSE(foster.minutesGap);
    for (int c = 1; c < static_cast<int>(EquityText::Column::Count); ++c)
        EXPECT_EQ(EquityText::cell(foster, static_cast<EquityText::Column>(c)), QString());
    // Not in any gap sentence either, whatever the threshold.
    const EquityAudit strict = Equity::audit(store(), today(), 1.0);
    for (const EquityGap& gap : strict.gaps)
        EXPECT_NE(strict.rows.at(gap.row).dimension, EquityDimension::Foster);
}

TEST_F(EquityFiguresTest, ExactlyTenIsShownButFiguresOnFewerThanTenAreWithheld)
{
    const EquityAudit audit = Equity::audit(store(), today());
    const EquityRow& homeless = rowOf(audit, EquityDimension::Homeless, "homeless");
    EXPECT_FALSE(homeless.suppressed());
    EXPECT_EQ(homeless.eligible, 10);
    EXPECT_EQ(homeless.offered, 9); // eo22 has no seat
    EXPECT_EQ(homeless.enrolled, 7);
    EXPECT_DOUBLE_EQ(homeless.seatShare.value.value_or(-1), 7.0 / 30.0);
    // Seven enrolled: no mean, rate or share of minutes may rest on them.
    for (const EquityFigure* f :
         {&homeless.meanDosageMinutes, &homeless.attendanceRate, &homeless.growth, &homeless.minutesShare,
          &homeless.pausedRate, &homeless.exitRate, &homeless.makeupsOffered, &homeless.makeupsAttended}) {
        EXPECT_FALSE(f->value);
        EXPECT_EQ(f->withheld, EquityWithheld::FewStudents);
    }
}

TEST_F(EquityFiguresTest, ALoneSmallGroupIsProtectedFromSubtraction)
{
    const EquityAudit audit = Equity::audit(store(), today());
    // Asian: 4 eligible, suppressed. Alone, it would be the whole less Hispanic and White: the smaller of
    // the two (Hispanic, 16) is held back too.
    EXPECT_EQ(rowOf(audit, EquityDimension::RaceEthnicity, "asian").suppression,
              EquitySuppression::FewerThanTen);
    const EquityRow& hispanic = rowOf(audit, EquityDimension::RaceEthnicity, "hispanic");
    EXPECT_EQ(hispanic.suppression, EquitySuppression::ProtectsSmallerGroup);
    EXPECT_FALSE(hispanic.eligible);
    const EquityRow& white = rowOf(audit, EquityDimension::RaceEthnicity, "white");
    EXPECT_FALSE(white.suppressed());
    EXPECT_EQ(white.eligible, 20);
}

TEST_F(EquityFiguresTest, GapsFollowTheThresholdWithSharesWorkedOutByHand)
{
    // EL: seats 10/30 = 33.3% against need 16/40 = 40% (ratio 0.833); minutes 570/1770 = 32.2% (ratio 0.805).
    EXPECT_TRUE(Equity::audit(store(), today()).gaps.empty());

    const EquityAudit minutesOnly = Equity::audit(store(), today(), 0.81);
    ASSERT_EQ(minutesOnly.gaps.size(), 2u); // EL and grade 3 are the same students
    EXPECT_EQ(minutesOnly.gaps[0].kind, EquityGap::Kind::Minutes);
    EXPECT_NEAR(minutesOnly.gaps[0].ratio, (570.0 / 1770.0) / 0.4, 1e-9);

    const EquityAudit both = Equity::audit(store(), today(), 0.85);
    const EquityRow& el = rowOf(both, EquityDimension::ElStatus, "el");
    EXPECT_TRUE(el.seatGap);
    EXPECT_TRUE(el.minutesGap);
    EXPECT_FALSE(rowOf(both, EquityDimension::ElStatus, "eo_ifep").seatGap);
    QStringList sentences;
    for (const EquityGap& gap : both.gaps)
        sentences << EquityText::gapSentence(both, gap);
    EXPECT_TRUE(
        sentences.contains(QStringLiteral("EL students hold 33% of seats but are 40% of students in need.")))
        << sentences.join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(sentences.contains(
        QStringLiteral("EL students receive 32% of tutoring minutes but are 40% of students in need.")));
    EXPECT_TRUE(sentences.contains(
        QStringLiteral("Grade 3 students hold 33% of seats but are 40% of students in need.")));
}

TEST_F(EquityFiguresTest, TheThresholdIsRememberedAndChecked)
{
    EXPECT_DOUBLE_EQ(Equity::gapThreshold(store()), 0.8);
    EXPECT_TRUE(Equity::setGapThreshold(store(), 0.85).ok());
    EXPECT_DOUBLE_EQ(Equity::gapThreshold(store()), 0.85);
    EXPECT_DOUBLE_EQ(Equity::audit(store(), today()).threshold, 0.85);
    EXPECT_FALSE(Equity::audit(store(), today()).gaps.empty());
    const auto refused = Equity::setGapThreshold(store(), 1.5);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("at most 1")));
    EXPECT_DOUBLE_EQ(Equity::gapThreshold(store()), 0.85);
}

TEST_F(EquityFiguresTest, TheTextTableNeverShowsANumberForASuppressedGroup)
{
    const QString text = EquityText::plainText(Equity::audit(store(), today()));
    bool sawFoster = false;
    for (const QString& line : text.split(QLatin1Char('\n'))) {
        if (!line.startsWith(QStringLiteral("  Foster youth")))
            continue;
        sawFoster = true;
        EXPECT_TRUE(line.contains(QStringLiteral("fewer than 10 students")));
        QString rest = line;
        rest.remove(QStringLiteral("fewer than 10 students"));
        EXPECT_FALSE(rest.contains(QRegularExpression(QStringLiteral("\\d")))) << line.toStdString();
    }
    EXPECT_TRUE(sawFoster);
    EXPECT_TRUE(text.contains(QStringLiteral("Eligible")));
}

} // namespace
} // namespace tutordesk
