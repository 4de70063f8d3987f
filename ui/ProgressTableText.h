#pragma once

#include "progress/ProgressTable.h"

#include <QColor>
#include <QString>

#include <optional>

namespace tutordesk {

// How the 30-second view writes its figures, so the student and the group tables (and the summary line)
// read alike: "8 of 10", "80%", "+4.0 pts", "10.8/20 · 54%".
namespace ProgressTableText {
QString percent(std::optional<double> rate); // 0..1; "—" when none
QString growth(std::optional<double> points);
QString minutes(int delivered, int planned);
QString ofCount(int part, int whole);
QString probe(const std::optional<ProgressProbe>& result);
QString window(const QString& code); // "pre", "progress", "post" in words
QString status(const QString& code); // an enrollment's status in words
// The cue behind a flag's text (a light tint that keeps the text readable): none for no flag.
std::optional<QColor> flagTint(ProgressFlag flag);
} // namespace ProgressTableText

} // namespace tutordesk
