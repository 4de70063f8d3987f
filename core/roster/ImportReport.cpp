#include "roster/ImportReport.h"

#include <QCoreApplication>

namespace tutordesk {

QString ImportProblem::toText() const
{
    QString where = file;
    if (line > 0)
        where += QCoreApplication::translate("tutordesk::Import", ", line %1").arg(line);
    if (column > 0)
        where += QCoreApplication::translate("tutordesk::Import", ", column %1").arg(column);
    if (!field.isEmpty())
        where += QStringLiteral(" (%1)").arg(field);
    return where + QStringLiteral(": ") + message;
}

} // namespace tutordesk
