#pragma once

#include "families/ContactLog.h"

#include <QDate>
#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

namespace tutordesk {

class Store;

// The school's contact log, filtered and sorted in SQL and read a window at a time (the log grows to
// tens of thousands of rows over a year).
struct ContactFilter {
    std::optional<QDate> from; // local days, inclusive
    std::optional<QDate> to;
    QString method; // codes; empty: any
    QString outcome;
    QString purpose;
    QString language;
    QString search; // student name or district id, or guardian name, folded (case and accents)
    std::optional<std::int64_t> studentId;
    bool followUpOnly = false; // contacts that asked for a follow-up
};

enum class ContactSort { NewestFirst, OldestFirst, Student, Method, Outcome };

struct ContactRow {
    ContactEntry entry;
    QString studentName;
    QString districtId;
    std::optional<std::int64_t> letterId; // a logged letter
    QString letterKind;
};

class ContactQuery final {
public:
    static int count(Store& store, const ContactFilter& filter);
    static std::vector<ContactRow> rows(Store& store, const ContactFilter& filter, ContactSort sort,
                                        int offset, int limit);
    // Reached / attempted counts for the filter, for the page's summary line.
    struct Summary {
        int attempts = 0;
        int reached = 0;
        int studentsReached = 0;
    };
    static Summary summary(Store& store, const ContactFilter& filter);
};

} // namespace tutordesk
