#include "schedule/CalendarImport.h"

#include "roster/ColumnMapping.h"
#include "roster/ProblemCap.h"
#include "schedule/CalendarEditor.h"
#include "schedule/SchoolCalendar.h"
#include "schedule/StaffCsv.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <map>

namespace tutordesk {

namespace {

// A class of its own, so lupdate files these strings under the context they are looked up by.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(tutordesk::CalendarImport)
};

QStringList names(std::initializer_list<const char*> list)
{
    QStringList out;
    for (const char* name : list)
        out << QString::fromLatin1(name);
    return out;
}

std::optional<DayKind> kindFrom(const QString& text)
{
    const QString key = ColumnMapping::normalizeHeader(text);
    static const std::vector<std::pair<DayKind, QStringList>> spellings = {
        {DayKind::Holiday, names({"holiday", "legalholiday", "schoolholiday", "federalholiday"})},
        {DayKind::Break, names({"break", "recess", "vacation", "winterbreak", "springbreak", "winterrecess",
                                "springrecess", "fallbreak", "thanksgivingbreak"})},
        {DayKind::MinimumDay, names({"minimumday", "minimum", "minday", "earlydismissal", "shortenedday",
                                     "shortday", "earlyrelease"})},
        {DayKind::NonInstructional,
         names({"noninstructional", "noninstructionalday", "pupilfree", "pupilfreeday", "staffdevelopment",
                "staffdevelopmentday", "professionaldevelopment", "professionaldevelopmentday",
                "teacherworkday", "nostudents"})},
        {DayKind::Instructional,
         names({"instructional", "instructionalday", "schoolday", "regular", "regularday"})},
    };
    for (const auto& [kind, words] : spellings) {
        if (words.contains(key))
            return kind;
    }
    return std::nullopt;
}

QString longDate(const QDate& day)
{
    return QLocale().toString(day, QLocale::LongFormat);
}

// One day the file asks for and the line that asks: a single-day line beats a range that covers the
// same day (a holiday inside a recess), otherwise the later line wins.
struct Wanted {
    CalendarEntry entry;
    int line = 0;
    bool fromRange = false;
};

} // namespace

Result<ImportReport> CalendarImport::importFile(Store& store, const QString& path, bool dryRun,
                                                const QDate& today)
{
    const SchoolCalendar calendar = SchoolCalendar::load(store);
    if (!calendar.yearStart().isValid())
        return Error{
            Tr::tr("There is no school year yet to import %1 into. Set up the school first.").arg(path)};
    auto read = StaffCsv::read(path);
    if (!read)
        return read.error();
    const StaffCsv& csv = read.value();

    ImportReport report;
    report.file = path;
    report.read = csv.linesRead;

    const int dateColumn =
        csv.column(names({"date", "day", "startdate", "start", "from", "firstday", "begindate"}));
    const int kindColumn = csv.column(names({"kind", "type", "daytype", "category"}));
    const int labelColumn = csv.column(names({"label", "description", "name", "event", "title"}));
    const int endColumn = csv.column(names({"enddate", "to", "through", "thru", "end", "until", "lastday"}));
    if (dateColumn < 0)
        report.problems.push_back(
            {path, csv.headerLine, 0, Tr::tr("Date"),
             Tr::tr("The file has no date column. Name the column of days \"Date\" (the "
                    "first line of the file holds the column names).")});
    if (kindColumn < 0)
        report.problems.push_back(
            {path, csv.headerLine, 0, Tr::tr("Kind"),
             Tr::tr("The file has no kind column. Add a column \"Kind\" saying holiday, break, "
                    "minimum day, non-instructional or instructional for each line.")});
    if (!report.problems.empty())
        return report;

    std::vector<ImportProblem> problems;
    csv.addReaderProblems(problems);
    std::map<QDate, Wanted> wanted;
    int weekendsSkipped = 0;
    const QString yearText = Tr::tr("the school year runs %1 to %2")
                                 .arg(longDate(calendar.yearStart()), longDate(calendar.yearEnd()));

    for (const CsvRecord& record : csv.records) {
        const int line = record.line;
        bool ok = true;
        const QString dateText = StaffCsv::value(record, dateColumn);
        const std::optional<QDate> from = parseStaffDate(dateText);
        if (dateText.isEmpty()) {
            problems.push_back(csv.problem(line, dateColumn,
                                           Tr::tr("The date is missing. Enter the day as YYYY-MM-DD "
                                                  "(2026-11-11) or M/D/YYYY (11/11/2026).")));
            ok = false;
        } else if (!from) {
            problems.push_back(
                csv.problem(line, dateColumn,
                            Tr::tr("\"%1\" is not a date. Write it as YYYY-MM-DD (2026-11-11) or "
                                   "M/D/YYYY (11/11/2026).")
                                .arg(dateText)));
            ok = false;
        }
        QDate to = from.value_or(QDate());
        const QString endText = StaffCsv::value(record, endColumn);
        if (!endText.isEmpty()) {
            const std::optional<QDate> end = parseStaffDate(endText);
            if (!end) {
                problems.push_back(
                    csv.problem(line, endColumn,
                                Tr::tr("\"%1\" is not a date. Write the last day of the range as "
                                       "YYYY-MM-DD or M/D/YYYY, or leave it empty for one day.")
                                    .arg(endText)));
                ok = false;
            } else if (from && from->isValid() && *end < *from) {
                problems.push_back(
                    csv.problem(line, endColumn,
                                Tr::tr("The range ends (%1) before it starts (%2). Swap the two "
                                       "dates.")
                                    .arg(longDate(*end), longDate(*from))));
                ok = false;
            } else {
                to = *end;
            }
        }
        const QString kindText = StaffCsv::value(record, kindColumn);
        const std::optional<DayKind> kind = kindFrom(kindText);
        if (!kind) {
            problems.push_back(csv.problem(
                line, kindColumn,
                (kindText.isEmpty() ? Tr::tr("The kind of day is missing.")
                                    : Tr::tr("\"%1\" is not a kind of day.").arg(kindText)) +
                    QLatin1Char(' ') +
                    Tr::tr("Write holiday, break, minimum day, non-instructional or instructional.")));
            ok = false;
        }
        if (!ok)
            continue;

        for (const QDate& end : {*from, to}) {
            if (calendar.kindOf(end) == DayKind::OutsideYear) {
                problems.push_back(
                    csv.problem(line, end == *from ? dateColumn : endColumn,
                                Tr::tr("%1 is outside the school year (%2). Correct the date or "
                                       "remove the line.")
                                    .arg(longDate(end), yearText)));
                ok = false;
                break;
            }
        }
        const bool range = to > *from;
        if (ok && !range && from->dayOfWeek() >= 6) {
            problems.push_back(csv.problem(line, dateColumn,
                                           Tr::tr("%1 is a weekend day; the calendar lists weekdays only. "
                                                  "Correct the date or remove the line.")
                                               .arg(longDate(*from))));
            ok = false;
        }
        if (!ok)
            continue;

        const QString label = StaffCsv::value(record, labelColumn);
        for (QDate day = *from; day <= to; day = day.addDays(1)) {
            if (day.dayOfWeek() >= 6) {
                ++weekendsSkipped;
                continue;
            }
            const auto found = wanted.find(day);
            if (found != wanted.end() && range && !found->second.fromRange)
                continue;
            wanted[day] = {{day, *kind, label}, line, range};
        }
    }

    if (!problems.empty()) {
        std::stable_sort(problems.begin(), problems.end(),
                         [](const ImportProblem& a, const ImportProblem& b) {
                             return a.line != b.line ? a.line < b.line : a.column < b.column;
                         });
        report.problems = std::move(problems);
        capProblems(report);
        return report;
    }

    std::vector<CalendarEntry> changes;
    for (const auto& [day, item] : wanted) {
        const DayKind now = calendar.kindOf(day);
        const bool listed = now != DayKind::Instructional;
        const CalendarEntry& entry = item.entry;
        if (entry.kind == DayKind::Instructional) {
            if (listed) {
                ++report.updated;
                changes.push_back(entry);
            } else {
                ++report.unchanged;
            }
        } else if (!listed) {
            ++report.added;
            changes.push_back(entry);
        } else if (now == entry.kind && calendar.labelOf(day) == entry.label) {
            ++report.unchanged;
        } else {
            ++report.updated;
            changes.push_back(entry);
        }
    }

    if (csv.blankLines > 0)
        report.notes.push_back(
            Tr::tr("Skipped %n line(s) with no values in any column.", nullptr, csv.blankLines));
    if (weekendsSkipped > 0)
        report.notes.push_back(
            Tr::tr("Skipped %n weekend day(s) inside the ranges: weekends are never school days.", nullptr,
                   weekendsSkipped));
    if (labelColumn < 0)
        report.notes.push_back(
            Tr::tr("The file has no label column, so the days have no names. Add a \"Label\" "
                   "column (\"Veterans Day\") to show them in the calendar."));

    if (dryRun)
        return report;
    auto saved = CalendarEditor::setDays(store, changes, today);
    if (!saved)
        return Error{Tr::tr("%1 could not be imported: %2").arg(path, saved.error().message)};
    report.applied = true;
    if (saved->any())
        report.notes.push_back(Tr::tr("Sessions from %1 on: %2 added, %3 removed, %4 changed.")
                                   .arg(QLocale().toString(today, QLocale::ShortFormat))
                                   .arg(saved->added)
                                   .arg(saved->removed)
                                   .arg(saved->changed));
    return report;
}

} // namespace tutordesk
