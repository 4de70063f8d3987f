#pragma once

#include "common/Result.h"

#include <QDate>
#include <QString>

#include <optional>

namespace tutordesk {

// The federal race categories a race cell names, plus Hispanic or Latino when a combined
// race/ethnicity column says so.
struct RaceFlags {
    bool americanIndian = false;
    bool asian = false;
    bool black = false;
    bool pacificIslander = false;
    bool white = false;
    bool hispanicLatino = false;
    // "Two or More Races" and the like: true, but no category can be set from it.
    bool unspecified = false;

    bool operator==(const RaceFlags&) const = default;
};

// A language as BCP 47 (es, ko, zh-Hant, …); `known` is false when TutorDesk did not recognize it
// and kept the text as written.
struct LanguageValue {
    QString code;
    bool known = true;
};

struct PersonName {
    QString first;
    QString last;
};

// Reads the values district systems write into the schema's codes. Each function accepts the
// spellings SIS exports use and, when it cannot, returns an Error that quotes the value and says
// which values are allowed; the reader adds the file, line and column.
//
// Blank cells: a yes/no flag that is blank means no (SIS exports mark only the yes); any other
// blank cell is std::nullopt, so an import never erases what TutorDesk already has with nothing.
class RosterValues final {
public:
    // Trimmed; leading zeros kept. Excel's ="000123" is unwrapped; spaces inside and ids that Excel
    // turned into numbers (1.23E+05) are refused.
    static Result<QString> districtId(const QString& text);
    // TK, K, 1 … 12 from "TK", "K", "KN", "KG", "00", "0", "01", "1st", "Grade 3", "3rd grade", "12".
    static Result<QString> grade(const QString& text);
    // Y/N, Yes/No, Sí/No, TRUE/FALSE, 1/0, X/blank.
    static Result<bool> yesNo(const QString& text);
    // As yesNo, plus the lunch-program codes: Free, Reduced (F, R) mean yes; Paid (P) means no.
    static Result<bool> disadvantaged(const QString& text);
    // As yesNo, plus "Hispanic or Latino", "Latino", "Not Hispanic", "Non-Hispanic".
    static Result<bool> hispanicLatino(const QString& text);
    // EO, IFEP, EL, RFEP, TBD from codes (also Aeries' E/I/L/R/T and ADEL) and names ("English Only",
    // "Initially Fluent", "English Learner", "LEP", "Reclassified", "To Be Determined"); an ELD or ELPAC
    // level (1–5, "Level 3") or a yes means EL. A no (N, No, 0) means "not an English learner" without
    // saying which kind: that is an empty code, which clears EL or TBD on update and keeps EO, IFEP
    // or RFEP (RosterStudentWriter), and the reader notes it.
    static Result<std::optional<QString>> elStatus(const QString& text);
    // F, M, X from F/M/X, Female/Male, Non-binary; "U" and "Unknown" are blank.
    static Result<std::optional<QString>> gender(const QString& text);
    // Race codes (CALPADS 100 … 700, letters I/A/B/P/W) or names, several separated by ; , | or +.
    static Result<std::optional<RaceFlags>> race(const QString& text);
    // YYYY-MM-DD, M/D/YYYY, MM/DD/YYYY, M/D/YY, M-D-YYYY, YYYYMMDD, "Sep 8, 2016", "8-Sep-2016"; a
    // time after the date (Excel's "9/8/2016 0:00") is ignored. A two-digit year is the latest
    // such year not after `today` (birth dates: "8/9/16" is 2016, "8/9/95" is 1995).
    static Result<std::optional<QDate>> date(const QString& text, const QDate& today);
    // Percent: "97.5", "97,5", "97.5%"; a fraction without % ("0.975", also "1") is multiplied by 100.
    static Result<std::optional<double>> attendanceRate(const QString& text);
    // BCP 47 from codes (es, spa, CALPADS 01) and names in English or in the language itself
    // (Spanish, Español, 한국어, Հայերեն, Tiếng Việt, فارسی …). Unknown text is kept as written.
    static std::optional<LanguageValue> language(const QString& text);
    // The schema's relationship codes (mother, father, grandparent, aunt_uncle, sibling,
    // foster_parent, guardian, other); anything not recognized is "other", blank is "".
    static QString relationship(const QString& text);
    // "Muñoz, Rosa" or "Rosa Muñoz" (the last word is the last name).
    static PersonName splitName(const QString& text);
    // Names and emails: trimmed, runs of spaces made one.
    static QString cleanText(const QString& text);
    // Phone numbers are kept as written, only trimmed.
    static QString phone(const QString& text);

    // Letters and digits only, lowercase, accents folded: "Tiếng Việt" → "tiengviet". Tables of
    // accepted spellings are keyed this way.
    static QString squash(const QString& text);
};

} // namespace tutordesk
