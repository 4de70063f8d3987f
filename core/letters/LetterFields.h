#pragma once

#include "common/Result.h"

#include <QRegularExpression>
#include <QString>

#include <optional>

namespace tutordesk {

// The placeholder syntax shared by templates, the editor's checks and the merge: "{{name}}".
const QRegularExpression& letterPlaceholderPattern();

// Whether a template body may be used for a kind: not empty, every placeholder one the kind offers and
// every "{{" closed. Messages name `origin` and the line (body line 1 is `firstLine`).
std::optional<Error> checkLetterBody(const QString& body, const QString& kind, const QString& origin,
                                     int firstLine);

} // namespace tutordesk
