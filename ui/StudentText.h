#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace tutordesk {

struct StudentRow;

// The words the UI shows for the codes core stores about a student (grades, EL status, student
// groups, enrollment and student status), in the UI language.
class StudentText final {
    Q_DECLARE_TR_FUNCTIONS(tutordesk::StudentText)

public:
    // The grade codes the schema allows, youngest first.
    static QStringList gradeCodes();
    // "TK", "K", "3": short enough for a table cell.
    static QString gradeShort(const QString& grade);
    // "Transitional kindergarten", "Kindergarten", "Grade 3".
    static QString gradeLong(const QString& grade);

    static QStringList elStatusCodes();
    // "English learner (EL)" and so on; the code itself is what the district's reports use.
    static QString elStatusLong(const QString& code);

    // "IEP · 504 · Foster · Homeless · SED": the groups a student belongs to, as short tags.
    static QString groupTags(const StudentRow& row);
    // The same groups spelled out, one a line, for a tooltip.
    static QString groupNames(const StudentRow& row);

    // The furthest enrollment status ("Active", "Waitlisted", ...); empty when there is none.
    static QString programStatus(const QString& status);
    static QString studentStatus(const QString& status);
};

} // namespace tutordesk
