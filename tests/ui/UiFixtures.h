#pragma once

#include "ImportReviewDialog.h"
#include "demo/DemoSchool.h"
#include "roster/StudentKeys.h"
#include "school/School.h"
#include "school/SchoolSetup.h"
#include "store/Store.h"
#include "support/Fixtures.h"
#include "support/TempDir.h"
#include "support/TestText.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QListWidget>
#include <QPixmap>
#include <QString>
#include <QStringList>
#include <QWidget>

#include <memory>
#include <optional>
#include <ostream>

namespace tutordesk::test {

// One student row for the UI tests; the SQL is here because tests may write it and ui/ may not.
struct StudentSpec {
    QString id = {};
    QString first = {};
    QString last = {};
    QString preferred = {};
    QString grade = QStringLiteral("3");
    QString language = QStringLiteral("en");
    QString el = QStringLiteral("EO");
    bool iep = false;
    bool section504 = false;
    bool foster = false;
    bool homeless = false;
    bool disadvantaged = false;
    std::optional<double> attendance = {};
    std::optional<double> need = {};
    QString status = QStringLiteral("active");
};

inline void insertStudent(Store& store, const StudentSpec& s)
{
    const StudentKeys keys = studentKeys(s.first, s.last, s.preferred, s.id);
    store.db().run(
        "INSERT INTO students (sourced_id, first_name, last_name, preferred_name, grade, home_language,"
        " el_status, iep, section_504, foster, homeless, disadvantaged, attendance_rate, need_score,"
        " need_tier, status, search_text, last_name_key, first_name_key)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        s.id, s.first, s.last, s.preferred, s.grade, s.language, s.el, s.iep, s.section504, s.foster,
        s.homeless, s.disadvantaged, s.attendance, s.need,
        s.need ? std::optional<int>(*s.need >= 60 ? 3 : 2) : std::nullopt, s.status, keys.searchText,
        keys.lastNameKey, keys.firstNameKey);
}

// `count` students with a deterministic spread of names, grades, languages, groups and numbers,
// in one transaction. Every seventh has no need score; every 25th has withdrawn.
inline void addStudents(Store& store, int count)
{
    const QStringList firsts = {QStringLiteral("Ana"),   QStringLiteral("Bao"),   QStringLiteral("Carlos"),
                                QStringLiteral("Dana"),  QStringLiteral("Émile"), QStringLiteral("Farah"),
                                QStringLiteral("Gohar"), QStringLiteral("Hyun")};
    const QStringList lasts = {QStringLiteral("Ávila"),  QStringLiteral("Brown"),    QStringLiteral("Cruz"),
                               QStringLiteral("Davis"),  QStringLiteral("Hakobyan"), QStringLiteral("Kim"),
                               QStringLiteral("Nguyễn"), QStringLiteral("Zúñiga"),   QStringLiteral("Ortiz"),
                               QStringLiteral("Park"),   QStringLiteral("Reyes")};
    const QStringList grades = {QStringLiteral("TK"), QStringLiteral("K"), QStringLiteral("1"),
                                QStringLiteral("2"),  QStringLiteral("3"), QStringLiteral("4"),
                                QStringLiteral("5")};
    const QStringList languages = {QStringLiteral("es"), QStringLiteral("en"), QStringLiteral("es"),
                                   QStringLiteral("ko"), QStringLiteral("hy"), QStringLiteral("vi")};
    const QStringList els = {QStringLiteral("EL"), QStringLiteral("EO"), QStringLiteral("RFEP"),
                             QStringLiteral("IFEP"), QStringLiteral("TBD")};
    store.db().execute("BEGIN");
    for (int i = 0; i < count; ++i) {
        StudentSpec s;
        s.id = QString::number(500000 + i);
        s.first = firsts.at(i % firsts.size());
        s.last = lasts.at((i / 3) % lasts.size());
        s.grade = grades.at((i * 5) % grades.size());
        s.language = languages.at(i % languages.size());
        s.el = els.at((i / 2) % els.size());
        s.iep = i % 9 == 0;
        s.section504 = i % 17 == 0;
        s.foster = i % 31 == 0;
        s.homeless = i % 23 == 0;
        s.disadvantaged = i % 3 != 0;
        s.attendance = 60.0 + (i * 37 % 400) / 10.0;
        if (i % 7 != 0)
            s.need = (i * 53 % 1000) / 10.0;
        if (i % 25 == 24)
            s.status = QStringLiteral("withdrawn");
        insertStudent(store, s);
    }
    store.db().execute("COMMIT");
}

// District ids in the order SQL gives for an ORDER BY clause over active students (tests only).
inline QStringList idsInSqlOrder(Store& store, const char* orderBy)
{
    QStringList ids;
    Statement st =
        store.db().prepare(QByteArray("SELECT sourced_id FROM students WHERE status = 'active' ORDER BY ")
                               .append(orderBy)
                               .toStdString());
    while (st.step())
        ids << st.text(0);
    return ids;
}

// Grabs `widget` as it is shown; with TUTORDESK_SCREENSHOT_DIR set, also saves it there as the PNG
// `name` for people to look at.
inline void saveScreenshot(QWidget& widget, const char* name)
{
    const QPixmap picture = widget.grab();
    ASSERT_FALSE(picture.isNull()) << name;
    const QString folder = qEnvironmentVariable("TUTORDESK_SCREENSHOT_DIR");
    if (!folder.isEmpty()) {
        QDir().mkpath(folder);
        EXPECT_TRUE(picture.save(QDir(folder).filePath(QLatin1String(name))));
    }
}

// A file for a page to import, e.g. a CSV a coordinator saved from a spreadsheet.
inline void writeFile(const QString& path, const QByteArray& text)
{
    QFile out(path);
    ASSERT_TRUE(out.open(QIODevice::WriteOnly));
    out.write(text);
}

// The import review refuses the file, and its first problem names the line (e.g. "Line 2").
inline void expectRefusedAtLine(ImportReviewDialog* review, const QString& line)
{
    ASSERT_NE(review, nullptr);
    EXPECT_FALSE(review->canImport());
    ASSERT_GE(review->problemList()->count(), 1);
    EXPECT_TRUE(review->problemList()->item(0)->text().startsWith(line))
        << review->problemList()->item(0)->text().toStdString();
}

// A page of the window over a freshly generated demo school, shown offscreen at a laptop's size.
template <typename Page> class DemoSchoolPageTest : public TempDirTest {
protected:
    void SetUp() override
    {
        auto demo = openOrCreateDemoSchool(dbPath(), DemoOptions{});
        ASSERT_TRUE(demo.ok()) << demo.error().message.toStdString();
        m_store = std::move(demo).value();
        m_page.setStore(m_store.get());
        m_page.resize(1300, 700);
        m_page.show();
    }
    void TearDown() override { m_page.setStore(nullptr); }

    std::unique_ptr<Store> m_store;
    Page m_page;
};

} // namespace tutordesk::test
