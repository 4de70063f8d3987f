// The Schedule page on the demo school, as a coordinator meets it: the week's sessions as blocks,
// moving between weeks, a holiday's column, selecting a session and its details, the group editor's
// conflicts and a saved change, marking a tutor out with a substitute, cancelling and restoring one
// session, and printing the day list. With TUTORDESK_SCREENSHOT_DIR set, the screens are saved as PNGs.
#include "SchedulePage.h"

#include "CoverChoiceBox.h"
#include "CoverSessionDialog.h"
#include "DayListTab.h"
#include "GroupDialog.h"
#include "GroupForm.h"
#include "MessageBar.h"
#include "SessionDetails.h"
#include "SessionText.h"
#include "TutorOutDialog.h"
#include "WeekLanes.h"
#include "WeekView.h"
#include "schedule/Clearances.h"
#include "schedule/GroupSchedule.h"
#include "schedule/Groups.h"
#include "schedule/ScheduleQuery.h"
#include "schedule/ScheduleText.h"
#include "schedule/TutorAbsences.h"
#include "support/TempDir.h"
#include "ui/UiFixtures.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeEdit>

#include <gtest/gtest.h>

#include <algorithm>
#include <memory>
#include <ostream>

// Failure messages show text (gtest streams them; QString's namespace is the global one).
static std::ostream& operator<<(std::ostream& out, const QString& text)
{
    return out << text.toStdString();
}

namespace tutordesk::test {
namespace {

// A Tuesday in the demo's fall: Wednesday is Veterans Day; Monday and Tuesday have been held,
// Thursday and Friday are ahead.
const QDate today(2026, 11, 10);
const QDate monday(2026, 11, 9);
const QDate veteransDay(2026, 11, 11);
const QDate thursday(2026, 11, 12);

// The demo school is generated once for the suite and copied for each test.
class DemoCopy {
public:
    static QString make(const QString& path)
    {
        static QTemporaryDir folder;
        static const QString original = [] {
            const QString file = folder.filePath(QStringLiteral("demo.tutordesk"));
            DemoOptions options;
            options.through = today;
            auto demo = openOrCreateDemoSchool(file, options);
            EXPECT_TRUE(demo.ok()) << demo.error().message.toStdString();
            return file; // the store closes here, which folds the write-ahead log into the file
        }();
        QFile::remove(path);
        EXPECT_TRUE(QFile::copy(original, path));
        return path;
    }
};

class SchedulePageTest : public TempDirTest {
protected:
    void SetUp() override
    {
        auto opened = Store::open(DemoCopy::make(dbPath()), Store::OpenMode::ExistingOnly);
        ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
        m_store = std::move(opened).value();
        m_page = std::make_unique<SchedulePage>();
        m_page->setToday(today);
        m_page->setStore(m_store.get());
        m_page->resize(1280, 800);
        m_page->show();
    }
    void TearDown() override
    {
        m_page.reset();
        m_store.reset();
    }

    std::vector<ScheduledSession> week(const QDate& start) const
    {
        return ScheduleQuery::range(*m_store, start, start.addDays(6));
    }
    // A session of the week shown that is still ahead, with a tutor and nobody covering yet.
    const ScheduledSession* aheadInWeek() const
    {
        for (const ScheduledSession& s : m_page->weekView()->sessions()) {
            if (s.day >= thursday && !s.isCancelled() && !s.isMakeup() && s.tutorId && !s.substituteId &&
                !s.needsCover && !s.students.empty())
                return &s;
        }
        return nullptr;
    }
    // Two groups of one tutor, the first without conflicts as it is: giving it the second's days and
    // time makes the tutor busy twice.
    std::pair<std::optional<GroupRecord>, std::optional<GroupRecord>> twoGroupsOfOneTutor() const
    {
        const std::vector<GroupRecord> groups = Groups::list(*m_store);
        for (const GroupRecord& a : groups) {
            if (!a.hasPattern() || !GroupSchedule::conflicts(*m_store, a, today).empty())
                continue;
            for (const GroupRecord& b : groups) {
                if (a.id != b.id && b.hasPattern() && a.tutorId == b.tutorId && b.endDay > today)
                    return {a, b};
            }
        }
        return {};
    }
    static void save(QWidget& widget, const char* name)
    {
        QApplication::processEvents(); // the layouts settle as they would before the screen updates
        const QPixmap picture = widget.grab();
        ASSERT_FALSE(picture.isNull()) << name;
        const QString folder = qEnvironmentVariable("TUTORDESK_SCREENSHOT_DIR");
        if (!folder.isEmpty()) {
            QDir().mkpath(folder);
            EXPECT_TRUE(picture.save(QDir(folder).filePath(QLatin1String(name) + QStringLiteral(".png"))));
        }
    }

    std::unique_ptr<Store> m_store;
    std::unique_ptr<SchedulePage> m_page;
};

TEST(WeekLanesTest, OverlappingSessionsShareTheWidthSideBySide)
{
    // 10:00–10:30 and 10:15–10:45 overlap; 10:30–11:00 fits beside them in the first lane; 13:00 is alone.
    const auto places = assignLanes({{600, 630}, {615, 645}, {630, 660}, {780, 810}});
    ASSERT_EQ(places.size(), 4u);
    EXPECT_EQ(places[0].lane, 0);
    EXPECT_EQ(places[1].lane, 1);
    EXPECT_EQ(places[2].lane, 0);
    EXPECT_EQ(places[0].lanes, 2);
    EXPECT_EQ(places[1].lanes, 2);
    EXPECT_EQ(places[2].lanes, 2);
    EXPECT_EQ(places[3].lane, 0);
    EXPECT_EQ(places[3].lanes, 1);
}

TEST_F(SchedulePageTest, TheWeekShowsABlockForEverySessionCoreReads)
{
    WeekView* view = m_page->weekView();
    EXPECT_EQ(view->monday(), monday);
    const std::vector<ScheduledSession> sessions = week(monday);
    ASSERT_FALSE(sessions.empty());
    EXPECT_EQ(view->sessions().size(), sessions.size());
    for (const ScheduledSession& s : sessions) {
        const QRect block = view->blockRect(s.id);
        EXPECT_FALSE(block.isEmpty()) << s.groupName;
        EXPECT_TRUE(view->rect().contains(block)) << s.groupName;
    }
    EXPECT_EQ(view->days().size(), 5u) << "Monday to Friday; no weekend sessions in the demo";
    EXPECT_TRUE(m_page->summaryLabel()->text().contains(QString::number(sessions.size())))
        << m_page->summaryLabel()->text();
    EXPECT_FALSE(m_page->weekLabel()->text().isEmpty());
}

TEST_F(SchedulePageTest, NextAndPreviousWeekShowThoseWeeksSessions)
{
    const QString thisWeek = m_page->weekLabel()->text();
    m_page->nextWeek();
    EXPECT_EQ(m_page->monday(), monday.addDays(7));
    EXPECT_EQ(m_page->weekView()->sessions().size(), week(monday.addDays(7)).size());
    EXPECT_NE(m_page->weekLabel()->text(), thisWeek);
    m_page->previousWeek();
    m_page->previousWeek();
    EXPECT_EQ(m_page->monday(), monday.addDays(-7));
    EXPECT_EQ(m_page->weekView()->sessions().size(), week(monday.addDays(-7)).size());
    m_page->thisWeek();
    EXPECT_EQ(m_page->monday(), monday);
    EXPECT_EQ(m_page->weekLabel()->text(), thisWeek);
}

TEST_F(SchedulePageTest, AHolidayColumnIsLabelledAndEmpty)
{
    WeekView* view = m_page->weekView();
    EXPECT_EQ(view->dayNote(veteransDay), QStringLiteral("Veterans Day"));
    EXPECT_TRUE(view->dayNote(thursday).isEmpty());
    for (const ScheduledSession& s : view->sessions())
        EXPECT_NE(s.day, veteransDay) << s.groupName;

    // Thanksgiving week is a break: every day shaded and named.
    m_page->showWeek(QDate(2026, 11, 23));
    EXPECT_TRUE(m_page->weekView()->sessions().empty());
    EXPECT_EQ(m_page->weekView()->dayNote(QDate(2026, 11, 26)), QStringLiteral("Thanksgiving Day"));
    EXPECT_EQ(m_page->weekView()->dayNote(QDate(2026, 11, 24)), QStringLiteral("Thanksgiving break"));
}

TEST_F(SchedulePageTest, ClickingABlockSelectsTheSessionAndShowsItsDetails)
{
    WeekView* view = m_page->weekView();
    const ScheduledSession* session = aheadInWeek();
    ASSERT_NE(session, nullptr);
    const ScheduledSession chosen = *session;
    ASSERT_TRUE(QTest::qWaitForWindowExposed(m_page.get()));
    m_page->showSession(chosen.id); // scrolls its block into view
    view->select(std::nullopt);
    const QRect block = view->blockRect(chosen.id);
    QTest::mouseClick(view, Qt::LeftButton, {}, block.center());
    ASSERT_EQ(view->selectedId(), chosen.id);

    SessionDetails* details = m_page->details();
    EXPECT_EQ(details->sessionId(), chosen.id);
    const QString text = details->text();
    EXPECT_TRUE(text.contains(chosen.groupName)) << text;
    EXPECT_TRUE(text.contains(chosen.tutorName)) << text;
    for (const ScheduledSession::Student& student : chosen.students)
        EXPECT_TRUE(text.contains(student.name)) << student.name;
    EXPECT_TRUE(details->editButton()->isVisibleTo(details));
    EXPECT_TRUE(details->coverButton()->isVisibleTo(details));
    EXPECT_TRUE(details->cancelButton()->isVisibleTo(details));
    EXPECT_FALSE(details->restoreButton()->isVisibleTo(details));
    EXPECT_TRUE(view->describe(chosen).contains(chosen.students.front().name.toHtmlEscaped()));

    // The keyboard walks the week: Left goes to an earlier day, Enter opens the group.
    QTest::keyClick(view, Qt::Key_Left);
    ASSERT_TRUE(view->selectedSession());
    EXPECT_LT(view->selectedSession()->day, chosen.day);
    const std::int64_t groupOfSelected = view->selectedSession()->groupId;
    QTest::keyClick(view, Qt::Key_Return);
    ASSERT_NE(m_page->groupDialog(), nullptr);
    EXPECT_EQ(m_page->groupDialog()->form()->group().id, groupOfSelected);
    m_page->groupDialog()->reject();

    // Clicking where no session is clears the selection.
    QTest::mouseClick(view, Qt::LeftButton, {}, QPoint(view->width() - 3, view->height() - 3));
    EXPECT_FALSE(view->selectedId());
    EXPECT_FALSE(details->sessionId());
}

TEST_F(SchedulePageTest, TheGroupEditorRefusesAConflictingPattern)
{
    const auto [first, second] = twoGroupsOfOneTutor();
    ASSERT_TRUE(first && second);
    m_page->openGroup(first->id);
    GroupDialog* dialog = m_page->groupDialog();
    ASSERT_NE(dialog, nullptr);
    EXPECT_TRUE(dialog->saveButton()->isEnabled()) << "the group as it is has no conflict";
    EXPECT_TRUE(dialog->previewLabel()->text().startsWith(QStringLiteral("≈")))
        << dialog->previewLabel()->text();

    dialog->form()->setWeekdays(second->weekdays);
    dialog->form()->startEdit()->setTime(second->startsAt);
    dialog->refresh();
    ASSERT_FALSE(dialog->conflicts().empty());
    EXPECT_FALSE(dialog->saveButton()->isEnabled());
    ASSERT_GT(dialog->conflictList()->count(), 0);
    const QString conflict = dialog->conflictList()->item(0)->text();
    EXPECT_TRUE(conflict.contains(second->name)) << conflict;
    EXPECT_FALSE(dialog->save());
    EXPECT_EQ(Groups::find(*m_store, first->id), first) << "nothing was written";

    // Putting the time back clears the conflicts.
    dialog->form()->setWeekdays(first->weekdays);
    dialog->form()->startEdit()->setTime(first->startsAt);
    dialog->refresh();
    EXPECT_TRUE(dialog->conflicts().empty());
    EXPECT_TRUE(dialog->saveButton()->isEnabled());
    dialog->reject();
}

TEST_F(SchedulePageTest, SavingAGroupChangeUpdatesTheWeek)
{
    const ScheduledSession* ahead = aheadInWeek();
    ASSERT_NE(ahead, nullptr);
    const std::int64_t groupId = ahead->groupId;
    const std::int64_t sessionId = ahead->id;
    const int minutes = ahead->minutes;
    const int before = m_page->weekView()->blockRect(sessionId).height();
    QSignalSpy changed(m_page.get(), &SchedulePage::scheduleChanged);

    m_page->openGroup(groupId);
    GroupDialog* dialog = m_page->groupDialog();
    ASSERT_NE(dialog, nullptr);
    dialog->form()->minutesBox()->setValue(minutes - 10); // shorter never conflicts
    ASSERT_TRUE(dialog->save()) << dialog->problemLabel()->text();
    dialog->accept();

    EXPECT_EQ(changed.count(), 1);
    EXPECT_EQ(m_page->messageBar()->kind(), MessageBar::Kind::Info);
    EXPECT_TRUE(m_page->messageBar()->text().startsWith(QStringLiteral("Saved.")))
        << m_page->messageBar()->text();
    EXPECT_TRUE(m_page->messageBar()->text().contains(QStringLiteral("earlier sessions")));
    bool seen = false;
    for (const ScheduledSession& s : m_page->weekView()->sessions()) {
        if (s.groupId != groupId)
            continue;
        if (s.day >= thursday) {
            EXPECT_EQ(s.minutes, minutes - 10) << "from today on";
            seen = true;
        } else {
            EXPECT_EQ(s.minutes, minutes) << "history stays";
        }
    }
    EXPECT_TRUE(seen);
    EXPECT_LT(m_page->weekView()->blockRect(sessionId).height(), before);
}

TEST_F(SchedulePageTest, MarkingATutorOutProposesASubstituteAndTheWeekShowsThem)
{
    const ScheduledSession* ahead = aheadInWeek();
    ASSERT_NE(ahead, nullptr);
    const std::int64_t sessionId = ahead->id;
    const std::int64_t tutorId = *ahead->tutorId;
    const QDate day = ahead->day;
    QSignalSpy changed(m_page.get(), &SchedulePage::scheduleChanged);

    m_page->markTutorOut(tutorId);
    TutorOutDialog* dialog = m_page->tutorOutDialog();
    ASSERT_NE(dialog, nullptr);
    EXPECT_EQ(dialog->tutorBox()->currentData().toLongLong(), tutorId);
    EXPECT_EQ(dialog->fromEdit()->date(), today);
    dialog->fromEdit()->setDate(day);
    dialog->toEdit()->setDate(day);
    dialog->reasonEdit()->setText(QStringLiteral("Sick"));
    dialog->next();
    ASSERT_TRUE(dialog->onDecisions());
    const std::vector<CoverChoiceBox*> boxes = dialog->choiceBoxes();
    ASSERT_FALSE(boxes.empty());
    CoverChoiceBox* box = nullptr;
    for (CoverChoiceBox* candidate : boxes) {
        if (candidate->session().id == sessionId)
            box = candidate;
    }
    ASSERT_NE(box, nullptr);
    ASSERT_GT(box->substituteCount(), 0) << "the demo has a substitute pool";
    ASSERT_TRUE(box->choice());
    EXPECT_EQ(box->choice()->action, CoverChoice::Action::Substitute) << "the first substitute is proposed";
    EXPECT_TRUE(box->currentText().startsWith(QStringLiteral("Substitute: "))) << box->currentText();
    ASSERT_TRUE(dialog->apply()) << dialog->problemLabel()->text();
    dialog->accept();

    EXPECT_GE(changed.count(), 1);
    EXPECT_TRUE(TutorAbsences::isOut(*m_store, tutorId, day));
    EXPECT_TRUE(m_page->messageBar()->text().contains(QStringLiteral("covered by a substitute")))
        << m_page->messageBar()->text();
    bool shown = false;
    for (const ScheduledSession& s : m_page->weekView()->sessions()) {
        if (s.id == sessionId) {
            EXPECT_TRUE(SessionText::teacher(s).startsWith(QStringLiteral("Sub: ")))
                << SessionText::teacher(s);
            EXPECT_FALSE(s.needsCover);
            shown = true;
        }
    }
    EXPECT_TRUE(shown);
}

TEST_F(SchedulePageTest, AnAbsentTutorsSessionsAreFlaggedUntilCovered)
{
    ASSERT_NE(aheadInWeek(), nullptr);
    const ScheduledSession chosen = *aheadInWeek();
    ASSERT_TRUE(
        TutorAbsences::markOut(*m_store, *chosen.tutorId, chosen.day, chosen.day, QStringLiteral("Sick")));
    m_page->reload();
    ASSERT_TRUE(m_page->showSession(chosen.id));
    const ScheduledSession* flagged = m_page->weekView()->selectedSession();
    ASSERT_NE(flagged, nullptr);
    EXPECT_TRUE(flagged->needsCover);
    EXPECT_TRUE(m_page->summaryLabel()->text().contains(QStringLiteral("to cover")))
        << m_page->summaryLabel()->text();
    EXPECT_TRUE(m_page->details()->text().contains(QStringLiteral("Needs cover")))
        << m_page->details()->text();
    EXPECT_TRUE(m_page->details()->coverButton()->isDefault());

    // Covering it from the details panel: the first substitute is proposed.
    m_page->coverSelected(CoverSessionDialog::Mode::Cover);
    CoverSessionDialog* dialog = m_page->coverDialog();
    ASSERT_NE(dialog, nullptr);
    ASSERT_TRUE(dialog->choiceBox()->choice());
    ASSERT_EQ(dialog->choiceBox()->choice()->action, CoverChoice::Action::Substitute);
    ASSERT_TRUE(dialog->apply()) << dialog->problemLabel()->text();
    dialog->accept();
    ASSERT_NE(m_page->weekView()->selectedSession(), nullptr);
    EXPECT_FALSE(m_page->weekView()->selectedSession()->needsCover);
    EXPECT_FALSE(m_page->weekView()->selectedSession()->substituteName.isEmpty());
    EXPECT_TRUE(m_page->messageBar()->text().contains(QStringLiteral(" covers ")))
        << m_page->messageBar()->text();
}

TEST_F(SchedulePageTest, ATutorWithoutSessionsInTheDaysIsJustMarkedOut)
{
    const ScheduledSession* ahead = aheadInWeek();
    ASSERT_NE(ahead, nullptr);
    const std::int64_t tutorId = *ahead->tutorId;
    m_page->markTutorOut(tutorId);
    TutorOutDialog* dialog = m_page->tutorOutDialog();
    ASSERT_NE(dialog, nullptr);
    dialog->fromEdit()->setDate(QDate(2026, 11, 14)); // a Saturday
    dialog->toEdit()->setDate(QDate(2026, 11, 14));
    dialog->next();
    EXPECT_TRUE(dialog->introLabel()->text().contains(QStringLiteral("has no sessions in these days")))
        << dialog->introLabel()->text();
    EXPECT_TRUE(dialog->choiceBoxes().empty());
    ASSERT_TRUE(dialog->apply()) << dialog->problemLabel()->text();
    EXPECT_TRUE(TutorAbsences::isOut(*m_store, tutorId, QDate(2026, 11, 14)));
    dialog->accept();
}

TEST_F(SchedulePageTest, CancellingASessionHatchesItAndRestoreBringsItBack)
{
    const ScheduledSession* ahead = aheadInWeek();
    ASSERT_NE(ahead, nullptr);
    const std::int64_t sessionId = ahead->id;
    ASSERT_TRUE(m_page->showSession(sessionId));
    m_page->coverSelected(CoverSessionDialog::Mode::Cancel);
    CoverSessionDialog* dialog = m_page->coverDialog();
    ASSERT_NE(dialog, nullptr);
    ASSERT_TRUE(dialog->choiceBox()->chooseAction(CoverChoice::Action::Cancel));
    EXPECT_TRUE(dialog->reasonBox()->isEnabled());
    ASSERT_TRUE(dialog->apply()) << dialog->problemLabel()->text();
    dialog->accept();

    const ScheduledSession* cancelled = m_page->weekView()->selectedSession();
    ASSERT_NE(cancelled, nullptr) << "the session stays selected";
    EXPECT_TRUE(cancelled->isCancelled());
    EXPECT_TRUE(m_page->details()->restoreButton()->isVisibleTo(m_page->details()));
    EXPECT_TRUE(m_page->details()->makeupButton()->isVisibleTo(m_page->details()));
    EXPECT_FALSE(m_page->details()->cancelButton()->isVisibleTo(m_page->details()));

    ASSERT_TRUE(m_page->restoreSelected()) << m_page->messageBar()->text();
    ASSERT_NE(m_page->weekView()->selectedSession(), nullptr);
    EXPECT_FALSE(m_page->weekView()->selectedSession()->isCancelled());
}

TEST_F(SchedulePageTest, TheDayListPrintsToAPdf)
{
    DayListTab* list = m_page->dayList();
    list->showDay(thursday);
    const std::vector<ScheduledSession> sessions = ScheduleQuery::range(*m_store, thursday, thursday);
    ASSERT_FALSE(sessions.empty());
    EXPECT_EQ(list->table()->rowCount(), static_cast<int>(sessions.size()));
    EXPECT_EQ(list->table()->item(0, DayListTab::GroupColumn)->text(), sessions.front().groupName);

    const QString pdf = file(QStringLiteral("day list.pdf"));
    ASSERT_TRUE(list->writePdf(pdf));
    QFile written(pdf);
    ASSERT_TRUE(written.open(QIODevice::ReadOnly));
    EXPECT_TRUE(written.read(5).startsWith("%PDF"));
    EXPECT_GT(written.size(), 1000);
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (!pdftotext.isEmpty()) {
        QProcess process;
        process.start(pdftotext, {pdf, QStringLiteral("-")});
        ASSERT_TRUE(process.waitForFinished(20000));
        const QString text = QString::fromUtf8(process.readAllStandardOutput());
        EXPECT_TRUE(text.contains(sessions.front().tutorName)) << text.left(400).toStdString();
    }
}

TEST_F(SchedulePageTest, Screens)
{
    ASSERT_TRUE(QTest::qWaitForWindowExposed(m_page.get()));
    ASSERT_NE(aheadInWeek(), nullptr);
    const ScheduledSession chosen = *aheadInWeek(); // a copy: the page reads the week again
    const ScheduledSession* ahead = &chosen;
    m_page->showSession(ahead->id);
    save(*m_page, "schedule-week");
    // Inside the window on a 1280-pixel laptop, beside the page list.
    m_page->resize(1110, 720);
    save(*m_page, "schedule-week-in-window");
    m_page->resize(1280, 800);

    m_page->tabs()->setCurrentWidget(m_page->dayList());
    m_page->dayList()->showDay(thursday);
    save(*m_page, "schedule-day-list");
    if (const QString folder = qEnvironmentVariable("TUTORDESK_SCREENSHOT_DIR"); !folder.isEmpty()) {
        EXPECT_TRUE(
            m_page->dayList()->writePdf(QDir(folder).filePath(QStringLiteral("schedule-day-list.pdf"))));
    }
    m_page->tabs()->setCurrentIndex(0);

    m_page->openGroup(ahead->groupId);
    GroupDialog* group = m_page->groupDialog();
    ASSERT_NE(group, nullptr);
    ASSERT_TRUE(QTest::qWaitForWindowExposed(group));
    save(*group, "schedule-group-dialog");
    group->reject();
    const auto [first, second] = twoGroupsOfOneTutor();
    ASSERT_TRUE(first && second);
    m_page->openGroup(first->id);
    group = m_page->groupDialog();
    ASSERT_NE(group, nullptr);
    group->form()->setWeekdays(second->weekdays);
    group->form()->startEdit()->setTime(second->startsAt);
    group->refresh();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(group));
    save(*group, "schedule-group-dialog-conflicts");
    group->reject();

    m_page->markTutorOut(*ahead->tutorId);
    TutorOutDialog* out = m_page->tutorOutDialog();
    ASSERT_NE(out, nullptr);
    ASSERT_TRUE(QTest::qWaitForWindowExposed(out));
    out->fromEdit()->setDate(thursday);
    out->toEdit()->setDate(thursday.addDays(1));
    out->reasonEdit()->setText(QStringLiteral("Sick"));
    save(*out, "schedule-tutor-out-step1");
    out->next();
    save(*out, "schedule-tutor-out");
    out->reject();

    m_page->showSession(ahead->id);
    m_page->coverSelected(CoverSessionDialog::Mode::Cover);
    CoverSessionDialog* cover = m_page->coverDialog();
    ASSERT_NE(cover, nullptr);
    ASSERT_TRUE(QTest::qWaitForWindowExposed(cover));
    save(*cover, "schedule-cover-session");
    cover->reject();

    // One tutor's week, out on Thursday: the sessions needing cover stand out.
    ASSERT_TRUE(
        TutorAbsences::markOut(*m_store, *ahead->tutorId, thursday, thursday, QStringLiteral("Sick")));
    m_page->reload();
    m_page->setTutorFilter(*ahead->tutorId);
    m_page->showSession(ahead->id);
    EXPECT_FALSE(m_page->weekView()->hasCompactBlocks()) << "one tutor's blocks have room for their names";
    save(*m_page, "schedule-week-one-tutor");
}

} // namespace
} // namespace tutordesk::test
