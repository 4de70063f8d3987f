// tutordesk-cli import-calendar and import-tutors: the district calendar and the tutor list, read with
// the same core calls the Calendar and Tutors pages make.
#include "cli/CliContext.h"
#include "cli/ImportReportOutput.h"
#include "schedule/CalendarImport.h"
#include "schedule/TutorImport.h"

#include <QCommandLineParser>
#include <QDate>

namespace tutordesk {

namespace {

QString calendarSummary(const ImportReport& r)
{
    return cliTr("Read %n line(s). ", r.read) +
           cliTr("Days: %1 added, %2 updated, %3 unchanged.").arg(r.added).arg(r.updated).arg(r.unchanged);
}

QString tutorsSummary(const ImportReport& r)
{
    return cliTr("Read %n tutor(s): ", r.read) +
           cliTr("%1 added, %2 updated, %3 unchanged.").arg(r.added).arg(r.updated).arg(r.unchanged);
}

using StaffImport = Result<ImportReport> (*)(Store& store, const ImportArguments& arguments);

// Both commands take FILE [--dry-run], need an existing database and make one core call.
int runStaffImport(CliContext& context, const char* command, StaffImport import, ImportSummary summary)
{
    QCommandLineParser parser;
    ImportArguments arguments;
    if (const auto status = parseImportArguments(context, parser, command, arguments))
        return *status;
    auto store = context.openStore(Store::OpenMode::ExistingOnly);
    if (!store)
        return ExitRefused;
    return finishImport(context, import(*store, arguments), arguments, summary);
}

} // namespace

int runImportCalendar(CliContext& context)
{
    return runStaffImport(
        context, "import-calendar",
        [](Store& store, const ImportArguments& arguments) {
            return CalendarImport::importFile(store, arguments.path, arguments.dryRun, QDate::currentDate());
        },
        &calendarSummary);
}

int runImportTutors(CliContext& context)
{
    return runStaffImport(
        context, "import-tutors",
        [](Store& store, const ImportArguments& arguments) {
            return TutorImport::importFile(store, arguments.path, arguments.dryRun);
        },
        &tutorsSummary);
}

} // namespace tutordesk
