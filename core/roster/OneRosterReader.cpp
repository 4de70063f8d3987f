#include "roster/OneRosterReader.h"

#include "roster/OneRosterFlags.h"
#include "roster/OneRosterManifest.h"
#include "roster/OneRosterStudents.h"
#include "roster/ProblemCap.h"

#include <QCoreApplication>

namespace tutordesk {

namespace {

// A class of its own, so lupdate files these strings under the context they are looked up by.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(tutordesk::OneRoster)
};

} // namespace

Result<std::vector<OneRosterOrg>> OneRosterReader::schools(const QString& path, const OneRosterLimits& limits)
{
    auto source = OneRosterSource::open(path, limits);
    if (!source)
        return source.error();
    std::vector<ImportProblem> ignored;
    const auto manifest = OneRosterManifest::read(source.value(), ignored);
    if (!manifest)
        return manifest.error();
    auto orgs = OneRosterOrgs::read(source.value(), manifest.value(), ignored);
    if (!orgs)
        return orgs.error();
    std::vector<OneRosterOrg> schools;
    for (const OneRosterOrg& org : orgs.value()) {
        if (org.isSchool())
            schools.push_back(org);
    }
    return schools.empty() ? std::move(orgs).value() : schools;
}

Result<RosterRead> OneRosterReader::read(const QString& path, const OneRosterOptions& options,
                                         const Progress& progress)
{
    const Error cancelled{Tr::tr("Reading %1 was cancelled.").arg(path)};
    const auto step = [&progress](int percent) { return !progress || progress(percent); };

    auto opened = OneRosterSource::open(path, options.limits);
    if (!opened)
        return opened.error();
    OneRosterSource& source = opened.value();
    RosterRead result;
    ImportReport& report = result.report;
    report.file = path;
    const auto readManifest = OneRosterManifest::read(source, report.problems);
    if (!readManifest)
        return readManifest.error();
    const OneRosterManifest& manifest = readManifest.value();
    if (!step(10))
        return cancelled;

    const auto orgs = OneRosterOrgs::read(source, manifest, report.problems);
    if (!orgs)
        return orgs.error();
    const auto chosen =
        OneRosterOrgs::choose(orgs.value(), options.org, source.displayName(QStringLiteral("orgs.csv")));
    if (!chosen)
        return chosen.error();
    const OneRosterOrg& org = chosen.value();
    if (!step(20))
        return cancelled;

    auto read = OneRosterStudents::read(source, manifest, org, report);
    if (!read)
        return read.error();
    OneRosterUsers& users = read.value();
    if (!step(60))
        return cancelled;
    if (const auto demographics = OneRosterStudents::addDemographics(source, manifest, users, report);
        !demographics)
        return demographics.error();
    if (!step(80))
        return cancelled;
    if (!options.flagsFile.isEmpty())
        OneRosterFlags::join(options.flagsFile, users.students, users.byAnyId, report);

    report.notes.insert(
        report.notes.begin(),
        manifest.version.isEmpty()
            ? Tr::tr("OneRoster export without a manifest.csv; school %1.").arg(org.describe())
            : Tr::tr("OneRoster %1 export; school %2.").arg(manifest.version, org.describe()));
    capProblems(report);
    result.students = std::move(users.students);
    step(100);
    return result;
}

} // namespace tutordesk
