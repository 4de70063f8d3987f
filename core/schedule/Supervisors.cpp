#include "schedule/Supervisors.h"

#include "schedule/NameOrder.h"
#include "store/Store.h"
#include "store/StoreError.h"
#include "store/Transaction.h"

#include <QCoreApplication>
#include <QHash>
#include <QUuid>

#include <algorithm>

namespace tutordesk {

namespace {

// A class of its own, so lupdate files these strings under the context they are looked up by.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(tutordesk::Supervisors)
};

constexpr const char* supervisorColumns =
    "SELECT id, sourced_id, first_name, last_name, title, email, phone, max_tutors FROM supervisors";

SupervisorRecord readSupervisor(const Statement& st)
{
    return {st.integer(0), st.text(1), st.text(2), st.text(3),
            st.text(4),    st.text(5), st.text(6), static_cast<int>(st.integer(7))};
}

QString personName(const QString& first, const QString& last)
{
    return QStringList{first.trimmed(), last.trimmed()}.join(QLatin1Char(' ')).trimmed();
}

} // namespace

QString SupervisorRecord::displayName() const
{
    return personName(firstName, lastName);
}

std::vector<SupervisorRecord> Supervisors::list(Store& store)
{
    std::vector<SupervisorRecord> rows;
    Statement st = store.db().prepare(supervisorColumns);
    while (st.step())
        rows.push_back(readSupervisor(st));
    const NameOrder order;
    std::stable_sort(rows.begin(), rows.end(), [&](const SupervisorRecord& a, const SupervisorRecord& b) {
        if (order.less(a.lastName, a.firstName, b.lastName, b.firstName))
            return true;
        if (order.less(b.lastName, b.firstName, a.lastName, a.firstName))
            return false;
        return a.id < b.id;
    });
    return rows;
}

std::optional<SupervisorRecord> Supervisors::find(Store& store, std::int64_t id)
{
    Statement st = store.db().prepare(std::string(supervisorColumns) + " WHERE id = ?");
    st.bindAll(id);
    if (!st.step())
        return std::nullopt;
    return readSupervisor(st);
}

std::vector<SupervisorLoad> Supervisors::loads(Store& store)
{
    std::vector<SupervisorLoad> rows;
    QHash<std::int64_t, std::size_t> index;
    for (SupervisorRecord& s : list(store)) {
        index.insert(s.id, rows.size());
        rows.push_back({std::move(s), {}});
    }
    // Inactive tutors are not coached; the substitute pool is.
    Statement st =
        store.db().prepare("SELECT supervisor_id, first_name, last_name FROM tutors"
                           " WHERE supervisor_id IS NOT NULL AND status IN ('active', 'substitute')");
    while (st.step()) {
        const auto found = index.constFind(st.integer(0));
        if (found != index.constEnd())
            rows[*found].tutors << personName(st.text(1), st.text(2));
    }
    const NameOrder order;
    for (SupervisorLoad& row : rows)
        std::sort(row.tutors.begin(), row.tutors.end(),
                  [&](const QString& a, const QString& b) { return order.compare(a, b) < 0; });
    return rows;
}

QStringList Supervisors::unsupervisedTutors(Store& store)
{
    QStringList names;
    Statement st = store.db().prepare(
        "SELECT t.first_name, t.last_name FROM tutors t LEFT JOIN supervisors s ON s.id = t.supervisor_id"
        " WHERE s.id IS NULL AND t.status IN ('active', 'substitute')");
    while (st.step())
        names << personName(st.text(0), st.text(1));
    const NameOrder order;
    std::sort(names.begin(), names.end(),
              [&](const QString& a, const QString& b) { return order.compare(a, b) < 0; });
    return names;
}

Result<std::int64_t> Supervisors::save(Store& store, const SupervisorRecord& supervisor)
{
    const QString first = supervisor.firstName.trimmed();
    const QString last = supervisor.lastName.trimmed();
    if (first.isEmpty())
        return Error{Tr::tr("Enter the supervisor's first name.")};
    if (last.isEmpty())
        return Error{Tr::tr("Enter %1's last name.").arg(first)};
    if (supervisor.maxTutors < 1 || supervisor.maxTutors > 100)
        return Error{Tr::tr("%1 can coach 1 to 100 tutors, not %2. Change the number of tutors.")
                         .arg(supervisor.displayName())
                         .arg(supervisor.maxTutors)};
    Database& db = store.db();
    try {
        Transaction tx(db);
        std::int64_t id = supervisor.id;
        if (id == 0) {
            const QString sourcedId = supervisor.sourcedId.trimmed().isEmpty()
                                          ? QUuid::createUuid().toString(QUuid::WithoutBraces)
                                          : supervisor.sourcedId.trimmed();
            if (db.queryInteger("SELECT count(*) FROM supervisors WHERE sourced_id = ?", sourcedId) > 0)
                return Error{Tr::tr("Another supervisor already has the id %1. Give %2 a different id.")
                                 .arg(sourcedId, supervisor.displayName())};
            db.run(
                "INSERT INTO supervisors (sourced_id, first_name, last_name, title, email, phone, max_tutors)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                sourcedId, first, last, supervisor.title.trimmed(), supervisor.email.trimmed(),
                supervisor.phone.trimmed(), supervisor.maxTutors);
            id = db.lastInsertId();
        } else {
            if (db.queryInteger("SELECT count(*) FROM supervisors WHERE id = ?", id) == 0)
                return Error{Tr::tr("%1 is no longer in the supervisor list. Reload the Tutors page.")
                                 .arg(supervisor.displayName())};
            db.run("UPDATE supervisors SET sourced_id = coalesce(nullif(?, ''), sourced_id), first_name = ?,"
                   " last_name = ?, title = ?, email = ?, phone = ?, max_tutors = ? WHERE id = ?",
                   supervisor.sourcedId.trimmed(), first, last, supervisor.title.trimmed(),
                   supervisor.email.trimmed(), supervisor.phone.trimmed(), supervisor.maxTutors, id);
        }
        tx.commit();
        return id;
    } catch (const StoreError& e) {
        return Error{Tr::tr("%1 could not be saved in %2: %3")
                         .arg(supervisor.displayName(), store.path(), e.message())};
    }
}

Result<void> Supervisors::remove(Store& store, std::int64_t id)
{
    Database& db = store.db();
    try {
        Transaction tx(db);
        db.run("UPDATE tutors SET supervisor_id = NULL WHERE supervisor_id = ?", id);
        db.run("DELETE FROM supervisors WHERE id = ?", id);
        tx.commit();
        return {};
    } catch (const StoreError& e) {
        return Error{
            Tr::tr("The supervisor could not be removed from %1: %2").arg(store.path(), e.message())};
    }
}

} // namespace tutordesk
