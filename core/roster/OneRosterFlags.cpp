#include "roster/OneRosterFlags.h"

#include "roster/GenericRosterReader.h"
#include "roster/RosterFields.h"
#include "roster/RosterValues.h"

#include <QCoreApplication>

namespace tutordesk {

namespace {

// A class of its own, so lupdate files these strings under the context they are looked up by.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(tutordesk::OneRoster)
};

const QString metadataPrefix = QStringLiteral("metadata.");

// Spellings of metadata columns seen in district exports that a SIS header would not use.
QStringList extraSynonyms(const QString& key)
{
    if (key == QLatin1String(rosterfield::elStatus))
        return {QStringLiteral("elStatusCode"), QStringLiteral("englishLearnerStatus"),
                QStringLiteral("isEL"), QStringLiteral("isELL")};
    if (key == QLatin1String(rosterfield::homeLanguage))
        return {QStringLiteral("homeLanguageCode"), QStringLiteral("languageCode")};
    if (key == QLatin1String(rosterfield::iep))
        return {QStringLiteral("isIEP"), QStringLiteral("specialEducationStatus")};
    if (key == QLatin1String(rosterfield::section504))
        return {QStringLiteral("plan504"), QStringLiteral("is504"), QStringLiteral("section504Status")};
    if (key == QLatin1String(rosterfield::foster))
        return {QStringLiteral("isFoster"), QStringLiteral("fosterYouthStatus")};
    if (key == QLatin1String(rosterfield::homeless))
        return {QStringLiteral("isHomeless"), QStringLiteral("mckinneyVentoStatus")};
    if (key == QLatin1String(rosterfield::disadvantaged))
        return {QStringLiteral("isSED"), QStringLiteral("sedStatus"), QStringLiteral("socioEconomicStatus")};
    if (key == QLatin1String(rosterfield::attendanceRate))
        return {QStringLiteral("attendance"), QStringLiteral("attendancePct"),
                QStringLiteral("attendanceRatePct")};
    return {};
}

} // namespace

const std::vector<FieldSpec>& OneRosterFlags::fields()
{
    static const std::vector<FieldSpec> flags = [] {
        const QStringList keys = {
            QLatin1String(rosterfield::stateId),       QLatin1String(rosterfield::preferredName),
            QLatin1String(rosterfield::elStatus),      QLatin1String(rosterfield::homeLanguage),
            QLatin1String(rosterfield::iep),           QLatin1String(rosterfield::section504),
            QLatin1String(rosterfield::foster),        QLatin1String(rosterfield::homeless),
            QLatin1String(rosterfield::disadvantaged), QLatin1String(rosterfield::attendanceRate)};
        std::vector<FieldSpec> subset;
        for (const FieldSpec& field : GenericRosterReader::fields()) {
            if (keys.contains(field.key)) {
                subset.push_back(field);
                subset.back().required = false;
                subset.back().synonyms << extraSynonyms(field.key);
            }
        }
        return subset;
    }();
    return flags;
}

ColumnMapping OneRosterFlags::mapMetadata(const QStringList& header, QStringList* unused)
{
    // Matched without their prefix, so "metadata.504" is the "504" a SIS file would have.
    QStringList stripped;
    for (const QString& name : header)
        stripped << (name.startsWith(metadataPrefix, Qt::CaseInsensitive) ? name.mid(metadataPrefix.size())
                                                                          : QString());
    const ColumnMapping proposed =
        ColumnMapping::propose(QLatin1String(GenericRosterReader::mappingKind), fields(), stripped);
    ColumnMapping mapping(QLatin1String(GenericRosterReader::mappingKind));
    QStringList matched;
    for (auto it = proposed.columns().constBegin(); it != proposed.columns().constEnd(); ++it) {
        const qsizetype index = stripped.indexOf(it.value());
        if (index >= 0) {
            mapping.set(it.key(), header.at(index));
            matched << header.at(index);
        }
    }
    if (unused) {
        for (qsizetype i = 0; i < header.size(); ++i) {
            if (!stripped.at(i).isEmpty() && !matched.contains(header.at(i)))
                *unused << header.at(i);
        }
    }
    return mapping;
}

void OneRosterFlags::apply(const ColumnMapping& mapping, const QStringList& header, const CsvRecord& record,
                           const QString& file, RosterStudent& student, std::vector<ImportProblem>& problems)
{
    for (const FieldSpec& field : fields()) {
        const auto column = mapping.columnOf(field.key, header);
        if (!column || *column >= record.fields.size())
            continue;
        const QString text = record.fields.at(*column).trimmed();
        const auto fail = [&](const Error& error) {
            problems.push_back({file, record.line, *column + 1, header.at(*column), error.message});
        };
        const auto flag = [&](std::optional<bool>& target, const Result<bool>& value) {
            if (value)
                target = value.value();
            else
                fail(value.error());
        };
        const QString& key = field.key;
        if (key == QLatin1String(rosterfield::stateId) || key == QLatin1String(rosterfield::preferredName)) {
            if (!text.isEmpty())
                (key == QLatin1String(rosterfield::stateId) ? student.stateId : student.preferredName) =
                    RosterValues::cleanText(text);
        } else if (key == QLatin1String(rosterfield::elStatus)) {
            const auto value = RosterValues::elStatus(text);
            if (!value)
                fail(value.error());
            else if (value.value())
                student.elStatus = value.value();
        } else if (key == QLatin1String(rosterfield::homeLanguage)) {
            if (const auto language = RosterValues::language(text))
                student.homeLanguage = language->code;
        } else if (key == QLatin1String(rosterfield::iep)) {
            flag(student.iep, RosterValues::yesNo(text));
        } else if (key == QLatin1String(rosterfield::section504)) {
            flag(student.section504, RosterValues::yesNo(text));
        } else if (key == QLatin1String(rosterfield::foster)) {
            flag(student.foster, RosterValues::yesNo(text));
        } else if (key == QLatin1String(rosterfield::homeless)) {
            flag(student.homeless, RosterValues::yesNo(text));
        } else if (key == QLatin1String(rosterfield::disadvantaged)) {
            flag(student.disadvantaged, RosterValues::disadvantaged(text));
        } else if (key == QLatin1String(rosterfield::attendanceRate)) {
            const auto value = RosterValues::attendanceRate(text);
            if (!value)
                fail(value.error());
            else if (value.value())
                student.attendanceRate = value.value();
        }
    }
}

void OneRosterFlags::join(const QString& path, std::vector<RosterStudent>& students,
                          const QHash<QString, int>& index, ImportReport& report)
{
    std::vector<CsvRecord> records;
    const auto info = CsvReader::readFile(path, [&records](const CsvRecord& record) {
        records.push_back(record);
        return true;
    });
    if (!info) {
        report.problems.push_back({path, 0, 0, QString(), info.error().message});
        return;
    }
    for (const CsvProblem& problem : info->problems)
        report.problems.push_back({path, problem.line, problem.column, QString(), problem.message});

    const QStringList& header = info->header;
    const ColumnMapping all = ColumnMapping::propose(QLatin1String(GenericRosterReader::mappingKind),
                                                     GenericRosterReader::fields(), header);
    const auto idColumn = all.columnOf(QLatin1String(rosterfield::districtId), header);
    ColumnMapping flags(QLatin1String(GenericRosterReader::mappingKind));
    QStringList used;
    for (const FieldSpec& field : fields()) {
        if (const auto column = all.columnOf(field.key, header)) {
            flags.set(field.key, header.at(*column));
            used << header.at(*column);
        }
    }
    if (!idColumn || used.isEmpty()) {
        report.problems.push_back(
            {path, info->headerLine, 0, QString(),
             !idColumn
                 ? Tr::tr("No column holds the student ID, so the flags cannot be matched to students. Name "
                          "that column \"Student ID\".")
                 : Tr::tr("No column holds a student-group flag (EL Status, Home Language, IEP, 504, Foster, "
                          "Homeless, SED, Attendance %). Name the columns like those.")});
        return;
    }

    QHash<int, int> seen; // position in `students` → line
    int elsewhere = 0;
    for (const CsvRecord& record : records) {
        const QString id =
            *idColumn < record.fields.size() ? record.fields.at(*idColumn).trimmed() : QString();
        if (id.isEmpty())
            continue; // a blank line, or a total row a spreadsheet added
        const auto it = index.constFind(id);
        if (it == index.constEnd()) {
            ++elsewhere;
            continue;
        }
        if (const auto previous = seen.constFind(*it); previous != seen.constEnd()) {
            report.problems.push_back(
                {path, record.line, *idColumn + 1, header.at(*idColumn),
                 Tr::tr("Line %1 has flags for the same student. Keep one of the two lines.")
                     .arg(*previous)});
            continue;
        }
        seen.insert(*it, record.line);
        apply(flags, header, record, path, students[static_cast<std::size_t>(*it)], report.problems);
    }
    report.notes.push_back(
        Tr::tr("Student-group flags from %1: %2.").arg(path, used.join(QStringLiteral(", "))));
    if (elsewhere > 0)
        report.notes.push_back(
            Tr::tr("Lines of the flags file for students not in this school's roster, left "
                   "out: %1.")
                .arg(elsewhere));
}

} // namespace tutordesk
