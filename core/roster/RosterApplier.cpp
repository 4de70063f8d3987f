#include "roster/RosterApplier.h"

#include "roster/RosterGuardianWriter.h"
#include "roster/RosterStudentWriter.h"
#include "store/Store.h"
#include "store/StoreError.h"
#include "store/Transaction.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QSet>
#include <QStringList>

namespace tutordesk {

namespace {

// A class of its own, so lupdate files these strings under the context they are looked up by.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(tutordesk::RosterApplier)
};

constexpr int progressEvery = 500;
constexpr int namesListed = 10; // a note names this many students, then counts the rest

// Readers find duplicates themselves; this guards callers that build the list another way,
// because the second row would silently overwrite the first.
std::vector<ImportProblem> duplicates(const std::vector<RosterStudent>& students)
{
    std::vector<ImportProblem> problems;
    QHash<QString, const RosterStudent*> seen;
    for (const RosterStudent& student : students) {
        const auto it = seen.constFind(student.districtId);
        if (it == seen.constEnd()) {
            seen.insert(student.districtId, &student);
            continue;
        }
        problems.push_back(
            {student.sourceFile, student.line, 0, QString(),
             Tr::tr("The district student ID %1 is also on line %2. Each student must be on the "
                    "roster once: remove one of the two lines, or correct the ID.")
                 .arg(student.districtId)
                 .arg((*it)->line)});
    }
    return problems;
}

QSet<QString> activeStudents(Database& db)
{
    QSet<QString> ids;
    Statement st = db.prepare("SELECT sourced_id FROM students WHERE status = 'active'");
    while (st.step())
        ids.insert(st.text(0));
    return ids;
}

// "A, B, C and 12 more": a report stays readable when a whole grade moved.
QString namedList(const QStringList& names)
{
    QString list = names.mid(0, namesListed).join(QStringLiteral(", "));
    if (names.size() > namesListed)
        list += Tr::tr(" and %n more", nullptr, static_cast<int>(names.size()) - namesListed);
    return list;
}

QString cancelled()
{
    return Tr::tr("The import was cancelled; nothing was changed.");
}

// Names the first few students the roster does not list, so the coordinator can tell a partial
// file (one grade only) from students who have really left.
void noteMissing(Database& db, const QSet<QString>& missing, bool withdrawn, ImportReport& report)
{
    if (missing.isEmpty())
        return;
    QStringList ids(missing.begin(), missing.end());
    ids.sort();
    Statement name = db.prepare("SELECT first_name, last_name FROM students WHERE sourced_id = ?");
    QStringList named;
    for (const QString& id : ids.mid(0, namesListed)) {
        name.bindAll(id);
        if (name.step())
            named << QStringLiteral("%1 %2 (%3)").arg(name.text(0), name.text(1), id);
        name.reset();
    }
    const int more = static_cast<int>(missing.size()) - static_cast<int>(named.size());
    QString list = named.join(QStringLiteral(", "));
    if (more > 0)
        list += Tr::tr(" and %n more", nullptr, more);
    report.notes.push_back(
        withdrawn
            ? Tr::tr("Withdrawn because this roster does not list them (their history is kept): %1.")
                  .arg(list)
            : Tr::tr("Active students this roster does not list: %1. They stay active; if this roster is the "
                     "whole school and they have left, import it again and choose to withdraw them.")
                  .arg(list));
}

} // namespace

Result<ImportReport> RosterApplier::apply(Store& store, const std::vector<RosterStudent>& students,
                                          const RosterApplyOptions& options, ImportReport report,
                                          const Progress& progress)
{
    report.applied = false;
    if (!report.problems.empty())
        return report;
    report.problems = duplicates(students);
    if (!report.problems.empty())
        return report;
    if (options.withdrawMissing && students.empty()) {
        report.problems.push_back(
            {report.file, 0, 0, QString(),
             Tr::tr("This roster lists no students, so every student would be withdrawn. "
                    "Check that it is the right file.")});
        return report;
    }

    Database& db = store.db();
    try {
        Transaction transaction(db);
        RosterStudentWriter studentWriter(db);
        RosterGuardianWriter guardianWriter(db);
        QSet<QString> missing = activeStudents(db);
        QStringList reactivated;
        const int total = static_cast<int>(students.size());
        for (int i = 0; i < total; ++i) {
            if (progress && i % progressEvery == 0 && !progress(i, total))
                return Error{cancelled()};
            const RosterStudent& student = students[static_cast<std::size_t>(i)];
            const StudentWrite written = studentWriter.write(student);
            switch (written.kind) {
            case StudentWrite::Kind::Added:
                ++report.added;
                break;
            case StudentWrite::Kind::Updated:
                ++report.updated;
                break;
            case StudentWrite::Kind::Unchanged:
                ++report.unchanged;
                break;
            }
            if (written.reactivated)
                reactivated << QStringLiteral("%1 %2 (%3)")
                                   .arg(student.firstName, student.lastName, student.districtId);
            const auto counts = guardianWriter.write(written.id, written.kind == StudentWrite::Kind::Added,
                                                     written.homeLanguage, student.guardians);
            report.guardiansAdded += counts.added;
            report.guardiansUpdated += counts.updated;
            missing.remove(student.districtId);
        }

        if (!reactivated.isEmpty())
            report.notes.push_back(Tr::tr("Withdrawn before and on this roster again, so active again: %1.")
                                       .arg(namedList(reactivated)));
        report.missing = static_cast<int>(missing.size());
        if (options.withdrawMissing && !missing.isEmpty()) {
            // Withdrawn, never deleted: attendance, contacts and growth stay with the student.
            Statement withdraw = db.prepare("UPDATE students SET status = 'withdrawn', withdrawn_on = ?"
                                            " WHERE sourced_id = ? AND status = 'active'");
            const QDate today = QDate::currentDate();
            for (const QString& id : missing) {
                withdraw.bindAll(today, id);
                withdraw.run();
                report.withdrawn += db.changes();
            }
        }
        noteMissing(db, missing, options.withdrawMissing, report);

        if (progress && !progress(total, total))
            return Error{cancelled()};
        if (!options.dryRun) {
            transaction.commit();
            report.applied = true;
        }
        return report; // a dry run rolls back here, with the counts of what it would have done
    } catch (const StoreError& e) {
        return Error{Tr::tr("The roster could not be saved, so nothing was changed: %1").arg(e.message())};
    }
}

} // namespace tutordesk
