#pragma once

#include "protocol/ProtocolRule.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <cstdint>
#include <optional>

namespace tutordesk {

class Database;
class Store;
class StoreError;

// What the writes of ProtocolActions share (inside core only): reading one action as a write needs it,
// and resolving it inside the caller's transaction, so that a contact, a make-up or a pause and the
// action they resolve are saved together or not at all.
namespace actions {

// A class of its own, so lupdate files these strings under the context they are looked up by.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(tutordesk::ProtocolActions)
};

struct ActionRow {
    std::int64_t id = 0;
    QString sourcedId;
    ProtocolRule rule = ProtocolRule::NotifyFamily;
    QString status;
    std::optional<std::int64_t> studentId;
    std::optional<std::int64_t> enrollmentId;
    std::optional<std::int64_t> sessionId;
    QDate createdOn;
    QString studentName; // "First Last" (preferred first name), empty without a student
    std::optional<double> attendanceRate;
    bool isOpen() const { return status == QLatin1String("open"); }
};

std::optional<ActionRow> findRow(Database& db, std::int64_t actionId);
// "There is no due action 12 …": what to say when the action is gone.
QString missing(std::int64_t actionId);
// "… is already done (Note). Reopen it first …": for an action that is not open.
QString notOpen(const ActionRow& action);
// "Notify the family for Ana López": how messages name an action.
QString describe(const ActionRow& action);

struct Resolution {
    bool done = true; // else not needed
    QString note;
    std::optional<std::int64_t> contactId;
    std::optional<std::int64_t> letterId;
    std::optional<std::int64_t> makeupSessionId;
};

// Resolves an open action inside the caller's transaction; the refusal when it cannot (not open, no
// note for "not needed", an escalation before any contact attempt).
std::optional<QString> resolveIn(Store& store, const ActionRow& action, const Resolution& resolution);
// Links a logged contact to the action and resolves it as done when open (ContactLog::add and
// ProtocolActions::linkContact).
std::optional<QString> linkContactIn(Store& store, std::int64_t actionId, std::int64_t contactId);
// The first day an escalation's contact attempts count from: the first absence of the run that ends at
// the action's session (the student's attendance in that session's group, make-ups included, walked back
// until a session they attended). An escalation for a low attendance rate counts from the start of the
// rule's window when that is earlier (the whole window is the problem), and so does an action whose run
// cannot be read (no session, or its attendance changed since).
QDate escalationSince(Store& store, const ActionRow& action);
std::optional<QString> escalationBlockerFor(Store& store, const ActionRow& action);

// SQLite's refusal in a coordinator's words, naming the file.
QString storeFailure(Store& store, const StoreError& error);
void setAuditReason(Database& db, const std::optional<QString>& reason);

} // namespace actions

} // namespace tutordesk
