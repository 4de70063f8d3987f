// tutordesk-cli letters end to end: the PDF read back with poppler's pdftotext, one family per page in
// its language, every letter logged once, and nothing written or logged when a student is refused.
#include "core/actions/ActionFixtures.h"
#include "letters/LetterTemplates.h"
#include "support/CliRun.h"

#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

#include <algorithm>
#include <string_view>

namespace tutordesk::test {
namespace {

struct Family {
    QString first;
    QString last;
    QString language;
    std::int64_t student = 0;
    QString districtId;
};

Family family(const QString& first, const QString& last, const QString& language)
{
    Family f;
    f.first = first;
    f.last = last;
    f.language = language;
    return f;
}

class LettersCliTest : public ActionsTest {
protected:
    void SetUp() override
    {
        ActionsTest::SetUp();
        pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
        families = {
            family(QStringLiteral("Sof\u00eda"), QStringLiteral("Ram\u00edrez"), QStringLiteral("es")),
            family(QStringLiteral("Minjun"), QStringLiteral("Park"), QStringLiteral("ko")),
            family(QStringLiteral("Armen"), QStringLiteral("Petrosyan"), QStringLiteral("hy")),
            family(QStringLiteral("Layla"), QStringLiteral("Haddad"), QStringLiteral("ar"))};
        // One reading group meeting Monday to Wednesday; every child was there Monday and missed Tuesday.
        const std::int64_t kim = tutor(QStringLiteral("Ana"), QStringLiteral("Kim"));
        group = newGroup(Group().tutorId(kim));
        for (int day = 1; day <= 3; ++day)
            sessions.push_back(addSession(group, weekday(day), QStringLiteral("10:00"), kim));
        for (Family& f : families) {
            f.student = addPupil(f.first, f.last);
            seat(f.student, group);
            mark(sessions[0], f.student, "present");
            mark(sessions[1], f.student, "unexcused");
            f.districtId = db().queryText("SELECT sourced_id FROM students WHERE id = ?", f.student);
            addGuardian(
                f.student,
                Guardian().first(QStringLiteral("Parent")).last(f.last).language(f.language).primary(true));
        }
        qputenv("TUTORDESK_TODAY", "2027-03-02");
    }
    void TearDown() override { qunsetenv("TUTORDESK_TODAY"); }

    CliRun letters(const QStringList& arguments, bool json = false)
    {
        QStringList all{QStringLiteral("--db"), dbPath()};
        if (json)
            all << QStringLiteral("--json");
        return runCli(all + QStringList{QStringLiteral("letters")} + arguments,
                      file(QStringLiteral("from-env.tutordesk")));
    }

    // The PDF's text, page by page (pdftotext ends each page with a form feed).
    QStringList pages(const QString& pdf)
    {
        QProcess process;
        process.start(pdftotext, {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
        EXPECT_TRUE(process.waitForFinished(60000));
        QStringList split = QString::fromUtf8(process.readAllStandardOutput()).split(QLatin1Char('\f'));
        if (!split.isEmpty() && split.back().trimmed().isEmpty())
            split.removeLast();
        return split;
    }

    // A word of the language's built-in template that the English one does not use: the longest, so
    // that it is a real word of the letter's text. The template's title is not printed on the letter
    // (it names the PDF and the contact), so the word comes from the body.
    //
    // Qt's PDF writer gives a ligature glyph no text: the Arabic and Farsi lam-alef (لا) and the
    // Armenian "ու" come out of pdftotext as a gap, though they print correctly (checked with
    // pdftoppm). Words with those letters are not picked.
    static QString bodyWord(const QString& kind, const QString& language)
    {
        const auto local = LetterTemplates::builtIn(kind, language);
        const auto english = LetterTemplates::builtIn(kind, QStringLiteral("en"));
        if (!local || !english)
            return {};
        const auto words = [](const QString& body) {
            QString text = body;
            text.remove(QRegularExpression(QStringLiteral("\\{\\{[^}]*\\}\\}")));
            text.remove(QRegularExpression(QStringLiteral("<[^>]*>")));
            return text.split(QRegularExpression(QStringLiteral("[^\\p{L}\\p{M}]+")), Qt::SkipEmptyParts);
        };
        const QStringList englishWords = words(english->body);
        QString best;
        for (const QString& word : words(local->body)) {
            if (englishWords.contains(word) || word.contains(QStringLiteral("\u0644\u0627")) ||
                word.contains(QStringLiteral("\u0644\u0623")) ||
                word.contains(QStringLiteral("\u0644\u0625")) ||
                word.contains(QStringLiteral("\u0644\u0622")) ||
                word.contains(QStringLiteral("\u0578\u0582")))
                continue;
            if (word.size() > best.size())
                best = word;
        }
        return best;
    }

    // pdftotext writes Arabic script in reading order but as the presentation forms the font shaped
    // (U+FExx), wrapped in bidi embedding marks: NFKC folds the forms back to letters (and Armenian
    // ligatures such as ﬔ back to մե), and the marks are dropped.
    static QString readable(const QString& text)
    {
        QString folded = text.normalized(QString::NormalizationForm_KC);
        folded.remove(
            QRegularExpression(QStringLiteral("[\\x{200E}\\x{200F}\\x{202A}-\\x{202E}\\x{2066}-\\x{2069}]")));
        return folded;
    }
    static bool pageHas(const QString& page, const QString& word)
    {
        return readable(page).contains(readable(word));
    }

    std::int64_t count(const char* sql) { return db().queryInteger(sql); }

    // A due action for Tuesday's absence, as the protocol writes one.
    std::int64_t missed(const Family& f, const char* rule = "notify_family",
                        const QDate& created = QDate(2027, 3, 2))
    {
        return addAction(Action()
                             .rule(rule)
                             .student(f.student)
                             .enrollment(enrollmentOf(f.student, group))
                             .session(sessions[1])
                             .absencesInRow(std::string_view(rule) == "schedule_makeup" ? 2 : 1)
                             .createdOn(created)
                             .dueOn(created));
    }

    QString pdftotext;
    std::vector<Family> families;
    std::int64_t group = 0;
    std::vector<std::int64_t> sessions;
};

TEST_F(LettersCliTest, EachFamilyGetsOnePageInItsLanguageAndEachLetterIsLoggedOnce)
{
    if (pdftotext.isEmpty())
        GTEST_SKIP() << "pdftotext (poppler-utils) is not installed";
    const QString pdf = file(QStringLiteral("letters.pdf"));
    QStringList args{QStringLiteral("--kind"), QStringLiteral("missed-1"), QStringLiteral("--out"), pdf,
                     QStringLiteral("--student")};
    for (const Family& f : families)
        args << f.districtId;
    const CliRun run = letters(args);
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.startsWith(QStringLiteral("Wrote 4 letters (4 pages) to "))) << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("1 in Spanish"))) << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("1 in Arabic"))) << run.out.toStdString();

    const QStringList text = pages(pdf);
    ASSERT_EQ(text.size(), 4) << run.out.toStdString();
    for (std::size_t i = 0; i < families.size(); ++i) {
        const Family& f = families[i];
        const QString& page = text.at(static_cast<int>(i));
        const QString word = bodyWord(QStringLiteral("missed-1"), f.language);
        ASSERT_FALSE(word.isEmpty()) << f.language.toStdString();
        EXPECT_TRUE(pageHas(page, f.last)) << f.language.toStdString() << "\n" << page.toStdString();
        EXPECT_TRUE(pageHas(page, word)) << f.language.toStdString() << " word " << word.toStdString() << "\n"
                                         << page.toStdString();
        // One family per sheet: no other student's name on it.
        for (const Family& other : families) {
            if (other.student != f.student) {
                EXPECT_FALSE(pageHas(page, other.last))
                    << other.last.toStdString() << " on " << f.last.toStdString();
            }
        }
    }

    EXPECT_EQ(count("SELECT count(*) FROM letters_sent WHERE output = 'pdf' AND kind = 'missed-1'"), 4);
    EXPECT_EQ(count("SELECT count(*) FROM contacts WHERE method = 'letter' AND outcome = 'sent'"), 4);
    EXPECT_EQ(count("SELECT count(DISTINCT student_id) FROM letters_sent"), 4);
    EXPECT_EQ(count("SELECT count(*) FROM letters_sent l JOIN contacts c ON c.id = l.contact_id"
                    " WHERE c.language = l.language AND c.student_id = l.student_id"),
              4);
    for (const Family& f : families)
        EXPECT_EQ(db().queryText("SELECT language FROM letters_sent WHERE student_id = ?", f.student),
                  f.language);
}

TEST_F(LettersCliTest, JsonListsEveryLetterWithItsLanguageAndRecord)
{
    const QString pdf = file(QStringLiteral("two.pdf"));
    const CliRun run = letters({QStringLiteral("--kind"), QStringLiteral("enrollment"),
                                QStringLiteral("--paper"), QStringLiteral("a4"), QStringLiteral("--out"), pdf,
                                QStringLiteral("--student"), families[1].districtId, families[3].districtId},
                               true);
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonObject json = cliJson(run);
    EXPECT_EQ(json.value(QStringLiteral("pages")).toInt(), 2);
    EXPECT_EQ(json.value(QStringLiteral("paper")).toString(), QStringLiteral("a4"));
    const QJsonArray list = json.value(QStringLiteral("letters")).toArray();
    ASSERT_EQ(list.size(), 2);
    EXPECT_EQ(list[0].toObject().value(QStringLiteral("student")).toString(), families[1].districtId);
    EXPECT_EQ(list[0].toObject().value(QStringLiteral("language")).toString(), QStringLiteral("ko"));
    EXPECT_EQ(list[1].toObject().value(QStringLiteral("language")).toString(), QStringLiteral("ar"));
    EXPECT_EQ(list[1].toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("enrollment"));
    EXPECT_TRUE(list[1].toObject().value(QStringLiteral("fallback")).isNull());
    EXPECT_TRUE(list[1].toObject().value(QStringLiteral("reviewed")).isBool());
    const QString letterId = list[1].toObject().value(QStringLiteral("letterId")).toString();
    EXPECT_EQ(db().queryInteger("SELECT student_id FROM letters_sent WHERE sourced_id = ? AND paper = 'a4'",
                                letterId),
              families[3].student);
    EXPECT_TRUE(QFile::exists(pdf));
}

TEST_F(LettersCliTest, ChosenLanguageOverridesTheGuardians)
{
    const CliRun run =
        letters({QStringLiteral("--kind"), QStringLiteral("missed-1"), QStringLiteral("--lang"),
                 QStringLiteral("ru"), QStringLiteral("--out"), file(QStringLiteral("ru.pdf")),
                 QStringLiteral("--student"), families[0].districtId},
                true);
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(cliJson(run)
                  .value(QStringLiteral("letters"))
                  .toArray()[0]
                  .toObject()
                  .value(QStringLiteral("language")),
              QStringLiteral("ru"));
}

TEST_F(LettersCliTest, DuePrintsOneLetterPerStudentAndResolvesTheNotices)
{
    // --due brings the protocol up to date first; the actions here are the test's own.
    db().run("INSERT OR REPLACE INTO settings (key, value) VALUES ('protocol.since', '2027-06-01')");
    const std::int64_t sofiaFirst = missed(families[0], "notify_family", QDate(2027, 3, 1));
    const std::int64_t sofiaSecond = missed(families[0]);
    const std::int64_t laylaMakeup = missed(families[3], "schedule_makeup");
    const std::int64_t laylaNotice = missed(families[3]);
    missed(families[1], "notify_family", QDate(2027, 3, 3)); // tomorrow's: not due yet
    const QString pdf = file(QStringLiteral("due.pdf"));

    const CliRun run = letters({QStringLiteral("--due"), QStringLiteral("--out"), pdf});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.startsWith(QStringLiteral("Wrote 2 letters (2 pages)"))) << run.out.toStdString();
    EXPECT_EQ(count("SELECT count(*) FROM letters_sent"), 2);
    EXPECT_EQ(db().queryText("SELECT kind FROM letters_sent WHERE student_id = ?", families[0].student),
              QStringLiteral("missed-1"));
    EXPECT_EQ(db().queryText("SELECT kind FROM letters_sent WHERE student_id = ?", families[3].student),
              QStringLiteral("missed-2"));
    EXPECT_EQ(actionStatus(sofiaFirst), QStringLiteral("done"));
    EXPECT_EQ(actionStatus(sofiaSecond), QStringLiteral("done"));
    EXPECT_EQ(actionStatus(laylaNotice), QStringLiteral("done"));
    EXPECT_EQ(actionStatus(laylaMakeup), QStringLiteral("open"));
    if (!pdftotext.isEmpty()) {
        const QStringList text = pages(pdf);
        ASSERT_EQ(text.size(), 2);
        // Ordered by name: Haddad, then Ramírez.
        EXPECT_TRUE(pageHas(text[0], QStringLiteral("Haddad"))) << text[0].toStdString();
        EXPECT_TRUE(pageHas(text[1], QStringLiteral("Ram\u00edrez"))) << text[1].toStdString();
    }

    // Run again: nothing is due, nothing is written.
    const QString again = file(QStringLiteral("again.pdf"));
    const CliRun second = letters({QStringLiteral("--due"), QStringLiteral("--out"), again});
    ASSERT_EQ(second.exitCode, 0) << second.err.toStdString();
    EXPECT_TRUE(second.out.startsWith(QStringLiteral("No missed-session letters are due")))
        << second.out.toStdString();
    EXPECT_FALSE(QFile::exists(again));
    EXPECT_EQ(count("SELECT count(*) FROM letters_sent"), 2);
}

TEST_F(LettersCliTest, DueFirstTurnsTheRecordedAbsencesIntoDueActions)
{
    // No action written by hand: the absences on record are all there is, as on a scheduler's run.
    ASSERT_EQ(count("SELECT count(*) FROM protocol_actions"), 0);
    ASSERT_GT(count("SELECT count(*) FROM attendance WHERE status = 'unexcused'"), 0);
    const CliRun run =
        letters({QStringLiteral("--due"), QStringLiteral("--out"), file(QStringLiteral("am.pdf"))});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const std::int64_t families = count("SELECT count(DISTINCT student_id) FROM protocol_actions"
                                        " WHERE rule IN ('notify_family', 'schedule_makeup', 'escalate')");
    ASSERT_GT(families, 0);
    EXPECT_EQ(count("SELECT count(*) FROM letters_sent"), families) << "one letter per family";
    EXPECT_EQ(count("SELECT count(*) FROM protocol_actions WHERE rule = 'notify_family' AND status = 'open'"),
              0)
        << "the letters told the families";
}

TEST_F(LettersCliTest, DueWithAKindKeepsOnlyThatNotice)
{
    // --due brings the protocol up to date first; the actions here are the test's own.
    db().run("INSERT OR REPLACE INTO settings (key, value) VALUES ('protocol.since', '2027-06-01')");
    missed(families[0]);
    missed(families[3], "schedule_makeup");
    const CliRun run = letters({QStringLiteral("--due"), QStringLiteral("--kind"), QStringLiteral("missed-2"),
                                QStringLiteral("--out"), file(QStringLiteral("due2.pdf"))},
                               true);
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonArray list = cliJson(run).value(QStringLiteral("letters")).toArray();
    ASSERT_EQ(list.size(), 1);
    EXPECT_EQ(list[0].toObject().value(QStringLiteral("student")).toString(), families[3].districtId);
    EXPECT_EQ(count("SELECT count(*) FROM letters_sent"), 1);
}

TEST_F(LettersCliTest, AnUnknownStudentWritesNothingAndLogsNothing)
{
    const QString pdf = file(QStringLiteral("refused.pdf"));
    const CliRun run =
        letters({QStringLiteral("--kind"), QStringLiteral("missed-1"), QStringLiteral("--out"), pdf,
                 QStringLiteral("--student"), families[0].districtId, QStringLiteral("NO-SUCH-ID")});
    EXPECT_EQ(run.exitCode, 1) << run.out.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("NO-SUCH-ID"))) << run.err.toStdString();
    EXPECT_FALSE(QFile::exists(pdf));
    EXPECT_FALSE(QFile::exists(pdf + QStringLiteral(".part")));
    EXPECT_EQ(count("SELECT count(*) FROM letters_sent"), 0);
    EXPECT_EQ(count("SELECT count(*) FROM contacts"), 0);
}

TEST_F(LettersCliTest, UsageErrorsExitWithTwo)
{
    const QString pdf = file(QStringLiteral("usage.pdf"));
    const QString id = families[0].districtId;
    const std::vector<QStringList> wrong{
        {QStringLiteral("--kind"), QStringLiteral("missed-1"), QStringLiteral("--student"), id}, // no --out
        {QStringLiteral("--student"), id, QStringLiteral("--out"), pdf},                         // no --kind
        {QStringLiteral("--kind"), QStringLiteral("missed-1"), QStringLiteral("--out"), pdf}, // no students
        {QStringLiteral("--kind"), QStringLiteral("missed-1"), QStringLiteral("--due"),
         QStringLiteral("--student"), id, QStringLiteral("--out"), pdf},
        {QStringLiteral("--kind"), QStringLiteral("thank-you"), QStringLiteral("--student"), id,
         QStringLiteral("--out"), pdf},
        {QStringLiteral("--kind"), QStringLiteral("missed-1"), QStringLiteral("--lang"),
         QStringLiteral("klingon"), QStringLiteral("--student"), id, QStringLiteral("--out"), pdf},
        {QStringLiteral("--kind"), QStringLiteral("missed-1"), QStringLiteral("--paper"),
         QStringLiteral("legal"), QStringLiteral("--student"), id, QStringLiteral("--out"), pdf},
        {QStringLiteral("--due"), QStringLiteral("--kind"), QStringLiteral("progress"),
         QStringLiteral("--out"), pdf},
    };
    for (const QStringList& args : wrong) {
        const CliRun run = letters(args);
        EXPECT_EQ(run.exitCode, 2) << args.join(QLatin1Char(' ')).toStdString() << "\n"
                                   << run.err.toStdString();
    }
    EXPECT_FALSE(QFile::exists(pdf));
    EXPECT_EQ(count("SELECT count(*) FROM letters_sent"), 0);
}

} // namespace
} // namespace tutordesk::test
