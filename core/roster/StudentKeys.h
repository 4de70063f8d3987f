#pragma once

#include <QString>

namespace tutordesk {

// The derived columns that make a student findable and sortable whatever the script or accents.
struct StudentKeys {
    QString searchText;   // students.search_text
    QString lastNameKey;  // students.last_name_key
    QString firstNameKey; // students.first_name_key
};

// Every writer of student names (importers, the demo, edits) stores these alongside them.
StudentKeys studentKeys(const QString& firstName, const QString& lastName, const QString& preferredName,
                        const QString& districtId);

} // namespace tutordesk
