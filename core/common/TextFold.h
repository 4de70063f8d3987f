#pragma once

#include <QString>

namespace tutordesk {

// Folds case and strips accents so that "jose munoz" matches "José Muñoz" and "NGUYEN" matches
// "Nguyễn". Scripts without case or accents (Korean, Chinese, Armenian capitals aside) pass through.
QString foldForSearch(const QString& text);

} // namespace tutordesk
