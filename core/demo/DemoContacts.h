#pragma once

#include <QDate>

namespace tutordesk::demo {

struct DemoWorld;
struct Group;
struct Student;
class DemoWriter;

// The coordinator's family contact log: calls, texts and meetings, in each guardian's language (with an
// interpreter for most languages besides English and Spanish), with short notes and follow-up dates.
void logMissedSession(DemoWorld& world, DemoWriter& out, const Student& student, const QDate& day, int streak,
                      bool excused);
void logPause(DemoWorld& world, DemoWriter& out, const Student& student, const QDate& day,
              const Group& group);
void logInvitation(DemoWorld& world, DemoWriter& out, const Student& student, const QDate& day,
                   const Group& group);
void logConsentReturned(DemoWorld& world, DemoWriter& out, const Student& student, const QDate& day);
void logGoalMet(DemoWorld& world, DemoWriter& out, const Student& student, const QDate& day,
                const Group& group, int score, int maxScore);
void logProgress(DemoWorld& world, DemoWriter& out, const Student& student, const QDate& day,
                 const Group& group);

} // namespace tutordesk::demo
