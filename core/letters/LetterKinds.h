#pragma once

#include <QString>
#include <QStringList>

namespace tutordesk {

// The kinds of family letter (DESIGN.md section 6) and what each means for the contact log.
class LetterKinds final {
public:
    // enrollment, missed-1, missed-2, missed-3, progress, summary
    static QStringList codes();
    static bool isKnown(const QString& kind);
    // "Missed-session notice 2" in the user's language.
    static QString title(const QString& kind);
    // The contacts.purpose a letter of this kind is logged under: enrollment, missed_session, progress.
    static QString purpose(const QString& kind);
    // The placeholders a template of this kind may use (a template may use fewer; a name outside this
    // list is refused when a template is installed or edited).
    static QStringList placeholders(const QString& kind);
    // What a placeholder stands for, in the user's language, for the template editor's list.
    static QString placeholderHelp(const QString& name);
};

} // namespace tutordesk
