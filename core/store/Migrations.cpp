#include "store/Migrations.h"

#include "store/Database.h"
#include "store/StoreError.h"
#include "store/Transaction.h"

#include <QDir>
#include <QFile>

#include <algorithm>

namespace tutordesk {

namespace {

std::vector<Migrations::Step> loadSteps()
{
    std::vector<Migrations::Step> steps;
    const QDir dir(QStringLiteral(":/sql"));
    const QStringList files = dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (const QString& name : files) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        bool numbered = false;
        const int version = name.section(QLatin1Char('_'), 0, 0).toInt(&numbered);
        if (numbered)
            steps.push_back({version, name, file.readAll()});
    }
    std::sort(steps.begin(), steps.end(), [](const auto& a, const auto& b) { return a.version < b.version; });
    return steps;
}

} // namespace

const std::vector<Migrations::Step>& Migrations::steps()
{
    static const std::vector<Step> all = loadSteps();
    return all;
}

int Migrations::latestVersion()
{
    return steps().empty() ? 0 : steps().back().version;
}

void Migrations::migrate(Database& db, int target)
{
    const int current = static_cast<int>(db.queryInteger("PRAGMA user_version"));
    for (const Step& step : steps()) {
        if (step.version <= current || step.version > target)
            continue;
        Transaction tx(db);
        try {
            db.execute(std::string_view(step.sql.constData(), static_cast<size_t>(step.sql.size())));
        } catch (const StoreError& e) {
            throw StoreError(QStringLiteral("schema step %1 failed: %2").arg(step.name, e.message()),
                             e.sqliteCode());
        }
        // PRAGMA takes no bound parameters; the values are integers from this program.
        db.execute(QStringLiteral("PRAGMA user_version = %1; PRAGMA application_id = %2")
                       .arg(step.version)
                       .arg(applicationId)
                       .toStdString());
        tx.commit();
    }
}

} // namespace tutordesk
