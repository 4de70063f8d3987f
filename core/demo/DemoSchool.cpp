#include "demo/DemoSchool.h"

#include "demo/DemoAttendance.h"
#include "demo/DemoBenchmarks.h"
#include "demo/DemoModel.h"
#include "demo/DemoPeople.h"
#include "demo/DemoProgram.h"
#include "demo/DemoProtocol.h"
#include "demo/DemoSeats.h"
#include "demo/DemoSessions.h"
#include "demo/DemoStaff.h"
#include "demo/DemoTimetable.h"
#include "demo/DemoWriter.h"
#include "school/School.h"
#include "store/Store.h"
#include "store/StoreError.h"
#include "store/Transaction.h"

#include <QByteArray>
#include <QCoreApplication>

#include <algorithm>

namespace tutordesk {

namespace {

// A class of its own, so lupdate files these strings under the context they are looked up by.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(tutordesk::Demo)
};

// The school row, the calendar and the bell schedule, and a note that this database holds a demo.
void writeSchool(demo::DemoWorld& w, Database& db, const QString& name)
{
    const demo::UuidText id = w.ids.uuid();
    const QString code = QStringLiteral("60") + w.ids.digits(5);
    db.run(
        "INSERT INTO school (id, sourced_id, district_code, school_code, name, address, phone, coordinator,"
        " year_start, year_end) VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        id.view(), "64733", code, name, "1340 N. Alvarado Street, Los Angeles, CA 90026", "(213) 555-0100",
        w.coordinator, w.calendar.yearStart(), w.calendar.yearEnd());
    Statement day = db.prepare("INSERT INTO calendar_days (day, kind, label) VALUES (?, ?, ?)");
    for (const demo::DemoCalendar::Entry& e : w.calendar.entries()) {
        day.bindAll(e.day, e.kind, e.label);
        day.run();
    }
    struct Period {
        const char* name;
        const char* from;
        const char* to;
        int minimumDay;
    };
    static constexpr std::array<Period, 10> periods = {{{"Morning block", "08:00", "10:40", 0},
                                                        {"Recess", "10:40", "11:00", 0},
                                                        {"Mid-day block", "11:00", "12:40", 0},
                                                        {"Lunch", "12:40", "13:20", 0},
                                                        {"Afternoon block", "13:20", "14:30", 0},
                                                        {"Morning block", "08:00", "10:40", 1},
                                                        {"Recess", "10:40", "11:00", 1},
                                                        {"Mid-day block", "11:00", "12:40", 1},
                                                        {"Lunch", "12:40", "13:20", 1},
                                                        {"Afternoon block", "13:20", "13:50", 1}}};
    Statement period =
        db.prepare("INSERT INTO bell_periods (name, starts_at, ends_at, minimum_day) VALUES (?, ?, ?, ?)");
    for (const Period& p : periods) {
        period.bindAll(p.name, p.from, p.to, p.minimumDay);
        period.run();
    }
    const QString note = QStringLiteral("{\"seed\":%1,\"size\":\"%2\",\"through\":\"%3\"}")
                             .arg(w.options.seed)
                             .arg(w.large() ? QStringLiteral("large") : QStringLiteral("demo"),
                                  w.through.toString(Qt::ISODate));
    db.run("INSERT OR REPLACE INTO settings (key, value) VALUES ('demo', ?)", note);
}

// A page cache big enough for the whole large school while it is written: with SQLite's default of 2 MB
// the one big transaction spills pages and reads them back, which doubles the time. Restored afterwards.
class CacheForBulkWrite final {
public:
    explicit CacheForBulkWrite(Database& db)
        : m_db(db)
        , m_previous(db.queryInteger("PRAGMA cache_size"))
    {
        m_db.execute("PRAGMA cache_size = -262144");
    }
    ~CacheForBulkWrite()
    {
        try {
            // PRAGMA takes no bound values; the number is the one SQLite itself reported.
            m_db.execute(
                QByteArray("PRAGMA cache_size = ").append(QByteArray::number(m_previous)).toStdString());
        } catch (...) { // NOLINT(bugprone-empty-catch): the connection keeps working with the bigger cache
        }
    }
    CacheForBulkWrite(const CacheForBulkWrite&) = delete;
    CacheForBulkWrite& operator=(const CacheForBulkWrite&) = delete;

private:
    Database& m_db;
    std::int64_t m_previous;
};

int count(Database& db, std::string_view sql)
{
    return static_cast<int>(db.queryInteger(sql));
}

} // namespace

Result<DemoSummary> generateDemoSchool(Store& store, const DemoOptions& options, const DemoProgress& progress)
{
    try {
        Database& db = store.db();
        const bool empty =
            !store.hasSchool() && count(db, "SELECT (SELECT count(*) FROM students) + (SELECT count(*)"
                                            " FROM tutors) + (SELECT count(*) FROM tutoring_groups)") == 0;
        if (!empty)
            return Error{
                Tr::tr("%1 already holds a school; the demo needs an empty database. Choose a new file for "
                       "the demo school.")
                    .arg(store.path())};

        // The only reading of the clock: today, when no day is given, held within its school year.
        const QDate asked = options.through.isValid() ? options.through : QDate::currentDate();
        const auto [yearStart, yearEnd] = School::defaultYearAround(asked);
        const QDate through = std::clamp(asked, yearStart, yearEnd);
        demo::DemoWorld w(options, through, yearStart, yearEnd, progress);
        w.report(0);

        const CacheForBulkWrite cache(db);
        Transaction tx(db);
        const QString previousActor = db.queryText("SELECT actor FROM audit_context WHERE id = 1");
        store.setActor(QStringLiteral("TutorDesk demo"));
        demo::DemoWriter out(db, w.ids);
        const QString name = w.large() ? QStringLiteral("Alvarado Street K–8 Academy")
                                       : QStringLiteral("Alvarado Street Elementary");
        writeSchool(w, db, name);

        demo::makePeople(w);
        demo::makeAchievement(w);
        w.report(4);
        demo::writePeople(w, out);
        demo::writeFallBenchmarks(w, out);
        w.report(12);
        demo::makeStaff(w);
        demo::writeStaff(w, out);
        demo::planProgram(w);
        demo::scheduleGroups(w);
        // Groups are written once their first student's start has moved their start day, so that a
        // group's start_day is its first session, as GroupSchedule would generate it.
        demo::startEnrollments(w);
        demo::writeGroups(w, out);
        demo::prepareAttendance(w);
        w.report(16);
        demo::runSessions(w, out, 16, 97);
        demo::writeEnrollments(w, out);
        demo::followProtocol(store, through);
        store.setActor(previousActor);

        DemoSummary summary;
        summary.schoolName = name;
        summary.yearStart = yearStart;
        summary.yearEnd = yearEnd;
        summary.through = through;
        summary.students = count(db, "SELECT count(*) FROM students");
        summary.guardians = count(db, "SELECT count(*) FROM guardians");
        summary.tutors = count(db, "SELECT count(*) FROM tutors");
        summary.supervisors = count(db, "SELECT count(*) FROM supervisors");
        summary.groups = count(db, "SELECT count(*) FROM tutoring_groups");
        summary.enrollments = count(db, "SELECT count(*) FROM enrollments");
        summary.sessions = count(db, "SELECT count(*) FROM sessions");
        summary.attendance = count(db, "SELECT count(*) FROM attendance");
        summary.contacts = count(db, "SELECT count(*) FROM contacts");
        summary.assessments = count(db, "SELECT count(*) FROM assessments");
        summary.served = w.served;
        summary.waitlisted =
            count(db, "SELECT count(DISTINCT student_id) FROM enrollments WHERE status = 'waitlisted'");
        w.report(100);
        tx.commit();
        return summary;
    } catch (const demo::DemoFailure& failure) {
        if (failure.cancelled())
            return Error{Tr::tr("The demo school was cancelled; %1 is as it was.").arg(store.path())};
        return Error{Tr::tr("The demo school could not be made: %1").arg(failure.message())};
    } catch (const StoreError& e) {
        return Error{Tr::tr("The demo school could not be saved in %1: %2").arg(store.path(), e.message())};
    }
}

} // namespace tutordesk
