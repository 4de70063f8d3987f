#pragma once

#include <QDate>
#include <QString>

namespace tutordesk::demo {

struct DemoWorld;
struct Enrollment;
class DemoWriter;

// The life of each seat: invitation, consent and first session; pauses, exits and students who move
// away; the freed seat offered to the top of the waitlist; and, at the end, each enrollment's status as
// of `through`.
void startEnrollments(DemoWorld& world);
// Withdrawals and invitations due on a past school day, before its sessions.
void openDay(DemoWorld& world, DemoWriter& out, int dayIndex);
// Seats still open on the last day before `through` (groups that started short, seats given back at the
// end of a streak) offered to the waitlist in the last few days, as the coordinator does every week or so.
void fillOpenSeats(DemoWorld& world, DemoWriter& out, int dayIndex);
bool holdsSeatOn(const DemoWorld& world, const Enrollment& enrollment, const QDate& day);
// Gives the seat back on `day` (after that day's sessions) and queues it for the waitlist.
void endSeat(DemoWorld& world, int enrollment, int dayIndex, const char* status, const QString& reason);
void writeEnrollments(DemoWorld& world, DemoWriter& out);

} // namespace tutordesk::demo
