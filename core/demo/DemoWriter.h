#pragma once

#include "demo/DemoModel.h"
#include "roster/StudentKeys.h"
#include "store/Statement.h"

#include <QDate>
#include <QString>

#include <cstdint>
#include <optional>
#include <string_view>

namespace tutordesk {
class Database;
}

namespace tutordesk::demo {

// One row of `assessments`: a benchmark, a skill probe or a confidence rating.
struct AssessmentRow {
    std::int64_t student = 0;
    const char* kind = "benchmark";
    int subject = Reading;
    QString skill;
    const char* instrument = "";
    const char* window = nullptr;
    double score = 0.0;
    std::optional<double> maxScore;
    QString placement;
    std::optional<int> levelsBelow;
    QDate on;
    std::optional<std::int64_t> group;
    std::optional<std::int64_t> tutor;
};

// One row of `sessions`.
struct SessionRow {
    std::int64_t group = 0;
    QDate day;
    QString startsAt;
    int minutes = 30;
    bool makeup = false;
    const char* status = "scheduled";
    const char* cancelReason = nullptr;
    std::optional<std::int64_t> makeupFor;
    std::int64_t tutor = 0;
    std::optional<std::int64_t> substitute;
    QString skillCovered;
    std::optional<int> followedProtocol;
    std::optional<int> onTime;
    QString notes;
};

// One row of `contacts`.
struct ContactRow {
    std::int64_t student = 0;
    std::optional<std::int64_t> guardian;
    QString at; // local 'YYYY-MM-DDTHH:MM'
    const char* method = "phone";
    const char* direction = "outgoing";
    QString language;
    bool interpreter = false;
    const char* purpose = "missed_session";
    const char* outcome = "reached";
    QString notes;
    QDate followUpOn;
    QString byWhom;
};

// Every repeated INSERT of the demo, prepared once and reused, with sourced ids from the seeded stream.
class DemoWriter final {
public:
    DemoWriter(Database& db, DemoRandom& ids);

    std::int64_t student(const Student& s, const StudentKeys& keys);
    // A student's score after a later benchmark.
    void needScore(std::int64_t student, double score, int tier, const QString& breakdown);
    std::int64_t guardian(const Guardian& g);
    void link(std::int64_t student, std::int64_t guardian, const GuardianLink& link);
    void assessment(const AssessmentRow& row);
    std::int64_t supervisor(const Supervisor& s, const QString& email, const QString& phone);
    std::int64_t tutor(const Tutor& t, std::optional<std::int64_t> supervisor, const QString& email,
                       const QString& phone);
    std::int64_t group(const Group& g, std::int64_t tutor, const char* status);
    std::int64_t enrollment(const Enrollment& e, std::int64_t student, std::optional<std::int64_t> group,
                            const char* status, const QDate& since, const QDate& begin, const QDate& end);
    std::int64_t session(const SessionRow& row);
    void attendance(std::int64_t session, std::int64_t student, const char* status, int minutes,
                    std::string_view recordedBy);
    void contact(const ContactRow& row);
    void tutorAbsence(std::int64_t tutor, const QDate& from, const QDate& to, const char* reason);

    int assessments() const { return m_assessments; }

private:
    Database& m_db;
    DemoRandom& m_ids;
    Statement m_student, m_needScore, m_guardian, m_link, m_assessment, m_supervisor, m_tutor, m_tutorSubject,
        m_tutorLanguage, m_tutorAvailability, m_group, m_enrollment, m_session, m_attendance, m_contact,
        m_tutorAbsence;
    int m_assessments = 0;
};

} // namespace tutordesk::demo
