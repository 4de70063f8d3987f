#pragma once

#include "roster/RosterStudent.h"
#include "store/Statement.h"

#include <QHash>
#include <QString>

#include <cstdint>
#include <vector>

namespace tutordesk {

class Database;

// Links a roster's parents and guardians to their student: an existing guardian of the student
// is found by name (case and accents ignored) or by phone, updated where the roster says
// something new, and otherwise a guardian is added. Nothing is removed: a guardian the roster no
// longer lists keeps their contact history.
class RosterGuardianWriter final {
public:
    struct Counts {
        int added = 0;
        int updated = 0;
    };

    explicit RosterGuardianWriter(Database& db);

    // `homeLanguage` is the student's, used for a new guardian whose language the roster lacks:
    // California's home language survey records the language spoken by the parents.
    Counts write(std::int64_t studentId, bool newStudent, const QString& homeLanguage,
                 const std::vector<RosterGuardian>& guardians);

    // Only the digits of a phone number: "(323) 555-0101" and "323.555.0101" are one number.
    static QString phoneDigits(const QString& phone);

private:
    struct Stored {
        std::int64_t id = 0;
        QString firstName;
        QString lastName;
        QString phoneMobile;
        QString phoneHome;
        QString phoneWork;
        QString email;
        QString language;
        QString relationship;
        bool primary = false;
        bool linked = false;
        bool editedHere = false; // the coordinator's details: the roster only fills what is empty
    };

    std::vector<Stored> linkedTo(std::int64_t studentId);
    const Stored* match(const std::vector<Stored>& stored, const RosterGuardian& guardian) const;
    std::optional<Stored> sibling(const RosterGuardian& guardian);
    bool update(Stored& stored, const RosterGuardian& guardian);
    static Stored takenFrom(const Stored& stored, const RosterGuardian& guardian);
    static Stored filledIn(const Stored& stored, const RosterGuardian& guardian);
    std::int64_t insert(const RosterGuardian& guardian, const QString& language);
    static QString familyKey(const QString& first, const QString& last, const QString& phone);
    QString nextSourcedId();

    Database& m_db;
    Statement m_linked;
    Statement m_byId;
    Statement m_insert;
    Statement m_update;
    Statement m_link;
    Statement m_relink;
    // Guardians by name and phone, so that siblings on the roster share one guardian. Loaded when
    // first needed.
    QHash<QString, std::int64_t> m_families;
    bool m_familiesLoaded = false;
    std::int64_t m_idMillisecond = 0;
    int m_idSequence = 0;
};

} // namespace tutordesk
