#pragma once

#include "store/Store.h"
#include "support/Fixtures.h"

#include <QDate>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <cstdint>
#include <optional>

namespace tutordesk::test {

// One student as the need score sees them; every field has the value of a student with no extra need.
struct StudentSpec {
    QString id;
    QString grade = QStringLiteral("3");
    std::optional<double> attendance = 97.0;
    QString el = QStringLiteral("EO");
    bool iep = false;
    bool section504 = false;
    bool foster = false;
    bool homeless = false;
    bool disadvantaged = false;
    bool withdrawn = false;
};

inline std::int64_t addStudent(Store& store, const StudentSpec& s)
{
    store.db().run(
        "INSERT INTO students (sourced_id, first_name, last_name, grade, attendance_rate, el_status,"
        " iep, section_504, foster, homeless, disadvantaged, status, search_text)"
        " VALUES (?, 'Student', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        s.id, s.id, s.grade, s.attendance, s.el, s.iep, s.section504, s.foster, s.homeless, s.disadvantaged,
        s.withdrawn ? "withdrawn" : "active", s.id);
    return store.db().lastInsertId();
}

inline void addBenchmark(Store& store, std::int64_t student, const char* subject,
                         std::optional<int> levelsBelow, const QDate& on = QDate(2026, 9, 8),
                         const char* window = "BOY")
{
    store.db().run("INSERT INTO assessments (sourced_id, student_id, kind, subject, instrument, test_window,"
                   " levels_below, assessed_on) VALUES (?, ?, 'benchmark', ?, 'i-Ready', ?, ?, ?)",
                   QUuid::createUuid().toString(QUuid::WithoutBraces), student, subject, window, levelsBelow,
                   on);
}

// Every row of a query, its columns joined by '|', for comparing a table before and after.
inline QStringList rowsOf(Store& store, const char* sql)
{
    QStringList out;
    Statement st = store.db().prepare(sql);
    while (st.step()) {
        QStringList columns;
        for (int c = 0; c < st.columnCount(); ++c)
            columns << (st.isNull(c) ? QStringLiteral("NULL") : st.text(c));
        out << columns.join(QLatin1Char('|'));
    }
    return out;
}

} // namespace tutordesk::test
