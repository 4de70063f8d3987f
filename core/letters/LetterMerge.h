#pragma once

#include "common/Result.h"
#include "letters/LetterTemplate.h"

#include <QDate>
#include <QHash>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>
#include <vector>

namespace tutordesk {

class Store;

// What to write: a kind of letter for one student's family.
struct LetterRequest {
    std::int64_t studentId = 0;
    QString kind;
    std::optional<QString> language;        // chosen for this letter; else the guardian's preferred language
    std::optional<std::int64_t> guardianId; // else the primary guardian
    std::optional<std::int64_t> actionId;   // the protocol action the letter answers, if any
    QDate date;                             // the letter's date (today)
};

// A letter ready to show, print or save: a complete HTML document for QTextDocument.
struct MergedLetter {
    LetterRequest request;
    std::optional<std::int64_t> guardianId; // the guardian it is addressed to (none: "Family of …")
    QString studentName;                    // for lists and messages, in the UI
    QString language;                       // the language used
    QString wantedLanguage;                 // the language asked for (guardian's or chosen)
    // Why the letter is not in the wanted language, in the user's language ("No letters in Hmong yet:
    // printed in English."). Empty when it is.
    QString fallbackReason;
    QString version;
    bool reviewed = false;
    QString templateSource; // "built-in", "district", "coordinator"
    bool rightToLeft = false;
    QString title;
    QString html; // <html lang=… dir=…> with the language's fonts; every placeholder merged and escaped
};

class LetterMerge final {
public:
    // Merges one letter. Refuses an unknown student or kind, a guardian not the student's, and a
    // language code TutorDesk does not know when chosen explicitly (a guardian's unknown preferred
    // language falls back to English with the reason).
    static Result<MergedLetter> merge(Store& store, const LetterRequest& request);
    // The request's letter written with `text` (a template being edited, in its own language) instead
    // of the template in use: what the template editor previews for a real student.
    static Result<MergedLetter> mergeWith(Store& store, const LetterRequest& request,
                                          const LetterTemplate& text);
    // Several, in order; refuses all if any is refused (the message names the student).
    static Result<std::vector<MergedLetter>> mergeAll(Store& store,
                                                      const std::vector<LetterRequest>& requests);

    // Replaces {{name}} with values[name], HTML-escaped. Names missing from `values` are left as they
    // are and listed in `unmerged`.
    static QString fill(const QString& body, const QHash<QString, QString>& values,
                        QStringList* unmerged = nullptr);
};

} // namespace tutordesk
