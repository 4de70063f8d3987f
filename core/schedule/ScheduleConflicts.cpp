#include "schedule/ScheduleConflicts.h"

#include "schedule/Clearances.h"
#include "schedule/ScheduleText.h"
#include "schedule/TutorRecord.h"
#include "schedule/Tutors.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

#include <algorithm>
#include <map>
#include <set>
#include <tuple>
#include <unordered_map>

namespace tutordesk {

namespace {

// A class of its own, so lupdate files these strings under the context they are looked up by.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(tutordesk::ScheduleConflicts)
};

int minuteOfDay(const QTime& time)
{
    return time.isValid() ? time.msecsSinceStartOfDay() / 60000 : 0;
}

// An existing session that occupies someone or something.
struct Taken {
    std::int64_t id = 0;
    std::int64_t groupId = 0;
    QString groupName;
    QDate day;
    QTime start;
    int minutes = 0;
    bool asSubstitute = false;

    int from() const { return minuteOfDay(start); }
    int to() const { return from() + minutes; }
};

// The sessions of a query by day, for matching slots against them.
using TakenByDay = std::map<QDate, std::vector<Taken>>;

// Columns: s.id, s.group_id, g.name, s.day, s.starts_at, s.minutes, then anything the query adds.
constexpr const char* takenColumns = "SELECT s.id, s.group_id, g.name, s.day, s.starts_at, s.minutes";

TakenByDay readTaken(Statement& st, bool withSubstituteFlag)
{
    TakenByDay taken;
    while (st.step()) {
        Taken t;
        t.id = st.integer(0);
        t.groupId = st.integer(1);
        t.groupName = st.text(2);
        t.day = ScheduleText::parseDay(st.text(3));
        t.start = ScheduleText::parseTime(st.text(4));
        t.minutes = static_cast<int>(st.integer(5));
        t.asSubstitute = withSubstituteFlag && st.integer(6) != 0;
        taken[t.day].push_back(std::move(t));
    }
    return taken;
}

QString idList(const std::set<std::int64_t>& ids)
{
    QJsonArray array;
    for (const std::int64_t id : ids)
        array.append(static_cast<qint64>(id));
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

// Sessions of these groups in [from, to] that are not cancelled.
TakenByDay groupSessions(Database& db, const std::set<std::int64_t>& groups, const QDate& from,
                         const QDate& to)
{
    if (groups.empty())
        return {};
    Statement st =
        db.prepare(std::string(takenColumns) + " FROM sessions s JOIN tutoring_groups g ON g.id = s.group_id"
                                               " WHERE s.group_id IN (SELECT value FROM json_each(?1))"
                                               " AND s.day BETWEEN ?2 AND ?3 AND s.status <> 'cancelled'");
    st.bindAll(idList(groups), from, to);
    return readTaken(st, false);
}

bool overlaps(const SlotRequest& slot, const Taken& other)
{
    const int from = minuteOfDay(slot.start);
    return from < other.to() && other.from() < from + slot.minutes;
}

bool ignored(const SlotRequest& slot, const Taken& other)
{
    return std::find(slot.ignoreSessions.begin(), slot.ignoreSessions.end(), other.id) !=
           slot.ignoreSessions.end();
}

// Every session of `taken` that overlaps the slot (and that the slot does not replace).
template <typename Visit>
void forEachClash(const TakenByDay& taken, const SlotRequest& slot, const Visit& visit)
{
    const auto day = taken.find(slot.day);
    if (day == taken.end())
        return;
    for (const Taken& other : day->second) {
        if (overlaps(slot, other) && !ignored(slot, other))
            visit(other);
    }
}

QString when(const Taken& other)
{
    return Tr::tr("%1 at %2")
        .arg(ScheduleText::day(other.day), ScheduleText::timeRange(other.start, other.minutes));
}

// What condense() needs to join this clash with the same one on other dates.
ScheduleConflict::Clash clashWith(const Taken& other, const QString& key, const QString& who)
{
    return {key, who, other.groupName, other.start, other.minutes, other.asSubstitute};
}

QString normalRoom(const QString& location)
{
    return location.trimmed().toCaseFolded();
}

struct Student {
    QString name;
    QString districtId;
};

// What check() knows about one tutor of the slots.
struct TutorFacts {
    std::optional<TutorRecord> record;
    TakenByDay busy;
    struct Absence {
        QDate from;
        QDate to;
        QString reason;
    };
    std::vector<Absence> absences;
};

TutorFacts tutorFacts(Store& store, std::int64_t tutorId, const QDate& from, const QDate& to)
{
    Database& db = store.db();
    TutorFacts facts;
    facts.record = Tutors::find(store, tutorId);
    // A session occupies whoever teaches it: its substitute when one covers, else its tutor.
    Statement busy =
        db.prepare(std::string(takenColumns) + ", s.substitute_tutor_id IS NOT NULL"
                                               " FROM sessions s JOIN tutoring_groups g ON g.id = s.group_id"
                                               " WHERE s.status <> 'cancelled' AND s.day BETWEEN ?2 AND ?3"
                                               " AND (s.substitute_tutor_id = ?1 OR (s.tutor_id = ?1 AND"
                                               " s.substitute_tutor_id IS NULL))");
    busy.bindAll(tutorId, from, to);
    facts.busy = readTaken(busy, true);
    Statement absences =
        db.prepare("SELECT from_day, to_day, reason FROM tutor_absences"
                   " WHERE tutor_id = ? AND to_day >= ? AND from_day <= ? ORDER BY from_day");
    absences.bindAll(tutorId, from, to);
    while (absences.step())
        facts.absences.push_back({ScheduleText::parseDay(absences.text(0)),
                                  ScheduleText::parseDay(absences.text(1)), absences.text(2)});
    return facts;
}

QString availableText(const TutorRecord& tutor, int weekday)
{
    QStringList windows;
    for (const AvailabilityWindow& w : tutor.availability) {
        if (w.weekday == weekday)
            windows << ScheduleText::time(w.from) + QChar(0x2013) + ScheduleText::time(w.to);
    }
    if (windows.isEmpty())
        return Tr::tr("no hours on %1").arg(ScheduleText::weekdayPlural(weekday));
    return Tr::tr("available %1").arg(windows.join(QLatin1String(", ")));
}

class Checker {
public:
    Checker(Store& store, const std::vector<SlotRequest>& slots)
        : m_store(store)
        , m_slots(slots)
    {
        for (const SlotRequest& slot : slots) {
            if (!m_from.isValid() || slot.day < m_from)
                m_from = slot.day;
            if (!m_to.isValid() || slot.day > m_to)
                m_to = slot.day;
        }
    }

    std::vector<ScheduleConflict> run()
    {
        if (!m_from.isValid())
            return {};
        checkTutors();
        checkStudents();
        checkRooms();
        std::stable_sort(m_conflicts.begin(), m_conflicts.end(),
                         [](const ScheduleConflict& a, const ScheduleConflict& b) { return a.day < b.day; });
        return std::move(m_conflicts);
    }

private:
    void add(ScheduleConflict::Kind kind, const QDate& day, const QString& message,
             ScheduleConflict::Clash clash = ScheduleConflict::Clash())
    {
        m_conflicts.emplace_back(kind, day, message, std::move(clash));
    }

    void checkTutors()
    {
        std::set<std::int64_t> tutors;
        for (const SlotRequest& slot : m_slots) {
            if (slot.tutorId)
                tutors.insert(*slot.tutorId);
        }
        for (const std::int64_t tutorId : tutors) {
            const TutorFacts facts = tutorFacts(m_store, tutorId, m_from, m_to);
            if (!facts.record)
                continue;
            const TutorRecord& tutor = *facts.record;
            const QString name = tutor.displayName();
            std::set<int> unavailableWeekdays;
            bool clearanceChecked = false;
            // Slots in day order, so that the clearance is judged on the first day the tutor would teach.
            std::vector<const SlotRequest*> own;
            for (const SlotRequest& slot : m_slots) {
                if (slot.tutorId == tutorId)
                    own.push_back(&slot);
            }
            std::stable_sort(own.begin(), own.end(),
                             [](const SlotRequest* a, const SlotRequest* b) { return a->day < b->day; });
            for (const SlotRequest* slot : own) {
                if (!clearanceChecked) {
                    clearanceChecked = true;
                    if (!Clearances::canWork(tutor, slot->day))
                        add(ScheduleConflict::Kind::TutorNotCleared, slot->day,
                            Clearances::refusal(tutor, slot->day));
                }
                const int weekday = slot->day.dayOfWeek();
                if (!unavailableWeekdays.count(weekday) &&
                    !tutor.availableAt(slot->day, slot->start, slot->minutes)) {
                    unavailableWeekdays.insert(weekday);
                    add(ScheduleConflict::Kind::TutorUnavailable, slot->day,
                        Tr::tr("%1 is not available on %2 at %3 (%4).")
                            .arg(name, ScheduleText::weekdayPlural(weekday),
                                 ScheduleText::timeRange(slot->start, slot->minutes),
                                 availableText(tutor, weekday)));
                }
                for (const TutorFacts::Absence& absence : facts.absences) {
                    if (absence.from <= slot->day && slot->day <= absence.to) {
                        add(ScheduleConflict::Kind::TutorAbsent, slot->day,
                            absence.reason.isEmpty()
                                ? Tr::tr("%1 is out on %2.").arg(name, ScheduleText::day(slot->day))
                                : Tr::tr("%1 is out on %2 (%3).")
                                      .arg(name, ScheduleText::day(slot->day), absence.reason));
                        break;
                    }
                }
                forEachClash(facts.busy, *slot, [&](const Taken& other) {
                    add(ScheduleConflict::Kind::TutorBusy, slot->day,
                        other.asSubstitute
                            ? Tr::tr("%1 is already covering %2 on %3.")
                                  .arg(name, other.groupName, when(other))
                            : Tr::tr("%1 already teaches %2 on %3.").arg(name, other.groupName, when(other)),
                        clashWith(other,
                                  QStringLiteral("%1/%2/%3")
                                      .arg(tutorId)
                                      .arg(other.groupId)
                                      .arg(other.asSubstitute ? 1 : 0),
                                  name));
                });
            }
        }
    }

    void checkStudents()
    {
        std::set<std::int64_t> groups;
        for (const SlotRequest& slot : m_slots) {
            if (slot.groupId != 0)
                groups.insert(slot.groupId);
        }
        if (groups.empty())
            return;
        Database& db = m_store.db();
        // For each slot group, the other groups its seat holders also hold seats in, and who.
        std::map<std::int64_t, std::map<std::int64_t, std::vector<Student>>> shared;
        std::set<std::int64_t> others;
        Statement st = db.prepare(
            "SELECT e1.group_id, e2.group_id, st.sourced_id,"
            " CASE WHEN st.preferred_name <> '' THEN st.preferred_name ELSE st.first_name END || ' ' ||"
            " st.last_name"
            " FROM enrollments e1 JOIN enrollments e2 ON e2.student_id = e1.student_id"
            " AND e2.group_id <> e1.group_id AND e2.status IN ('invited', 'consented', 'active')"
            " JOIN students st ON st.id = e1.student_id"
            " WHERE e1.group_id IN (SELECT value FROM json_each(?1))"
            " AND e1.status IN ('invited', 'consented', 'active')"
            " ORDER BY st.last_name_key, st.first_name_key, st.sourced_id");
        st.bindAll(idList(groups));
        while (st.step()) {
            shared[st.integer(0)][st.integer(1)].push_back({st.text(3), st.text(2)});
            others.insert(st.integer(1));
        }
        const TakenByDay taken = groupSessions(db, others, m_from, m_to);
        for (const SlotRequest& slot : m_slots) {
            const auto mine = shared.find(slot.groupId);
            if (mine == shared.end())
                continue;
            forEachClash(taken, slot, [&](const Taken& other) {
                const auto students = mine->second.find(other.groupId);
                if (students == mine->second.end())
                    return;
                for (const Student& s : students->second) {
                    add(ScheduleConflict::Kind::StudentBusy, slot.day,
                        Tr::tr("%1 (%2) is in %3 at the same time on %4.")
                            .arg(s.name, s.districtId, other.groupName, when(other)),
                        clashWith(other, QStringLiteral("%1/%2").arg(s.districtId).arg(other.groupId),
                                  Tr::tr("%1 (%2)").arg(s.name, s.districtId)));
                }
            });
        }
    }

    void checkRooms()
    {
        std::set<QString> rooms;
        for (const SlotRequest& slot : m_slots) {
            if (!normalRoom(slot.location).isEmpty())
                rooms.insert(normalRoom(slot.location));
        }
        if (rooms.empty())
            return;
        Database& db = m_store.db();
        // Rooms compare trimmed and case-folded, which SQLite's lower() cannot do beyond ASCII: the few
        // hundred groups with a place are matched here.
        std::map<std::int64_t, QString> roomOf;
        std::set<std::int64_t> groups;
        Statement st = db.prepare("SELECT id, location FROM tutoring_groups WHERE location <> ''"
                                  " AND delivery_model <> 'virtual' AND instr(location, '://') = 0");
        while (st.step()) {
            const QString room = normalRoom(st.text(1));
            if (rooms.count(room)) {
                roomOf[st.integer(0)] = st.text(1).trimmed();
                groups.insert(st.integer(0));
            }
        }
        const TakenByDay taken = groupSessions(db, groups, m_from, m_to);
        for (const SlotRequest& slot : m_slots) {
            const QString room = normalRoom(slot.location);
            if (room.isEmpty())
                continue;
            forEachClash(taken, slot, [&](const Taken& other) {
                if (other.groupId == slot.groupId || normalRoom(roomOf[other.groupId]) != room)
                    return;
                add(ScheduleConflict::Kind::RoomBusy, slot.day,
                    Tr::tr("%1 is taken by %2 on %3.")
                        .arg(slot.location.trimmed(), other.groupName, when(other)),
                    clashWith(other, QStringLiteral("%1/%2").arg(room).arg(other.groupId),
                              slot.location.trimmed()));
            });
        }
    }

    Store& m_store;
    const std::vector<SlotRequest>& m_slots;
    QDate m_from;
    QDate m_to;
    std::vector<ScheduleConflict> m_conflicts;
};

} // namespace

std::vector<ScheduleConflict> ScheduleConflicts::check(Store& store, const std::vector<SlotRequest>& slots)
{
    return Checker(store, slots).run();
}

bool ScheduleConflicts::tutorBusy(Store& store, std::int64_t tutorId, const QDate& day, const QTime& start,
                                  int minutes, const std::vector<std::int64_t>& ignoreSessions)
{
    Statement st = store.db().prepare(
        "SELECT s.id, s.starts_at, s.minutes FROM sessions s"
        " WHERE s.status <> 'cancelled' AND s.day = ?2"
        " AND (s.substitute_tutor_id = ?1 OR (s.tutor_id = ?1 AND s.substitute_tutor_id IS NULL))");
    st.bindAll(tutorId, day);
    const int from = minuteOfDay(start);
    while (st.step()) {
        if (std::find(ignoreSessions.begin(), ignoreSessions.end(), st.integer(0)) != ignoreSessions.end())
            continue;
        const int otherFrom = minuteOfDay(ScheduleText::parseTime(st.text(1)));
        if (from < otherFrom + st.integer(2) && otherFrom < from + minutes)
            return true;
    }
    return false;
}

namespace {

// "Ana Kim already teaches Reading A on Mondays and Thursdays at 11:00–11:45 (62 dates from Thu, …)."
// Whole sentences per kind, so that a translation may order the parts as its language needs.
QString recurringMessage(const ScheduleConflict& conflict, const std::set<int>& weekdays)
{
    const ScheduleConflict::Clash& clash = conflict.clash;
    QStringList names;
    for (const int weekday : weekdays)
        names << ScheduleText::weekdayPlural(weekday);
    // "Mondays and Thursdays" in the locale's words; the C locale (no LANG) only has commas, and its
    // other words are English.
    const QLocale locale;
    const QString days = locale.language() == QLocale::C
                             ? QLocale(QLocale::English).createSeparatedList(names)
                             : locale.createSeparatedList(names);
    const QString time = ScheduleText::timeRange(clash.start, clash.minutes);
    const QString first = ScheduleText::day(conflict.day);
    const int n = conflict.dates;
    switch (conflict.kind) {
    case ScheduleConflict::Kind::TutorBusy:
        return (clash.covering
                    ? Tr::tr("%1 is already covering %2 on %3 at %4 (%n date(s) from %5).", nullptr, n)
                    : Tr::tr("%1 already teaches %2 on %3 at %4 (%n date(s) from %5).", nullptr, n))
            .arg(clash.who, clash.otherName, days, time, first);
    case ScheduleConflict::Kind::StudentBusy:
        return Tr::tr("%1 is in %2 at the same time on %3 at %4 (%n date(s) from %5).", nullptr, n)
            .arg(clash.who, clash.otherName, days, time, first);
    case ScheduleConflict::Kind::RoomBusy:
        return Tr::tr("%1 is taken by %2 on %3 at %4 (%n date(s) from %5).", nullptr, n)
            .arg(clash.who, clash.otherName, days, time, first);
    case ScheduleConflict::Kind::TutorUnavailable:
    case ScheduleConflict::Kind::TutorNotCleared:
    case ScheduleConflict::Kind::TutorAbsent:
        break;
    }
    return conflict.message;
}

} // namespace

std::vector<ScheduleConflict> ScheduleConflicts::condense(const std::vector<ScheduleConflict>& conflicts)
{
    // What one condensed conflict gathered: its weekdays, and its lengths with how many dates each.
    struct Gathered {
        std::set<int> weekdays;
        std::map<int, int> minutes;
    };
    std::vector<ScheduleConflict> condensed;
    std::vector<Gathered> gathered; // of each condensed conflict
    // Kind, other side and the other session's start: one recurring clash. Its length is not part of
    // it, so that minimum days (the same sessions, shortened) are not a clash of their own.
    using Key = std::tuple<int, QString, int>;
    std::map<Key, std::size_t> index;
    for (const ScheduleConflict& c : conflicts) {
        if (c.clash.key.isEmpty()) {
            condensed.push_back(c);
            gathered.emplace_back();
            continue;
        }
        const Key key{static_cast<int>(c.kind), c.clash.key, minuteOfDay(c.clash.start)};
        const auto [at, added] = index.try_emplace(key, condensed.size());
        if (added) {
            condensed.push_back(c);
            gathered.push_back({{c.day.dayOfWeek()}, {{c.clash.minutes, c.dates}}});
            continue;
        }
        ScheduleConflict& joined = condensed[at->second];
        joined.dates += c.dates;
        if (c.day < joined.day) {
            joined.day = c.day;
            joined.message = c.message;
        }
        gathered[at->second].weekdays.insert(c.day.dayOfWeek());
        gathered[at->second].minutes[c.clash.minutes] += c.dates;
    }
    for (std::size_t i = 0; i < condensed.size(); ++i) {
        ScheduleConflict& c = condensed[i];
        if (c.clash.key.isEmpty() || c.dates < 2)
            continue;
        // The usual length (the longer one of a tie) stands for the clash.
        const auto usual = std::max_element(
            gathered[i].minutes.begin(), gathered[i].minutes.end(), [](const auto& a, const auto& b) {
                return a.second != b.second ? a.second < b.second : a.first < b.first;
            });
        c.clash.minutes = usual->first;
        c.message = recurringMessage(c, gathered[i].weekdays);
    }
    std::stable_sort(condensed.begin(), condensed.end(),
                     [](const ScheduleConflict& a, const ScheduleConflict& b) { return a.day < b.day; });
    return condensed;
}

QString ScheduleConflicts::summary(const std::vector<ScheduleConflict>& conflicts, int listed)
{
    QStringList lines;
    const int count = static_cast<int>(conflicts.size());
    const int shown = std::clamp(listed, 0, count);
    for (int i = 0; i < shown; ++i)
        lines << conflicts[static_cast<std::size_t>(i)].message;
    if (count > shown)
        lines << Tr::tr("…and %n more conflict(s).", nullptr, count - shown);
    return lines.join(QLatin1Char('\n'));
}

} // namespace tutordesk
