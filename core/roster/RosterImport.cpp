#include "roster/RosterImport.h"

#include "roster/GenericRosterReader.h"
#include "roster/MappingChoice.h"
#include "roster/OneRosterReader.h"
#include "roster/RosterApplier.h"
#include "roster/SavedMappings.h"
#include "store/StoreError.h"

#include <QCoreApplication>

namespace tutordesk {

namespace {

// A class of its own, so lupdate files these strings under the context they are looked up by.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(tutordesk::Import)
};

} // namespace

Result<ImportReport> importRoster(Store& store, const QString& path, const RosterImportOptions& options,
                                  const ImportProgress& progress)
{
    // Reading is the first half of the bar, writing the second.
    const auto readPercent = [&progress](int percent) { return !progress || progress(percent / 2); };
    RosterRead read;
    std::optional<MappingChoice> choice;
    if (OneRosterReader::isOneRoster(path)) {
        auto oneRoster =
            OneRosterReader::read(path, {options.oneRosterOrg, options.flagsFile, {}}, readPercent);
        if (!oneRoster)
            return oneRoster.error();
        read = std::move(oneRoster).value();
        if (options.mapping)
            read.report.notes.push_back(
                Tr::tr("A OneRoster export names its own columns; the column mapping given "
                       "was not needed."));
    } else {
        if (!options.oneRosterOrg.isEmpty() || !options.flagsFile.isEmpty())
            return Error{
                Tr::tr("%1 is a CSV roster. Choosing a school and adding a flags file are for OneRoster "
                       "exports (a .zip or a folder); a CSV roster carries its flags in its own columns.")
                    .arg(path)};
        auto chosen = chooseMapping(store, path, QLatin1String(GenericRosterReader::mappingKind),
                                    GenericRosterReader::fields(), options.mapping);
        if (!chosen)
            return chosen.error();
        choice = std::move(chosen).value();
        auto generic =
            GenericRosterReader::read(path, choice->mapping, [&](std::int64_t done, std::int64_t total) {
                return readPercent(total > 0 ? static_cast<int>(done * 100 / total) : 0);
            });
        if (!generic)
            return generic.error();
        read = std::move(generic).value();
        read.report.notes.insert(read.report.notes.begin(), choice->describe(GenericRosterReader::fields()));
    }
    if (!read.report.problems.empty())
        return read.report; // nothing is written when anything is wrong

    const RosterApplyOptions applyOptions{options.dryRun, options.withdrawMissing};
    auto applied = RosterApplier::apply(
        store, read.students, applyOptions, std::move(read.report), [&progress](int done, int total) {
            return !progress || progress(50 + (total > 0 ? done * 50 / total : 50));
        });
    if (!applied)
        return applied.error();
    // Remembered only once it has worked, so that a wrong guess is never kept.
    if (applied->applied && choice && choice->source != MappingChoice::Source::Saved) {
        try {
            SavedMappings::save(store, choice->mapping);
        } catch (const StoreError& e) {
            applied->notes.push_back(
                Tr::tr("The column mapping could not be saved for next time: %1").arg(e.message()));
        }
    }
    if (progress)
        progress(100);
    return applied;
}

} // namespace tutordesk
