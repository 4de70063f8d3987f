#pragma once

#include <QString>
#include <QStringList>

namespace tutordesk {

// The subjects of the program as the placement speaks of them.
class Subjects final {
public:
    // The subjects students are placed in by their benchmark: reading and math.
    static const QStringList& placed();
    // "Reading", "Math", … in the user's language.
    static QString title(const QString& subject);
    // The order subjects are listed in: reading, math, writing, other.
    static int order(const QString& subject);
};

} // namespace tutordesk
