#pragma once

#include "common/Result.h"

#include <QDate>
#include <QString>

#include <cstdint>
#include <functional>

namespace tutordesk {

class Store;

// What `tutordesk-cli demo` and "Explore a demo school" ask for.
struct DemoOptions {
    enum class Size { Demo, Large };

    Size size = Size::Demo;
    std::uint32_t seed = 1;
    // Sessions, attendance, contacts and probes are filled in up to this day (inclusive);
    // an invalid date means today, held within the school year. The fall diagnostic, the groups and
    // the first round of invitations exist whatever the day, so a day in August shows the plan.
    QDate through;
};

// What was generated, for the CLI's report and the tests.
struct DemoSummary {
    QString schoolName;
    QDate yearStart;
    QDate yearEnd;
    QDate through;
    int students = 0;
    int guardians = 0;
    int tutors = 0;
    int supervisors = 0;
    int groups = 0;
    int enrollments = 0;
    int sessions = 0;
    int attendance = 0;
    int contacts = 0;
    int assessments = 0;
    int served = 0;     // students given a seat when tutoring started
    int waitlisted = 0; // students waiting for a seat on `through`
};

// Reports progress from 0 to 100; returning false cancels (the database is left untouched).
using DemoProgress = std::function<bool(int percent)>;

// Fills an empty TutorDesk database with a realistic synthetic school in one transaction.
// The same options give the same database, row for row (timestamps of the write aside).
Result<DemoSummary> generateDemoSchool(Store& store, const DemoOptions& options,
                                       const DemoProgress& progress = {});

} // namespace tutordesk
