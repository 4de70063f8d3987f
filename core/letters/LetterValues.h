#pragma once

#include "attendance/Dosage.h"
#include "common/Result.h"
#include "letters/LetterLanguages.h"
#include "letters/LetterMerge.h"

#include <QDate>
#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QTime>

#include <cstdint>
#include <optional>
#include <vector>

namespace tutordesk {

class Store;

// What a letter says about one student, read from the database with every query bound to that
// student's id (so a letter can never carry another family's data), before any formatting.
struct LetterFacts {
    std::int64_t studentId = 0;
    QString firstName; // preferred name, else first name
    QString lastName;
    QString grade;
    QString homeLanguage;

    std::optional<std::int64_t> guardianId;
    QString guardianName;
    QString guardianLanguage;

    QString schoolName, schoolAddress, schoolPhone, coordinator;

    std::optional<std::int64_t> enrollmentId;
    std::optional<std::int64_t> groupId;
    QString subject;
    QString skill;
    int weekdays = 0;
    QTime startsAt;
    int minutes = 0;
    QString location;
    QDate groupStart, groupEnd;
    QString tutorName;

    std::vector<QDate> absences; // the run of consecutive absences, oldest first
    QDate absenceDay;
    int absenceCount = 0;
    std::optional<double> attendanceRate; // 0…1

    std::optional<DosageFigures> dosage;
    struct Probe {
        double score = 0;
        std::optional<double> maxScore;
    };
    std::optional<Probe> probePre, probePost;

    QString fullName() const { return (firstName + QLatin1Char(' ') + lastName).trimmed(); }
};

class LetterValues final {
public:
    // Refuses an unknown student, a guardian who is not the student's and an action for someone else.
    static Result<LetterFacts> load(Store& store, const LetterRequest& request);
    // The placeholder values (plain text, not yet escaped) in a language. A value that cannot be
    // known (no group, no absence on record) is left out and `why` says so, keyed by placeholder name.
    static QHash<QString, QString> format(const LetterFacts& facts, const LetterRequest& request,
                                          const LetterLanguage& language, const QJsonObject& terms,
                                          QHash<QString, QString>* why);
};

} // namespace tutordesk
