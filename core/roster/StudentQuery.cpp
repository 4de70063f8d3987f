#include "roster/StudentQuery.h"

#include "common/TextFold.h"
#include "store/Store.h"

namespace tutordesk {

namespace {

// The enrollment that says most about a student's place in the program.
constexpr char programExpression[] =
    "(SELECT e.status FROM enrollments e WHERE e.student_id = s.id ORDER BY CASE e.status"
    " WHEN 'active' THEN 0 WHEN 'consented' THEN 1 WHEN 'invited' THEN 2 WHEN 'paused' THEN 3"
    " WHEN 'waitlisted' THEN 4 ELSE 5 END, e.status_since DESC LIMIT 1)";

QString escapeLike(QString text)
{
    text.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    text.replace(QLatin1Char('%'), QLatin1String("\\%"));
    text.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return text;
}

struct WhereClause {
    QByteArray sql;
    QStringList values;
};

// Builds the WHERE text from fixed fragments; every user value is a bound parameter.
WhereClause whereFor(const StudentFilter& filter)
{
    WhereClause where;
    QList<QByteArray> parts;
    if (!filter.includeWithdrawn)
        parts << "s.status = 'active'";
    const QStringList words = foldForSearch(filter.search).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString& word : words) {
        parts << "s.search_text LIKE ? ESCAPE '\\'";
        where.values << QLatin1Char('%') + escapeLike(word) + QLatin1Char('%');
    }
    if (!filter.grade.isEmpty()) {
        parts << "s.grade = ?";
        where.values << filter.grade;
    }
    if (!filter.elStatus.isEmpty()) {
        parts << "s.el_status = ?";
        where.values << filter.elStatus;
    }
    if (!filter.homeLanguage.isEmpty()) {
        parts << "s.home_language = ?";
        where.values << filter.homeLanguage;
    }
    if (filter.tier > 0) {
        // Bound as text; the column's INTEGER affinity compares it as the number it spells.
        parts << "s.need_tier = ?";
        where.values << QString::number(filter.tier);
    }
    if (filter.program == QLatin1String("none")) {
        parts << "NOT EXISTS (SELECT 1 FROM enrollments e WHERE e.student_id = s.id)";
    } else if (!filter.program.isEmpty()) {
        parts << QByteArray(programExpression) + " = ?";
        where.values << filter.program;
    }
    switch (filter.flag) {
    case StudentFilter::Flag::Any:
        break;
    case StudentFilter::Flag::Iep:
        parts << "s.iep = 1";
        break;
    case StudentFilter::Flag::Section504:
        parts << "s.section_504 = 1";
        break;
    case StudentFilter::Flag::Foster:
        parts << "s.foster = 1";
        break;
    case StudentFilter::Flag::Homeless:
        parts << "s.homeless = 1";
        break;
    case StudentFilter::Flag::Disadvantaged:
        parts << "s.disadvantaged = 1";
        break;
    case StudentFilter::Flag::EnglishLearner:
        parts << "s.el_status = 'EL'";
        break;
    }
    if (!parts.isEmpty())
        where.sql = " WHERE " + parts.join(" AND ");
    return where;
}

QByteArray orderFor(const StudentSort& sort)
{
    QByteArray key;
    switch (sort.column) {
    case StudentColumn::DistrictId:
        key = "s.sourced_id";
        break;
    case StudentColumn::LastName:
        key = "s.last_name_key";
        break;
    case StudentColumn::FirstName:
        key = "s.first_name_key";
        break;
    case StudentColumn::Grade:
        key = "s.grade_rank";
        break;
    case StudentColumn::HomeLanguage:
        key = "s.home_language";
        break;
    case StudentColumn::ElStatus:
        key = "s.el_status";
        break;
    case StudentColumn::AttendanceRate:
        key = "s.attendance_rate";
        break;
    case StudentColumn::NeedScore:
        key = "s.need_score";
        break;
    case StudentColumn::Tier:
        key = "s.need_tier";
        break;
    case StudentColumn::Program:
        key = "program";
        break;
    case StudentColumn::Status:
        key = "s.status";
        break;
    }
    const QByteArray direction = sort.descending ? " DESC" : " ASC";
    // Names break ties so that equal keys keep a stable, readable order.
    return " ORDER BY " + key + direction + ", s.last_name_key, s.first_name_key, s.id";
}

} // namespace

StudentQuery::StudentQuery(Store& store)
    : m_store(store)
{}

int StudentQuery::count(const StudentFilter& filter)
{
    const WhereClause where = whereFor(filter);
    Statement st =
        m_store.db().prepare(QByteArray("SELECT count(*) FROM students s" + where.sql).toStdString());
    for (int i = 0; i < where.values.size(); ++i)
        st.bind(i + 1, where.values.at(i));
    return st.step() ? static_cast<int>(st.integer(0)) : 0;
}

std::vector<StudentRow> StudentQuery::page(const StudentFilter& filter, const StudentSort& sort, int offset,
                                           int limit)
{
    const WhereClause where = whereFor(filter);
    const QByteArray sql =
        QByteArray("SELECT s.id, s.sourced_id, s.first_name, s.last_name, s.preferred_name,"
                   " s.grade, s.home_language, s.el_status, s.iep, s.section_504, s.foster,"
                   " s.homeless, s.disadvantaged, s.attendance_rate, s.need_score,"
                   " s.need_tier, s.status, ") +
        programExpression + " AS program FROM students s" + where.sql + orderFor(sort) + " LIMIT ? OFFSET ?";
    Statement st = m_store.db().prepare(sql.toStdString());
    int index = 1;
    for (const QString& value : where.values)
        st.bind(index++, value);
    st.bind(index++, limit);
    st.bind(index, offset);

    std::vector<StudentRow> rows;
    rows.reserve(static_cast<size_t>(limit));
    while (st.step()) {
        StudentRow row;
        row.id = st.integer(0);
        row.districtId = st.text(1);
        row.firstName = st.text(2);
        row.lastName = st.text(3);
        row.preferredName = st.text(4);
        row.grade = st.text(5);
        row.homeLanguage = st.text(6);
        row.elStatus = st.text(7);
        row.iep = st.integer(8) != 0;
        row.section504 = st.integer(9) != 0;
        row.foster = st.integer(10) != 0;
        row.homeless = st.integer(11) != 0;
        row.disadvantaged = st.integer(12) != 0;
        row.attendanceRate = st.optionalReal(13);
        row.needScore = st.optionalReal(14);
        if (!st.isNull(15))
            row.tier = static_cast<int>(st.integer(15));
        row.status = st.text(16);
        row.program = st.text(17);
        rows.push_back(std::move(row));
    }
    return rows;
}

QStringList StudentQuery::homeLanguages()
{
    Statement st = m_store.db().prepare("SELECT home_language FROM students WHERE home_language <> ''"
                                        " GROUP BY home_language ORDER BY count(*) DESC, home_language");
    QStringList languages;
    while (st.step())
        languages << st.text(0);
    return languages;
}

} // namespace tutordesk
