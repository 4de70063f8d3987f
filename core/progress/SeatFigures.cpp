#include "progress/SeatFigures.h"

#include "store/Statement.h"
#include "store/Store.h"
#include "store/StoreError.h"

#include <string>
#include <vector>

namespace tutordesk {

namespace {

// The cache's tables carry a generation number: a new build creates new tables rather than replacing the
// old ones, because a statement still reading them (a model's open window) would stop SQLite from dropping
// them. Old generations are dropped on a later build, once nothing reads them.
struct CacheState {
    QString stamp; // the day and the database's change stamp the tables were built for
    std::int64_t generation = 0;
};

CacheState cacheState(Database& db)
{
    if (db.queryInteger("SELECT count(*) FROM temp.sqlite_master WHERE name = 'td_derived_state'") == 0)
        return {};
    Statement st = db.prepare("SELECT stamp, generation FROM temp.td_derived_state WHERE id = 1");
    if (!st.step())
        return {};
    return {st.text(0), st.integer(1)};
}

std::string tableName(const char* base, std::int64_t generation)
{
    return "td_" + std::string(base) + "_" + std::to_string(generation);
}

void dropOldGenerations(Database& db, std::int64_t current)
{
    std::vector<QString> old;
    Statement st = db.prepare("SELECT name FROM temp.sqlite_master WHERE type = 'table'"
                              " AND (name LIKE 'td\\_seat\\_figures\\_%' ESCAPE '\\'"
                              "  OR name LIKE 'td\\_probe\\_growth\\_%' ESCAPE '\\')");
    while (st.step()) {
        const QString name = st.text(0);
        if (name.section(QLatin1Char('_'), -1).toLongLong() != current)
            old.push_back(name);
    }
    st.reset();
    for (const QString& name : old) {
        try {
            db.execute("DROP TABLE temp.\"" + name.toStdString() + "\"");
        } catch (const StoreError&) {
            // Still being read: dropped on a later build.
        }
    }
}

CacheState buildCache(Database& db, const QDate& today, std::int64_t generation)
{
    dropOldGenerations(db, generation - 1);
    const std::string seats = tableName("seat_figures", generation);
    const std::string growth = tableName("probe_growth", generation);
    Statement build = db.prepare("CREATE TEMP TABLE " + seats + " AS WITH " +
                                 std::string(SeatFigures::commonTables()) + " SELECT * FROM seat_figures");
    build.bindNamed(":today", today);
    build.run();
    db.execute("CREATE INDEX temp." + seats + "_student ON " + seats + " (student_id);" +
               "CREATE INDEX temp." + seats + "_group ON " + seats + " (group_id);" + "CREATE TEMP TABLE " +
               growth + " AS SELECT * FROM main.probe_growth;" + "CREATE INDEX temp." + growth + "_key ON " +
               growth + " (student_id, skill);" +
               "CREATE TEMP TABLE IF NOT EXISTS td_derived_state (id INTEGER PRIMARY KEY CHECK (id = 1),"
               " stamp TEXT NOT NULL, generation INTEGER NOT NULL)");
    // The stamp is read after the last write, so that building the cache does not make it stale; writing
    // it (one row inserted or updated) adds one change, counted in advance.
    const QString now = db.changeStamp();
    const qsizetype slash = now.indexOf(QLatin1Char('/'));
    CacheState state;
    state.stamp = today.toString(Qt::ISODate) + QLatin1Char('@') +
                  QString::number(now.left(slash).toLongLong() + 1) + now.mid(slash);
    state.generation = generation;
    if (db.queryInteger("SELECT count(*) FROM temp.td_derived_state") == 0)
        db.run("INSERT INTO temp.td_derived_state (id, stamp, generation) VALUES (1, ?, ?)", state.stamp,
               state.generation);
    else
        db.run("UPDATE temp.td_derived_state SET stamp = ?, generation = ? WHERE id = 1", state.stamp,
               state.generation);
    return state;
}

} // namespace

// Kept in step with Dosage.cpp's seatSelect and figuresSelect (SeatFiguresTest compares them on the demo
// school): a seat given back counts up to its end day, else the day its status changed.
const char* SeatFigures::commonTables()
{
    return "seats AS ("
           " SELECT e.id AS enrollment_id, e.student_id, e.group_id, e.tier, e.subject, e.status,"
           "  coalesce(e.begin_day, g.start_day) AS since,"
           "  min(:today, CASE WHEN e.status IN ('paused', 'exited') THEN coalesce(e.end_day, e.status_since)"
           "   ELSE :today END) AS until"
           " FROM enrollments e JOIN tutoring_groups g ON g.id = e.group_id"
           " WHERE e.status IN ('active', 'consented', 'invited', 'paused', 'exited')),"
           " seat_figures AS ("
           " SELECT st.enrollment_id, st.student_id, st.group_id, st.tier, st.subject, st.status, st.since,"
           "  st.until,"
           "  coalesce(sum(CASE WHEN s.kind = 'regular' THEN s.minutes ELSE 0 END), 0) AS planned_minutes,"
           "  coalesce(sum(coalesce(a.minutes, 0)), 0) AS delivered_minutes,"
           "  coalesce(sum(s.kind = 'regular' AND coalesce(a.absent_from_school, 0) = 0), 0)"
           "   AS sessions_scheduled,"
           "  coalesce(sum(s.kind = 'regular' AND coalesce(a.absent_from_school, 0) = 0"
           "   AND CASE s.status WHEN 'held' THEN 1 WHEN 'scheduled'"
           "    THEN EXISTS (SELECT 1 FROM attendance x WHERE x.session_id = s.id) ELSE 0 END), 0)"
           "   AS sessions_held,"
           "  coalesce(sum(a.status IN ('present', 'tardy')), 0) AS sessions_attended,"
           "  coalesce(sum(a.status IN ('excused', 'unexcused')), 0) AS sessions_absent,"
           "  coalesce(sum(s.kind = 'makeup' AND a.status IN ('present', 'tardy')), 0) AS makeups_attended,"
           "  coalesce(sum(s.kind = 'makeup' AND a.id IS NOT NULL), 0) AS makeups_held"
           " FROM seats st"
           " LEFT JOIN sessions s ON s.group_id = st.group_id AND s.day BETWEEN st.since AND st.until"
           // The unique (session, student) key would be chosen otherwise, and every row visited.
           " LEFT JOIN attendance a INDEXED BY attendance_session_figures"
           "  ON a.session_id = s.id AND a.student_id = st.student_id"
           " GROUP BY st.enrollment_id)";
}

} // namespace tutordesk

namespace tutordesk {

std::string SeatFigures::commonTables(Store& store, const QDate& today)
{
    Database& db = store.db();
    if (db.inTransaction())
        return commonTables();
    CacheState state = cacheState(db);
    const QString wanted = today.toString(Qt::ISODate) + QLatin1Char('@') + db.changeStamp();
    if (state.stamp != wanted)
        state = buildCache(db, today, state.generation + 1);
    const std::string seats = tableName("seat_figures", state.generation);
    return "seats AS (SELECT enrollment_id, student_id, group_id, tier, subject, status, since, until FROM "
           "temp." +
           seats + "), seat_figures AS (SELECT * FROM temp." + seats +
           "), probe_growth AS (SELECT * FROM temp." + tableName("probe_growth", state.generation) + ")";
}

} // namespace tutordesk
