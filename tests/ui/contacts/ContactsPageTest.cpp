#include "ContactsPage.h"

#include "ContactEditDialog.h"
#include "ContactFilterBar.h"
#include "ContactTableModel.h"
#include "MessageBar.h"
#include "OptionalDateEdit.h"
#include "families/ContactLog.h"
#include "ui/UiFixtures.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>

#include <gtest/gtest.h>

namespace tutordesk::test {
namespace {

class ContactsPageTest : public TempDirTest {
protected:
    void SetUp() override
    {
        m_store = openStore(dbPath());
        ASSERT_TRUE(m_store);
        createSchool(*m_store);
        insertStudent(*m_store, {.id = QStringLiteral("700001"),
                                 .first = QStringLiteral("Jos\u00e9"),
                                 .last = QStringLiteral("\u00c1lvarez"),
                                 .language = QStringLiteral("es")});
        insertStudent(*m_store, {.id = QStringLiteral("700002"),
                                 .first = QStringLiteral("Mai"),
                                 .last = QStringLiteral("Tran"),
                                 .language = QStringLiteral("vi")});
        const auto jose = m_store->db().queryInteger("SELECT id FROM students WHERE sourced_id = '700001'");
        const auto mai = m_store->db().queryInteger("SELECT id FROM students WHERE sourced_id = '700002'");
        m_call = log(jose, QDateTime(QDate(2027, 3, 1), QTime(15, 5)), "phone", "reached", "es");
        m_text = log(jose, QDateTime(QDate(2027, 3, 2), QTime(9, 30)), "text", "no_answer", "es");
        m_letter = log(mai, QDateTime(QDate(2027, 3, 3), QTime(11, 0)), "letter", "sent", "vi");
        m_page.setToday(QDate(2027, 3, 5));
        m_page.setStore(m_store.get());
        m_page.resize(1300, 700);
        m_page.show();
    }
    void TearDown() override { m_page.setStore(nullptr); }

    std::int64_t log(std::int64_t student, const QDateTime& at, const char* method, const char* outcome,
                     const char* language)
    {
        ContactEntry e;
        e.studentId = student;
        e.at = at;
        e.method = QLatin1String(method);
        e.outcome = QLatin1String(outcome);
        e.language = QLatin1String(language);
        e.notes = QStringLiteral("Talked about Thursday");
        const auto id = ContactLog::add(*m_store, e);
        EXPECT_TRUE(id.ok()) << id.error().message.toStdString();
        return id.ok() ? id.value() : 0;
    }

    void selectContact(std::int64_t id)
    {
        const auto row = m_page.model()->rowOf(id);
        ASSERT_TRUE(row);
        m_page.table()->setCurrentIndex(m_page.model()->index(*row, 0));
        m_page.table()->selectRow(*row);
    }

    std::unique_ptr<Store> m_store;
    ContactsPage m_page;
    std::int64_t m_call = 0;
    std::int64_t m_text = 0;
    std::int64_t m_letter = 0;
};

void choose(QComboBox* box, const QString& code)
{
    const int index = box->findData(code);
    ASSERT_GE(index, 0) << code.toStdString();
    box->setCurrentIndex(index);
}

TEST_F(ContactsPageTest, ListsTheSchoolsContactsNewestFirstWithASummary)
{
    ContactTableModel* model = m_page.model();
    ASSERT_EQ(model->rowCount(), 3);
    EXPECT_EQ(model->index(0, ContactTableModel::Student).data().toString(), QStringLiteral("Mai Tran"));
    EXPECT_EQ(model->index(0, ContactTableModel::Method).data().toString(), QStringLiteral("Letter"));
    EXPECT_EQ(model->index(2, ContactTableModel::Student).data().toString(),
              QStringLiteral("Jos\u00e9 \u00c1lvarez"));
    EXPECT_EQ(model->index(2, ContactTableModel::When).data().toString(),
              QLocale().toString(QDateTime(QDate(2027, 3, 1), QTime(15, 5)), QLocale::ShortFormat));
    EXPECT_EQ(model->index(2, ContactTableModel::Outcome).data().toString(), QStringLiteral("Reached"));
    EXPECT_EQ(m_page.summaryLabel()->text(),
              QStringLiteral("3 contacts: 3 attempts, 1 reached, 1 family reached"));
    EXPECT_FALSE(m_page.table()->accessibleName().isEmpty());
    saveScreenshot(m_page, "contacts-page-small.png");
}

TEST_F(ContactsPageTest, FiltersNarrowTheLog)
{
    ContactFilterBar* bar = m_page.filterBar();
    choose(bar->methodBox(), QStringLiteral("letter"));
    ASSERT_EQ(m_page.model()->rowCount(), 1);
    EXPECT_EQ(m_page.model()->index(0, 0).data(ContactTableModel::ContactIdRole).toLongLong(), m_letter);
    bar->methodBox()->setCurrentIndex(0);
    EXPECT_EQ(m_page.model()->rowCount(), 3);

    bar->searchField()->setText(QStringLiteral("jose"));
    QTest::keyClick(bar->searchField(), Qt::Key_Return);
    EXPECT_EQ(m_page.model()->rowCount(), 2);
    EXPECT_TRUE(m_page.summaryLabel()->text().startsWith(QStringLiteral("2 contacts")));

    bar->searchField()->clear();
    QTest::keyClick(bar->searchField(), Qt::Key_Return);
    bar->setPeriod(ContactFilterBar::ThisWeek); // Monday 1 – Friday 5 March
    EXPECT_EQ(m_page.model()->rowCount(), 3);
    bar->fromEdit()->setDate(QDate(2027, 3, 2));
    EXPECT_EQ(bar->periodBox()->currentData().toInt(), ContactFilterBar::Custom);
    EXPECT_EQ(m_page.model()->rowCount(), 2);
    choose(bar->languageBox(), QStringLiteral("vi"));
    EXPECT_EQ(m_page.model()->rowCount(), 1);
}

TEST_F(ContactsPageTest, SortsByAHeaderClickInSql)
{
    m_page.table()->horizontalHeader()->setSortIndicator(ContactTableModel::When, Qt::AscendingOrder);
    EXPECT_EQ(m_page.model()->index(0, 0).data(ContactTableModel::ContactIdRole).toLongLong(), m_call);
    m_page.table()->horizontalHeader()->setSortIndicator(ContactTableModel::Method, Qt::AscendingOrder);
    EXPECT_EQ(m_page.model()->currentSort(), ContactSort::Method);
    EXPECT_EQ(m_page.model()->index(0, 0).data(ContactTableModel::ContactIdRole).toLongLong(), m_letter);
    // Notes do not sort: the indicator goes back to the sort in use.
    m_page.table()->horizontalHeader()->setSortIndicator(ContactTableModel::Notes, Qt::AscendingOrder);
    EXPECT_EQ(m_page.table()->horizontalHeader()->sortIndicatorSection(), ContactTableModel::Method);
}

TEST_F(ContactsPageTest, TheEditorNeedsAReasonAndItsSaveIsAudited)
{
    selectContact(m_call);
    ContactEditDialog* editor = m_page.editCurrent();
    ASSERT_NE(editor, nullptr);
    EXPECT_EQ(editor->outcomeBox()->currentData().toString(), QStringLiteral("reached"));
    EXPECT_FALSE(editor->saveButton()->isEnabled()) << "no reason yet";
    choose(editor->outcomeBox(), QStringLiteral("left_message"));
    editor->followUpEdit()->setDate(QDate(2027, 3, 8));
    editor->reasonEdit()->setText(QStringLiteral("Picked the wrong outcome"));
    EXPECT_TRUE(editor->saveButton()->isEnabled());
    saveScreenshot(*editor, "contact-editor.png");
    editor->saveButton()->click();

    EXPECT_EQ(ContactLog::find(*m_store, m_call)->outcome, QStringLiteral("left_message"));
    EXPECT_EQ(ContactLog::find(*m_store, m_call)->followUpOn, QDate(2027, 3, 8));
    EXPECT_EQ(m_store->db().queryText(
                  "SELECT reason FROM audit_log WHERE entity = 'contact' AND action = 'update'"),
              QStringLiteral("Picked the wrong outcome"));
    EXPECT_TRUE(m_page.messageBar()->text().contains(QStringLiteral("Changed")));
    const auto row = m_page.model()->rowOf(m_call);
    ASSERT_TRUE(row);
    EXPECT_EQ(m_page.model()->index(*row, ContactTableModel::Outcome).data().toString(),
              QStringLiteral("Left a message"));
}

TEST_F(ContactsPageTest, DeleteAsksForAReason)
{
    selectContact(m_text);
    m_page.table()->setFocus();
    QTest::keyClick(m_page.table(), Qt::Key_Delete);
    auto* ask = m_page.findChild<QInputDialog*>();
    ASSERT_NE(ask, nullptr);
    EXPECT_TRUE(ask->labelText().contains(QStringLiteral("Why")));
    EXPECT_TRUE(ContactLog::find(*m_store, m_text)) << "nothing is deleted before a reason";
    ask->setTextValue(QStringLiteral("Logged twice"));
    ask->accept();

    EXPECT_FALSE(ContactLog::find(*m_store, m_text));
    EXPECT_EQ(m_page.model()->rowCount(), 2);
    EXPECT_EQ(m_store->db().queryText(
                  "SELECT reason FROM audit_log WHERE entity = 'contact' AND action = 'delete'"),
              QStringLiteral("Logged twice"));
}

TEST_F(ContactsPageTest, AnEmptyReasonDeletesNothing)
{
    selectContact(m_text);
    ASSERT_TRUE(m_page.removeCurrent());
    auto* ask = m_page.findChild<QInputDialog*>();
    ASSERT_NE(ask, nullptr);
    ask->setTextValue(QString());
    ask->accept();
    EXPECT_TRUE(ContactLog::find(*m_store, m_text));
    EXPECT_EQ(m_page.messageBar()->kind(), MessageBar::Kind::Problem);
}

using ContactsDemoTest = DemoSchoolPageTest<ContactsPage>;

TEST_F(ContactsDemoTest, ShowsTheDemoSchoolsLog)
{
    EXPECT_GT(m_page.model()->totalCount(), 0);
    EXPECT_GT(m_page.model()->rowCount(), 0);
    EXPECT_FALSE(m_page.summaryLabel()->text().isEmpty());
    saveScreenshot(m_page, "contacts-page-demo.png");
    m_page.table()->selectRow(0);
    ContactEditDialog* editor = m_page.editCurrent();
    ASSERT_NE(editor, nullptr);
    ASSERT_TRUE(editor->hasContact());
    saveScreenshot(*editor, "contact-editor-demo.png");
    editor->reject();
    m_page.filterBar()->followUpBox()->setChecked(true);
    saveScreenshot(m_page, "contacts-page-demo-follow-up.png");
}

} // namespace
} // namespace tutordesk::test
