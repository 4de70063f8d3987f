#include "demo/DemoContacts.h"

#include "demo/DemoModel.h"
#include "demo/DemoWriter.h"

namespace tutordesk::demo {

namespace {

// What one kind of contact says and when it happens.
struct Call {
    const char* purpose = "missed_session";
    const char* method = nullptr; // nullptr: as the guardian prefers
    QString reachedNote;
    QString otherNote;       // left a message, no answer
    double followUpDays = 0; // school days until the follow-up, 0 for none
    int earliest = 14 * 60 + 40;
    int latest = 17 * 60 + 20;
    bool retrySecondGuardian = true;
};

QString at(const QDate& day, int minutes)
{
    return day.toString(Qt::ISODate) + QLatin1Char('T') + timeOfDay(minutes);
}

const char* methodFor(DemoRandom& rng, const Guardian& g)
{
    const std::string_view preferred(g.method);
    if (preferred == "text" && g.consentToTexts)
        return "text";
    if (preferred == "email" && !g.email.isEmpty() && rng.chance(0.6))
        return "email";
    return "phone";
}

// One contact with one guardian; returns whether they were reached (or the message was sent).
bool contactOnce(DemoWorld& w, DemoWriter& out, const Student& s, const Guardian& g, const QDate& day,
                 int minutes, const Call& call)
{
    DemoRandom& rng = w.outreach;
    ContactRow row;
    row.student = s.id;
    row.guardian = g.id;
    row.at = at(day, minutes);
    row.method = call.method ? call.method : methodFor(rng, g);
    row.language = g.language;
    row.purpose = call.purpose;
    row.byWhom = w.coordinator;
    const std::string_view method(row.method);
    const bool spoken =
        method == "phone" || method == "in_person" || method == "conference" || method == "home_visit";
    const bool needsInterpreter = g.language != QLatin1String("en") && g.language != QLatin1String("es");
    row.interpreter = spoken && needsInterpreter && rng.chance(0.75);
    bool reached = true;
    if (method == "text" || method == "email") {
        row.outcome = "sent";
        row.notes = call.otherNote;
    } else if (method == "phone") {
        const double o = rng.real();
        row.outcome = o < 0.52   ? "reached"
                      : o < 0.78 ? "left_message"
                      : o < 0.97 ? "no_answer"
                                 : "wrong_number";
        reached = o < 0.52;
        if (reached)
            row.notes = call.reachedNote;
        else if (o >= 0.97)
            row.notes =
                QStringLiteral("Number not in service; asked the office to check the emergency card.");
        else
            row.notes = call.otherNote;
    } else {
        row.notes = call.reachedNote;
    }
    if (!reached && call.followUpDays == 0 && rng.chance(0.5))
        row.followUpOn = w.calendar.schoolDayAfter(day, 1);
    else if (call.followUpDays > 0)
        row.followUpOn = w.calendar.schoolDayAfter(day, static_cast<int>(call.followUpDays));
    out.contact(row);
    return reached;
}

void contact(DemoWorld& w, DemoWriter& out, const Student& s, const QDate& day, const Call& call)
{
    if (s.guardians.empty())
        return;
    DemoRandom& rng = w.outreach;
    int minutes = rng.between(call.earliest, call.latest);
    const Guardian& first = w.guardians[static_cast<std::size_t>(s.guardians.front().guardian)];
    if (contactOnce(w, out, s, first, day, minutes, call) || !call.retrySecondGuardian ||
        s.guardians.size() < 2)
        return;
    if (rng.chance(0.5)) {
        minutes = std::min(minutes + rng.between(3, 25), 18 * 60);
        contactOnce(w, out, s, w.guardians[static_cast<std::size_t>(s.guardians[1].guardian)], day, minutes,
                    call);
    }
}

QString subjectWord(const Group& g)
{
    return g.subject == Math ? QStringLiteral("math") : QStringLiteral("reading");
}

} // namespace

void logMissedSession(DemoWorld& w, DemoWriter& out, const Student& s, const QDate& day, int streak,
                      bool excused)
{
    Call call;
    const QString name = s.preferred.isEmpty() ? s.first : s.preferred;
    if (streak == 1) {
        call.reachedNote =
            excused ? QStringLiteral("%1 was out sick; family expects them back tomorrow.").arg(name)
                    : QStringLiteral("Told the family %1 missed tutoring today; they will remind them.")
                          .arg(name);
        call.otherNote = QStringLiteral("Let the family know %1 missed today's session.").arg(name);
    } else if (streak == 2) {
        call.reachedNote =
            QStringLiteral("Second missed session in a row; asked what would help and offered a make-up.");
        call.otherNote = QStringLiteral("Second missed session in a row; asked the family to call back.");
        call.method = "phone";
        call.followUpDays = 2;
    } else {
        call.reachedNote =
            QStringLiteral("%1 missed sessions in a row; set up a meeting with the teacher and the family.")
                .arg(streak);
        call.otherNote =
            QStringLiteral("%1 missed sessions in a row; left a message asking for a meeting.").arg(streak);
        call.method = w.outreach.chance(0.25) ? "conference" : "phone";
        call.followUpDays = 5;
    }
    contact(w, out, s, day, call);
}

void logPause(DemoWorld& w, DemoWriter& out, const Student& s, const QDate& day, const Group& g)
{
    Call call;
    call.method = "phone";
    call.reachedNote =
        QStringLiteral("Five missed sessions in a row: paused the %1 seat and offered it to the next "
                       "student. The family can ask to come back.")
            .arg(subjectWord(g));
    call.otherNote =
        QStringLiteral("Five missed sessions in a row: left a message that the %1 seat is paused.")
            .arg(subjectWord(g));
    contact(w, out, s, day, call);
}

void logInvitation(DemoWorld& w, DemoWriter& out, const Student& s, const QDate& day, const Group& g)
{
    Call call;
    call.purpose = "enrollment";
    call.method = "phone";
    call.earliest = 9 * 60;
    call.latest = 17 * 60;
    call.reachedNote =
        QStringLiteral("Explained %1 tutoring (%2); family agreed and will return the consent slip.")
            .arg(subjectWord(g), g.band);
    call.otherNote = QStringLiteral("Invitation to %1 tutoring; consent slip sent home in the backpack.")
                         .arg(subjectWord(g));
    contact(w, out, s, day, call);
}

void logConsentReturned(DemoWorld& w, DemoWriter& out, const Student& s, const QDate& day)
{
    Call call;
    call.purpose = "enrollment";
    call.method = "in_person";
    call.earliest = 7 * 60 + 45;
    call.latest = 8 * 60 + 15;
    call.retrySecondGuardian = false;
    call.reachedNote = QStringLiteral("Signed consent slip returned at drop-off.");
    contact(w, out, s, day, call);
}

void logGoalMet(DemoWorld& w, DemoWriter& out, const Student& s, const QDate& day, const Group& g, int score,
                int maxScore)
{
    Call call;
    call.purpose = "progress";
    call.reachedNote =
        QStringLiteral("Met the goal on %1 (%2/%3); exiting %4 tutoring with a progress report.")
            .arg(g.skillCode)
            .arg(score)
            .arg(maxScore)
            .arg(subjectWord(g));
    call.otherNote =
        QStringLiteral("Progress report sent home: goal met on %1, exiting tutoring.").arg(g.skillCode);
    contact(w, out, s, day, call);
}

void logProgress(DemoWorld& w, DemoWriter& out, const Student& s, const QDate& day, const Group& g)
{
    Call call;
    call.purpose = "progress";
    call.reachedNote =
        QStringLiteral("Shared progress on %1; family will practice at home.").arg(g.skillCode);
    call.otherNote = QStringLiteral("Progress update on %1 sent home.").arg(g.skillCode);
    contact(w, out, s, day, call);
}

} // namespace tutordesk::demo
