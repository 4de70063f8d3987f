#include "schedule/SubstituteSearch.h"

#include "placement/Subjects.h"
#include "schedule/Clearances.h"
#include "schedule/CoverText.h"
#include "schedule/ScheduleConflicts.h"
#include "schedule/ScheduleQuery.h"
#include "schedule/TutorAbsences.h"
#include "schedule/Tutors.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QMap>

#include <algorithm>

namespace tutordesk {

namespace {

// A class of its own, so lupdate files these strings under the context they are looked up by.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(tutordesk::SessionCover)
};

// The most common home language among the students, ignoring English and blanks; ties go to the
// code that sorts first so that the answer does not change between calls.
QString sharedLanguage(Store& store, const std::vector<ScheduledSession::Student>& students)
{
    Statement st = store.db().prepare("SELECT home_language FROM students WHERE id = ?");
    QMap<QString, int> counts;
    for (const auto& student : students) {
        st.bindAll(student.id);
        if (!st.step())
            continue;
        const QString code = CoverText::primaryLanguage(st.text(0));
        if (!code.isEmpty() && code != QLatin1String("en"))
            ++counts[code];
    }
    QString best;
    int bestCount = 0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() > bestCount) {
            best = it.key();
            bestCount = it.value();
        }
    }
    return best;
}

bool speaks(const TutorRecord& tutor, const QString& language)
{
    if (language.isEmpty())
        return false;
    return std::any_of(tutor.languages.cbegin(), tutor.languages.cend(),
                       [&](const QString& code) { return CoverText::primaryLanguage(code) == language; });
}

} // namespace

SubstituteSearch::SubstituteSearch(Store& store, const ScheduledSession& session)
    : m_store(store)
    , m_session(session)
    , m_language(sharedLanguage(store, session.students))
{}

std::optional<QString> SubstituteSearch::refusal(const TutorRecord& tutor) const
{
    const QString name = tutor.displayName();
    const QString what = CoverText::session(m_session);
    if (tutor.status == QLatin1String("inactive"))
        return Tr::tr(
                   "%1 is inactive and cannot cover %2. Choose a tutor from the substitute pool or an active "
                   "tutor.")
            .arg(name, what);
    if (m_session.tutorId == tutor.id)
        return Tr::tr("%1 is the tutor of %2; choose someone else to cover it.").arg(name, what);
    if (!tutor.teaches(m_session.subject))
        return Tr::tr("%1 cannot cover %2: they do not teach %3. Choose a tutor who does.")
            .arg(name, what, Subjects::title(m_session.subject).toLower());
    if (!Clearances::canWork(tutor, m_session.day))
        return Tr::tr("%1 cannot cover %2. %3").arg(name, what, Clearances::refusal(tutor, m_session.day));
    if (TutorAbsences::isOut(m_store, tutor.id, m_session.day))
        return Tr::tr("%1 cannot cover %2: they are marked out that day.").arg(name, what);
    if (!tutor.availableAt(m_session.day, m_session.start, m_session.minutes))
        return Tr::tr("%1 cannot cover %2: it is outside the times they are available. Choose another "
                      "substitute, or change their availability on the Tutors page.")
            .arg(name, what);
    const std::vector<std::int64_t> ignore{m_session.id};
    if (ScheduleConflicts::tutorBusy(m_store, tutor.id, m_session.day, m_session.start, m_session.minutes,
                                     ignore)) {
        // The conflict check names the session they already have.
        SlotRequest slot;
        slot.day = m_session.day;
        slot.start = m_session.start;
        slot.minutes = m_session.minutes;
        slot.tutorId = tutor.id;
        slot.ignoreSessions = ignore;
        for (const ScheduleConflict& c : ScheduleConflicts::check(m_store, {slot})) {
            if (c.kind == ScheduleConflict::Kind::TutorBusy)
                return Tr::tr("%1 cannot cover %2. %3").arg(name, what, c.message);
        }
        return Tr::tr("%1 cannot cover %2: they teach another session at that time.").arg(name, what);
    }
    return std::nullopt;
}

SubstituteOption SubstituteSearch::option(const TutorRecord& tutor) const
{
    SubstituteOption option;
    option.tutorId = tutor.id;
    option.name = tutor.displayName();
    option.fromPool = tutor.status == QLatin1String("substitute");
    option.speaksLanguage = speaks(tutor, m_language);
    option.sessionsThatWeek = sessionsThatWeek(tutor.id);
    return option;
}

int SubstituteSearch::sessionsThatWeek(std::int64_t tutorId) const
{
    const QDate monday = ScheduleQuery::weekStart(m_session.day);
    // Sessions they teach themselves (nobody covering) and sessions they cover for others.
    return static_cast<int>(m_store.db().queryInteger(
        "SELECT count(*) FROM sessions WHERE day BETWEEN ? AND ? AND status <> 'cancelled'"
        " AND ((tutor_id = ? AND substitute_tutor_id IS NULL) OR substitute_tutor_id = ?)",
        monday, monday.addDays(6), tutorId, tutorId));
}

std::vector<SubstituteOption> SubstituteSearch::ranked(int limit) const
{
    std::vector<SubstituteOption> options;
    if (limit <= 0)
        return options;
    Statement st = m_store.db().prepare("SELECT id FROM tutors WHERE status IN ('active', 'substitute')"
                                        " AND id IS NOT ? AND id IS NOT ?");
    st.bindAll(m_session.tutorId, m_session.substituteId);
    std::vector<std::int64_t> ids;
    while (st.step())
        ids.push_back(st.integer(0));
    for (std::int64_t id : ids) {
        const auto tutor = Tutors::find(m_store, id);
        if (tutor && !refusal(*tutor))
            options.push_back(option(*tutor));
    }
    std::sort(options.begin(), options.end(), [](const SubstituteOption& a, const SubstituteOption& b) {
        if (a.fromPool != b.fromPool)
            return a.fromPool;
        if (a.speaksLanguage != b.speaksLanguage)
            return a.speaksLanguage;
        if (a.sessionsThatWeek != b.sessionsThatWeek)
            return a.sessionsThatWeek < b.sessionsThatWeek;
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    if (options.size() > static_cast<std::size_t>(limit))
        options.resize(static_cast<std::size_t>(limit));
    return options;
}

} // namespace tutordesk
