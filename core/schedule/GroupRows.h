#pragma once

#include "schedule/GroupRecord.h"

namespace tutordesk {

class Statement;

// Reading tutoring_groups rows into GroupRecords, for the schedule's own queries.
namespace GroupRows {

// The columns readGroup() expects, in order, for "SELECT <columns> FROM tutoring_groups g".
extern const char* const columns;
GroupRecord read(const Statement& st, int first = 0);

} // namespace GroupRows

} // namespace tutordesk
