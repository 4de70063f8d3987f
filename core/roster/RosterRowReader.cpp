#include "roster/RosterRowReader.h"

#include "roster/RosterFields.h"
#include "roster/RosterValues.h"

#include <QCoreApplication>

namespace tutordesk {

namespace {

// A class of its own, so lupdate files these strings under the context they are looked up by.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(tutordesk::RosterRowReader)
};

QString quotedList(const QStringList& names)
{
    QStringList quoted;
    for (const QString& name : names)
        quoted << QLatin1Char('"') + name + QLatin1Char('"');
    return quoted.join(QStringLiteral(", "));
}

} // namespace

RosterRowReader::RosterRowReader(QString file, const QStringList& header, int headerLine,
                                 const ColumnMapping& mapping, const std::vector<FieldSpec>& fields,
                                 const QDate& today)
    : m_file(std::move(file))
    , m_header(header)
    , m_headerLine(headerLine)
    , m_mapping(mapping)
    , m_fields(fields)
    , m_today(today)
{
    for (const FieldSpec& field : m_fields) {
        if (const auto column = m_mapping.columnOf(field.key, m_header))
            m_columns.insert(field.key, *column);
        else if (field.required)
            m_canReadStudents = false;
    }
}

void RosterRowReader::checkHeader(ImportReport& report) const
{
    for (const FieldSpec& field : m_fields) {
        if (m_columns.contains(field.key))
            continue;
        const auto named = m_mapping.headerFor(field.key);
        if (field.required && named) {
            report.problems.push_back(
                {m_file, m_headerLine, 0, *named,
                 Tr::tr("The column mapping takes \"%1\" from the column \"%2\", but this file has no such "
                        "column. Choose the column for \"%1\" again, or rename the column in the file.")
                     .arg(field.label, *named)});
        } else if (field.required) {
            report.problems.push_back(
                {m_file, m_headerLine, 0, field.label,
                 Tr::tr(
                     "No column holds \"%1\". TutorDesk looked for a column named %2. Rename that column in "
                     "the file, or choose it in the column mapping.")
                     .arg(field.label, quotedList(field.synonyms))});
        } else if (named) {
            report.notes.push_back(
                Tr::tr(
                    "The column \"%1\" (%2) is not in this file; what TutorDesk has for it is left as it is.")
                    .arg(*named, field.label));
        }
    }
}

int RosterRowReader::fileColumn(const char* key) const
{
    return m_columns.value(QString::fromLatin1(key), -1) + 1;
}

QString RosterRowReader::headerName(const char* key) const
{
    const int column = fileColumn(key);
    return column > 0 ? m_header.at(column - 1) : QString();
}

std::optional<QString> RosterRowReader::cell(const CsvRecord& record, const char* key) const
{
    const auto it = m_columns.constFind(QString::fromLatin1(key));
    if (it == m_columns.constEnd())
        return std::nullopt;
    // A short (ragged) record lacks its last cells; the CSV reader reports that line.
    return record.fields.value(*it);
}

void RosterRowReader::problem(int line, const char* key, const QString& message)
{
    m_problems->push_back({m_file, line, fileColumn(key), headerName(key), message});
}

template <typename Parse> auto RosterRowReader::parse(const CsvRecord& record, const char* key, Parse parse)
{
    using Value = std::decay_t<decltype(parse(QString()).value())>;
    const auto text = cell(record, key);
    if (!text)
        return std::optional<Value>();
    auto result = parse(*text);
    if (!result) {
        problem(record.line, key, result.error().message);
        return std::optional<Value>();
    }
    return std::optional<Value>(std::move(result).value());
}

void RosterRowReader::noteValue(const QString& kind, const QString& value, int line)
{
    Seen& seen = m_noted[kind][value];
    if (seen.count++ == 0)
        seen.firstLine = line;
}

std::optional<QString> RosterRowReader::language(const CsvRecord& record, const char* key)
{
    const auto text = cell(record, key);
    if (!text)
        return std::nullopt;
    const auto value = RosterValues::language(*text);
    if (!value)
        return std::nullopt;
    if (!value->known)
        noteValue(QString::fromLatin1(key), value->code, record.line);
    return value->code;
}

bool RosterRowReader::read(const CsvRecord& record, RosterStudent& student,
                           std::vector<ImportProblem>& problems)
{
    m_problems = &problems;
    const auto before = problems.size();
    const int line = record.line;
    student.line = line;
    student.sourceFile = m_file;
    const auto text = [](const QString& value) -> Result<QString> { return RosterValues::cleanText(value); };
    const auto optionalText = [](const QString& value) -> Result<std::optional<QString>> {
        const QString clean = RosterValues::cleanText(value);
        return clean.isEmpty() ? std::optional<QString>() : std::optional<QString>(clean);
    };
    const auto requiredName = [&](const char* key, const char* missing) {
        const QString name = parse(record, key, text).value_or(QString());
        if (name.isEmpty() && cell(record, key))
            problem(line, key, Tr::tr(missing));
        return name;
    };

    student.districtId = parse(record, rosterfield::districtId, RosterValues::districtId).value_or(QString());
    student.stateId = parse(record, rosterfield::stateId, optionalText).value_or(std::nullopt);
    student.lastName =
        requiredName(rosterfield::lastName,
                     QT_TRANSLATE_NOOP("tutordesk::RosterRowReader",
                                       "The last name is empty. Fill it in from the student system."));
    student.firstName =
        requiredName(rosterfield::firstName,
                     QT_TRANSLATE_NOOP("tutordesk::RosterRowReader",
                                       "The first name is empty. Fill it in from the student system."));
    student.preferredName = parse(record, rosterfield::preferredName, optionalText).value_or(std::nullopt);
    student.grade = parse(record, rosterfield::grade, RosterValues::grade).value_or(QString());

    const auto birth = parse(record, rosterfield::birthDate,
                             [&](const QString& value) { return RosterValues::date(value, m_today); });
    student.birthDate = birth.value_or(std::nullopt);
    if (student.birthDate && *student.birthDate > m_today) {
        problem(line, rosterfield::birthDate,
                Tr::tr("The birth date %1 is in the future. Check the year.")
                    .arg(student.birthDate->toString(Qt::ISODate)));
        student.birthDate.reset();
    }
    student.gender = parse(record, rosterfield::gender, RosterValues::gender).value_or(std::nullopt);

    // Race: a codes-or-names column and/or one yes/no column per category (OneRoster style).
    student.hispanicLatino = parse(record, rosterfield::hispanicLatino, RosterValues::hispanicLatino);
    if (const auto race = parse(record, rosterfield::race, RosterValues::race).value_or(std::nullopt)) {
        student.raceAmericanIndian = race->americanIndian;
        student.raceAsian = race->asian;
        student.raceBlack = race->black;
        student.racePacificIslander = race->pacificIslander;
        student.raceWhite = race->white;
        if (race->hispanicLatino)
            student.hispanicLatino = true;
        if (race->unspecified)
            noteValue(QStringLiteral("race"), cell(record, rosterfield::race)->trimmed(), line);
    }
    const auto raceColumn = [&](const char* key, std::optional<bool>& flag) {
        if (const auto yes = parse(record, key, RosterValues::yesNo))
            flag = flag.value_or(false) || *yes;
    };
    raceColumn(rosterfield::raceAmericanIndian, student.raceAmericanIndian);
    raceColumn(rosterfield::raceAsian, student.raceAsian);
    raceColumn(rosterfield::raceBlack, student.raceBlack);
    raceColumn(rosterfield::racePacificIslander, student.racePacificIslander);
    raceColumn(rosterfield::raceWhite, student.raceWhite);

    student.elStatus = parse(record, rosterfield::elStatus, RosterValues::elStatus).value_or(std::nullopt);
    if (student.elStatus && student.elStatus->isEmpty())
        noteValue(QStringLiteral("elStatusNo"), cell(record, rosterfield::elStatus)->trimmed(), line);
    student.homeLanguage = language(record, rosterfield::homeLanguage);
    student.iep = parse(record, rosterfield::iep, RosterValues::yesNo);
    student.section504 = parse(record, rosterfield::section504, RosterValues::yesNo);
    student.foster = parse(record, rosterfield::foster, RosterValues::yesNo);
    student.homeless = parse(record, rosterfield::homeless, RosterValues::yesNo);
    student.disadvantaged = parse(record, rosterfield::disadvantaged, RosterValues::disadvantaged);
    student.attendanceRate =
        parse(record, rosterfield::attendanceRate, RosterValues::attendanceRate).value_or(std::nullopt);
    readGuardian(record, student);
    return problems.size() == before;
}

void RosterRowReader::readGuardian(const CsvRecord& record, RosterStudent& student)
{
    const auto value = [&](const char* key) { return cell(record, key).value_or(QString()); };
    RosterGuardian guardian;
    const PersonName whole = RosterValues::splitName(value(rosterfield::guardianName));
    const QString first = RosterValues::cleanText(value(rosterfield::guardianFirstName));
    const QString last = RosterValues::cleanText(value(rosterfield::guardianLastName));
    // Separate first/last columns say more than one name column that has to be split.
    guardian.firstName = first.isEmpty() && last.isEmpty() ? whole.first : first;
    guardian.lastName = first.isEmpty() && last.isEmpty() ? whole.last : last;
    guardian.relationship = RosterValues::relationship(value(rosterfield::guardianRelationship));
    guardian.phone = RosterValues::phone(value(rosterfield::guardianPhone));
    guardian.email = RosterValues::cleanText(value(rosterfield::guardianEmail));
    guardian.preferredLanguage = language(record, rosterfield::guardianLanguage).value_or(QString());
    // A relationship or language alone does not make a guardian TutorDesk could reach.
    if (!guardian.firstName.isEmpty() || !guardian.lastName.isEmpty() || !guardian.phone.isEmpty() ||
        !guardian.email.isEmpty())
        student.guardians.push_back(std::move(guardian));
}

void RosterRowReader::addNotes(ImportReport& report) const
{
    const auto each = [&](const QString& kind, const char* text) {
        const auto it = m_noted.constFind(kind);
        if (it == m_noted.constEnd())
            return;
        for (auto value = it->constBegin(); value != it->constEnd(); ++value) {
            const QString where =
                value->count > 1
                    ? Tr::tr("line %1 and %n more", nullptr, value->count - 1).arg(value->firstLine)
                    : Tr::tr("line %1").arg(value->firstLine);
            report.notes.push_back(Tr::tr(text).arg(value.key(), where));
        }
    };
    const char* unknownLanguage = QT_TRANSLATE_NOOP(
        "tutordesk::RosterRowReader",
        "The language \"%1\" (%2) is not one TutorDesk knows; it is kept as written. If it is "
        "a common language, use its name in English or its code instead (es, vi, zh-Hant, …).");
    each(QString::fromLatin1(rosterfield::homeLanguage), unknownLanguage);
    each(QString::fromLatin1(rosterfield::guardianLanguage), unknownLanguage);
    each(QStringLiteral("race"),
         QT_TRANSLATE_NOOP("tutordesk::RosterRowReader",
                           "\"%1\" (%2) names no race category, so no race is recorded for those students. "
                           "Export the races themselves (for example \"Asian; White\") to record them."));
    each(QStringLiteral("elStatusNo"),
         QT_TRANSLATE_NOOP(
             "tutordesk::RosterRowReader",
             "\"%1\" (%2) says only that a student is not an English learner: a status of EL or "
             "TBD is cleared, and EO, IFEP or RFEP is kept. Export EO, IFEP or RFEP to record which."));
    QStringList unused;
    QList<int> used = m_columns.values();
    for (int i = 0; i < m_header.size(); ++i) {
        if (!used.contains(i) && !m_header.at(i).trimmed().isEmpty())
            unused << m_header.at(i);
    }
    if (!unused.isEmpty())
        report.notes.push_back(Tr::tr("Columns not imported: %1.").arg(quotedList(unused)));
}

} // namespace tutordesk
