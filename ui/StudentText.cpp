#include "StudentText.h"

#include "roster/StudentQuery.h"

namespace tutordesk {

QStringList StudentText::gradeCodes()
{
    return {QStringLiteral("TK"), QStringLiteral("K"), QStringLiteral("1"), QStringLiteral("2"),
            QStringLiteral("3"),  QStringLiteral("4"), QStringLiteral("5"), QStringLiteral("6"),
            QStringLiteral("7"),  QStringLiteral("8"), QStringLiteral("9"), QStringLiteral("10"),
            QStringLiteral("11"), QStringLiteral("12")};
}

QString StudentText::gradeShort(const QString& grade)
{
    if (grade == QLatin1String("TK"))
        return tr("TK", "transitional kindergarten, abbreviated");
    if (grade == QLatin1String("K"))
        return tr("K", "kindergarten, abbreviated");
    return grade;
}

QString StudentText::gradeLong(const QString& grade)
{
    if (grade == QLatin1String("TK"))
        return tr("Transitional kindergarten");
    if (grade == QLatin1String("K"))
        return tr("Kindergarten");
    return tr("Grade %1").arg(grade);
}

QStringList StudentText::elStatusCodes()
{
    return {QStringLiteral("EL"), QStringLiteral("RFEP"), QStringLiteral("IFEP"), QStringLiteral("EO"),
            QStringLiteral("TBD")};
}

QString StudentText::elStatusLong(const QString& code)
{
    if (code == QLatin1String("EO"))
        return tr("English only (EO)");
    if (code == QLatin1String("IFEP"))
        return tr("Initially fluent English proficient (IFEP)");
    if (code == QLatin1String("EL"))
        return tr("English learner (EL)");
    if (code == QLatin1String("RFEP"))
        return tr("Reclassified fluent English proficient (RFEP)");
    if (code == QLatin1String("TBD"))
        return tr("To be determined (TBD)");
    return code;
}

QString StudentText::groupTags(const StudentRow& row)
{
    QStringList tags;
    if (row.iep)
        tags << tr("IEP", "individualized education program, short tag");
    if (row.section504)
        tags << tr("504", "Section 504 plan, short tag");
    if (row.foster)
        tags << tr("Foster", "foster youth, short tag");
    if (row.homeless)
        tags << tr("Homeless", "short tag");
    if (row.disadvantaged)
        tags << tr("SED", "socio-economically disadvantaged, short tag");
    return tags.join(tr(" · ", "separator between student group tags"));
}

QString StudentText::groupNames(const StudentRow& row)
{
    QStringList names;
    if (row.iep)
        names << tr("Individualized education program (IEP)");
    if (row.section504)
        names << tr("Section 504 plan");
    if (row.foster)
        names << tr("Foster youth");
    if (row.homeless)
        names << tr("Homeless (McKinney-Vento)");
    if (row.disadvantaged)
        names << tr("Socio-economically disadvantaged (SED)");
    return names.join(QLatin1Char('\n'));
}

QString StudentText::programStatus(const QString& status)
{
    if (status.isEmpty())
        return {};
    if (status == QLatin1String("active"))
        return tr("Active", "enrollment status");
    if (status == QLatin1String("consented"))
        return tr("Consented", "enrollment status");
    if (status == QLatin1String("invited"))
        return tr("Invited", "enrollment status");
    if (status == QLatin1String("paused"))
        return tr("Paused", "enrollment status");
    if (status == QLatin1String("exited"))
        return tr("Exited", "enrollment status");
    if (status == QLatin1String("waitlisted"))
        return tr("Waitlisted", "enrollment status");
    return status;
}

QString StudentText::studentStatus(const QString& status)
{
    if (status == QLatin1String("active"))
        return tr("Enrolled", "student status: attends the school");
    if (status == QLatin1String("withdrawn"))
        return tr("Withdrawn", "student status: left the school");
    return status;
}

} // namespace tutordesk
