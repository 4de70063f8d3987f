#include "roster/ScoresImport.h"

#include "roster/MappingChoice.h"
#include "roster/SavedMappings.h"
#include "roster/ScoresReader.h"
#include "store/Store.h"
#include "store/StoreError.h"
#include "store/Transaction.h"

#include <QCoreApplication>
#include <QUuid>

namespace tutordesk {

namespace {

// A class of its own, so lupdate files these strings under the context they are looked up by.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(tutordesk::Scores)
};

// Writes validated results; the caller's transaction decides whether they stay.
class ScoreWriter final {
public:
    explicit ScoreWriter(Database& db)
        : m_find(
              db.prepare("SELECT id, score, placement, levels_below, instrument FROM assessments"
                         " WHERE student_id = ? AND kind = 'benchmark' AND subject = ? AND test_window IS ?"
                         " AND assessed_on = ? ORDER BY id LIMIT 1"))
        , m_insert(db.prepare("INSERT INTO assessments (sourced_id, student_id, kind, subject, instrument,"
                              " test_window, score, placement, levels_below, assessed_on)"
                              " VALUES (?, ?, 'benchmark', ?, ?, ?, ?, ?, ?, ?)"))
        , m_update(
              db.prepare("UPDATE assessments SET instrument = ?, score = ?, placement = ?, levels_below = ?"
                         " WHERE id = ?"))
    {}

    void write(const BenchmarkScore& s, ImportReport& report)
    {
        m_find.bindAll(s.studentId, s.subject, s.testWindow, s.assessedOn);
        if (!m_find.step()) {
            m_insert.bindAll(QUuid::createUuid().toString(QUuid::WithoutBraces), s.studentId, s.subject,
                             s.instrument.isEmpty() ? QStringLiteral("benchmark") : s.instrument,
                             s.testWindow, s.score, s.placement, s.levelsBelow, s.assessedOn);
            m_insert.run();
            ++report.scoresAdded;
            return;
        }
        const std::int64_t id = m_find.integer(0);
        const std::optional<double> score = m_find.optionalReal(1);
        const QString placement = m_find.text(2);
        const auto levels = m_find.optionalInteger(3);
        const bool sameLevels = levels.has_value() == s.levelsBelow.has_value() &&
                                (!levels.has_value() || *levels == s.levelsBelow.value_or(0));
        const QString storedInstrument = m_find.text(4);
        m_find.reset();
        // A file without an instrument column leaves the name given before.
        const QString instrument = s.instrument.isEmpty() ? storedInstrument : s.instrument;
        if (score == s.score && placement == s.placement && sameLevels && instrument == storedInstrument) {
            ++report.unchanged;
            return;
        }
        m_update.bindAll(instrument, s.score, s.placement, s.levelsBelow, id);
        m_update.run();
        ++report.scoresUpdated;
    }

private:
    Statement m_find;
    Statement m_insert;
    Statement m_update;
};

} // namespace

Result<ImportReport> importScores(Store& store, const QString& path, const ScoresImportOptions& options,
                                  const ImportProgress& progress)
{
    const auto choice = chooseMapping(store, path, QLatin1String(ScoresReader::mappingKind),
                                      ScoresReader::fields(), options.mapping);
    if (!choice)
        return choice.error();
    const auto readProgress = [&progress](std::int64_t done, std::int64_t total) {
        return !progress || progress(total > 0 ? static_cast<int>(done * 50 / total) : 0);
    };
    auto read = ScoresReader::read(store, path, choice->mapping, readProgress);
    if (!read)
        return read.error();
    ImportReport report = std::move(read->report);
    report.notes.insert(report.notes.begin(), choice->describe(ScoresReader::fields()));
    if (!report.problems.empty())
        return report;

    const std::vector<BenchmarkScore>& scores = read->scores;
    try {
        Transaction transaction(store.db());
        ScoreWriter writer(store.db());
        for (std::size_t i = 0; i < scores.size(); ++i) {
            if (progress && i % 100 == 0 && !progress(50 + static_cast<int>(i * 50 / scores.size())))
                return Error{Tr::tr("The import of %1 was cancelled; nothing was changed.").arg(path)};
            writer.write(scores[i], report);
        }
        if (!options.dryRun) {
            transaction.commit();
            report.applied = true;
        }
    } catch (const StoreError& e) {
        return Error{Tr::tr("The scores could not be saved, so nothing was changed: %1").arg(e.message())};
    }
    // Remembered only once it has worked, so that a wrong guess is never kept.
    if (report.applied && choice->source != MappingChoice::Source::Saved) {
        try {
            SavedMappings::save(store, choice->mapping);
        } catch (const StoreError& e) {
            report.notes.push_back(
                Tr::tr("The column mapping could not be saved for next time: %1").arg(e.message()));
        }
    }
    if (progress)
        progress(100);
    return report;
}

} // namespace tutordesk
