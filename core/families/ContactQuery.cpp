#include "families/ContactQuery.h"

#include "common/TextFold.h"
#include "families/ContactRecords.h"
#include "store/Store.h"

#include <QStringList>

#include <algorithm>

namespace tutordesk {

namespace {

using namespace contactrecords;

constexpr char fromClause[] = " FROM contacts c JOIN students s ON s.id = c.student_id"
                              " LEFT JOIN guardians g ON g.id = c.guardian_id";

// The contact's instant in the stored UTC form, for rows the first demo wrote in local time too, so
// that old and new rows sort together by when they happened.
constexpr char instantExpression[] = "(CASE WHEN c.contacted_at LIKE '%Z' THEN c.contacted_at"
                                     " ELSE strftime('%Y-%m-%dT%H:%M:%SZ', c.contacted_at, 'utc') END)";

QString escapeLike(QString text)
{
    text.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    text.replace(QLatin1Char('%'), QLatin1String("\\%"));
    text.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return text;
}

QString containing(const QString& word)
{
    return QLatin1Char('%') + escapeLike(word) + QLatin1Char('%');
}

struct WhereClause {
    QByteArray sql;
    QStringList values;
};

// Builds the WHERE text from fixed fragments; every user value is a bound parameter.
WhereClause whereFor(const ContactFilter& filter)
{
    WhereClause where;
    QList<QByteArray> parts;
    // Local days: a UTC row counts from the day's first instant in UTC, a legacy local row by its text.
    // The plain comparison in front lets SQLite use the contacted_at index.
    if (filter.from && filter.from->isValid()) {
        const QString utc = dayStartUtc(*filter.from);
        const QString local = filter.from->toString(Qt::ISODate);
        parts << "c.contacted_at >= ?"
              << "(CASE WHEN c.contacted_at LIKE '%Z' THEN c.contacted_at >= ? ELSE c.contacted_at >= ? END)";
        where.values << std::min(utc, local) << utc << local;
    }
    if (filter.to && filter.to->isValid()) {
        const QDate after = filter.to->addDays(1);
        const QString utc = dayStartUtc(after);
        const QString local = after.toString(Qt::ISODate);
        parts << "c.contacted_at < ?"
              << "(CASE WHEN c.contacted_at LIKE '%Z' THEN c.contacted_at < ? ELSE c.contacted_at < ? END)";
        where.values << std::max(utc, local) << utc << local;
    }
    const auto equal = [&](const char* column, const QString& value) {
        if (value.isEmpty())
            return;
        parts << QByteArray(column) + " = ?";
        where.values << value;
    };
    equal("c.method", filter.method);
    equal("c.outcome", filter.outcome);
    equal("c.purpose", filter.purpose);
    equal("c.language", filter.language);
    if (filter.studentId) {
        // Bound as text; the column's INTEGER affinity compares it as the number it spells.
        parts << "c.student_id = ?";
        where.values << QString::number(*filter.studentId);
    }
    if (filter.followUpOnly)
        parts << "c.follow_up_on IS NOT NULL";
    // Each word must be in the student's folded names and id, or in the guardian's name as written
    // (guardians have no folded column; LIKE still ignores ASCII case there).
    const QStringList words = filter.search.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString& word : words) {
        const QString folded = foldForSearch(word).trimmed();
        parts << "(s.search_text LIKE ? ESCAPE '\\' OR (g.first_name || ' ' || g.last_name) LIKE ? ESCAPE "
                 "'\\')";
        where.values << containing(folded.isEmpty() ? word : folded) << containing(word);
    }
    if (!parts.isEmpty())
        where.sql = " WHERE " + parts.join(" AND ");
    return where;
}

QByteArray orderFor(ContactSort sort)
{
    const QByteArray instant(instantExpression);
    switch (sort) {
    case ContactSort::NewestFirst:
        break;
    case ContactSort::OldestFirst:
        return " ORDER BY " + instant + " ASC, c.id ASC";
    case ContactSort::Student:
        return " ORDER BY s.last_name_key, s.first_name_key, s.id, " + instant + " DESC, c.id DESC";
    case ContactSort::Method:
        return " ORDER BY c.method, " + instant + " DESC, c.id DESC";
    case ContactSort::Outcome:
        return " ORDER BY c.outcome, " + instant + " DESC, c.id DESC";
    }
    return " ORDER BY " + instant + " DESC, c.id DESC";
}

Statement prepared(Store& store, const QByteArray& sql, const WhereClause& where)
{
    Statement st = store.db().prepare(sql.toStdString());
    for (int i = 0; i < where.values.size(); ++i)
        st.bind(i + 1, where.values.at(i));
    return st;
}

} // namespace

int ContactQuery::count(Store& store, const ContactFilter& filter)
{
    const WhereClause where = whereFor(filter);
    Statement st = prepared(store, "SELECT count(*)" + QByteArray(fromClause) + where.sql, where);
    return st.step() ? static_cast<int>(st.integer(0)) : 0;
}

std::vector<ContactRow> ContactQuery::rows(Store& store, const ContactFilter& filter, ContactSort sort,
                                           int offset, int limit)
{
    const WhereClause where = whereFor(filter);
    const QByteArray sql =
        QByteArray("SELECT ") + entryColumns +
        ", CASE WHEN s.preferred_name <> '' THEN s.preferred_name ELSE s.first_name END || ' ' || "
        "s.last_name,"
        " s.sourced_id,"
        " (SELECT l.id FROM letters_sent l WHERE l.contact_id = c.id ORDER BY l.id LIMIT 1),"
        " (SELECT l.kind FROM letters_sent l WHERE l.contact_id = c.id ORDER BY l.id LIMIT 1)" +
        fromClause + where.sql + orderFor(sort) + " LIMIT ? OFFSET ?";
    Statement st = prepared(store, sql, where);
    st.bind(static_cast<int>(where.values.size()) + 1, std::max(0, limit));
    st.bind(static_cast<int>(where.values.size()) + 2, std::max(0, offset));
    std::vector<ContactRow> rows;
    while (st.step()) {
        ContactRow row;
        row.entry = readEntry(st);
        row.studentName = st.text(entryColumnCount);
        row.districtId = st.text(entryColumnCount + 1);
        row.letterId = st.optionalInteger(entryColumnCount + 2);
        row.letterKind = st.text(entryColumnCount + 3);
        rows.push_back(std::move(row));
    }
    return rows;
}

ContactQuery::Summary ContactQuery::summary(Store& store, const ContactFilter& filter)
{
    const WhereClause where = whereFor(filter);
    Statement st = prepared(store,
                            "SELECT coalesce(sum(c.direction = 'outgoing'), 0),"
                            " coalesce(sum(c.outcome = 'reached'), 0),"
                            " count(DISTINCT CASE WHEN c.outcome = 'reached' THEN c.student_id END)" +
                                QByteArray(fromClause) + where.sql,
                            where);
    Summary summary;
    if (st.step()) {
        summary.attempts = static_cast<int>(st.integer(0));
        summary.reached = static_cast<int>(st.integer(1));
        summary.studentsReached = static_cast<int>(st.integer(2));
    }
    return summary;
}

} // namespace tutordesk
