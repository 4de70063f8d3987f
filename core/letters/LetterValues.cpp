#include "letters/LetterValues.h"

#include "schedule/ScheduleText.h"
#include "store/Store.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace tutordesk {

namespace {

// A class of its own, so lupdate files these strings under the context they are looked up by.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(tutordesk::LetterMerge)
};

QString joined(const QString& first, const QString& last)
{
    return (first.trimmed() + QLatin1Char(' ') + last.trimmed()).trimmed();
}

bool isAbsence(const QString& status)
{
    return status == QLatin1String("excused") || status == QLatin1String("unexcused");
}

void loadGuardian(Store& store, const LetterRequest& request, LetterFacts& facts, std::optional<Error>& error)
{
    // The requested guardian must be this student's; else the primary one, else the first on record.
    Statement st = store.db().prepare(
        "SELECT g.id, g.first_name, g.last_name, g.preferred_language FROM student_guardians sg"
        " JOIN guardians g ON g.id = sg.guardian_id WHERE sg.student_id = ? AND (? IS NULL OR g.id = ?)"
        " ORDER BY sg.is_primary DESC, g.id LIMIT 1");
    st.bindAll(facts.studentId, request.guardianId, request.guardianId);
    if (!st.step()) {
        if (request.guardianId)
            error = Error{Tr::tr("That guardian is not on record for %1. Choose one of %1's guardians.")
                              .arg(facts.fullName())};
        return;
    }
    facts.guardianId = st.integer(0);
    facts.guardianName = joined(st.text(1), st.text(2));
    facts.guardianLanguage = st.text(3);
}

// The seat a letter is about: the action's, else the student's current one.
void loadSeat(Store& store, std::optional<std::int64_t> actionEnrollment, LetterFacts& facts)
{
    Statement st = store.db().prepare(
        "SELECT e.id, g.id, g.subject, g.skill_code, g.skill_description, g.weekdays, g.starts_at, g.minutes,"
        " g.location, g.start_day, g.end_day, t.first_name, t.last_name"
        " FROM enrollments e JOIN tutoring_groups g ON g.id = e.group_id"
        " LEFT JOIN tutors t ON t.id = g.tutor_id"
        " WHERE e.student_id = ? AND (? IS NULL OR e.id = ?)"
        " ORDER BY CASE e.status WHEN 'active' THEN 0 WHEN 'consented' THEN 1 WHEN 'invited' THEN 2"
        " WHEN 'paused' THEN 3 ELSE 4 END, coalesce(e.end_day, e.status_since) DESC, e.id DESC LIMIT 1");
    st.bindAll(facts.studentId, actionEnrollment, actionEnrollment);
    if (!st.step())
        return;
    facts.enrollmentId = st.integer(0);
    facts.groupId = st.integer(1);
    facts.subject = st.text(2);
    facts.skill = st.text(4).trimmed().isEmpty() ? st.text(3) : st.text(4);
    facts.weekdays = static_cast<int>(st.integer(5));
    facts.startsAt = ScheduleText::parseTime(st.text(6));
    facts.minutes = static_cast<int>(st.integer(7));
    facts.location = st.text(8);
    facts.groupStart = ScheduleText::parseDay(st.text(9));
    facts.groupEnd = ScheduleText::parseDay(st.text(10));
    facts.tutorName = st.isNull(11) ? QString() : joined(st.text(11), st.text(12));
    const QString skillCode = st.text(3);

    // Probes of the group's subject (and skill when the group names one): first and latest.
    Statement probes =
        store.db().prepare("SELECT score, max_score, skill FROM assessments WHERE student_id = ? AND kind = "
                           "'probe' AND subject = ?"
                           " AND score IS NOT NULL AND (? = '' OR skill = ?) ORDER BY assessed_on, id");
    probes.bindAll(facts.studentId, facts.subject, skillCode, skillCode);
    int count = 0;
    while (probes.step()) {
        LetterFacts::Probe p{probes.real(0), probes.optionalReal(1)};
        if (count++ == 0)
            facts.probePre = p;
        else
            facts.probePost = p;
        if (facts.skill.trimmed().isEmpty())
            facts.skill = probes.text(2);
    }
}

// The run of consecutive absences ending at `upTo` (or the latest run), newest first from the rows.
void loadAbsences(Store& store, LetterFacts& facts, const std::optional<QDate>& upTo, int inRow)
{
    Statement st = store.db().prepare(
        "SELECT s.day, a.status FROM attendance a JOIN sessions s ON s.id = a.session_id"
        " WHERE a.student_id = ? AND (? IS NULL OR s.group_id = ?) AND (? IS NULL OR s.day <= ?)"
        " ORDER BY s.day DESC, s.starts_at DESC");
    st.bindAll(facts.studentId, facts.groupId, facts.groupId, upTo, upTo);
    std::vector<QDate> run;
    while (st.step()) {
        const bool absent = isAbsence(st.text(1));
        if (!absent) {
            if (run.empty() && !upTo)
                continue; // without an action: skip presents after the latest run
            break;
        }
        run.push_back(ScheduleText::parseDay(st.text(0)));
        if (inRow > 0 && static_cast<int>(run.size()) >= inRow)
            break;
    }
    if (run.empty())
        return;
    facts.absenceDay = run.front();
    facts.absenceCount = std::max(inRow, static_cast<int>(run.size()));
    facts.absences.assign(run.rbegin(), run.rend());
}

std::optional<double> rateOverFourWeeks(Store& store, std::int64_t studentId, const QDate& day)
{
    Statement st = store.db().prepare(
        "SELECT count(*) FILTER (WHERE a.status IN ('present', 'tardy')), count(*) FROM attendance a"
        " JOIN sessions s ON s.id = a.session_id WHERE a.student_id = ? AND s.day > ? AND s.day <= ?"
        " AND s.status <> 'cancelled'");
    st.bindAll(studentId, day.addDays(-28), day);
    if (!st.step() || st.integer(1) == 0)
        return std::nullopt;
    return static_cast<double>(st.integer(0)) / static_cast<double>(st.integer(1));
}

QString term(const QJsonObject& terms, const QString& key)
{
    return terms.value(key).toString();
}

QString percent(const QLocale& locale, double fraction)
{
    return locale.toString(qRound(fraction * 100.0)) + locale.percent();
}

QString probeText(const QLocale& locale, const LetterFacts::Probe& p)
{
    if (p.maxScore)
        return percent(locale, p.score / *p.maxScore);
    return locale.toString(p.score, 'g', 6);
}

} // namespace

Result<LetterFacts> LetterValues::load(Store& store, const LetterRequest& request)
{
    LetterFacts facts;
    facts.studentId = request.studentId;
    {
        Statement st = store.db().prepare(
            "SELECT first_name, last_name, preferred_name, grade, home_language FROM students WHERE id = ?");
        st.bindAll(request.studentId);
        if (!st.step())
            return Error{Tr::tr("Student %1 is not on record. Choose a student from the list.")
                             .arg(request.studentId)};
        facts.firstName = st.text(2).trimmed().isEmpty() ? st.text(0).trimmed() : st.text(2).trimmed();
        facts.lastName = st.text(1).trimmed();
        facts.grade = st.text(3);
        facts.homeLanguage = st.text(4);
    }
    std::optional<Error> error;
    loadGuardian(store, request, facts, error);
    if (error)
        return *error;
    {
        Statement st =
            store.db().prepare("SELECT name, address, phone, coordinator FROM school WHERE id = 1");
        if (st.step()) {
            facts.schoolName = st.text(0);
            facts.schoolAddress = st.text(1);
            facts.schoolPhone = st.text(2);
            facts.coordinator = st.text(3);
        }
    }

    std::optional<std::int64_t> actionEnrollment;
    std::optional<QDate> actionDay;
    int inRow = 0;
    std::optional<double> actionRate;
    if (request.actionId) {
        Statement st = store.db().prepare(
            "SELECT pa.enrollment_id, s.day, pa.absences_in_row, pa.attendance_rate FROM protocol_actions pa"
            " LEFT JOIN sessions s ON s.id = pa.session_id WHERE pa.id = ? AND pa.student_id = ?");
        st.bindAll(*request.actionId, request.studentId);
        if (!st.step())
            return Error{Tr::tr("That due action is not %1's. Start the letter from one of %1's actions.")
                             .arg(facts.fullName())};
        actionEnrollment = st.optionalInteger(0);
        if (!st.isNull(1))
            actionDay = ScheduleText::parseDay(st.text(1));
        inRow = static_cast<int>(st.integer(2));
        actionRate = st.optionalReal(3);
    }
    loadSeat(store, actionEnrollment, facts);
    if (actionEnrollment && !facts.enrollmentId)
        loadSeat(store, std::nullopt, facts);
    loadAbsences(store, facts, actionDay, actionDay ? inRow : 0);

    if (actionRate)
        facts.attendanceRate = *actionRate > 1.0 ? *actionRate / 100.0 : *actionRate;
    else
        facts.attendanceRate = rateOverFourWeeks(store, facts.studentId, request.date);
    if (facts.enrollmentId) {
        facts.dosage = Dosage::forEnrollment(store, *facts.enrollmentId, request.date);
        if (!facts.attendanceRate)
            facts.attendanceRate = facts.dosage->attendanceRate();
    }
    return facts;
}

QHash<QString, QString> LetterValues::format(const LetterFacts& f, const LetterRequest& request,
                                             const LetterLanguage& language, const QJsonObject& terms,
                                             QHash<QString, QString>* why)
{
    const QLocale& locale = language.locale;
    QHash<QString, QString> v;
    const auto longDay = [&](const QDate& day) { return locale.toString(day, QLocale::LongFormat); };
    const auto explain = [&](std::initializer_list<const char*> names, const QString& reason) {
        if (!why)
            return;
        for (const char* name : names)
            why->insert(QString::fromLatin1(name), reason);
    };

    v[QStringLiteral("school.name")] = f.schoolName;
    v[QStringLiteral("school.address")] = f.schoolAddress;
    // Every letter tells the family whom to call: a letter without them would read "call at ."
    if (!f.schoolPhone.trimmed().isEmpty())
        v[QStringLiteral("school.phone")] = f.schoolPhone;
    else
        explain({"school.phone"},
                Tr::tr("The school's phone number is not set, and every letter tells the family "
                       "where to call. Add it in Settings \u25b8 School."));
    if (!f.coordinator.trimmed().isEmpty())
        v[QStringLiteral("coordinator.name")] = f.coordinator;
    else
        explain({"coordinator.name"},
                Tr::tr("The tutoring coordinator's name is not set, and every letter is signed "
                       "with it. Add it in Settings \u25b8 School."));
    v[QStringLiteral("date")] = longDay(request.date);
    v[QStringLiteral("reply_by")] = longDay(request.date.addDays(7));

    v[QStringLiteral("student.first_name")] = f.firstName;
    v[QStringLiteral("student.name")] = f.fullName();
    if (f.grade == QLatin1String("TK") || f.grade == QLatin1String("K"))
        v[QStringLiteral("student.grade")] = term(terms, QStringLiteral("grade.") + f.grade);
    else
        v[QStringLiteral("student.grade")] =
            term(terms, QStringLiteral("grade.number")).arg(locale.toString(f.grade.toInt()));
    v[QStringLiteral("guardian.name")] =
        f.guardianName.isEmpty() ? term(terms, QStringLiteral("guardian.fallback")).arg(f.firstName)
                                 : f.guardianName;

    if (f.groupId) {
        v[QStringLiteral("group.subject")] = term(terms, QStringLiteral("subject.") + f.subject);
        QStringList days;
        for (int day = 1; day <= 7; ++day) {
            if (f.weekdays & (1 << (day - 1)))
                days << locale.dayName(day, QLocale::LongFormat);
        }
        if (!days.isEmpty())
            v[QStringLiteral("group.days")] = locale.createSeparatedList(days);
        else
            explain(
                {"group.days"},
                Tr::tr("%1's group has no meeting days yet. Set the group's days first.").arg(f.fullName()));
        if (f.startsAt.isValid())
            v[QStringLiteral("group.time")] =
                term(terms, QStringLiteral("time.range"))
                    .arg(locale.toString(f.startsAt, QLocale::ShortFormat),
                         locale.toString(f.startsAt.addSecs(f.minutes * 60), QLocale::ShortFormat));
        else
            explain(
                {"group.time"},
                Tr::tr("%1's group has no start time yet. Set the group's time first.").arg(f.fullName()));
        if (!f.tutorName.isEmpty())
            v[QStringLiteral("tutor.name")] = f.tutorName;
        else
            explain({"tutor.name"},
                    Tr::tr("%1's group has no tutor. Assign a tutor to the group first.").arg(f.fullName()));
        v[QStringLiteral("group.place")] = f.location;
        v[QStringLiteral("program.start")] = longDay(f.groupStart);
        v[QStringLiteral("program.end")] = longDay(f.groupEnd);
        v[QStringLiteral("probe.skill")] =
            f.skill.trimmed().isEmpty() ? term(terms, QStringLiteral("subject.") + f.subject) : f.skill;
    } else {
        explain(
            {"group.subject", "group.days", "group.time", "group.place", "tutor.name", "program.start",
             "program.end", "probe.skill", "dosage.sessions_attended", "dosage.sessions_held",
             "dosage.minutes", "dosage.planned_minutes"},
            Tr::tr(
                "%1 has no seat in a tutoring group, so the letter has no group to describe. Place %1 in a "
                "group first.")
                .arg(f.fullName()));
    }

    if (!f.absences.empty()) {
        v[QStringLiteral("absence.date")] = longDay(f.absenceDay);
        QStringList dates;
        for (const QDate& day : f.absences)
            dates << locale.toString(day, QLocale::ShortFormat);
        v[QStringLiteral("absence.dates")] = locale.createSeparatedList(dates);
        v[QStringLiteral("absence.count")] = locale.toString(f.absenceCount);
    } else {
        explain(
            {"absence.date", "absence.dates", "absence.count"},
            Tr::tr("%1 has no missed session on record, so there is nothing for a missed-session letter to "
                   "name. Check the attendance or choose another kind of letter.")
                .arg(f.fullName()));
    }
    if (f.attendanceRate)
        v[QStringLiteral("attendance.rate")] = percent(locale, *f.attendanceRate);
    else
        explain(
            {"attendance.rate"},
            Tr::tr("%1 has no attendance on record yet, so there is no rate to report.").arg(f.fullName()));

    if (f.dosage) {
        v[QStringLiteral("dosage.minutes")] = locale.toString(f.dosage->deliveredMinutesToDate);
        v[QStringLiteral("dosage.planned_minutes")] = locale.toString(f.dosage->plannedMinutesToDate);
        // "Attended 20 of 22": regular sessions only, since make-ups are not among the sessions held for
        // the seat (the minutes received include them).
        v[QStringLiteral("dosage.sessions_attended")] =
            locale.toString(f.dosage->sessionsAttended - f.dosage->makeupsAttended);
        v[QStringLiteral("dosage.sessions_held")] = locale.toString(f.dosage->sessionsHeld);
    }

    const QString notMeasured = term(terms, QStringLiteral("probe.not_measured"));
    v[QStringLiteral("probe.pre")] = f.probePre ? probeText(locale, *f.probePre) : notMeasured;
    v[QStringLiteral("probe.post")] = f.probePost ? probeText(locale, *f.probePost) : notMeasured;
    if (f.probePre && f.probePost) {
        const bool percentPoints = f.probePre->maxScore && f.probePost->maxScore;
        const double before =
            percentPoints ? 100.0 * f.probePre->score / *f.probePre->maxScore : f.probePre->score;
        const double after =
            percentPoints ? 100.0 * f.probePost->score / *f.probePost->maxScore : f.probePost->score;
        const double growth = percentPoints ? std::round(after - before) : after - before;
        QString number = locale.toString(std::abs(growth), 'g', 6);
        if (growth > 0)
            number = locale.positiveSign() + number;
        else if (growth < 0)
            number = locale.negativeSign() + number;
        v[QStringLiteral("probe.growth")] = term(terms, QStringLiteral("probe.growth_points")).arg(number);
    } else {
        v[QStringLiteral("probe.growth")] = notMeasured;
    }
    return v;
}

} // namespace tutordesk
