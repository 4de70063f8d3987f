// The letter dialog over a small school written as SQL: a family's letter in its language, with the
// notices a coordinator must see (translation not reviewed, fallback to English), saving a PDF that is
// logged as one contact, the batch of due missed-session letters, the Today page's button and the
// action panel's "Write Letter…", the template editor and Settings ▸ Letters. With
// TUTORDESK_SCREENSHOT_DIR set, the screens are saved as PNGs.
#include "LetterDialog.h"

#include "ActionPanel.h"
#include "LetterTemplatesPage.h"
#include "Session.h"
#include "SettingsDialog.h"
#include "TemplateEditorDialog.h"
#include "TodayPage.h"
#include "core/actions/ActionFixtures.h"
#include "letters/LetterKinds.h"
#include "letters/LetterLanguages.h"
#include "letters/LetterLog.h"
#include "letters/LetterTemplates.h"
#include "ui/UiFixtures.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTreeWidget>

#include <gtest/gtest.h>

#include <memory>
#include <ostream>

// Failure messages show text (gtest streams them; QString's namespace is the global one).
static std::ostream& operator<<(std::ostream& out, const QString& text)
{
    return out << text.toStdString();
}

namespace tutordesk::test {
namespace {

// Friday 5 March 2027. Luis's mother reads Spanish, Amy's father English, Pao's grandmother Hmong
// (no letters in Hmong yet) and Yara's mother Arabic.
class LetterDialogTest : public ActionsTest {
protected:
    static QDate today() { return weekday(5); }

    void SetUp() override
    {
        ASSERT_NO_FATAL_FAILURE(ActionsTest::SetUp());
        const auto kim = tutor(QStringLiteral("Ana"), QStringLiteral("Kim"));
        m_reading = newGroup(Group().name(QStringLiteral("Reading A")).tutorId(kim));
        m_thursday = addSession(m_reading, weekday(4), QStringLiteral("10:00"), kim);
        m_luis = pupil(QStringLiteral("Luis"), QStringLiteral("Ortiz"), QStringLiteral("Rosa"),
                       QStringLiteral("es"));
        m_amy = pupil(QStringLiteral("Amy"), QStringLiteral("Baker"), QStringLiteral("Tom"),
                      QStringLiteral("en"));
        m_pao = pupil(QStringLiteral("Pao"), QStringLiteral("Vang"), QStringLiteral("Mai"),
                      QStringLiteral("hmn"));
        m_yara = pupil(QStringLiteral("Yara"), QStringLiteral("Haddad"), QString::fromUtf8("ليلى"),
                       QStringLiteral("ar"));
    }

    std::int64_t pupil(const QString& first, const QString& last, const QString& guardian,
                       const QString& language)
    {
        const auto student = addPupil(first, last, language);
        seat(student, m_reading);
        addGuardian(student, Guardian().first(guardian).last(last).language(language).primary(true));
        mark(m_thursday, student, "unexcused"); // what a missed-session letter names
        return student;
    }

    std::unique_ptr<LetterDialog> dialog(std::int64_t student,
                                         const QString& kind = QStringLiteral("missed-1"))
    {
        LetterRequest request;
        request.studentId = student;
        request.kind = kind;
        request.date = today();
        auto d = std::make_unique<LetterDialog>(store(), today(), std::vector<LetterRequest>{request});
        d->show();
        return d;
    }

    // An open missed-session action for each of Luis, Amy and Pao: one letter due each.
    void actionsDue()
    {
        m_luisAction = addAction(Action()
                                     .rule("notify_family")
                                     .student(m_luis)
                                     .enrollment(enrollmentOf(m_luis, m_reading))
                                     .session(m_thursday));
        m_amyAction = addAction(Action()
                                    .rule("schedule_makeup")
                                    .student(m_amy)
                                    .enrollment(enrollmentOf(m_amy, m_reading))
                                    .session(m_thursday));
        m_paoAction = addAction(Action()
                                    .rule("escalate")
                                    .student(m_pao)
                                    .enrollment(enrollmentOf(m_pao, m_reading))
                                    .session(m_thursday)
                                    .attendanceRate(0.5));
    }

    std::int64_t letterContacts(std::int64_t student)
    {
        return db().queryInteger("SELECT COUNT(*) FROM contacts WHERE student_id = ? AND method = 'letter'",
                                 student);
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

    std::int64_t m_reading = 0;
    std::int64_t m_thursday = 0;
    std::int64_t m_luis = 0;
    std::int64_t m_amy = 0;
    std::int64_t m_pao = 0;
    std::int64_t m_yara = 0;
    std::int64_t m_luisAction = 0;
    std::int64_t m_amyAction = 0;
    std::int64_t m_paoAction = 0;
};

TEST_F(LetterDialogTest, SpanishLetterSaysTheTranslationIsNotYetReviewed)
{
    const auto d = dialog(m_luis);
    ASSERT_EQ(d->letters().size(), 1u) << d->messageLabel()->text();
    EXPECT_EQ(d->letters().front().language, QStringLiteral("es"));
    EXPECT_EQ(d->languageCombo()->currentData().toString(), QStringLiteral("es"));
    EXPECT_EQ(d->kindCombo()->currentData().toString(), QStringLiteral("missed-1"));
    EXPECT_TRUE(d->noticeLabel()->isVisible());
    EXPECT_TRUE(d->noticeLabel()->text().contains(QStringLiteral("not yet reviewed")))
        << d->noticeLabel()->text();
    EXPECT_TRUE(d->guardianCombo()->currentText().contains(QStringLiteral("Rosa")))
        << d->guardianCombo()->currentText();
    EXPECT_FALSE(d->preview()->toPlainText().isEmpty());
}

TEST_F(LetterDialogTest, EnglishLetterHasNoNotice)
{
    const auto d = dialog(m_amy);
    ASSERT_EQ(d->letters().size(), 1u) << d->messageLabel()->text();
    EXPECT_EQ(d->letters().front().language, QStringLiteral("en"));
    EXPECT_FALSE(d->noticeLabel()->isVisible()) << d->noticeLabel()->text();
    EXPECT_TRUE(d->preview()->toPlainText().contains(QStringLiteral("Amy")));
    EXPECT_EQ(d->preview()->layoutDirection(), Qt::LeftToRight);
    save(*d, "letter-dialog-english");
}

TEST_F(LetterDialogTest, UnknownLanguageFallsBackToEnglishWithTheReason)
{
    const auto d = dialog(m_pao);
    ASSERT_EQ(d->letters().size(), 1u) << d->messageLabel()->text();
    const MergedLetter& letter = d->letters().front();
    EXPECT_EQ(letter.language, QStringLiteral("en"));
    ASSERT_FALSE(letter.fallbackReason.isEmpty());
    EXPECT_TRUE(d->noticeLabel()->isVisible());
    EXPECT_TRUE(d->noticeLabel()->text().contains(letter.fallbackReason)) << d->noticeLabel()->text();
    EXPECT_EQ(d->languageCombo()->currentData().toString(), QStringLiteral("en"));
}

TEST_F(LetterDialogTest, ArabicLetterReadsRightToLeftAndAnotherLanguageCanBeChosen)
{
    const auto d = dialog(m_yara);
    ASSERT_EQ(d->letters().size(), 1u) << d->messageLabel()->text();
    EXPECT_EQ(d->letters().front().language, QStringLiteral("ar"));
    EXPECT_TRUE(d->letters().front().rightToLeft);
    EXPECT_EQ(d->preview()->layoutDirection(), Qt::RightToLeft);
    save(*d, "letter-dialog-arabic");

    // The coordinator chooses English for this letter: merged again, left to right.
    d->languageCombo()->setCurrentIndex(d->languageCombo()->findData(QStringLiteral("en")));
    ASSERT_EQ(d->letters().size(), 1u);
    EXPECT_EQ(d->letters().front().language, QStringLiteral("en"));
    EXPECT_EQ(d->preview()->layoutDirection(), Qt::LeftToRight);
}

TEST_F(LetterDialogTest, SavingAPdfWritesTheFileAndLogsOneLetterContact)
{
    const auto d = dialog(m_luis, QStringLiteral("missed-2"));
    EXPECT_EQ(d->defaultPdfName(),
              QStringLiteral("Luis Ortiz – %1.pdf").arg(LetterKinds::title(QStringLiteral("missed-2"))));
    QSignalSpy logged(d.get(), &LetterDialog::lettersLogged);
    const QString path = file(QStringLiteral("luis.pdf"));
    ASSERT_TRUE(d->savePdf(path)) << d->messageLabel()->text();
    EXPECT_TRUE(QFile::exists(path));
    EXPECT_GT(QFile(path).size(), 1000);
    EXPECT_EQ(letterContacts(m_luis), 1);
    EXPECT_EQ(db().queryText("SELECT language FROM contacts WHERE student_id = ?", m_luis),
              QStringLiteral("es"));
    EXPECT_EQ(db().queryText("SELECT output FROM letters_sent WHERE student_id = ?", m_luis),
              QStringLiteral("pdf"));
    ASSERT_EQ(logged.count(), 1);
    EXPECT_EQ(logged.front().front().toInt(), 1);
    EXPECT_TRUE(d->messageLabel()->isVisible());
}

TEST_F(LetterDialogTest, PaperChoiceIsRemembered)
{
    {
        const auto d = dialog(m_amy);
        EXPECT_EQ(d->paper(), Paper::Letter);
        d->paperCombo()->setCurrentIndex(d->paperCombo()->findData(static_cast<int>(Paper::A4)));
    }
    const auto again = dialog(m_amy);
    EXPECT_EQ(again->paper(), Paper::A4);
    again->paperCombo()->setCurrentIndex(0);
}

TEST_F(LetterDialogTest, BatchListsEveryDueLetterAndSavesTheCheckedOnesInOnePdf)
{
    actionsDue();
    const std::vector<LetterRequest> due = DueLetters::due(store(), today());
    ASSERT_EQ(due.size(), 3u);
    LetterDialog d(store(), today(), due);
    d.show();
    ASSERT_TRUE(d.isBatch());
    ASSERT_EQ(d.letterList()->topLevelItemCount(), 3);
    EXPECT_EQ(d.letters().size(), 3u);
    EXPECT_EQ(d.lettersToOutput().size(), 3u);
    // Ordered by student name: Amy, Luis, Pao; Pao's letter says why it is in English.
    EXPECT_TRUE(d.letterList()->topLevelItem(0)->text(0).contains(QStringLiteral("Amy")));
    ASSERT_EQ(d.letters()[2].request.studentId, m_pao);
    ASSERT_FALSE(d.letters()[2].fallbackReason.isEmpty());
    EXPECT_TRUE(d.letterList()->topLevelItem(2)->text(3).contains(d.letters()[2].fallbackReason))
        << d.letterList()->topLevelItem(2)->text(3);
    save(d, "letter-dialog-batch");

    d.letterList()->topLevelItem(1)->setCheckState(0, Qt::Unchecked); // Luis's family was called
    EXPECT_EQ(d.lettersToOutput().size(), 2u);
    const QString path = file(QStringLiteral("due.pdf"));
    ASSERT_TRUE(d.savePdf(path)) << d.messageLabel()->text();
    EXPECT_TRUE(QFile::exists(path));
    EXPECT_EQ(letterContacts(m_amy), 1);
    EXPECT_EQ(letterContacts(m_luis), 0);
    EXPECT_EQ(letterContacts(m_pao), 1);
    // Done for those families: nothing left checked, so a second click does not log them twice.
    EXPECT_TRUE(d.lettersToOutput().empty());
    EXPECT_FALSE(d.pdfButton()->isEnabled());
}

TEST_F(LetterDialogTest, TodayPageButtonCountsTheDueLettersAndOpensTheBatch)
{
    // The page brings the protocol up to date; here the actions are the test's own.
    db().run("INSERT OR REPLACE INTO settings (key, value) VALUES ('protocol.since', ?)", today().addDays(1));
    TodayPage page;
    page.setNow(QDateTime(today(), QTime(14, 0)));
    page.setToday(today());
    page.setStore(&store());
    page.show();
    EXPECT_FALSE(page.dueLettersButton()->isVisible()); // none due
    EXPECT_EQ(page.printDueLetters(), nullptr);

    actionsDue();
    page.reload();
    const auto due = DueLetters::due(store(), today()).size();
    ASSERT_GT(due, 0u);
    EXPECT_EQ(page.dueLetters().size(), due);
    EXPECT_TRUE(page.dueLettersButton()->isVisible());
    EXPECT_TRUE(page.dueLettersButton()->text().contains(QStringLiteral("(%1)").arg(due)))
        << page.dueLettersButton()->text();
    auto* opened = qobject_cast<LetterDialog*>(page.printDueLetters());
    ASSERT_NE(opened, nullptr);
    EXPECT_EQ(opened->letters().size(), due);

    // Saved and logged: the page reads again and the letters are no longer due.
    ASSERT_TRUE(opened->savePdf(file(QStringLiteral("today.pdf")))) << opened->messageLabel()->text();
    EXPECT_TRUE(page.dueLetters().empty());
    EXPECT_FALSE(page.dueLettersButton()->isVisible());
    opened->close();
}

TEST_F(LetterDialogTest, WriteLetterOnAnActionOpensTheNoticeItsRuleCallsFor)
{
    actionsDue();
    TodayPage page;
    page.setNow(QDateTime(today(), QTime(14, 0)));
    page.setToday(today());
    page.setStore(&store());
    page.show();
    ASSERT_TRUE(page.selectAction(m_amyAction));
    ASSERT_TRUE(page.actionPanel()->button(ActionPanel::Resolver::WriteLetter)->isVisible());
    auto* opened = qobject_cast<LetterDialog*>(page.openResolver(ActionPanel::Resolver::WriteLetter));
    ASSERT_NE(opened, nullptr);
    EXPECT_FALSE(opened->isBatch());
    EXPECT_EQ(opened->kindCombo()->currentData().toString(), QStringLiteral("missed-2"));
    ASSERT_EQ(opened->letters().size(), 1u);
    EXPECT_EQ(opened->letters().front().request.actionId, std::optional<std::int64_t>(m_amyAction));
    opened->close();
}

TEST_F(LetterDialogTest, TemplateEditorKeepsTheEditBesideTheBuiltInAndRestoresIt)
{
    TemplateEditorDialog editor(store(), QStringLiteral("missed-1"), QStringLiteral("en"));
    editor.show();
    EXPECT_FALSE(editor.bodyEdit()->toPlainText().isEmpty());
    EXPECT_GT(editor.placeholderList()->count(), 0);
    EXPECT_FALSE(editor.restoreButton()->isEnabled());
    editor.titleEdit()->setText(QStringLiteral("We missed Amy"));
    editor.bodyEdit()->setPlainText(QStringLiteral("<p>Dear family, </p>"));
    editor.bodyEdit()->moveCursor(QTextCursor::End);
    editor.insertPlaceholder(QStringLiteral("student.first_name"));
    EXPECT_TRUE(editor.bodyEdit()->toPlainText().contains(QStringLiteral("{{student.first_name}}")));
    EXPECT_TRUE(editor.preview()->toPlainText().contains(QStringLiteral("Dear family")));
    save(editor, "template-editor");
    QSignalSpy changed(&editor, &TemplateEditorDialog::changed);
    ASSERT_TRUE(editor.save()) << editor.problemLabel()->text();
    EXPECT_EQ(changed.count(), 1);

    const auto edited = LetterTemplates::effective(store(), QStringLiteral("missed-1"), QStringLiteral("en"));
    ASSERT_TRUE(edited.has_value());
    EXPECT_EQ(edited->source, LetterTemplate::Source::Coordinator);
    EXPECT_FALSE(edited->reviewed); // nobody said a translator checked it
    ASSERT_TRUE(LetterTemplates::builtIn(QStringLiteral("missed-1"), QStringLiteral("en")).has_value());
    EXPECT_NE(LetterTemplates::builtIn(QStringLiteral("missed-1"), QStringLiteral("en"))->title,
              QStringLiteral("We missed Amy"));

    // The letter dialog shows the edited text, then the original once restored.
    const auto d = dialog(m_amy);
    EXPECT_TRUE(d->preview()->toPlainText().contains(QStringLiteral("Dear family")))
        << d->preview()->toPlainText();
    TemplateEditorDialog again(store(), QStringLiteral("missed-1"), QStringLiteral("en"));
    EXPECT_TRUE(again.restoreButton()->isEnabled());
    ASSERT_TRUE(again.restoreOriginal()) << again.problemLabel()->text();
    EXPECT_EQ(LetterTemplates::effective(store(), QStringLiteral("missed-1"), QStringLiteral("en"))->source,
              LetterTemplate::Source::BuiltIn);
}

TEST_F(LetterDialogTest, TheTemplateEditorPreviewsTheEditForTheLettersStudent)
{
    TemplateEditorDialog editor(store(), QStringLiteral("missed-1"), QStringLiteral("es"));
    EXPECT_TRUE(editor.preview()->toPlainText().contains(QLatin1Char('['))) << "sample values at first";
    LetterRequest request;
    request.studentId = m_luis;
    request.kind = QStringLiteral("missed-1");
    request.date = today();
    editor.setPreviewFor(request);
    editor.bodyEdit()->setPlainText(QStringLiteral("<p>Hola, familia de {{student.first_name}}.</p>"));
    EXPECT_TRUE(editor.preview()->toPlainText().contains(QStringLiteral("Hola, familia de Luis.")))
        << editor.preview()->toPlainText();
}

TEST_F(LetterDialogTest, SettingsLettersPageListsEveryTemplateAndRefusesABadPack)
{
    Session session;
    ASSERT_TRUE(session.open(dbPath()).ok());
    SettingsDialog settings(session);
    settings.resize(1000, 680);
    settings.show();
    LetterTemplatesPage* page = settings.lettersPage();
    ASSERT_NE(page, nullptr);
    settings.tabs()->setCurrentWidget(page);
    EXPECT_EQ(page->table()->topLevelItemCount(),
              static_cast<int>(LetterTemplates::overview(store()).size()));
    EXPECT_EQ(page->table()->topLevelItemCount(),
              static_cast<int>(LetterKinds::codes().size() * LetterLanguages::codes().size()));
    save(settings, "settings-letters");

    // A pack whose file says it is another kind than its path: refused, named, nothing installed.
    const QString pack = file(QStringLiteral("pack"));
    QDir().mkpath(pack + QStringLiteral("/es"));
    QFile bad(pack + QStringLiteral("/es/missed-1.html"));
    ASSERT_TRUE(bad.open(QIODevice::WriteOnly));
    bad.write("<!--tutordesk-letter\nlanguage: es\nkind: missed-2\nversion: 1\nreviewed: no\ntitle: "
              "X\n-->\n<p>Hola</p>\n");
    bad.close();
    EXPECT_FALSE(page->installPack(pack));
    EXPECT_TRUE(page->messageLabel()->text().contains(QStringLiteral("missed-1")))
        << page->messageLabel()->text();
    EXPECT_FALSE(page->removeButton()->isEnabled());

    // Fixed: installed, and the row says it comes from the district's pack.
    ASSERT_TRUE(bad.open(QIODevice::WriteOnly | QIODevice::Truncate));
    bad.write("<!--tutordesk-letter\nlanguage: es\nkind: missed-1\nversion: 7\nreviewed: yes\ntitle: "
              "Sesi\xc3\xb3n perdida\n-->\n<p>Estimada familia de {{student.first_name}}:</p>\n");
    bad.close();
    ASSERT_TRUE(page->installPack(pack)) << page->messageLabel()->text();
    EXPECT_TRUE(page->messageLabel()->text().contains(QStringLiteral("1 template")))
        << page->messageLabel()->text();
    ASSERT_TRUE(page->select(QStringLiteral("missed-1"), QStringLiteral("es")));
    EXPECT_EQ(page->table()->currentItem()->text(3), QStringLiteral("7"));
    EXPECT_TRUE(page->removeButton()->isEnabled());
    ASSERT_TRUE(page->removePack()) << page->messageLabel()->text();
    EXPECT_FALSE(page->removeButton()->isEnabled());
}

} // namespace
} // namespace tutordesk::test
