#pragma once

#include "demo/DemoCalendar.h"
#include "demo/DemoData.h"
#include "demo/DemoRandom.h"
#include "demo/DemoSchool.h"

#include <QByteArray>
#include <QDate>
#include <QString>

#include <array>
#include <cstdint>
#include <exception>
#include <utility>
#include <vector>

namespace tutordesk::demo {

// Why generation stopped early: the caller cancelled, or this build lacks its demo data.
class DemoFailure final : public std::exception {
public:
    explicit DemoFailure(QString message, bool cancelled = false)
        : m_message(std::move(message))
        , m_cancelled(cancelled)
    {}
    const char* what() const noexcept override { return "demo generation stopped"; }
    const QString& message() const { return m_message; }
    bool cancelled() const { return m_cancelled; }

private:
    QString m_message;
    bool m_cancelled;
};

enum Subject { Reading = 0, Math = 1 };
const char* subjectName(int subject);
// "TK", "K", "1" ... from the grade rank (-1 = TK, 0 = K).
QString gradeName(int rank);
// 'HH:MM' from minutes after midnight.
QString timeOfDay(int minutes);
// A Los Angeles number in the 555-01xx range, which is reserved for fiction.
QString phoneNumber(DemoRandom& rng);
// Plain ASCII letters of a name, as an e-mail address has them.
QString mailPart(const QString& text);

// The times a group can meet: six pull-out blocks in the school day, then two after school.
inline constexpr std::array<int, 8> blockStarts = {8 * 60 + 10,  9 * 60,       9 * 60 + 50,  11 * 60,
                                                   11 * 60 + 50, 13 * 60 + 20, 14 * 60 + 45, 15 * 60 + 30};
inline constexpr int firstAfterSchoolBlock = 6;
// Weekday bits as tutoring_groups.weekdays stores them.
inline constexpr int monday = 1, tuesday = 2, wednesday = 4, thursday = 8, friday = 16;

// A student's guardian (index into DemoWorld::guardians) and how they are related.
struct GuardianLink {
    int guardian = 0;
    const char* relationship = "mother";
    bool primary = false;
};

// A parent or other caregiver as the contact log needs them: phones, language, how to reach them.
struct Guardian {
    std::int64_t id = 0;
    QString first, last;
    QString phoneMobile, phoneHome, phoneWork, email;
    QString language;
    const char* method = "phone";
    bool consentToTexts = false;
};

// A student in memory: the row written to `students`, plus the model behind their scores and attendance.
struct Student {
    std::int64_t id = 0;
    QString districtId, stateId, first, last, preferred;
    int grade = 0; // -1 TK, 0 K, 1..8
    QDate birth;
    const char* gender = "F";
    int community = 0;
    QString homeLanguage;
    std::array<bool, FlagCount> flags{};
    const char* el = "EO";
    bool iep = false, section504 = false, foster = false, homeless = false, disadvantaged = false;
    double attendanceRate = 95.0;
    QDate withdrawnOn;                   // only when the student left on or before `through`
    std::vector<GuardianLink> guardians; // the primary one first

    // Achievement: grade levels behind at the start of the year, per subject.
    std::array<double, 2> gap{};
    std::array<int, 2> levels{};
    std::array<double, 2> noise{};
    double needScore = 0.0;
    int needTier = 1;
    QString needBreakdown;
    QDate boyDay, moyDay, eoyDay;

    // Tutoring so far, and the day-to-day absence model.
    std::array<int, 2> attendedMinutes{};
    double absenceRate = 0.05;
    double drift = 0.0;     // extra absence rate reached by the end of the year
    double driftFrom = 1.0; // year fraction where the drift begins
    int stateDay = -1;      // school-day index the state below was drawn for
    bool absent = false;
    bool excused = false;
    std::array<std::uint16_t, 5> busy{}; // blocks taken, Monday..Friday
};

// An instructional lead or administrator who observes and coaches tutors.
struct Supervisor {
    std::int64_t id = 0;
    QString first, last, title;
    int maxTutors = 8;
};

// A tutor with the week they offer, and (while the timetable is built) the blocks already taken.
struct Tutor {
    // One weekday's stretch of availability.
    struct Window {
        int weekday = 1; // 1 = Monday
        int from = 0;    // minutes after midnight
        int to = 0;
    };

    std::int64_t id = 0;
    QString first, last;
    QByteArray displayName; // UTF-8 "First Last", as attendance.recorded_by
    const char* type = "paraprofessional";
    bool substitute = false;
    int supervisor = -1;
    std::array<bool, 2> subjects{};
    std::vector<QString> languages;
    std::vector<Window> availability;
    QDate backgroundOn, backgroundUntil, tbOn, tbUntil;
    QString room;
    bool virtualOnly = false;

    std::array<std::uint16_t, 5> busy{};
    int weeklyMinutes = 0;
    int groups = 0;
    // Simulation: absent on the school day with this index, and who covers.
    int absentDay = -1;
    int coveredBy = -1;
    int coveringDay = -1;

    bool availableAt(int weekday, int start, int minutes) const;
};

// A tutoring group with its weekly pattern, and the enrollments holding its seats as the year goes by.
struct Group {
    std::int64_t id = 0;
    QString name;
    int subject = Reading;
    int tier = 2;
    int cap = 4;
    int bandLow = 0, bandHigh = 1;
    QString band;
    int tutor = -1;
    const char* delivery = "pull_out";
    QString location;
    int weekdays = 0;
    int block = 0;
    int minutes = 30;
    QDate startDay, endDay, lastSessionDay;
    QString skillCode, skillDescription;
    std::vector<int> seats; // enrollments that hold a seat (invited, consented or active)

    int startMinutes() const { return blockStarts[static_cast<std::size_t>(block)]; }
};

// A student's place in one subject: its seat's dates, how it ended, and its progress so far.
struct Enrollment {
    std::int64_t id = 0;
    int student = 0;
    int subject = Reading;
    int tier = 2;
    int group = -1;
    double needScore = 0.0;
    QString needBreakdown;
    QDate placedOn;                           // on the waitlist since
    QDate invitedOn, consentedOn, activeFrom; // the seat, when there is one
    QDate endedOn;                            // paused or exited on
    const char* endStatus = nullptr;
    QString exitReason;

    // Simulation.
    int streak = 0;
    int held = 0, attended = 0;             // sessions since the seat became active
    int windowHeld = 0, windowAttended = 0; // since the last probe
    double skill = 0.0;                     // probe score as a share of the maximum
    double responsiveness = 1.0;
    bool probed = false;
    int nextProbeDay = -1; // school-day index
    int probes = 0;
    bool confidence = false;
    bool lateConfidenceDone = false;
    bool postDone = false;
    bool pausePending = false;
};

// A seat given back, to be offered to the top of the waitlist on a school day (index).
struct Refill {
    int group = 0;
    int dueDay = 0;
};

// Everything the parts of the generator share: the options, the year, the data files, the rows made
// so far (with their database ids) and the seeded streams each part draws from.
struct DemoWorld {
    DemoWorld(const DemoOptions& options, const QDate& through, const QDate& yearStart, const QDate& yearEnd,
              DemoProgress progress);

    bool large() const { return options.size == DemoOptions::Size::Large; }
    // Reports progress; throws DemoFailure (cancelled) when the caller says stop.
    void report(int percent);

    DemoOptions options;
    QDate through;
    DemoCalendar calendar;
    DemoData data;
    DemoProgress progress;
    int lastReported = -1;

    DemoRandom ids, people, staff, program, days, attendance, outreach, probes;

    std::vector<Student> students;
    std::vector<Guardian> guardians;
    std::vector<Supervisor> supervisors;
    std::vector<Tutor> tutors;
    std::vector<Group> groups;
    std::vector<Enrollment> enrollments;
    std::vector<int> waitlist; // enrollments without a seat, highest need first
    std::vector<Refill> refills;
    int served = 0; // students given a seat when the program started
    QString coordinator;
};

} // namespace tutordesk::demo
