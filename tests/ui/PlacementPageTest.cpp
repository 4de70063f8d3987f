// The Placement page on the demo school: the groups and the waitlist as core reads them, moves
// by chooser and by drag and drop, a full group's refusal, and proposing a placement.
#include "PlacementPage.h"

#include "MessageBar.h"
#include "MoveToGroupDialog.h"
#include "PlacementGroupsModel.h"
#include "PlacementProposal.h"
#include "WaitlistModel.h"
#include "placement/Placement.h"
#include "school/SchoolSetup.h"
#include "support/TempDir.h"
#include "ui/UiFixtures.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTreeView>

#include <gtest/gtest.h>

#include <map>

namespace tutordesk::test {
namespace {

using Groups = PlacementGroupsModel;

// Who sits where, by enrollment: what "changes nothing" is checked against.
std::map<QString, std::int64_t> seating(const PlacementResult& result)
{
    std::map<QString, std::int64_t> seats;
    for (const PlacedGroup& group : result.groups) {
        for (const PlacedStudent& student : group.students)
            seats[student.enrollmentId] = group.id;
    }
    for (const WaitlistEntry& entry : result.waitlist)
        seats[entry.student.enrollmentId] = 0;
    return seats;
}

class PlacementPageTest : public DemoSchoolPageTest<PlacementPage> {
protected:
    // A full group and a student seated in another group of its subject.
    std::pair<const PlacedGroup*, const PlacedStudent*> fullGroupAndOutsider(const PlacementResult& now)
    {
        for (const PlacedGroup& full : now.groups) {
            if (full.openSeats() > 0)
                continue;
            for (const PlacedGroup& other : now.groups) {
                if (other.id != full.id && other.subject == full.subject && !other.students.empty())
                    return {&full, &other.students.front()};
            }
        }
        return {nullptr, nullptr};
    }
};

TEST_F(PlacementPageTest, ShowsTheGroupsAndTheWaitlistInNeedOrder)
{
    QAbstractItemModelTester groupsTester(m_page.groupsModel(),
                                          QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester waitTester(m_page.waitlistModel(),
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
    m_page.reload(); // once more under the testers' eyes

    const PlacementResult now = Placement::current(*m_store);
    ASSERT_FALSE(now.groups.empty());
    ASSERT_FALSE(now.waitlist.empty()) << "the demo school has students waiting";
    Groups* groups = m_page.groupsModel();
    ASSERT_EQ(groups->rowCount(), static_cast<int>(now.groups.size()));
    const QModelIndex first = groups->index(0, Groups::NameColumn);
    EXPECT_EQ(first.data().toString(), now.groups.front().name);
    EXPECT_EQ(groups->rowCount(first), static_cast<int>(now.groups.front().students.size()));
    EXPECT_EQ(groups->index(0, Groups::SeatsColumn).data().toString(),
              QStringLiteral("%1 of %2").arg(now.groups.front().students.size()).arg(now.groups.front().cap));
    EXPECT_FALSE(groups->index(0, Groups::TutorColumn).data().toString().isEmpty());
    EXPECT_EQ(groups->index(0, Groups::NameColumn, first).data().toString(),
              now.groups.front().students.front().name);
    EXPECT_TRUE(m_page.groupsView()->isExpanded(first));

    WaitlistModel* waitlist = m_page.waitlistModel();
    ASSERT_EQ(waitlist->rowCount(), static_cast<int>(now.waitlist.size()));
    for (int row = 1; row < waitlist->rowCount(); ++row)
        EXPECT_GE(waitlist->index(row - 1, 0).data(WaitlistModel::ScoreRole).toDouble(),
                  waitlist->index(row, 0).data(WaitlistModel::ScoreRole).toDouble())
            << "highest need first, row " << row;
    EXPECT_EQ(waitlist->index(0, WaitlistModel::RankColumn).data().toString(), QStringLiteral("1"));
    EXPECT_EQ(waitlist->index(0, WaitlistModel::NameColumn).data().toString(),
              now.waitlist.front().student.name);
    EXPECT_TRUE(
        m_page.summaryLabel()->text().contains(QStringLiteral("%1 waiting").arg(now.waitlist.size())));
}

TEST_F(PlacementPageTest, ScheduleGroupAsksForTheSelectedGroupOrTheStudentsGroup)
{
    const PlacementResult now = Placement::current(*m_store);
    ASSERT_FALSE(now.groups.empty());
    QSignalSpy asked(&m_page, &PlacementPage::scheduleGroupRequested);
    EXPECT_FALSE(m_page.scheduleButton()->isEnabled()) << "nothing selected yet";

    const QModelIndex group = m_page.groupsModel()->index(0, Groups::NameColumn);
    m_page.groupsView()->setCurrentIndex(group);
    ASSERT_TRUE(m_page.scheduleButton()->isEnabled());
    m_page.scheduleButton()->click();
    ASSERT_EQ(asked.count(), 1);
    EXPECT_EQ(asked.takeFirst().at(0).toLongLong(), now.groups.front().id);

    // A student's row stands for their group; a double-click on a group row asks too.
    m_page.groupsView()->setCurrentIndex(m_page.groupsModel()->index(0, Groups::NameColumn, group));
    m_page.scheduleButton()->click();
    ASSERT_EQ(asked.count(), 1);
    EXPECT_EQ(asked.takeFirst().at(0).toLongLong(), now.groups.front().id);
    Q_EMIT m_page.groupsView()->doubleClicked(group);
    EXPECT_EQ(asked.count(), 1);
}

TEST_F(PlacementPageTest, AMoveIntoAFullGroupIsRefusedAndChangesNothing)
{
    const PlacementResult before = Placement::current(*m_store);
    const auto [full, student] = fullGroupAndOutsider(before);
    ASSERT_TRUE(full && student) << "the demo school has a full group";

    EXPECT_FALSE(m_page.moveStudent(student->enrollmentId, false, full->id));
    EXPECT_TRUE(m_page.messageBar()->isVisible());
    EXPECT_EQ(m_page.messageBar()->kind(), MessageBar::Kind::Problem);
    EXPECT_TRUE(m_page.messageBar()->text().contains(full->name))
        << m_page.messageBar()->text().toStdString();
    EXPECT_TRUE(m_page.messageBar()->text().contains(QStringLiteral("full")));
    EXPECT_EQ(seating(Placement::current(*m_store)), seating(before));
    EXPECT_EQ(m_page.groupsModel()->rowCount(m_page.groupsModel()->indexOfGroup(full->id)), full->cap);
}

TEST_F(PlacementPageTest, MoveToGroupChoosesAmongGroupsOfTheSubject)
{
    PlacementResult before = Placement::current(*m_store);
    // A student whose subject has another group with a free seat.
    const PlacedGroup* target = nullptr;
    const PlacedStudent* student = nullptr;
    std::int64_t from = 0;
    for (const PlacedGroup& open : before.groups) {
        for (const PlacedGroup& other : before.groups) {
            if (!target && open.openSeats() > 0 && other.id != open.id && other.subject == open.subject &&
                !other.students.empty()) {
                target = &open;
                student = &other.students.front();
                from = other.id;
            }
        }
    }
    ASSERT_TRUE(target) << "the demo school has a group with a free seat";

    QSignalSpy changed(&m_page, &PlacementPage::placementChanged);
    QApplication::setActiveWindow(&m_page);
    ASSERT_TRUE(QTest::qWaitForWindowActive(&m_page));
    m_page.groupsView()->setFocus();
    m_page.groupsView()->setCurrentIndex(m_page.groupsModel()->indexOfEnrollment(student->enrollmentId));
    EXPECT_TRUE(m_page.moveButton()->isEnabled());
    EXPECT_TRUE(m_page.waitlistButton()->isEnabled());
    QTest::keyClick(m_page.groupsView(), Qt::Key_M, Qt::ControlModifier); // the keyboard way in
    MoveToGroupDialog* chooser = m_page.moveDialog();
    ASSERT_TRUE(chooser);
    EXPECT_TRUE(chooser->isVisible());
    for (int row = 0; row < chooser->list()->count(); ++row) {
        const QString text = chooser->list()->item(row)->text();
        EXPECT_TRUE(text.contains(QStringLiteral("free")) || text.contains(QStringLiteral("full")))
            << text.toStdString();
    }
    EXPECT_FALSE(chooser->choose(from)) << "not the group the student is in";
    ASSERT_TRUE(chooser->choose(target->id));
    const QString enrollment = student->enrollmentId;
    const QString targetName = target->name;
    const std::int64_t targetId = target->id;
    chooser->accept();

    EXPECT_EQ(changed.count(), 1);
    EXPECT_EQ(seating(Placement::current(*m_store))[enrollment], targetId);
    const QModelIndex moved = m_page.groupsModel()->indexOfEnrollment(enrollment);
    EXPECT_EQ(moved.parent().data().toString(), targetName);
    EXPECT_EQ(m_page.groupsView()->currentIndex().siblingAtColumn(0), moved) << "still selected";
    EXPECT_EQ(m_page.messageBar()->kind(), MessageBar::Kind::Info);
}

TEST_F(PlacementPageTest, DragAndDropMovesBetweenAGroupAndTheWaitlist)
{
    const PlacementResult before = Placement::current(*m_store);
    const PlacedStudent seated = before.groups.front().students.front();

    // Dragged from its group and dropped on the waitlist.
    Groups* groups = m_page.groupsModel();
    std::unique_ptr<QMimeData> drag(groups->mimeData({groups->indexOfEnrollment(seated.enrollmentId)}));
    ASSERT_TRUE(drag);
    WaitlistModel* waitlist = m_page.waitlistModel();
    ASSERT_TRUE(waitlist->canDropMimeData(drag.get(), Qt::MoveAction, -1, -1, {}));
    ASSERT_TRUE(waitlist->dropMimeData(drag.get(), Qt::MoveAction, -1, -1, {}));
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return waitlist->indexOfEnrollment(seated.enrollmentId).isValid(); }, 2000));
    EXPECT_EQ(seating(Placement::current(*m_store))[seated.enrollmentId], 0);

    // And back from the waitlist into its group, where the seat it left is free.
    const QModelIndex waiting = waitlist->indexOfEnrollment(seated.enrollmentId);
    std::unique_ptr<QMimeData> back(waitlist->mimeData({waiting}));
    const QModelIndex home = groups->indexOfGroup(before.groups.front().id);
    EXPECT_FALSE(groups->canDropMimeData(back.get(), Qt::MoveAction, -1, -1, {})) << "not on the empty space";
    ASSERT_TRUE(groups->dropMimeData(back.get(), Qt::MoveAction, -1, -1, home));
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return groups->indexOfEnrollment(seated.enrollmentId).isValid(); }, 2000))
        << m_page.messageBar()->text().toStdString();
    EXPECT_EQ(seating(Placement::current(*m_store))[seated.enrollmentId], before.groups.front().id);
}

TEST_F(PlacementPageTest, MoveToWaitlistGivesTheSeatBack)
{
    const PlacedStudent seated = Placement::current(*m_store).groups.back().students.front();
    m_page.groupsView()->setCurrentIndex(m_page.groupsModel()->indexOfEnrollment(seated.enrollmentId));
    m_page.waitlistButton()->click();
    EXPECT_TRUE(m_page.waitlistModel()->indexOfEnrollment(seated.enrollmentId).isValid())
        << m_page.messageBar()->text().toStdString();
    EXPECT_TRUE(m_page.messageBar()->text().endsWith(QStringLiteral("to the waitlist.")));
    // Now on the waitlist: a seat can only be chosen, not given back again.
    EXPECT_EQ(m_page.waitlistView()->currentIndex().data(WaitlistModel::EnrollmentIdRole).toString(),
              seated.enrollmentId);
    EXPECT_FALSE(m_page.waitlistButton()->isEnabled());
    EXPECT_TRUE(m_page.moveButton()->isEnabled());
}

TEST_F(PlacementPageTest, ProposePlacementShowsTheDryRunAndAppliesOnConfirm)
{
    const PlacementResult dryRun = Placement::place(*m_store, true).value();
    const auto before = seating(Placement::current(*m_store));
    m_page.proposeButton()->click();
    QMessageBox* question = m_page.proposal()->question();
    ASSERT_TRUE(question);
    EXPECT_TRUE(question->isVisible());
    EXPECT_EQ(question->text(), PlacementProposal::describe(dryRun));
    EXPECT_EQ(seating(Placement::current(*m_store)), before) << "a proposal writes nothing";

    QAbstractButton* apply = nullptr;
    for (QAbstractButton* button : question->buttons()) {
        if (question->buttonRole(button) == QMessageBox::AcceptRole)
            apply = button;
    }
    if (!apply) { // nothing to place in this demo: Close only
        EXPECT_EQ(dryRun.placed, 0);
        return;
    }
    QSignalSpy changed(&m_page, &PlacementPage::placementChanged);
    apply->click();
    EXPECT_EQ(changed.count(), 1);
    EXPECT_TRUE(m_page.messageBar()->text().startsWith(QStringLiteral("Placement applied.")))
        << m_page.messageBar()->text().toStdString();
    EXPECT_EQ(m_page.waitlistModel()->rowCount(),
              static_cast<int>(Placement::current(*m_store).waitlist.size()));
}

} // namespace
} // namespace tutordesk::test
