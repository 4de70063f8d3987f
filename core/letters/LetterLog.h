#pragma once

#include "common/Result.h"
#include "letters/LetterMerge.h"
#include "letters/LetterRender.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

namespace tutordesk {

class Store;

// A letter on record (letters_sent).
struct SentLetter {
    std::int64_t id = 0;
    std::int64_t studentId = 0;
    QString studentName;
    std::optional<std::int64_t> guardianId;
    QString guardianName;
    QString kind;
    QString language;
    QString templateVersion;
    bool translationReviewed = false;
    QString output; // print, pdf
    QDateTime at;   // local time
    std::optional<std::int64_t> contactId;
    std::optional<std::int64_t> actionId;
};

// Every letter printed or saved is logged, once, as a contact (method letter, outcome sent, the
// letter's language, purpose by kind) and a letters_sent row linked to it. A letter answering a
// protocol action is linked to it; it resolves the action when a letter is enough for that rule
// (notify_family); a make-up, escalation or seat offer stays open, with the letter on record.
class LetterLog final {
public:
    // One transaction for all letters: all logged or none. Returns the letters_sent ids in order.
    static Result<std::vector<std::int64_t>> record(Store& store, const std::vector<MergedLetter>& letters,
                                                    const QString& output, Paper paper, const QString& byWhom,
                                                    const QDateTime& at, const QDate& today);
    static std::vector<SentLetter> forStudent(Store& store, std::int64_t studentId);
};

// The missed-session letters due: one per student with an open notify_family, schedule_makeup or
// escalate action that has no letter yet, as of `today`. The notice is the strongest the student's open
// actions call for: escalate → missed-3, two or more absences in a row → missed-2, else missed-1; the
// request carries that action. Ordered by student name.
class DueLetters final {
public:
    static std::vector<LetterRequest> due(Store& store, const QDate& today);
};

} // namespace tutordesk
