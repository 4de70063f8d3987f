#include "demo/DemoWriter.h"

#include "store/Database.h"

namespace tutordesk::demo {

namespace {

std::optional<std::string_view> optionalText(const char* text)
{
    return text ? std::optional<std::string_view>(text) : std::nullopt;
}

} // namespace

DemoWriter::DemoWriter(Database& db, DemoRandom& ids)
    : m_db(db)
    , m_ids(ids)
    , m_student(db.prepare(
          "INSERT INTO students (sourced_id, state_id, first_name, last_name, preferred_name, grade, "
          "birth_date,"
          " gender, hispanic_latino, race_american_indian, race_asian, race_black, race_pacific_islander,"
          " race_white, el_status, home_language, iep, section_504, foster, homeless, disadvantaged,"
          " attendance_rate, status, withdrawn_on, need_score, need_tier, need_breakdown, search_text,"
          " last_name_key, first_name_key)"
          " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
          "?)"))
    , m_needScore(
          db.prepare("UPDATE students SET need_score = ?, need_tier = ?, need_breakdown = ? WHERE id = ?"))
    , m_guardian(
          db.prepare("INSERT INTO guardians (sourced_id, first_name, last_name, phone_mobile, phone_home,"
                     " phone_work, email, preferred_language, preferred_method, consent_to_texts)"
                     " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"))
    , m_link(db.prepare("INSERT INTO student_guardians (student_id, guardian_id, relationship, is_primary)"
                        " VALUES (?, ?, ?, ?)"))
    , m_assessment(
          db.prepare("INSERT INTO assessments (sourced_id, student_id, kind, subject, skill, instrument,"
                     " test_window, score, max_score, placement, levels_below, assessed_on, group_id,"
                     " tutor_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"))
    , m_supervisor(
          db.prepare("INSERT INTO supervisors (sourced_id, first_name, last_name, title, email, phone,"
                     " max_tutors) VALUES (?, ?, ?, ?, ?, ?, ?)"))
    , m_tutor(
          db.prepare("INSERT INTO tutors (sourced_id, first_name, last_name, type, email, phone,"
                     " supervisor_id, background_check_on, background_check_until, tb_test_on, tb_test_until,"
                     " status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"))
    , m_tutorSubject(db.prepare("INSERT INTO tutor_subjects (tutor_id, subject) VALUES (?, ?)"))
    , m_tutorLanguage(db.prepare("INSERT INTO tutor_languages (tutor_id, language) VALUES (?, ?)"))
    , m_tutorAvailability(db.prepare(
          "INSERT INTO tutor_availability (tutor_id, weekday, starts_at, ends_at) VALUES (?, ?, ?, ?)"))
    , m_group(
          db.prepare("INSERT INTO tutoring_groups (sourced_id, name, subject, skill_code, skill_description,"
                     " tier, delivery_model, cap, grade_band, tutor_id, location, weekdays, starts_at,"
                     " minutes, start_day, end_day, status)"
                     " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"))
    , m_enrollment(
          db.prepare("INSERT INTO enrollments (sourced_id, student_id, group_id, subject, tier, status,"
                     " status_since, begin_day, end_day, exit_reason, need_score, need_breakdown)"
                     " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"))
    , m_session(
          db.prepare("INSERT INTO sessions (sourced_id, group_id, day, starts_at, minutes, kind, status,"
                     " cancel_reason, makeup_for, tutor_id, substitute_tutor_id, skill_covered,"
                     " followed_protocol, on_time, notes)"
                     " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"))
    , m_attendance(db.prepare("INSERT INTO attendance (sourced_id, session_id, student_id, status, minutes,"
                              " recorded_by) VALUES (?, ?, ?, ?, ?, ?)"))
    , m_contact(
          db.prepare("INSERT INTO contacts (sourced_id, student_id, guardian_id, contacted_at, method,"
                     " direction, language, interpreter_used, purpose, outcome, notes, follow_up_on, by_whom)"
                     " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"))
    , m_tutorAbsence(db.prepare("INSERT INTO tutor_absences (sourced_id, tutor_id, from_day, to_day, reason)"
                                " VALUES (?, ?, ?, ?, ?)"))
{}

std::int64_t DemoWriter::student(const Student& s, const StudentKeys& keys)
{
    m_student.bindAll(s.districtId, s.stateId, s.first, s.last, s.preferred, gradeName(s.grade), s.birth,
                      s.gender, s.flags[Hispanic], s.flags[AmericanIndian], s.flags[Asian], s.flags[Black],
                      s.flags[PacificIslander], s.flags[White], s.el, s.homeLanguage, s.iep, s.section504,
                      s.foster, s.homeless, s.disadvantaged, s.attendanceRate,
                      s.withdrawnOn.isValid() ? "withdrawn" : "active", s.withdrawnOn, s.needScore,
                      s.needTier, s.needBreakdown, keys.searchText, keys.lastNameKey, keys.firstNameKey);
    m_student.run();
    return m_db.lastInsertId();
}

void DemoWriter::needScore(std::int64_t student, double score, int tier, const QString& breakdown)
{
    m_needScore.bindAll(score, tier, breakdown, student);
    m_needScore.run();
}

std::int64_t DemoWriter::guardian(const Guardian& g)
{
    m_guardian.bindAll(m_ids.uuid().view(), g.first, g.last, g.phoneMobile, g.phoneHome, g.phoneWork, g.email,
                       g.language, g.method, g.consentToTexts);
    m_guardian.run();
    return m_db.lastInsertId();
}

void DemoWriter::link(std::int64_t student, std::int64_t guardian, const GuardianLink& link)
{
    m_link.bindAll(student, guardian, link.relationship, link.primary);
    m_link.run();
}

void DemoWriter::assessment(const AssessmentRow& r)
{
    m_assessment.bindAll(m_ids.uuid().view(), r.student, r.kind, subjectName(r.subject), r.skill,
                         r.instrument, optionalText(r.window), r.score, r.maxScore, r.placement,
                         r.levelsBelow, r.on, r.group, r.tutor);
    m_assessment.run();
    ++m_assessments;
}

std::int64_t DemoWriter::supervisor(const Supervisor& s, const QString& email, const QString& phone)
{
    m_supervisor.bindAll(m_ids.uuid().view(), s.first, s.last, s.title, email, phone, s.maxTutors);
    m_supervisor.run();
    return m_db.lastInsertId();
}

std::int64_t DemoWriter::tutor(const Tutor& t, std::optional<std::int64_t> supervisor, const QString& email,
                               const QString& phone)
{
    m_tutor.bindAll(m_ids.uuid().view(), t.first, t.last, t.type, email, phone, supervisor, t.backgroundOn,
                    t.backgroundUntil, t.tbOn, t.tbUntil, t.substitute ? "substitute" : "active");
    m_tutor.run();
    const std::int64_t id = m_db.lastInsertId();
    for (int subject = Reading; subject <= Math; ++subject) {
        if (t.subjects[static_cast<std::size_t>(subject)]) {
            m_tutorSubject.bindAll(id, subjectName(subject));
            m_tutorSubject.run();
        }
    }
    for (const QString& language : t.languages) {
        m_tutorLanguage.bindAll(id, language);
        m_tutorLanguage.run();
    }
    for (const Tutor::Window& w : t.availability) {
        m_tutorAvailability.bindAll(id, w.weekday, timeOfDay(w.from), timeOfDay(w.to));
        m_tutorAvailability.run();
    }
    return id;
}

std::int64_t DemoWriter::group(const Group& g, std::int64_t tutor, const char* status)
{
    m_group.bindAll(m_ids.uuid().view(), g.name, subjectName(g.subject), g.skillCode, g.skillDescription,
                    g.tier, g.delivery, g.cap, g.band, tutor, g.location, g.weekdays,
                    timeOfDay(g.startMinutes()), g.minutes, g.startDay, g.endDay, status);
    m_group.run();
    return m_db.lastInsertId();
}

std::int64_t DemoWriter::enrollment(const Enrollment& e, std::int64_t student,
                                    std::optional<std::int64_t> group, const char* status, const QDate& since,
                                    const QDate& begin, const QDate& end)
{
    m_enrollment.bindAll(m_ids.uuid().view(), student, group, subjectName(e.subject), e.tier, status, since,
                         begin, end, e.exitReason, e.needScore, e.needBreakdown);
    m_enrollment.run();
    return m_db.lastInsertId();
}

std::int64_t DemoWriter::session(const SessionRow& r)
{
    m_session.bindAll(m_ids.uuid().view(), r.group, r.day, r.startsAt, r.minutes,
                      r.makeup ? "makeup" : "regular", r.status, optionalText(r.cancelReason), r.makeupFor,
                      r.tutor, r.substitute, r.skillCovered, r.followedProtocol, r.onTime, r.notes);
    m_session.run();
    return m_db.lastInsertId();
}

void DemoWriter::attendance(std::int64_t session, std::int64_t student, const char* status, int minutes,
                            std::string_view recordedBy)
{
    m_attendance.bindAll(m_ids.uuid().view(), session, student, status, minutes, recordedBy);
    m_attendance.run();
}

void DemoWriter::contact(const ContactRow& r)
{
    m_contact.bindAll(m_ids.uuid().view(), r.student, r.guardian, r.at, r.method, r.direction, r.language,
                      r.interpreter, r.purpose, r.outcome, r.notes, r.followUpOn, r.byWhom);
    m_contact.run();
}

void DemoWriter::tutorAbsence(std::int64_t tutor, const QDate& from, const QDate& to, const char* reason)
{
    m_tutorAbsence.bindAll(m_ids.uuid().view(), tutor, from, to, reason);
    m_tutorAbsence.run();
}

} // namespace tutordesk::demo
