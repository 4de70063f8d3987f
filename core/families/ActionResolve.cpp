// ProtocolActions: resolving, reopening and linking due actions.
#include "families/ActionRecords.h"
#include "protocol/ProtocolActions.h"
#include "store/Store.h"
#include "store/StoreError.h"
#include "store/Transaction.h"

namespace tutordesk {

namespace {

using actions::Tr;

// Runs `change` in one transaction, turning SQLite's refusals into a message.
template <typename Change> Result<void> inTransaction(Store& store, const Change& change)
{
    try {
        Transaction tx(store.db());
        if (std::optional<QString> refused = change())
            return Error{*refused};
        tx.commit();
        return {};
    } catch (const StoreError& e) {
        return Error{actions::storeFailure(store, e)};
    }
}

} // namespace

std::optional<QString> ProtocolActions::escalationBlocker(Store& store, std::int64_t actionId)
{
    const auto action = actions::findRow(store.db(), actionId);
    if (!action || !action->isOpen())
        return std::nullopt;
    return actions::escalationBlockerFor(store, *action);
}

Result<void> ProtocolActions::resolve(Store& store, std::int64_t actionId, const ActionResolution& resolution,
                                      const QDate& /*today*/)
{
    return inTransaction(store, [&]() -> std::optional<QString> {
        const auto action = actions::findRow(store.db(), actionId);
        if (!action)
            return actions::missing(actionId);
        actions::Resolution r;
        r.done = resolution.outcome == ActionResolution::Outcome::Done;
        r.note = resolution.note;
        r.contactId = resolution.contactId;
        r.letterId = resolution.letterId;
        return actions::resolveIn(store, *action, r);
    });
}

Result<void> ProtocolActions::reopen(Store& store, std::int64_t actionId)
{
    return inTransaction(store, [&]() -> std::optional<QString> {
        Database& db = store.db();
        const auto action = actions::findRow(db, actionId);
        if (!action)
            return actions::missing(actionId);
        if (action->status == QLatin1String("withdrawn"))
            return Tr::tr("\u201c%1\u201d was withdrawn by the protocol (its absence was changed) and stays "
                          "withdrawn.")
                .arg(actions::describe(*action));
        if (action->isOpen())
            return Tr::tr("\u201c%1\u201d is still open: there is nothing to reopen.")
                .arg(actions::describe(*action));
        // The links stay: the contact, letter or make-up happened; a new resolution may replace them.
        db.run("UPDATE protocol_actions SET status = 'open', resolved_at = NULL, resolved_by = '',"
               " resolution_note = '' WHERE id = ?",
               actionId);
        return std::nullopt;
    });
}

Result<void> ProtocolActions::linkContact(Store& store, std::int64_t actionId, std::int64_t contactId,
                                          const QDate& /*today*/)
{
    return inTransaction(store, [&] { return actions::linkContactIn(store, actionId, contactId); });
}

Result<void> ProtocolActions::linkLetter(Store& store, std::int64_t actionId, std::int64_t letterId)
{
    return inTransaction(store, [&]() -> std::optional<QString> {
        Database& db = store.db();
        const auto action = actions::findRow(db, actionId);
        if (!action)
            return actions::missing(actionId);
        Statement st = db.prepare("SELECT student_id, kind FROM letters_sent WHERE id = ?");
        st.bindAll(letterId);
        if (!st.step())
            return Tr::tr("There is no letter %1 (it may have been removed). Print it again.").arg(letterId);
        if (action->studentId && st.integer(0) != *action->studentId)
            return Tr::tr("That letter is to another student's family, not %1's.").arg(action->studentName);
        if (action->status == QLatin1String("withdrawn"))
            return actions::notOpen(*action);
        if (!action->isOpen()) {
            db.run("UPDATE protocol_actions SET letter_id = ? WHERE id = ?", letterId, actionId);
            return std::nullopt;
        }
        actions::Resolution r;
        r.note = Tr::tr("Letter sent");
        r.letterId = letterId;
        return actions::resolveIn(store, *action, r);
    });
}

} // namespace tutordesk
