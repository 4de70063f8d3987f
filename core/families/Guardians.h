#pragma once

#include "common/Result.h"

#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>
#include <vector>

namespace tutordesk {

class Store;

// A student's parent or guardian (DESIGN.md section 3, "Guardian"). A guardian may have several
// children at the school; relationship and "primary" belong to the pair.
struct GuardianRecord {
    std::int64_t id = 0; // 0: a new guardian
    QString sourcedId;
    QString firstName;
    QString lastName;
    QString relationship = QStringLiteral("guardian"); // mother, father, grandparent, aunt_uncle, sibling,
                                                       // foster_parent, guardian, other
    bool isPrimary = false;
    QString phoneMobile;
    QString phoneHome;
    QString phoneWork;
    QString email;
    QString preferredLanguage = QStringLiteral("en");  // BCP 47 as stored ("es", "zh-Hant", "hmn")
    QString preferredMethod = QStringLiteral("phone"); // phone, text, email, letter, in_person
    bool consentToTexts = false;
    QStringList otherChildren; // read only: the guardian's other students at the school ("Ana López (3)")

    QString displayName() const; // "María López", or "" when both names are empty
};

class Guardians final {
public:
    // The student's guardians, primary first, then by name.
    static std::vector<GuardianRecord> forStudent(Store& store, std::int64_t studentId);
    static std::optional<GuardianRecord> find(Store& store, std::int64_t guardianId, std::int64_t studentId);

    // Adds (id 0) or updates a guardian of the student, in one transaction. Validates: a name, a phone
    // with at least 7 digits and only phone characters, an e-mail with one "@", codes known; texts need
    // a mobile phone; "text" as preferred method needs consent to texts. Making one guardian primary
    // makes the others not; a student's first guardian is primary. Changes are audited
    // (guardians_audit_update). Returns the guardian's id.
    static Result<std::int64_t> save(Store& store, std::int64_t studentId, const GuardianRecord& guardian);
    // Makes an existing guardian (a sibling's) also this student's, with a relationship.
    static Result<void> link(Store& store, std::int64_t studentId, std::int64_t guardianId,
                             const QString& relationship);
    // Removes a guardian from the student. The guardian row stays while other students or contacts refer
    // to it (the contact log is a record); otherwise it is deleted. When the primary goes, the next
    // guardian becomes primary.
    static Result<void> unlink(Store& store, std::int64_t studentId, std::int64_t guardianId);
    static Result<void> setPrimary(Store& store, std::int64_t studentId, std::int64_t guardianId);
    // Guardians of other students sharing a last name or phone with this student's, for "add a sibling's
    // guardian": at most `limit`.
    static std::vector<GuardianRecord> candidates(Store& store, std::int64_t studentId, const QString& search,
                                                  int limit = 20);

    static QStringList relationshipCodes();
    static QString relationshipTitle(const QString& code); // "Grandparent" in the user's language
    static QStringList methodCodes();                      // preferred contact methods
    static QString methodTitle(const QString& code);
};

} // namespace tutordesk
