#include "roster/ScoresReader.h"

#include "roster/ProblemCap.h"
#include "roster/RosterValues.h"
#include "roster/ScoreValues.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QHash>

namespace tutordesk {

namespace {

// A class of its own, so lupdate files these strings under the context they are looked up by.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(tutordesk::Scores)
};

// The students on file by the ids a vendor's export may carry: district id, state id, or the
// district id with its leading zeros lost to a spreadsheet.
class StudentIds final {
public:
    explicit StudentIds(Store& store)
    {
        Statement st = store.db().prepare("SELECT id, sourced_id, state_id FROM students");
        while (st.step()) {
            const std::int64_t id = st.integer(0);
            const QString districtId = st.text(1).trimmed();
            m_district.insert(districtId, id);
            if (const auto stateId = st.optionalText(2); stateId && !stateId->trimmed().isEmpty())
                m_state.insert(stateId->trimmed(), id);
            if (const QString digits = withoutLeadingZeros(districtId); !digits.isEmpty())
                m_digits.insert(digits, m_digits.contains(digits) ? -1 : id); // -1: ambiguous
        }
    }

    std::optional<std::int64_t> find(const QString& text) const
    {
        if (const auto it = m_district.constFind(text); it != m_district.constEnd())
            return *it;
        if (const auto it = m_state.constFind(text); it != m_state.constEnd())
            return *it;
        if (const auto it = m_digits.constFind(withoutLeadingZeros(text));
            it != m_digits.constEnd() && *it > 0)
            return *it;
        return std::nullopt;
    }

private:
    static QString withoutLeadingZeros(const QString& id)
    {
        for (const QChar c : id) {
            if (!c.isDigit())
                return QString();
        }
        qsizetype start = 0;
        while (start + 1 < id.size() && id.at(start) == QLatin1Char('0'))
            ++start;
        return id.mid(start);
    }

    QHash<QString, std::int64_t> m_district;
    QHash<QString, std::int64_t> m_state;
    QHash<QString, std::int64_t> m_digits;
};

FieldSpec field(const char* key, const char* label, bool required, QStringList synonyms)
{
    return {QLatin1String(key), Tr::tr(label), required, std::move(synonyms)};
}

} // namespace

const std::vector<FieldSpec>& ScoresReader::fields()
{
    static const std::vector<FieldSpec> catalogue = {
        field("studentId", QT_TRANSLATE_NOOP("tutordesk::Scores", "Student ID"), true,
              {QStringLiteral("Student ID"), QStringLiteral("Student Number"), QStringLiteral("Local ID"),
               QStringLiteral("District ID"), QStringLiteral("Student Local ID"), QStringLiteral("Perm ID"),
               QStringLiteral("SIS ID"), QStringLiteral("Student Identifier"), QStringLiteral("State ID"),
               QStringLiteral("ID")}),
        // Not required as a column: STAR names the subject only in its product ("Star Math").
        field("subject", QT_TRANSLATE_NOOP("tutordesk::Scores", "Subject"), false,
              {QStringLiteral("Subject"), QStringLiteral("Discipline"), QStringLiteral("Subject Area"),
               QStringLiteral("Content Area"), QStringLiteral("Course")}),
        field("score", QT_TRANSLATE_NOOP("tutordesk::Scores", "Scale score"), false,
              {QStringLiteral("Scale Score"), QStringLiteral("Overall Scale Score"),
               QStringLiteral("Scaled Score"), QStringLiteral("Unified Scale"), QStringLiteral("RIT Score"),
               QStringLiteral("Test RIT Score"), QStringLiteral("SS"), QStringLiteral("Score")}),
        field("placement", QT_TRANSLATE_NOOP("tutordesk::Scores", "Placement"), false,
              {QStringLiteral("Overall Relative Placement"), QStringLiteral("Relative Placement"),
               QStringLiteral("Benchmark Category"), QStringLiteral("Benchmark Category Name"),
               QStringLiteral("Performance Level"), QStringLiteral("Achievement Level"),
               QStringLiteral("Proficiency"), QStringLiteral("Tier")}),
        field("levelsBelow", QT_TRANSLATE_NOOP("tutordesk::Scores", "Grade levels below"), false,
              {QStringLiteral("Levels Below"), QStringLiteral("Grade Levels Below"),
               QStringLiteral("Levels Behind"), QStringLiteral("Grade Levels Behind")}),
        field("testWindow", QT_TRANSLATE_NOOP("tutordesk::Scores", "Test window"), false,
              {QStringLiteral("Test Window"), QStringLiteral("Window"), QStringLiteral("Testing Window"),
               QStringLiteral("Screening Period Window Name"), QStringLiteral("Screening Period"),
               QStringLiteral("Benchmark Period"), QStringLiteral("Term Name"), QStringLiteral("Term"),
               QStringLiteral("Season"), QStringLiteral("Administration")}),
        field("assessedOn", QT_TRANSLATE_NOOP("tutordesk::Scores", "Date"), true,
              {QStringLiteral("Date"), QStringLiteral("Test Date"), QStringLiteral("Assessment Date"),
               QStringLiteral("Completion Date"), QStringLiteral("Completed Date"),
               QStringLiteral("Activity Completed Date"), QStringLiteral("Date Taken"),
               QStringLiteral("Test Start Date"), QStringLiteral("Start Date")}),
        field("instrument", QT_TRANSLATE_NOOP("tutordesk::Scores", "Assessment name"), false,
              {QStringLiteral("Instrument"), QStringLiteral("Assessment Name"), QStringLiteral("Test Name"),
               QStringLiteral("Assessment"), QStringLiteral("Product"), QStringLiteral("Test Type")}),
    };
    return catalogue;
}

Result<ScoresRead> ScoresReader::read(Store& store, const QString& path, const ColumnMapping& mapping,
                                      const CsvReader::Progress& progress)
{
    std::vector<CsvRecord> records;
    const auto info = CsvReader::readFile(
        path,
        [&records](const CsvRecord& record) {
            records.push_back(record);
            return true;
        },
        progress);
    if (!info)
        return info.error();

    ScoresRead result;
    ImportReport& report = result.report;
    report.file = path;
    report.read = static_cast<int>(records.size());
    for (const CsvProblem& problem : info->problems)
        report.problems.push_back({path, problem.line, problem.column, QString(), problem.message});
    for (const FieldSpec& missing : mapping.missingRequired(fields(), info->header))
        report.problems.push_back(
            {path, info->headerLine, 0, missing.label,
             Tr::tr("No column holds the %1. Rename that column to \"%1\", or say which column it is in the "
                    "mapping.")
                 .arg(missing.label)});
    const QStringList& header = info->header;
    const auto columnOf = [&](const char* key) { return mapping.columnOf(QLatin1String(key), header); };
    const auto studentColumn = columnOf("studentId"), scoreColumn = columnOf("score"),
               placementColumn = columnOf("placement"), levelsColumn = columnOf("levelsBelow"),
               windowColumn = columnOf("testWindow"), dateColumn = columnOf("assessedOn"),
               instrumentColumn = columnOf("instrument");
    const auto subjectColumn = columnOf("subject") ? columnOf("subject") : instrumentColumn;
    if (!subjectColumn)
        report.problems.push_back(
            {path, info->headerLine, 0, Tr::tr("Subject"),
             Tr::tr("No column holds the Subject. Add a column \"Subject\" with Reading or Math "
                    "on each line, or say which column it is in the mapping.")});
    if (!report.problems.empty())
        return result;

    const StudentIds students(store);
    const QDate today = QDate::currentDate();
    QHash<QString, int> seen; // student|subject|window|date → line
    int windowsFromDates = 0;
    int placementsWithoutLevels = 0;
    for (const CsvRecord& record : records) {
        const auto value = [&record](std::optional<int> column) {
            return column && *column < record.fields.size() ? record.fields.at(*column).trimmed() : QString();
        };
        const auto problem = [&](std::optional<int> column, const QString& message) {
            report.problems.push_back({path, record.line, column ? *column + 1 : 0,
                                       column ? header.value(*column) : QString(), message});
        };
        if (record.fields.join(QString()).trimmed().isEmpty())
            continue; // a blank line a spreadsheet left
        const std::size_t problemsBefore = report.problems.size();
        BenchmarkScore score;
        score.line = record.line;

        const QString studentText = value(studentColumn);
        if (studentText.isEmpty()) {
            problem(studentColumn, Tr::tr("The student ID is empty. Fill it in, or remove the line."));
        } else if (const auto id = students.find(studentText)) {
            score.studentId = *id;
        } else {
            problem(studentColumn, Tr::tr("No student with ID \"%1\" is on file. Import the roster first, or "
                                          "correct the ID.")
                                       .arg(studentText));
        }

        const QString subjectText = value(subjectColumn);
        if (const auto subject = ScoreValues::subject(subjectText))
            score.subject = *subject;
        else
            problem(subjectColumn,
                    Tr::tr("\"%1\" is not a subject TutorDesk knows. Write Reading, Math or Writing.")
                        .arg(subjectText));

        if (const auto day = RosterValues::date(value(dateColumn), today); !day)
            problem(dateColumn, day.error().message);
        else if (!day.value())
            problem(dateColumn,
                    Tr::tr("The date is empty. Fill in the day the test was taken, as YYYY-MM-DD."));
        else
            score.assessedOn = *day.value();

        const QString windowText = value(windowColumn);
        if (const auto window = ScoreValues::window(windowText)) {
            score.testWindow = *window;
        } else if (!windowText.isEmpty()) {
            problem(windowColumn,
                    Tr::tr("\"%1\" is not a test window. Write BOY, MOY or EOY (or Fall, Winter, "
                           "Spring).")
                        .arg(windowText));
        } else if (score.assessedOn.isValid()) {
            score.testWindow = ScoreValues::windowOf(score.assessedOn);
            ++windowsFromDates;
        }

        if (const QString scoreText = value(scoreColumn); !scoreText.isEmpty()) {
            score.score = ScoreValues::score(scoreText);
            if (!score.score)
                problem(scoreColumn,
                        Tr::tr("\"%1\" is not a number. Write the scale score in digits, for example 452.")
                            .arg(scoreText));
        }
        score.placement = value(placementColumn);
        if (const QString levelsText = value(levelsColumn); !levelsText.isEmpty()) {
            score.levelsBelow = ScoreValues::levelsBelow(levelsText);
            if (!score.levelsBelow)
                problem(levelsColumn,
                        Tr::tr("\"%1\" is not a number of grade levels below. Write a whole number "
                               "from -3 (above grade level) to 12, or leave it empty.")
                            .arg(levelsText));
        } else if (!score.placement.isEmpty()) {
            score.levelsBelow = ScoreValues::levelsFromPlacement(score.placement);
            if (!score.levelsBelow)
                ++placementsWithoutLevels;
        }
        if (!score.score && score.placement.isEmpty() && !score.levelsBelow &&
            report.problems.size() == problemsBefore)
            problem(std::nullopt,
                    Tr::tr("This line has no score, placement or grade levels below. Fill one in, or "
                           "remove the line."));
        score.instrument = value(instrumentColumn);

        if (report.problems.size() != problemsBefore)
            continue;
        const QString key = QStringLiteral("%1|%2|%3|%4")
                                .arg(score.studentId)
                                .arg(score.subject, score.testWindow, score.assessedOn.toString(Qt::ISODate));
        if (const auto it = seen.constFind(key); it != seen.constEnd()) {
            problem(studentColumn,
                    Tr::tr("Line %1 has a result for the same student, subject, window and date. "
                           "Keep one of the two lines.")
                        .arg(*it));
            continue;
        }
        seen.insert(key, record.line);
        result.scores.push_back(std::move(score));
    }

    if (windowsFromDates > 0)
        report.notes.push_back(Tr::tr("Results with no test window, which was taken from the date (August to "
                                      "October BOY, November to February MOY, March to July EOY): %1.")
                                   .arg(windowsFromDates));
    if (placementsWithoutLevels > 0)
        report.notes.push_back(
            Tr::tr("Placements that do not say how many grade levels below: %1. The need score "
                   "counts those results only when a \"Grade levels below\" column gives it.")
                .arg(placementsWithoutLevels));
    capProblems(report);
    return result;
}

} // namespace tutordesk
