#pragma once

#include "schedule/SessionChanges.h"

#include <QCoreApplication>
#include <QString>

namespace tutordesk {

// What a calendar change did to the sessions still to come, in a sentence for the message bar:
// "Saved. 14 future sessions removed, 3 sessions shortened."
class SessionChangesText final {
    Q_DECLARE_TR_FUNCTIONS(tutordesk::SessionChangesText)

public:
    // The words for SessionChanges::changed: what happened to sessions that kept their day.
    enum class Changed { Shortened, Lengthened, Changed };

    static QString describe(const SessionChanges& changes, Changed word);
};

} // namespace tutordesk
