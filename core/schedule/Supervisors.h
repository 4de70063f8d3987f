#pragma once

#include "common/Result.h"

#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>
#include <vector>

namespace tutordesk {

class Store;

struct SupervisorRecord {
    std::int64_t id = 0; // 0: not saved yet
    QString sourcedId;
    QString firstName;
    QString lastName;
    QString title; // "Instructional lead"
    QString email;
    QString phone;
    int maxTutors = 8; // how many tutors they can observe and coach
    QString displayName() const;
    bool operator==(const SupervisorRecord&) const = default;
};

// A supervisor and the tutors (active and substitute pool) who report to them.
struct SupervisorLoad {
    SupervisorRecord supervisor;
    QStringList tutors; // display names, sorted
    int tutorCount() const { return static_cast<int>(tutors.size()); }
    bool overCapacity() const { return tutorCount() > supervisor.maxTutors; }
};

class Supervisors final {
public:
    static std::vector<SupervisorRecord> list(Store& store); // by last, first name
    static std::optional<SupervisorRecord> find(Store& store, std::int64_t id);
    // Every supervisor with their tutors, by name.
    static std::vector<SupervisorLoad> loads(Store& store);
    // Active and substitute tutors with no supervisor.
    static QStringList unsupervisedTutors(Store& store);
    // Names required, capacity 1–100. Returns the id.
    static Result<std::int64_t> save(Store& store, const SupervisorRecord& supervisor);
    // Removes the supervisor; their tutors are left without one (in the same transaction).
    static Result<void> remove(Store& store, std::int64_t id);
};

} // namespace tutordesk
