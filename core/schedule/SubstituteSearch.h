#pragma once

#include "schedule/ScheduledSession.h"
#include "schedule/SessionCover.h"
#include "schedule/TutorRecord.h"

#include <QString>

#include <optional>
#include <vector>

namespace tutordesk {

class Store;

// Who may cover one session, and why someone may not: the rules SessionCover::substitutes() ranks by
// and SessionCover::assignSubstitute() checks again before it writes.
class SubstituteSearch final {
public:
    SubstituteSearch(Store& store, const ScheduledSession& session);

    // Why `tutor` cannot cover the session (naming both), or nothing when they can.
    std::optional<QString> refusal(const TutorRecord& tutor) const;
    // Every tutor who can, best first (see SessionCover::substitutes), at most `limit`.
    std::vector<SubstituteOption> ranked(int limit) const;
    // The home language most of the session's students share, English left out; empty when none.
    const QString& language() const { return m_language; }

private:
    SubstituteOption option(const TutorRecord& tutor) const;
    int sessionsThatWeek(std::int64_t tutorId) const;

    Store& m_store;
    const ScheduledSession& m_session;
    QString m_language;
};

} // namespace tutordesk
