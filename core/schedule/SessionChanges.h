#pragma once

namespace tutordesk {

// What regenerating sessions did: future sessions added, removed (with a tombstone) or moved
// (new time, length or tutor), and sessions left alone because they are in the past, were held
// or have attendance.
struct SessionChanges {
    int added = 0;
    int removed = 0;
    int changed = 0;
    int kept = 0;

    SessionChanges& operator+=(const SessionChanges& other)
    {
        added += other.added;
        removed += other.removed;
        changed += other.changed;
        kept += other.kept;
        return *this;
    }
    bool any() const { return added + removed + changed > 0; }
};

} // namespace tutordesk
