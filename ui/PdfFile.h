#pragma once

#include "common/Result.h"

#include <QString>

#include <functional>

class QPdfWriter;

namespace tutordesk {

// Writes a PDF the way every TutorDesk document is saved: into FILE.part, renamed over FILE only once it is
// whole, so that a full disk or a crash never leaves half a letter batch or report under the final name.
// `paint` sets the writer's pages up and draws them, returning how many; nothing drawn is a failure.
Result<int> writePdfFile(const QString& path, const QString& title,
                         const std::function<int(QPdfWriter&)>& paint);

} // namespace tutordesk
