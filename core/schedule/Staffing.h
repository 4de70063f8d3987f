#pragma once

#include "schedule/Supervisors.h"

#include <QDate>
#include <QStringList>

#include <vector>

namespace tutordesk {

class Store;

// The staffing figures of the weekly review (DESIGN.md section 3).
struct StaffingFigures {
    int activeGroups = 0;
    // Active groups whose tutor is active and cleared on `today`.
    int staffedGroups = 0;
    QStringList unstaffedGroups; // names of the others, with why: "Math · … · B (no tutor)"
    double fillRate() const { return activeGroups == 0 ? 1.0 : double(staffedGroups) / activeGroups; }

    int activeTutors = 0; // active and substitute pool
    int supervisors = 0;
    double tutorsPerSupervisor() const { return supervisors == 0 ? 0.0 : double(activeTutors) / supervisors; }
    std::vector<SupervisorLoad> loads;
    int overCapacitySupervisors = 0;

    // Sessions in [from, to]:
    int sessionsPlanned = 0; // not counting make-ups
    int sessionsHeld = 0;
    int sessionsCancelled = 0;
    int sessionsCancelledForStaffing = 0; // cancel_reason tutor_absent
    int sessionsCoveredBySubstitute = 0;
    int sessionsNeedingCover = 0; // tutor out, nobody covering, not cancelled
};

class Staffing final {
public:
    static StaffingFigures figures(Store& store, const QDate& from, const QDate& to, const QDate& today);
};

} // namespace tutordesk
