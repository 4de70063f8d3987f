#include "SessionChangesText.h"

#include <QStringList>

namespace tutordesk {

QString SessionChangesText::describe(const SessionChanges& changes, Changed word)
{
    if (!changes.any())
        return tr("Saved. No sessions were affected.");
    QStringList parts;
    if (changes.removed > 0)
        parts << tr("%n future session(s) removed", nullptr, changes.removed);
    if (changes.added > 0)
        parts << tr("%n session(s) added back", nullptr, changes.added);
    if (changes.changed > 0) {
        switch (word) {
        case Changed::Shortened:
            parts << tr("%n session(s) shortened", nullptr, changes.changed);
            break;
        case Changed::Lengthened:
            parts << tr("%n session(s) back to full length", nullptr, changes.changed);
            break;
        case Changed::Changed:
            parts << tr("%n session(s) changed", nullptr, changes.changed);
            break;
        }
    }
    return tr("Saved. %1.", "Saved. 14 future sessions removed, 3 sessions shortened.")
        .arg(parts.join(tr(", ")));
}

} // namespace tutordesk
