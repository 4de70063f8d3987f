#pragma once

#include "placement/NeedScore.h"

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
// Each student tested is scored again on the new results.
void writeLaterBenchmarks(DemoWorld& world, DemoWriter& out, const QDate& day);
// The fall score and its tie-breaks, for ordering students as NeedScore::ranksBefore does.
NeedScoreRow needRank(const Student& student);

} // namespace tutordesk::demo
