#pragma once

#include <QDate>

namespace tutordesk::demo {

struct DemoWorld;
struct Student;
class DemoWriter;

// i-Ready-style diagnostics and the need score they feed: how far behind each student starts, the
// placement and scale score of each test window, and the points (with their reasons) that rank students.
void makeAchievement(DemoWorld& world);
// The fall (BOY) results of every student.
void writeFallBenchmarks(DemoWorld& world, DemoWriter& out);
// Winter (MOY) and spring (EOY) results of the students tested on `day`, after the tutoring they had.
void writeLaterBenchmarks(DemoWorld& world, DemoWriter& out, const QDate& day);

} // namespace tutordesk::demo
