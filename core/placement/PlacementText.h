#pragma once

#include <QString>

namespace tutordesk {

class StoreError;

// The words placement uses in more than one place: group names and the "group is full" refusal.
class PlacementText final {
public:
    // "Reading · Grades 3–4 · Tier 3 · A"
    static QString groupName(const QString& subject, const QString& band, int tier, const QString& letter);
    // "Reading · Grades 3–4 · Tier 3 · A is full (2 of 2). Move someone out first or choose another group."
    static QString groupFull(const QString& name, int taken, int cap);
    // Whether SQLite refused a seat because of the cap trigger (the last line of defence).
    static bool isGroupFull(const StoreError& error);
    // The letter of the n-th group of a kind: A … Z, then AA, AB, …
    static QString letter(int index);
};

} // namespace tutordesk
