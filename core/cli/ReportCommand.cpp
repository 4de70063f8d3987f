// tutordesk-cli report weekly|equity: the weekly operating review and the equity audit.
#include "cli/CliContext.h"

#include <QCoreApplication>

namespace tutordesk {

namespace {

// A class of its own, so lupdate files these strings under the context they are looked up by.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(tutordesk::ReportCommand)
};

} // namespace

int runReport(CliContext& context)
{
    const QStringList& arguments = context.arguments();
    const QString which = arguments.size() > 1 ? arguments.at(1) : QString();
    int (*run)(CliContext&) = nullptr;
    if (which == QLatin1String("weekly"))
        run = &runReportWeekly;
    else if (which == QLatin1String("equity"))
        run = &runReportEquity;
    if (!run) {
        return context.usage(which.isEmpty()
                                 ? Tr::tr("Say which report: \"report weekly\" (the weekly operating "
                                          "review) or \"report equity\" (the equity audit).")
                                 : Tr::tr("There is no report \"%1\": choose weekly or equity.").arg(which));
    }
    // The report's own options follow its name: "report weekly --week 2026-11-16 --out review.pdf".
    QStringList own = arguments.mid(2);
    own.prepend(QStringLiteral("report ") + which);
    CliContext reportContext(own, context.databasePath(), context.json(), context.out(), context.err());
    return run(reportContext);
}

} // namespace tutordesk
