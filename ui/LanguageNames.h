#pragma once

#include <QCoreApplication>
#include <QString>

namespace tutordesk {

// Names a home language (a BCP 47 code such as "es" or "zh-Hant") so that the coordinator and a
// family member reading over her shoulder both recognise it: "Spanish (español)".
class LanguageNames final {
    Q_DECLARE_TR_FUNCTIONS(tutordesk::LanguageNames)

public:
    // The name in the UI language, followed by the language's own name when that differs.
    static QString displayName(const QString& code);
};

} // namespace tutordesk
