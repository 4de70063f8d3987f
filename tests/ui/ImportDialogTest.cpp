// The import dialog on real SQLite files and real CSV: the mapping proposed from the header, the
// preview, the dry run's problems, a clean import, cancelling, and the question before withdrawing.
#include "ImportDialog.h"

#include "FilePreview.h"
#include "ImportActions.h"
#include "ImportReportView.h"
#include "ImportRunner.h"
#include "MainWindow.h"
#include "MappingTable.h"
#include "OneRosterBox.h"
#include "RecentDatabases.h"
#include "Session.h"
#include "StudentTableModel.h"
#include "StudentsPage.h"
#include "TestPaths.h"
#include "roster/RosterImport.h"
#include "support/TempDir.h"
#include "ui/UiFixtures.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

#include <gtest/gtest.h>

namespace tutordesk::test {
namespace {

const char* const header = "Student ID,Last Name,First Name,Grade,Home Language,EL Status\n";

class ImportDialogTest : public TempDirTest {
protected:
    void SetUp() override
    {
        QSettings().clear();
        {
            auto store = openStore(dbPath());
            ASSERT_TRUE(store);
            createSchool(*store);
        }
        ASSERT_TRUE(m_session.open(dbPath()).ok());
    }

    QString writeCsv(const QString& name, const QByteArray& utf8)
    {
        const QString path = file(name);
        QFile out(path);
        EXPECT_TRUE(out.open(QIODevice::WriteOnly));
        out.write(utf8);
        return path;
    }

    QString fourStudents()
    {
        return writeCsv(QStringLiteral("roster.csv"), QByteArray(header) +
                                                          "9001,Muñoz,José,3,Spanish,EL\n"
                                                          "9002,Ávila,Ana,4,English,EO\n"
                                                          "9003,Nguyễn,Thảo,2,Vietnamese,EL\n"
                                                          "9004,Díaz,Mateo,5,Spanish,RFEP\n");
    }

    // Runs one step of the dialog (check or import) to its end.
    static bool finish(ImportDialog& dialog)
    {
        return QTest::qWaitFor([&] { return !dialog.runner()->isRunning(); }, 20000);
    }

    std::int64_t count(const char* sql) { return m_session.store()->db().queryInteger(sql); }

    Session m_session;
};

TEST_F(ImportDialogTest, ProposesTheMappingAndPreviewsTheFile)
{
    ImportDialog dialog(ImportKind::roster(), m_session);
    dialog.show();
    dialog.setFile(fourStudents());

    MappingTable* mapping = dialog.mappingTable();
    ASSERT_TRUE(mapping->chooser(QStringLiteral("districtId")));
    EXPECT_EQ(mapping->chooser(QStringLiteral("districtId"))->currentText(), QStringLiteral("Student ID"));
    EXPECT_EQ(mapping->chooser(QStringLiteral("lastName"))->currentText(), QStringLiteral("Last Name"));
    EXPECT_EQ(mapping->chooser(QStringLiteral("grade"))->currentText(), QStringLiteral("Grade"));
    EXPECT_EQ(mapping->table()->rowCount(), static_cast<int>(ImportKind::roster().fields.size()));
    // A field the file lacks offers the file's columns but chooses none.
    QComboBox* birth = mapping->chooser(QStringLiteral("birthDate"));
    ASSERT_TRUE(birth);
    EXPECT_EQ(birth->currentIndex(), 0);
    EXPECT_EQ(birth->count(), 7); // "— not in file —" and the six columns

    QTableWidget* preview = dialog.preview()->table();
    EXPECT_EQ(preview->columnCount(), 6);
    EXPECT_EQ(preview->rowCount(), 4);
    EXPECT_EQ(preview->horizontalHeaderItem(1)->text(), QStringLiteral("Last Name"));
    EXPECT_EQ(preview->item(0, 1)->text(), QStringLiteral("Muñoz"));
    EXPECT_EQ(preview->item(2, 2)->text(), QStringLiteral("Thảo"));
    EXPECT_EQ(preview->verticalHeaderItem(0)->text(), QStringLiteral("2")); // the file's own line numbers
    EXPECT_TRUE(dialog.preview()->summary()->text().contains(QStringLiteral("Unicode (UTF-8)")));
    EXPECT_TRUE(dialog.preview()->summary()->text().contains(QStringLiteral("commas")));
    EXPECT_TRUE(dialog.preview()->summary()->text().contains(QStringLiteral("4 rows")));

    EXPECT_TRUE(dialog.checkButton()->isEnabled());
    EXPECT_FALSE(dialog.importButton()->isEnabled()) << "nothing imports before a check";
}

TEST_F(ImportDialogTest, ProblemsAreListedAndImportStaysOff)
{
    const QString path =
        writeCsv(QStringLiteral("missing grade.csv"), QByteArray(header) + "4001,Ávila,Ana,3,Spanish,EL\n"
                                                                           "4002,Bautista,Luis,,English,EO\n"
                                                                           "4003,Chen,Grace,2,Mandarin,IFEP\n"
                                                                           "4004,Díaz,Mateo,,Spanish,EL\n");
    ImportDialog dialog(ImportKind::roster(), m_session);
    dialog.show();
    dialog.setFile(path);
    dialog.check();
    ASSERT_TRUE(finish(dialog));

    QListWidget* problems = dialog.reportView()->problemList();
    QStringList lines;
    for (int row = 0; row < problems->count(); ++row)
        lines << problems->item(row)->text();
    ASSERT_GE(lines.size(), 2) << lines.join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(lines.at(0).startsWith(QStringLiteral("Line 3, column Grade: ")))
        << lines.at(0).toStdString();
    EXPECT_TRUE(lines.at(1).startsWith(QStringLiteral("Line 5, column Grade: ")))
        << lines.at(1).toStdString();
    EXPECT_FALSE(dialog.importButton()->isEnabled());
    EXPECT_TRUE(dialog.reportView()->nextStepLabel()->text().contains(QStringLiteral("Check File again")));
    EXPECT_TRUE(dialog.reportView()->plainText().contains(lines.at(0))) << "what Copy and Save write";
    EXPECT_EQ(count("SELECT count(*) FROM students"), 0);

    // Choosing another column makes the check stale.
    dialog.mappingTable()->chooser(QStringLiteral("grade"))->setCurrentIndex(0);
    EXPECT_TRUE(dialog.reportView()->nextStepLabel()->text().contains(QStringLiteral("Check File again")));
    EXPECT_FALSE(dialog.importButton()->isEnabled());
}

TEST_F(ImportDialogTest, FixingTheFileAndCheckingAgainLetsItImport)
{
    const QString path =
        writeCsv(QStringLiteral("roster.csv"), QByteArray(header) + "4001,Ávila,Ana,3,Spanish,EL\n"
                                                                    "4002,Bautista,Luis,,English,EO\n");
    ImportDialog dialog(ImportKind::roster(), m_session);
    dialog.show();
    dialog.setFile(path);
    dialog.mappingTable()->chooser(QStringLiteral("birthDate"))->setCurrentIndex(0); // a choice of hers
    dialog.check();
    ASSERT_TRUE(finish(dialog));
    EXPECT_FALSE(dialog.importButton()->isEnabled());

    // She fills in the grade in Excel, saves, and clicks Check File again: no need to choose the file.
    writeCsv(QStringLiteral("roster.csv"), QByteArray(header) + "4001,Ávila,Ana,3,Spanish,EL\n"
                                                                "4002,Bautista,Luis,4,English,EO\n");
    dialog.checkButton()->click();
    ASSERT_TRUE(finish(dialog));
    EXPECT_TRUE(dialog.importButton()->isEnabled()) << dialog.reportView()->plainText().toStdString();
    EXPECT_EQ(dialog.preview()->table()->item(1, 3)->text(), QStringLiteral("4"))
        << "the preview read it again";
    EXPECT_EQ(dialog.mappingTable()->chooser(QStringLiteral("grade"))->currentText(),
              QStringLiteral("Grade"));
}

TEST_F(ImportDialogTest, CleanImportAddsTheStudentsAndReloadsThePage)
{
    RecentDatabases recent;
    MainWindow window(m_session, recent);
    window.show();
    EXPECT_EQ(window.studentsPage()->model()->totalCount(), 0);

    window.studentsPage()->importButton()->click();
    ImportDialog* dialog = window.imports()->dialog();
    ASSERT_TRUE(dialog);
    EXPECT_TRUE(dialog->isVisible());
    dialog->setFile(fourStudents());
    dialog->checkButton()->click();
    ASSERT_TRUE(finish(*dialog));
    EXPECT_TRUE(dialog->importButton()->isEnabled()) << dialog->reportView()->plainText().toStdString();
    EXPECT_TRUE(
        dialog->reportView()->countsLabel()->text().startsWith(QStringLiteral("4 students read: 4 new")))
        << dialog->reportView()->countsLabel()->text().toStdString();
    EXPECT_EQ(count("SELECT count(*) FROM students"), 0) << "a check writes nothing";

    QSignalSpy imported(dialog, &ImportDialog::imported);
    dialog->importButton()->click();
    EXPECT_EQ(dialog->withdrawQuestion(), nullptr) << "nobody is missing: nothing to ask";
    ASSERT_TRUE(finish(*dialog));
    ASSERT_EQ(imported.count(), 1);
    EXPECT_EQ(count("SELECT count(*) FROM students"), 4);
    EXPECT_EQ(window.studentsPage()->model()->totalCount(), 4) << "the Students page read them again";
    EXPECT_EQ(window.studentsPage()->model()->index(0, StudentTableModel::LastNameColumn).data().toString(),
              QStringLiteral("Ávila"));
    EXPECT_FALSE(dialog->importButton()->isEnabled()) << "the same file again needs a fresh check";
    EXPECT_EQ(dialog->reportView()->nextStepLabel()->text(),
              QStringLiteral("Imported. Need scores were recalculated from the new data."));
    EXPECT_EQ(count("SELECT count(*) FROM students WHERE need_score IS NULL"), 0)
        << "the ranked list follows the import";
}

TEST_F(ImportDialogTest, CancelLeavesTheDatabaseUntouched)
{
    QByteArray csv(header);
    for (int i = 0; i < 400; ++i)
        csv += QStringLiteral("%1,Zúñiga,Inés %2,3,Spanish,EL\n").arg(70000 + i).arg(i).toUtf8();
    const QString path = writeCsv(QStringLiteral("big.csv"), csv);

    // Press Cancel while core is writing: the progress callback says stop, as the button does.
    ImportRunner runner;
    ImportKind kind = ImportKind::roster();
    const ImportKind::Run real = kind.run;
    int lastPercent = 0;
    kind.run = [&](Store& store, const ImportRequest& request, const ImportProgress& progress) {
        return real(store, request, [&](int percent) {
            lastPercent = percent;
            if (percent >= 60)
                runner.cancel();
            return progress(percent);
        });
    };
    QSignalSpy cancelled(&runner, &ImportRunner::cancelled);
    QSignalSpy finished(&runner, &ImportRunner::finished);
    ImportRequest request;
    request.path = path;
    request.dryRun = false;
    runner.start(dbPath(), kind.run, request, nullptr, QStringLiteral("Importing"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return !runner.isRunning(); }, 20000));
    EXPECT_EQ(cancelled.count(), 1);
    EXPECT_EQ(finished.count(), 0);
    EXPECT_GE(lastPercent, 60) << "cancelled while writing";
    EXPECT_EQ(count("SELECT count(*) FROM students"), 0);

    // Through the dialog: Cancel says so, and nothing changed.
    ImportDialog dialog(ImportKind::roster(), m_session);
    dialog.show();
    dialog.setFile(path);
    dialog.check();
    dialog.runner()->cancel();
    ASSERT_TRUE(finish(dialog));
    EXPECT_EQ(dialog.reportView()->nextStepLabel()->text(), QStringLiteral("The check was cancelled."));
    EXPECT_FALSE(dialog.importButton()->isEnabled());
    EXPECT_EQ(count("SELECT count(*) FROM students"), 0);
}

TEST_F(ImportDialogTest, AsksBeforeWithdrawingAndNoWithdrawsNobody)
{
    ASSERT_TRUE(importRoster(*m_session.store(), fourStudents(), {}).ok());
    ASSERT_EQ(count("SELECT count(*) FROM students WHERE status = 'active'"), 4);
    const QString partial =
        writeCsv(QStringLiteral("partial.csv"), QByteArray(header) + "9001,Muñoz,José,3,Spanish,EL\n"
                                                                     "9002,Ávila,Ana,5,English,EO\n");
    ImportDialog dialog(ImportKind::roster(), m_session);
    dialog.show();
    dialog.setFile(partial);
    dialog.check();
    ASSERT_TRUE(finish(dialog));
    EXPECT_TRUE(dialog.reportView()->countsLabel()->text().contains(
        QStringLiteral("Not in this roster: 2 students on file.")))
        << dialog.reportView()->countsLabel()->text().toStdString();
    ASSERT_TRUE(dialog.importButton()->isEnabled());

    dialog.importButton()->click();
    QMessageBox* question = dialog.withdrawQuestion();
    ASSERT_TRUE(question);
    EXPECT_TRUE(question->isVisible());
    EXPECT_TRUE(question->text().startsWith(QStringLiteral("2 students on file are not in this roster. Mark "
                                                           "them withdrawn? Their history is kept.")))
        << question->text().toStdString();
    EXPECT_EQ(question->defaultButton(), question->button(QMessageBox::No));
    EXPECT_FALSE(dialog.runner()->isRunning()) << "nothing runs until she answers";
    question->button(QMessageBox::No)->click();
    ASSERT_TRUE(finish(dialog));

    EXPECT_EQ(count("SELECT count(*) FROM students WHERE status = 'active'"), 4) << "No withdraws nobody";
    EXPECT_EQ(count("SELECT count(*) FROM students WHERE sourced_id = '9002' AND grade = '5'"), 1)
        << "the students listed were updated";
}

TEST_F(ImportDialogTest, YesWithdrawsTheStudentsMissing)
{
    ASSERT_TRUE(importRoster(*m_session.store(), fourStudents(), {}).ok());
    const QString partial =
        writeCsv(QStringLiteral("partial.csv"), QByteArray(header) + "9001,Muñoz,José,3,Spanish,EL\n");
    ImportDialog dialog(ImportKind::roster(), m_session);
    dialog.show();
    dialog.setFile(partial);
    dialog.check();
    ASSERT_TRUE(finish(dialog));
    dialog.startImport();
    ASSERT_TRUE(dialog.withdrawQuestion());
    EXPECT_TRUE(dialog.withdrawQuestion()->text().startsWith(QStringLiteral("3 students on file")));
    dialog.withdrawQuestion()->button(QMessageBox::Yes)->click();
    ASSERT_TRUE(finish(dialog));
    EXPECT_EQ(count("SELECT count(*) FROM students WHERE status = 'withdrawn'"), 3);
    EXPECT_TRUE(
        dialog.reportView()->countsLabel()->text().contains(QStringLiteral("3 students marked withdrawn")));
}

TEST_F(ImportDialogTest, AOneRosterFolderAsksForTheSchoolInsteadOfColumns)
{
    ImportDialog dialog(ImportKind::roster(), m_session);
    dialog.show();
    dialog.setFile(QStringLiteral(TUTORDESK_TEST_DATA_DIR "/oneroster/v1p1"));
    auto* box = dialog.findChild<OneRosterBox*>();
    ASSERT_TRUE(box);
    EXPECT_TRUE(box->isVisible());
    EXPECT_FALSE(dialog.mappingTable()->isVisible()) << "OneRoster names its own columns";
    box->orgField()->setText(QStringLiteral("sch-lincoln"));
    dialog.check();
    ASSERT_TRUE(finish(dialog));
    ASSERT_TRUE(dialog.importButton()->isEnabled()) << dialog.reportView()->plainText().toStdString();
    dialog.startImport();
    ASSERT_TRUE(finish(dialog));
    EXPECT_GT(count("SELECT count(*) FROM students"), 0);
    EXPECT_EQ(count("SELECT count(*) FROM students WHERE first_name = 'José' AND last_name = 'Muñoz'"), 1);
}

TEST_F(ImportDialogTest, ImportsBenchmarkScoresThroughTheSameDialog)
{
    ASSERT_TRUE(importRoster(*m_session.store(), fourStudents(), {}).ok());
    const QString scores = writeCsv(QStringLiteral("scores.csv"),
                                    "Student ID,Subject,Test Window,Date,Scale Score,Levels Below\n"
                                    "9001,Reading,BOY,2026-09-03,452,2\n"
                                    "9003,Math,BOY,2026-09-04,398,1\n");
    RecentDatabases recent;
    MainWindow window(m_session, recent);
    window.show();
    ImportDialog* dialog = window.imports()->openScoresImport();
    ASSERT_TRUE(dialog);
    EXPECT_EQ(dialog->windowTitle(), QStringLiteral("Import Benchmark Scores"));
    dialog->setFile(scores);
    ASSERT_TRUE(dialog->mappingTable()->chooser(QStringLiteral("studentId")));
    EXPECT_EQ(dialog->mappingTable()->chooser(QStringLiteral("studentId"))->currentText(),
              QStringLiteral("Student ID"));
    dialog->check();
    ASSERT_TRUE(finish(*dialog));
    ASSERT_TRUE(dialog->importButton()->isEnabled()) << dialog->reportView()->plainText().toStdString();
    EXPECT_TRUE(
        dialog->reportView()->countsLabel()->text().startsWith(QStringLiteral("2 results read: 2 new")))
        << dialog->reportView()->countsLabel()->text().toStdString();
    dialog->startImport();
    ASSERT_TRUE(finish(*dialog));
    EXPECT_EQ(count("SELECT count(*) FROM assessments"), 2);
    EXPECT_GT(count("SELECT need_score FROM students WHERE sourced_id = '9001'"),
              count("SELECT need_score FROM students WHERE sourced_id = '9002'"))
        << "2 levels below now outranks no benchmark";
}

} // namespace
} // namespace tutordesk::test
