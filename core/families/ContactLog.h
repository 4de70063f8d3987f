#pragma once

#include "common/Result.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>
#include <vector>

namespace tutordesk {

class Store;

// One family contact (DESIGN.md section 3, "Contact"). Codes as the contacts table keeps them.
struct ContactEntry {
    std::int64_t id = 0;
    QString sourcedId;
    std::int64_t studentId = 0;
    std::optional<std::int64_t> guardianId;
    QString guardianName;                     // read only
    QDateTime at;                             // local time of the contact
    QString method = QStringLiteral("phone"); // phone, text, email, letter, home_visit, in_person, conference
    QString direction = QStringLiteral("outgoing"); // outgoing, incoming
    QString language = QStringLiteral("en");
    bool interpreterUsed = false;
    QString purpose = QStringLiteral("missed_session"); // enrollment, missed_session, progress, general
    QString outcome =
        QStringLiteral("reached"); // reached, left_message, no_answer, wrong_number, declined, sent
    QString notes;
    std::optional<QDate> followUpOn;
    QString byWhom;
};

// A follow-up a contact asked for, due on or before a day.
struct FollowUp {
    std::int64_t contactId = 0;
    std::int64_t studentId = 0;
    QString studentName;
    QDate followUpOn;
    QString method;
    QString outcome;
    QString notes;
};

// The family contact log: log, correct (audited) and read contacts; attempts and follow-ups for the
// protocol and the Today page. The school-wide list is ContactQuery.
class ContactLog final {
public:
    // Validates the codes and saves; returns the new contact's id. With `resolvesAction`, the action is
    // resolved as done by this contact (ProtocolActions::linkContact) in the same transaction.
    static Result<std::int64_t> add(Store& store, const ContactEntry& entry,
                                    std::optional<std::int64_t> resolvesAction = std::nullopt,
                                    const QDate& today = QDate::currentDate());
    // Changes a logged contact (every field but the student). The reason is required and goes to the
    // audit log with the old and new values; funding reviews read it.
    static Result<void> update(Store& store, const ContactEntry& entry, const QString& reason);
    // Removes a contact logged by mistake (reason required, audited). Refused for a letter's contact and
    // for a contact that resolved a protocol action: reopen the action first.
    static Result<void> remove(Store& store, std::int64_t contactId, const QString& reason);
    static std::optional<ContactEntry> find(Store& store, std::int64_t contactId);
    // A student's contacts, newest first.
    static std::vector<ContactEntry> forStudent(Store& store, std::int64_t studentId);
    // Outgoing attempts (any outcome) about the student on or after `since`.
    static int attemptsSince(Store& store, std::int64_t studentId, const QDate& since);
    // Follow-ups due on or before `day` whose student has had no contact since the follow-up was asked.
    static std::vector<FollowUp> followUpsDue(Store& store, const QDate& day);
    // "Phone", "Left a message", … in the user's language.
    static QString methodTitle(const QString& code);
    static QString outcomeTitle(const QString& code);
    static QString purposeTitle(const QString& code);
    static QStringList methodCodes();
    static QStringList outcomeCodes();
    static QStringList purposeCodes();
};

} // namespace tutordesk
