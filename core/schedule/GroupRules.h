#pragma once

#include "schedule/GroupRecord.h"

#include <QDate>
#include <QString>

#include <optional>

namespace tutordesk {

class Store;

// What a group must be before GroupSchedule::save() looks at its sessions: a name, known codes, a cap of
// 1–4 not below its seats, 5–240 minutes, start ≤ end, and a tutor on the roster who may work on its
// first day (`from` or its start day, whichever is later).
namespace GroupRules {

// Why the group cannot be saved as it is (the field and what to change), or nothing when it can.
std::optional<QString> refusal(Store& store, const GroupRecord& group, const QDate& from);
// The group's name for messages ("The group" when it has none yet).
QString named(const GroupRecord& group);

} // namespace GroupRules

} // namespace tutordesk
