// The Tutors page on the demo school: the roster with clearances, the warnings above it, adding a
// tutor through the dialog, core's refusal to make a group's tutor inactive, the supervisor over
// capacity, filtering, importing a tutor file, and the empty school.
#include "TutorsPage.h"

#include "AvailabilityEditor.h"
#include "ClearanceWarningStrip.h"
#include "ImportReviewDialog.h"
#include "MessageBar.h"
#include "OptionalDateEdit.h"
#include "SupervisorDialog.h"
#include "SupervisorPanel.h"
#include "TutorDialog.h"
#include "TutorFilterModel.h"
#include "TutorOutDialog.h"
#include "TutorTableModel.h"
#include "schedule/Clearances.h"
#include "schedule/Supervisors.h"
#include "schedule/Tutors.h"
#include "ui/UiFixtures.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTreeWidget>

#include <gtest/gtest.h>

#include <algorithm>

namespace tutordesk::test {
namespace {

using Model = TutorTableModel;

class TutorsPageTest : public DemoSchoolPageTest<TutorsPage> {
protected:
    // The table's text in a column for the tutor with this id.
    QString cell(std::int64_t id, int column)
    {
        const int row = m_page.model()->rowOf(id);
        return m_page.model()->index(row, column).data().toString();
    }

    std::optional<TutorSummary> findTutor(const std::function<bool(const TutorSummary&)>& wanted)
    {
        for (const TutorSummary& row : Tutors::list(*m_store)) {
            if (wanted(row))
                return row;
        }
        return std::nullopt;
    }
};

TEST_F(TutorsPageTest, ListsTheDemoSchoolsSixteenTutors)
{
    QAbstractItemModelTester tester(m_page.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester proxyTester(m_page.filterModel(),
                                         QAbstractItemModelTester::FailureReportingMode::Fatal);
    m_page.reload(); // once more under the testers' eyes

    const std::vector<TutorSummary> tutors = Tutors::list(*m_store);
    ASSERT_EQ(tutors.size(), 16u);
    EXPECT_EQ(m_page.table()->model()->rowCount(), 16);
    EXPECT_TRUE(m_page.summaryLabel()->text().contains(QStringLiteral("16 tutors")))
        << m_page.summaryLabel()->text().toStdString();
    EXPECT_FALSE(m_page.emptyLabel()->isVisible());
    for (const TutorSummary& row : tutors) {
        EXPECT_EQ(cell(row.tutor.id, Model::NameColumn), row.tutor.displayName());
        EXPECT_EQ(cell(row.tutor.id, Model::TypeColumn), TutorText::typeTitle(row.tutor.type));
        EXPECT_EQ(cell(row.tutor.id, Model::StatusColumn), TutorText::statusTitle(row.tutor.status));
        EXPECT_EQ(cell(row.tutor.id, Model::SupervisorColumn),
                  row.supervisorName.isEmpty() ? QStringLiteral("None") : row.supervisorName);
    }
    // Sorted by last name, as the roster reads.
    const QModelIndex first = m_page.table()->model()->index(0, Model::NameColumn);
    const auto alphabetically =
        std::min_element(tutors.begin(), tutors.end(), [](const auto& a, const auto& b) {
            return QString::localeAwareCompare(a.tutor.lastName, b.tutor.lastName) < 0;
        });
    EXPECT_EQ(first.data().toString(), alphabetically->tutor.displayName());
}

TEST_F(TutorsPageTest, AnExpiredClearanceShowsInRedWordsAndInTheWarnings)
{
    const QDate today = m_page.today();
    const auto expired = findTutor([&](const TutorSummary& row) {
        return Clearances::of(row.tutor, today).state == ClearanceState::Expired;
    });
    ASSERT_TRUE(expired) << "the demo school has one lapsed TB test";
    const QModelIndex clearance =
        m_page.model()->index(m_page.model()->rowOf(expired->tutor.id), Model::ClearanceColumn);
    EXPECT_TRUE(clearance.data().toString().startsWith(QStringLiteral("Expired on")))
        << clearance.data().toString().toStdString();
    EXPECT_FALSE(clearance.data(Qt::DecorationRole).value<QIcon>().isNull()) << "an icon, not colour alone";
    EXPECT_EQ(clearance.data(Qt::ForegroundRole).value<QBrush>().color(), QColor(0xa4, 0x26, 0x2c));

    const std::vector<ClearanceWarning> warnings = Clearances::warnings(*m_store, today);
    ClearanceWarningStrip* strip = m_page.warningStrip();
    EXPECT_TRUE(strip->isVisible());
    EXPECT_EQ(strip->headline()->text(), QStringLiteral("%1 clearances need attention").arg(warnings.size()));
    ASSERT_EQ(strip->list()->count(), static_cast<int>(warnings.size()));
    QListWidgetItem* line = nullptr;
    for (int i = 0; i < strip->list()->count(); ++i) {
        if (strip->list()->item(i)->text().startsWith(expired->tutor.displayName()))
            line = strip->list()->item(i);
    }
    ASSERT_NE(line, nullptr);
    EXPECT_TRUE(line->text().contains(QStringLiteral("expired"))) << line->text().toStdString();

    // Clicking the line selects that tutor, even when the search hid them.
    m_page.searchField()->setText(QStringLiteral("nobody is called this"));
    QTest::mouseClick(strip->list()->viewport(), Qt::LeftButton, {},
                      strip->list()->visualItemRect(line).center());
    ASSERT_TRUE(m_page.selectedTutorId());
    EXPECT_EQ(*m_page.selectedTutorId(), expired->tutor.id);

    // Expiring soon is amber, with words that count the days.
    const auto soon = findTutor([&](const TutorSummary& row) {
        return Clearances::of(row.tutor, today).state == ClearanceState::ExpiringSoon;
    });
    ASSERT_TRUE(soon);
    const QModelIndex soonCell =
        m_page.model()->index(m_page.model()->rowOf(soon->tutor.id), Model::ClearanceColumn);
    EXPECT_TRUE(soonCell.data().toString().startsWith(QStringLiteral("Expires in")))
        << soonCell.data().toString().toStdString();
    EXPECT_EQ(soonCell.data(Qt::ForegroundRole).value<QBrush>().color(), QColor(0x8a, 0x53, 0x00));
}

TEST_F(TutorsPageTest, AddingATutorThroughTheDialogShowsANewRow)
{
    m_page.addButton()->click();
    TutorDialog* dialog = m_page.tutorDialog();
    ASSERT_NE(dialog, nullptr);
    ASSERT_TRUE(dialog->isVisible());

    // Save with nothing filled in: core says what is missing, and the dialog stays open.
    dialog->accept();
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_TRUE(dialog->problemLabel()->isVisible());
    EXPECT_FALSE(dialog->problemLabel()->text().isEmpty());
    EXPECT_EQ(Tutors::list(*m_store).size(), 16u);

    dialog->firstNameEdit()->setText(QStringLiteral("Lucía")); // keyClicks types ASCII only
    dialog->lastNameEdit()->setText(QStringLiteral("Ramírez"));
    dialog->typeCombo()->setCurrentIndex(dialog->typeCombo()->findData(QStringLiteral("college_student")));
    QTest::keyClicks(dialog->emailEdit(), QStringLiteral("lucia.ramirez@tutors.example.org"));
    dialog->subjectBox(QStringLiteral("reading"))->setChecked(true);
    for (int i = 0; i < dialog->languageList()->count(); ++i) {
        QListWidgetItem* item = dialog->languageList()->item(i);
        if (item->text().startsWith(QStringLiteral("Spanish")))
            item->setCheckState(Qt::Checked);
    }
    dialog->supervisorCombo()->setCurrentIndex(1);
    dialog->availabilityEditor()->addRow();
    dialog->availabilityEditor()->addRow();
    ASSERT_EQ(dialog->availabilityEditor()->windows().size(), 2u);
    const QDate today = m_page.today();
    for (OptionalDateEdit* date : {dialog->backgroundCheckOn(), dialog->tbTestOn()})
        date->recordedBox()->setChecked(true);
    dialog->backgroundCheckOn()->dateEdit()->setDate(today.addMonths(-1));
    dialog->tbTestOn()->dateEdit()->setDate(today.addMonths(-1));
    dialog->backgroundCheckUntil()->setDate(today.addYears(2));
    dialog->tbTestUntil()->setDate(today.addYears(4));
    QSignalSpy changed(&m_page, &TutorsPage::scheduleChanged);

    dialog->accept();
    EXPECT_TRUE(dialog->problemLabel()->text().isEmpty() || !dialog->problemLabel()->isVisible())
        << dialog->problemLabel()->text().toStdString();
    EXPECT_FALSE(m_page.tutorDialog() && m_page.tutorDialog()->isVisible());

    EXPECT_EQ(m_page.table()->model()->rowCount(), 17);
    EXPECT_EQ(changed.count(), 1);
    EXPECT_EQ(m_page.messageBar()->kind(), MessageBar::Kind::Info);
    EXPECT_TRUE(m_page.messageBar()->text().contains(QStringLiteral("Lucía Ramírez")));
    const auto added =
        findTutor([](const TutorSummary& row) { return row.tutor.lastName == QStringLiteral("Ramírez"); });
    ASSERT_TRUE(added);
    EXPECT_EQ(added->tutor.type, QStringLiteral("college_student"));
    EXPECT_EQ(added->tutor.subjects, QStringList{QStringLiteral("reading")});
    EXPECT_TRUE(added->tutor.languages.contains(QStringLiteral("es")));
    EXPECT_EQ(added->tutor.availability.size(), 2u);
    EXPECT_EQ(added->tutor.tbTestUntil, today.addYears(4));
    ASSERT_TRUE(m_page.selectedTutorId());
    EXPECT_EQ(*m_page.selectedTutorId(), added->tutor.id);
    EXPECT_TRUE(cell(added->tutor.id, Model::ClearanceColumn).startsWith(QStringLiteral("Cleared until")));
}

TEST_F(TutorsPageTest, EditingATutorKeepsWhatWasNotChanged)
{
    const auto tutor =
        findTutor([](const TutorSummary& row) { return row.tutor.status == QStringLiteral("active"); });
    ASSERT_TRUE(tutor);
    m_page.selectTutor(tutor->tutor.id);
    m_page.table()->setFocus();
    QTest::keyClick(m_page.table(), Qt::Key_Return);
    TutorDialog* dialog = m_page.tutorDialog();
    ASSERT_NE(dialog, nullptr) << "Enter opens the selected tutor";
    EXPECT_EQ(dialog->record(), tutor->tutor) << "the dialog shows the tutor as stored";
    dialog->phoneEdit()->setText(QStringLiteral("(213) 555-0199"));
    dialog->accept();
    const auto saved = Tutors::find(*m_store, tutor->tutor.id);
    ASSERT_TRUE(saved);
    EXPECT_EQ(saved->phone, QStringLiteral("(213) 555-0199"));
    TutorRecord expected = tutor->tutor;
    expected.phone = saved->phone;
    EXPECT_EQ(*saved, expected);
}

TEST_F(TutorsPageTest, MakingATutorWhoLeadsGroupsInactiveShowsCoresRefusal)
{
    const auto leader = findTutor([](const TutorSummary& row) {
        return row.tutor.status == QStringLiteral("active") && row.groups > 0;
    });
    ASSERT_TRUE(leader);
    m_page.selectTutor(leader->tutor.id);
    EXPECT_EQ(m_page.statusButton()->text(), QStringLiteral("Mark &Inactive"));
    QSignalSpy changed(&m_page, &TutorsPage::scheduleChanged);

    m_page.statusButton()->click();
    EXPECT_TRUE(m_page.messageBar()->isVisible());
    EXPECT_EQ(m_page.messageBar()->kind(), MessageBar::Kind::Problem);
    const Result<void> core = Tutors::setStatus(*m_store, leader->tutor.id, QStringLiteral("inactive"));
    ASSERT_FALSE(core);
    EXPECT_EQ(m_page.messageBar()->text(), core.error().message);
    EXPECT_EQ(Tutors::find(*m_store, leader->tutor.id)->status, QStringLiteral("active"));
    EXPECT_EQ(changed.count(), 0);
}

TEST_F(TutorsPageTest, ASubstituteCanBeMadeInactiveAndActiveAgain)
{
    const auto substitute =
        findTutor([](const TutorSummary& row) { return row.tutor.status == QStringLiteral("substitute"); });
    ASSERT_TRUE(substitute);
    m_page.selectTutor(substitute->tutor.id);
    ASSERT_TRUE(m_page.toggleSelectedStatus());
    EXPECT_EQ(Tutors::find(*m_store, substitute->tutor.id)->status, QStringLiteral("inactive"));
    EXPECT_EQ(cell(substitute->tutor.id, Model::StatusColumn), QStringLiteral("Inactive"));
    EXPECT_EQ(m_page.statusButton()->text(), QStringLiteral("Make Ac&tive")) << "the selection is kept";
    ASSERT_TRUE(m_page.toggleSelectedStatus());
    EXPECT_EQ(Tutors::find(*m_store, substitute->tutor.id)->status, QStringLiteral("active"));
}

TEST_F(TutorsPageTest, MarkOutOpensTheAbsenceDialogAndReadsTheScheduleAgainAfterIt)
{
    const auto tutor = findTutor([](const TutorSummary& row) { return row.groups > 0; });
    ASSERT_TRUE(tutor);
    m_page.selectTutor(tutor->tutor.id);
    m_page.markOutButton()->click();
    TutorOutDialog* dialog = m_page.outDialog();
    ASSERT_NE(dialog, nullptr);
    EXPECT_TRUE(dialog->isVisible());
    m_page.markOutButton()->click();
    EXPECT_EQ(m_page.outDialog(), dialog) << "one at a time";

    QSignalSpy changed(&m_page, &TutorsPage::scheduleChanged);
    Q_EMIT dialog->scheduleChanged(); // as the dialog does when it has saved the absence
    EXPECT_EQ(changed.count(), 1);
    ASSERT_TRUE(m_page.selectedTutorId());
    EXPECT_EQ(*m_page.selectedTutorId(), tutor->tutor.id)
        << "the page read everything again, keeping its place";
    dialog->reject();
}

TEST_F(TutorsPageTest, TheSupervisorOverCapacityIsFlaggedInWords)
{
    SupervisorPanel* panel = m_page.supervisorPanel();
    const std::vector<SupervisorLoad> loads = Supervisors::loads(*m_store);
    ASSERT_EQ(panel->list()->topLevelItemCount(), static_cast<int>(loads.size()));
    int flagged = 0;
    for (int i = 0; i < panel->list()->topLevelItemCount(); ++i) {
        const QTreeWidgetItem* item = panel->list()->topLevelItem(i);
        const SupervisorLoad& load = loads[static_cast<std::size_t>(i)];
        EXPECT_EQ(item->text(SupervisorPanel::NameColumn), load.supervisor.displayName());
        EXPECT_TRUE(
            item->text(SupervisorPanel::LoadColumn)
                .startsWith(
                    QStringLiteral("%1 of %2 tutors").arg(load.tutorCount()).arg(load.supervisor.maxTutors)))
            << item->text(SupervisorPanel::LoadColumn).toStdString();
        if (load.overCapacity()) {
            ++flagged;
            EXPECT_TRUE(item->text(SupervisorPanel::LoadColumn)
                            .contains(QStringLiteral("over capacity by %1")
                                          .arg(load.tutorCount() - load.supervisor.maxTutors)));
            EXPECT_EQ(item->foreground(SupervisorPanel::LoadColumn).color(), QColor(0xa4, 0x26, 0x2c));
        }
    }
    EXPECT_EQ(flagged, 1) << "the demo's instructional lead coaches nine with room for eight";

    // Raising her capacity through the dialog clears the flag.
    const auto over =
        std::find_if(loads.begin(), loads.end(), [](const auto& l) { return l.overCapacity(); });
    for (int i = 0; i < panel->list()->topLevelItemCount(); ++i) {
        if (i == over - loads.begin())
            panel->list()->setCurrentItem(panel->list()->topLevelItem(i));
    }
    panel->editButton()->click();
    ASSERT_NE(panel->dialog(), nullptr);
    panel->dialog()->maxTutorsBox()->setValue(over->tutorCount());
    panel->dialog()->accept();
    const auto after = Supervisors::find(*m_store, over->supervisor.id);
    EXPECT_EQ(after->maxTutors, over->tutorCount());
    for (int i = 0; i < panel->list()->topLevelItemCount(); ++i)
        EXPECT_FALSE(panel->list()
                         ->topLevelItem(i)
                         ->text(SupervisorPanel::LoadColumn)
                         .contains(QStringLiteral("over capacity")));
}

TEST_F(TutorsPageTest, TheFilterAndTheSearchNarrowTheTable)
{
    const std::vector<TutorSummary> tutors = Tutors::list(*m_store);
    const auto substitutes = std::count_if(tutors.begin(), tutors.end(), [](const TutorSummary& row) {
        return row.tutor.status == QStringLiteral("substitute");
    });
    QComboBox* filter = m_page.statusFilter();
    filter->setCurrentIndex(filter->findData(QStringLiteral("substitute")));
    EXPECT_EQ(m_page.table()->model()->rowCount(), substitutes);
    filter->setCurrentIndex(filter->findData(QStringLiteral("inactive")));
    EXPECT_EQ(m_page.table()->model()->rowCount(), 0);
    EXPECT_TRUE(m_page.emptyLabel()->isVisible());
    filter->setCurrentIndex(0);

    const TutorRecord& someone = tutors.at(3).tutor;
    QTest::keyClicks(m_page.searchField(), someone.lastName.toLower());
    ASSERT_GE(m_page.table()->model()->rowCount(), 1);
    for (int row = 0; row < m_page.table()->model()->rowCount(); ++row) {
        const QString name = m_page.table()->model()->index(row, Model::NameColumn).data().toString();
        const QString supervisor =
            m_page.table()->model()->index(row, Model::SupervisorColumn).data().toString();
        EXPECT_TRUE(name.contains(someone.lastName) || supervisor.contains(someone.lastName))
            << name.toStdString();
    }
}

TEST_F(TutorsPageTest, ImportingATutorFileShowsTheCheckThenAddsTheTutors)
{
    const QString path =
        QDir(QDir::tempPath())
            .filePath(QStringLiteral("tutordesk-tutors-%1.csv").arg(QCoreApplication::applicationPid()));
    writeFile(path, "First name,Last name,Type,Email,Subjects,Languages,Background check date,"
                    "Background check expires,TB test date,TB test expires,Status,Availability\n"
                    "Tomás,Hernández,college_student,tomas@example.org,reading;math,Spanish,2026-08-01,"
                    "2028-08-01,2026-08-01,2030-08-01,active,Mon 08:00-12:00; Wed 08:00-12:00\n");
    m_page.importTutorsFrom(path);
    ImportReviewDialog* review = m_page.importReview();
    ASSERT_NE(review, nullptr) << m_page.messageBar()->text().toStdString();
    EXPECT_TRUE(review->canImport()) << review->nextStepLabel()->text().toStdString();
    EXPECT_TRUE(review->countsLabel()->text().contains(QStringLiteral("1 new")));
    EXPECT_EQ(Tutors::list(*m_store).size(), 16u) << "a check writes nothing";
    review->accept();
    EXPECT_EQ(Tutors::list(*m_store).size(), 17u);
    EXPECT_EQ(m_page.table()->model()->rowCount(), 17);
    EXPECT_TRUE(m_page.messageBar()->text().contains(QStringLiteral("1 new")))
        << m_page.messageBar()->text().toStdString();

    // A file with a mistake: the review lists it with its line, and nothing is imported.
    writeFile(path, "First name,Last name,Type\nRosa,,paraprofessional\n");
    m_page.importTutorsFrom(path);
    review = m_page.importReview();
    ASSERT_NO_FATAL_FAILURE(expectRefusedAtLine(review, QStringLiteral("Line 2")));
    review->accept(); // even if asked, nothing is written
    EXPECT_EQ(Tutors::list(*m_store).size(), 17u);
    QFile::remove(path);
}

class TutorsPageEmptyTest : public TempDirTest {};

TEST_F(TutorsPageEmptyTest, AnEmptySchoolSaysWhatToDo)
{
    auto store = openStore(dbPath());
    createSchool(*store);
    TutorsPage page;
    page.setStore(store.get());
    page.show();
    EXPECT_TRUE(page.emptyLabel()->isVisible());
    EXPECT_EQ(page.emptyLabel()->text(),
              QStringLiteral("No tutors yet. Add your tutors or import them from a spreadsheet."));
    EXPECT_FALSE(page.warningStrip()->isVisible());
    EXPECT_TRUE(page.addButton()->isEnabled());
    EXPECT_FALSE(page.editButton()->isEnabled());
    EXPECT_TRUE(
        page.supervisorPanel()->unsupervisedLabel()->text().startsWith(QStringLiteral("No supervisors")));
    page.setStore(nullptr);
}

// With TUTORDESK_SCREENSHOT_DIR set, the page and its dialog are saved as PNGs to look at.
TEST_F(TutorsPageTest, Screenshot)
{
    m_page.resize(1280, 800);
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&m_page));
    saveScreenshot(m_page, "tutors-page.png");
    m_page.selectTutor(Tutors::list(*m_store).front().tutor.id);
    m_page.editSelected();
    ASSERT_NE(m_page.tutorDialog(), nullptr);
    ASSERT_TRUE(QTest::qWaitForWindowExposed(m_page.tutorDialog()));
    saveScreenshot(*m_page.tutorDialog(), "tutor-dialog.png");
    m_page.tutorDialog()->reject();
}

} // namespace
} // namespace tutordesk::test
