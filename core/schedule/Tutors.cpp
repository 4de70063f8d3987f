#include "schedule/Tutors.h"

#include "schedule/NameOrder.h"
#include "schedule/TutorRows.h"
#include "store/Store.h"
#include "store/StoreError.h"
#include "store/Transaction.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>

#include <algorithm>
#include <bit>

namespace tutordesk {

namespace {

// A class of its own, so lupdate files these strings under the context they are looked up by.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(tutordesk::Tutors)
};

QString dayName(int weekday)
{
    return QLocale().dayName(weekday, QLocale::LongFormat);
}

QString hhmm(const QTime& time)
{
    return time.toString(QStringLiteral("HH:mm"));
}

QString shortDate(const QDate& day)
{
    return QLocale().toString(day, QLocale::ShortFormat);
}

Result<void> validateClearance(const QString& tutor, const QString& what, const QDate& on, const QDate& until)
{
    if (on.isValid() && until.isValid() && until < on)
        return Error{Tr::tr("%1's %2 expires on %3, before it was done (%4): check both dates.")
                         .arg(tutor, what, shortDate(until), shortDate(on))};
    return {};
}

} // namespace

std::vector<TutorSummary> Tutors::list(Store& store)
{
    Database& db = store.db();
    std::vector<TutorSummary> rows;
    for (TutorRecord& tutor : TutorRows::loadAll(db))
        rows.push_back({std::move(tutor), {}, 0, 0});

    QHash<std::int64_t, QString> supervisors;
    {
        Statement st = db.prepare("SELECT id, first_name, last_name FROM supervisors");
        while (st.step())
            supervisors.insert(st.integer(0), QStringList{st.text(1).trimmed(), st.text(2).trimmed()}.join(
                                                  QLatin1Char(' ')));
    }
    struct Load {
        int groups = 0;
        int minutes = 0;
    };
    QHash<std::int64_t, Load> loads;
    {
        Statement st = db.prepare("SELECT tutor_id, weekdays, minutes FROM tutoring_groups"
                                  " WHERE tutor_id IS NOT NULL AND status IN ('planned', 'active')");
        while (st.step()) {
            Load& load = loads[st.integer(0)];
            ++load.groups;
            load.minutes +=
                std::popcount(static_cast<unsigned>(st.integer(1)) & 127u) * static_cast<int>(st.integer(2));
        }
    }
    for (TutorSummary& row : rows) {
        if (row.tutor.supervisorId)
            row.supervisorName = supervisors.value(*row.tutor.supervisorId);
        const Load load = loads.value(row.tutor.id);
        row.groups = load.groups;
        row.weeklyMinutes = load.minutes;
    }

    const NameOrder order;
    std::stable_sort(rows.begin(), rows.end(), [&](const TutorSummary& a, const TutorSummary& b) {
        if (order.less(a.tutor.lastName, a.tutor.firstName, b.tutor.lastName, b.tutor.firstName))
            return true;
        if (order.less(b.tutor.lastName, b.tutor.firstName, a.tutor.lastName, a.tutor.firstName))
            return false;
        return a.tutor.id < b.tutor.id;
    });
    return rows;
}

std::optional<TutorRecord> Tutors::find(Store& store, std::int64_t id)
{
    return TutorRows::load(store.db(), id);
}

std::optional<TutorRecord> Tutors::findBySourcedId(Store& store, const QString& sourcedId)
{
    Statement st = store.db().prepare("SELECT id FROM tutors WHERE sourced_id = ?");
    st.bindAll(sourcedId.trimmed());
    if (!st.step())
        return std::nullopt;
    return TutorRows::load(store.db(), st.integer(0));
}

Result<void> Tutors::validate(const TutorRecord& tutor)
{
    if (tutor.firstName.trimmed().isEmpty())
        return Error{Tr::tr("Enter the tutor's first name.")};
    if (tutor.lastName.trimmed().isEmpty())
        return Error{Tr::tr("Enter %1's last name.").arg(tutor.firstName.trimmed())};
    const QString name = tutor.displayName();
    if (!TutorText::typeCodes().contains(tutor.type)) {
        QStringList titles;
        for (const QString& code : TutorText::typeCodes())
            titles << TutorText::typeTitle(code).toLower();
        return Error{Tr::tr("Type: \"%1\" is not a tutor type. Choose one of: %2.")
                         .arg(tutor.type, titles.join(QStringLiteral(", ")))};
    }
    if (!TutorText::statusCodes().contains(tutor.status)) {
        QStringList titles;
        for (const QString& code : TutorText::statusCodes())
            titles << TutorText::statusTitle(code).toLower();
        return Error{Tr::tr("Status: \"%1\" is not a status. Choose one of: %2.")
                         .arg(tutor.status, titles.join(QStringLiteral(", ")))};
    }
    const QStringList subjects = TutorRows::deduplicated(tutor.subjects);
    if (subjects.isEmpty())
        return Error{
            Tr::tr("Subjects: choose at least one subject %1 can teach (reading, math, writing or other).")
                .arg(name)};
    for (const QString& subject : subjects) {
        if (!TutorRows::subjectCodes().contains(subject))
            return Error{Tr::tr("Subjects: \"%1\" is not a subject. Choose reading, math, writing or other.")
                             .arg(subject)};
    }
    for (const QString& language : tutor.languages) {
        if (language.trimmed().isEmpty())
            return Error{Tr::tr("Languages: remove the empty language.")};
    }
    for (const AvailabilityWindow& w : tutor.availability) {
        if (w.weekday < 1 || w.weekday > 7)
            return Error{
                Tr::tr("Availability: %1 is not a weekday (1 = Monday … 7 = Sunday).").arg(w.weekday)};
        if (!w.from.isValid() || !w.to.isValid())
            return Error{
                Tr::tr("Availability on %1: enter both a start and an end time.").arg(dayName(w.weekday))};
        if (!(w.from < w.to))
            return Error{
                Tr::tr("Availability on %1: %2\u2013%3 ends before it starts. Make the end later than "
                       "the start.")
                    .arg(dayName(w.weekday), hhmm(w.from), hhmm(w.to))};
    }
    std::vector<AvailabilityWindow> windows = tutor.availability;
    std::sort(windows.begin(), windows.end(), [](const AvailabilityWindow& a, const AvailabilityWindow& b) {
        return a.weekday != b.weekday ? a.weekday < b.weekday : a.from < b.from;
    });
    for (std::size_t i = 1; i < windows.size(); ++i) {
        const AvailabilityWindow& a = windows[i - 1];
        const AvailabilityWindow& b = windows[i];
        if (a.weekday == b.weekday && b.from < a.to)
            return Error{Tr::tr("Availability on %1: %2\u2013%3 and %4\u2013%5 overlap. Join them into one "
                                "window or move one.")
                             .arg(dayName(a.weekday), hhmm(a.from), hhmm(a.to), hhmm(b.from), hhmm(b.to))};
    }
    if (auto ok = validateClearance(name, Tr::tr("background check"), tutor.backgroundCheckOn,
                                    tutor.backgroundCheckUntil);
        !ok)
        return ok;
    if (auto ok = validateClearance(name, Tr::tr("TB test"), tutor.tbTestOn, tutor.tbTestUntil); !ok)
        return ok;
    return {};
}

Result<std::int64_t> Tutors::save(Store& store, const TutorRecord& tutor)
{
    if (auto valid = validate(tutor); !valid)
        return valid.error();
    Database& db = store.db();
    try {
        Transaction tx(db);
        auto written = TutorRows::write(db, tutor);
        if (!written)
            return written;
        tx.commit();
        return written;
    } catch (const StoreError& e) {
        return Error{
            Tr::tr("%1 could not be saved in %2: %3").arg(tutor.displayName(), store.path(), e.message())};
    }
}

Result<void> Tutors::setStatus(Store& store, std::int64_t id, const QString& status)
{
    if (!TutorText::statusCodes().contains(status))
        return Error{
            Tr::tr("\"%1\" is not a tutor status. Choose active, substitute or inactive.").arg(status)};
    Database& db = store.db();
    try {
        Transaction tx(db);
        const std::optional<TutorRecord> tutor = TutorRows::load(db, id);
        if (!tutor)
            return Error{Tr::tr("That tutor is no longer in the tutor list. Reload the Tutors page.")};
        if (status == QLatin1String("inactive")) {
            const QStringList groups = TutorRows::ledGroups(db, id);
            if (!groups.isEmpty())
                return Error{TutorRows::leadsGroups(tutor->displayName(), groups)};
        }
        db.run("UPDATE tutors SET status = ? WHERE id = ?", status, id);
        tx.commit();
        return {};
    } catch (const StoreError& e) {
        return Error{
            Tr::tr("The tutor's status could not be changed in %1: %2").arg(store.path(), e.message())};
    }
}

} // namespace tutordesk
