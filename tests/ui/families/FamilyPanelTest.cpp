// The Family tab of the Students page: the selected student's guardians, contacts and letters, and the
// guardian editor that refuses what core refuses, inline, saving nothing.
#include "GuardianEditor.h"
#include "StudentFamilyPanel.h"
#include "StudentTableModel.h"
#include "StudentsPage.h"
#include "families/ContactLog.h"
#include "families/Guardians.h"
#include "ui/UiFixtures.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTreeWidget>

#include <gtest/gtest.h>

namespace tutordesk::test {
namespace {

class FamilyPanelTest : public TempDirTest {
protected:
    void SetUp() override
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        m_store = openStore(dbPath());
        ASSERT_NE(m_store, nullptr);
        createSchool(*m_store);
        m_student = addStudent(*m_store, QStringLiteral("S1"));
        GuardianRecord mother;
        mother.firstName = QStringLiteral("María");
        mother.lastName = QStringLiteral("López");
        mother.relationship = QStringLiteral("mother");
        mother.phoneHome = QStringLiteral("(323) 555-0101");
        mother.preferredLanguage = QStringLiteral("es");
        auto saved = Guardians::save(*m_store, m_student, mother);
        ASSERT_TRUE(saved.ok()) << saved.error().message.toStdString();
        m_mother = saved.value();
        GuardianRecord grandfather;
        grandfather.firstName = QStringLiteral("Գևորգ");
        grandfather.lastName = QStringLiteral("Հակոբյան");
        grandfather.relationship = QStringLiteral("grandparent");
        grandfather.phoneMobile = QStringLiteral("818 555 0142");
        grandfather.preferredLanguage = QStringLiteral("hy");
        ASSERT_TRUE(Guardians::save(*m_store, m_student, grandfather).ok());

        ContactEntry call;
        call.studentId = m_student;
        call.guardianId = m_mother;
        call.at = QDateTime(QDate(2026, 9, 14), QTime(16, 5));
        call.method = QStringLiteral("phone");
        call.language = QStringLiteral("es");
        call.purpose = QStringLiteral("general");
        call.outcome = QStringLiteral("reached");
        call.notes = QStringLiteral("Reads with Ana every evening");
        call.followUpOn = QDate(2026, 9, 28);
        auto logged = ContactLog::add(*m_store, call, std::nullopt, QDate(2026, 9, 14));
        ASSERT_TRUE(logged.ok()) << logged.error().message.toStdString();
        m_contact = logged.value();
    }

    GuardianRecord mother() { return *Guardians::find(*m_store, m_mother, m_student); }

    std::unique_ptr<Store> m_store;
    std::int64_t m_student = 0;
    std::int64_t m_mother = 0;
    std::int64_t m_contact = 0;
};

TEST_F(FamilyPanelTest, ShowsTheStudentsGuardiansAndContacts)
{
    StudentFamilyPanel panel;
    panel.setStore(m_store.get());
    panel.setToday(QDate(2026, 9, 15));
    panel.resize(1200, 300);
    panel.show();
    panel.showStudent(m_student, QStringLiteral("Ana López"));

    QTreeWidget* guardians = panel.guardianList();
    ASSERT_EQ(guardians->topLevelItemCount(), 2);
    const QTreeWidgetItem* first = guardians->topLevelItem(0);
    EXPECT_TRUE(first->text(0).contains(QStringLiteral("María López"))) << first->text(0).toStdString();
    EXPECT_TRUE(first->text(0).contains(QStringLiteral("primary"))) << first->text(0).toStdString();
    EXPECT_TRUE(first->text(0).contains(QStringLiteral("Mother"))) << first->text(0).toStdString();
    EXPECT_EQ(first->text(1), QStringLiteral("Home (323) 555-0101"));
    EXPECT_TRUE(first->text(2).startsWith(QStringLiteral("Spanish"))) << first->text(2).toStdString();
    const QTreeWidgetItem* second = guardians->topLevelItem(1);
    EXPECT_TRUE(second->text(0).contains(QStringLiteral("Գևորգ Հակոբյան"))) << second->text(0).toStdString();
    EXPECT_FALSE(second->text(0).contains(QStringLiteral("primary")));
    EXPECT_EQ(second->text(1), QStringLiteral("Mobile 818 555 0142"));
    EXPECT_TRUE(second->text(2).startsWith(QStringLiteral("Armenian"))) << second->text(2).toStdString();

    QTreeWidget* contacts = panel.contactList();
    ASSERT_EQ(contacts->topLevelItemCount(), 1);
    const QTreeWidgetItem* call = contacts->topLevelItem(0);
    EXPECT_EQ(call->text(0),
              QLocale().toString(QDateTime(QDate(2026, 9, 14), QTime(16, 5)), QLocale::ShortFormat));
    EXPECT_EQ(call->text(1), ContactLog::methodTitle(QStringLiteral("phone")));
    EXPECT_EQ(call->text(2), ContactLog::outcomeTitle(QStringLiteral("reached")));
    EXPECT_TRUE(call->text(3).startsWith(QStringLiteral("Spanish")));
    EXPECT_EQ(call->text(4), QStringLiteral("Reads with Ana every evening"));
    EXPECT_EQ(call->text(5), QLocale().toString(QDate(2026, 9, 28), QLocale::ShortFormat));

    // The primary guardian is selected: editing is offered, making her primary again is not.
    EXPECT_TRUE(panel.editButton()->isEnabled());
    EXPECT_FALSE(panel.primaryButton()->isEnabled());
    guardians->setCurrentItem(guardians->topLevelItem(1));
    EXPECT_TRUE(panel.primaryButton()->isEnabled());

    // Double-clicking (activating) a contact asks for the contact editor with its id.
    std::int64_t requested = 0;
    QObject::connect(&panel, &StudentFamilyPanel::editContactRequested, &panel,
                     [&requested](std::int64_t id) { requested = id; });
    Q_EMIT contacts->itemActivated(contacts->topLevelItem(0), 0);
    EXPECT_EQ(requested, m_contact);

    // No student: nothing listed, nothing to press.
    panel.showStudent(std::nullopt);
    EXPECT_EQ(panel.contactList()->topLevelItemCount(), 0);
    EXPECT_FALSE(panel.addButton()->isEnabled());
}

TEST_F(FamilyPanelTest, TheEditorSavesTheLanguageChosenOrTyped)
{
    {
        GuardianEditor editor(*m_store, m_student, mother());
        EXPECT_EQ(editor.languageCode(), QStringLiteral("es"));
        EXPECT_FALSE(editor.firstNameEdit()->accessibleName().isEmpty());
        editor.languageBox()->setCurrentIndex(editor.languageBox()->findData(QStringLiteral("ko")));
        ASSERT_TRUE(editor.save()) << editor.problemLabel()->text().toStdString();
    }
    EXPECT_EQ(mother().preferredLanguage, QStringLiteral("ko"));
    {
        // A language TutorDesk prints no letters in is typed as its code.
        GuardianEditor editor(*m_store, m_student, mother());
        editor.languageBox()->setEditText(QStringLiteral("hmn"));
        ASSERT_TRUE(editor.save()) << editor.problemLabel()->text().toStdString();
    }
    EXPECT_EQ(mother().preferredLanguage, QStringLiteral("hmn"));
    {
        // ...and is shown by name the next time.
        GuardianEditor editor(*m_store, m_student, mother());
        EXPECT_EQ(editor.languageCode(), QStringLiteral("hmn"));
        EXPECT_EQ(editor.languageBox()->currentData().toString(), QStringLiteral("hmn"));
    }
    EXPECT_EQ(m_store->db().queryInteger("SELECT count(*) FROM audit_log WHERE entity = 'guardian'"), 2);
}

TEST_F(FamilyPanelTest, ARefusedEditShowsWhyAndChangesNothing)
{
    GuardianEditor editor(*m_store, m_student, mother());
    editor.show();
    editor.mobileEdit()->setText(QStringLiteral("555"));
    editor.languageBox()->setCurrentIndex(editor.languageBox()->findData(QStringLiteral("vi")));
    EXPECT_FALSE(editor.save());
    EXPECT_TRUE(editor.problemLabel()->isVisible());
    EXPECT_TRUE(editor.problemLabel()->text().contains(QStringLiteral("7 digits")))
        << editor.problemLabel()->text().toStdString();
    editor.accept(); // Save pressed: the dialog stays open
    EXPECT_TRUE(editor.isVisible());
    EXPECT_EQ(mother().phoneMobile, QString());
    EXPECT_EQ(mother().preferredLanguage, QStringLiteral("es"));

    // Texts chosen without consent: refused; with consent and a mobile: saved.
    editor.mobileEdit()->setText(QStringLiteral("(323) 555-0199"));
    editor.methodBox()->setCurrentIndex(editor.methodBox()->findData(QStringLiteral("text")));
    EXPECT_FALSE(editor.save());
    EXPECT_TRUE(editor.problemLabel()->text().contains(QStringLiteral("consent")));
    editor.consentBox()->setChecked(true);
    EXPECT_TRUE(editor.save()) << editor.problemLabel()->text().toStdString();
    EXPECT_FALSE(editor.problemLabel()->isVisible());
    EXPECT_EQ(mother().preferredMethod, QStringLiteral("text"));
    EXPECT_EQ(mother().preferredLanguage, QStringLiteral("vi"));
}

// The Family tab on the demo school, beside "Why this student" and "Tutoring".
using FamilyTabDemoTest = DemoSchoolPageTest<StudentsPage>;

TEST_F(FamilyTabDemoTest, TheFamilyTabShowsTheSelectedStudentsFamily)
{
    QTabWidget* tabs = m_page.detailTabs();
    ASSERT_EQ(tabs->count(), 3);
    EXPECT_EQ(tabs->widget(2), m_page.familyPanel());
    EXPECT_TRUE(tabs->tabText(2).remove(QLatin1Char('&')) == QStringLiteral("Family"));
    // A student with contacts on record, so that the picture shows all three lists.
    const std::int64_t withContacts = m_store->db().queryInteger(
        "SELECT student_id FROM contacts GROUP BY student_id ORDER BY count(*) DESC, student_id LIMIT 1");
    ASSERT_NE(withContacts, 0);
    const QString name = m_store->db().queryText("SELECT last_name FROM students WHERE id = ?", withContacts);
    QTableView* table = m_page.table();
    int row = -1;
    for (int r = 0; r < m_page.model()->rowCount() && row < 0; ++r) {
        if (m_page.model()->index(r, 0).data(StudentTableModel::StudentIdRole).toLongLong() == withContacts)
            row = r;
    }
    if (row < 0)
        row = 0; // not on the first page: any student will do for the tab
    table->selectRow(row);
    tabs->setCurrentWidget(m_page.familyPanel());
    StudentFamilyPanel* family = m_page.familyPanel();
    EXPECT_GT(family->guardianList()->topLevelItemCount(), 0);
    EXPECT_TRUE(m_page.writeLettersButton()->isEnabled());
    if (m_page.model()->index(row, 0).data(StudentTableModel::StudentIdRole).toLongLong() == withContacts) {
        EXPECT_GT(family->contactList()->topLevelItemCount(), 0) << name.toStdString();
    }
    saveScreenshot(m_page, "students-family-tab.png");
}

} // namespace
} // namespace tutordesk::test
