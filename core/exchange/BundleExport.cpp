#include "exchange/BundleExport.h"

#include "exchange/BundleRecord.h"
#include "exchange/BundleRender.h"
#include "exchange/ExchangeSettings.h"
#include "store/Store.h"
#include "store/StoreError.h"
#include "store/Transaction.h"

#include <QCoreApplication>
#include <QUuid>

namespace tutordesk {

namespace {

// A class of its own, so lupdate files these strings under the context they are looked up by.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(tutordesk::BundleExport)
};

Result<std::optional<Bundle>> makeBundle(Store& store, const ExportRequest& request)
{
    Database& db = store.db();
    // Everything read and written in one transaction: the rows rendered are the rows recorded, and a
    // cancel or a failure leaves the outbox and export_rows as they were.
    Transaction tx(db);
    const QString schoolCode = db.queryText("SELECT school_code FROM school WHERE id = 1");
    if (schoolCode.isEmpty())
        return Error{
            Tr::tr("There is no school in this database yet, so there is nothing to export. Create the "
                   "school (Settings ▸ School) first.")};
    const ExchangeSettings settings = ExchangeSettings::load(store);
    const qint64 sequence = db.queryInteger("SELECT coalesce(max(sequence), 0) + 1 FROM outbox");
    const QString previous = db.queryText("SELECT created_at FROM outbox ORDER BY sequence DESC LIMIT 1");
    // A delta needs something to apply to: before the first bundle, the district gets a bulk.
    const BundleMode mode = previous.isEmpty() ? BundleMode::Bulk : request.mode;
    const QDateTime createdAt = request.now.toUTC();

    RenderPlan plan;
    plan.mode = mode;
    plan.privacy = {settings.includeNames, settings.includeNotes};
    plan.since = mode == BundleMode::Delta ? previous.toStdString() : std::string();
    plan.createdAt = utcText(createdAt).toStdString();
    plan.recordBulk = true;
    plan.progress = request.progress;
    auto rendered = renderFiles(db, plan);
    if (!rendered)
        return rendered.error();
    if (mode == BundleMode::Delta && request.skipWhenUnchanged && rendered->changedRows == 0)
        return std::optional<Bundle>(); // the transaction rolls back: nothing written

    ManifestInfo info;
    info.schemaVersion = store.schemaVersion();
    info.schoolCode = schoolCode;
    info.exportId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    info.sequence = sequence;
    info.mode = mode;
    info.since = mode == BundleMode::Delta ? previous : QString();
    info.createdAt = QString::fromStdString(plan.createdAt);
    info.includesNames = settings.includeNames;
    info.includesNotes = settings.includeNotes;
    auto bundle = assembleBundle(rendered.value(), info, createdAt);
    if (!bundle)
        return bundle.error();
    recordBundle(db, bundle.value(), rendered->changes);
    tx.commit();
    return std::optional<Bundle>(std::move(bundle).value());
}

} // namespace

Result<std::optional<Bundle>> exportBundle(Store& store, const ExportRequest& request)
{
    if (!request.now.isValid())
        return Error{
            Tr::tr("The export was asked without a time. This is a fault in TutorDesk: please report it.")};
    try {
        return makeBundle(store, request);
    } catch (const StoreError& error) {
        return Error{Tr::tr("The bundle could not be made: the database refused (%1). Nothing was put in the "
                            "outbox; try again, and if it keeps failing, check the disk.")
                         .arg(error.message())};
    }
}

} // namespace tutordesk
