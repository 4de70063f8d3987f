// tutordesk-cli export and sync: the district's bundles, written into a folder by hand or sent by a
// scheduler to the configured destination (DESIGN.md section 6, EXCHANGE.md "Sending bundles").
#include "cli/CliContext.h"
#include "exchange/BundleExport.h"
#include "exchange/ExchangeSettings.h"
#include "exchange/Outbox.h"
#include "exchange/OutboxSender.h"
#include "exchange/TokenStore.h"
#include "school/School.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace tutordesk {

namespace {

// A class of its own, so lupdate files these strings under the context they are looked up by.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(tutordesk::Cli)
};

QJsonObject filesJson(const Bundle& bundle)
{
    QJsonObject files;
    for (const BundleFile& file : bundle.files) {
        if (file.present)
            files.insert(file.name, file.rows);
    }
    return files;
}

void printFiles(QTextStream& out, const Bundle& bundle)
{
    for (const BundleFile& file : bundle.files) {
        out << "  " << file.name.leftJustified(22) << ' '
            << (file.present ? Tr::tr("%n row(s)", nullptr, file.rows) : Tr::tr("no change")) << '\n';
    }
}

QString modeWords(BundleMode mode)
{
    return mode == BundleMode::Bulk ? Tr::tr("bulk: every row")
                                    : Tr::tr("delta: what changed since the last bundle");
}

// A folder on the command line may be relative to where the command runs; settings hold full paths.
QString absoluteDestination(const QString& destination)
{
    if (destination.isEmpty() || destination.contains(QLatin1String("://")))
        return destination;
    return QDir::cleanPath(QFileInfo(destination).absoluteFilePath());
}

} // namespace

int runExport(CliContext& context)
{
    QCommandLineParser parser;
    const QCommandLineOption bulk(QStringLiteral("bulk"), Tr::tr("every current row"));
    const QCommandLineOption delta(QStringLiteral("delta"), Tr::tr("the rows changed since the last bundle"));
    const QCommandLineOption out(QStringLiteral("out"), Tr::tr("the folder to write the bundle into"),
                                 QStringLiteral("DIR"));
    const QCommandLineOption json(QStringLiteral("json"),
                                  Tr::tr("print one JSON document on standard output"));
    parser.addOptions({bulk, delta, out, json});
    if (!parser.parse(context.arguments()))
        return context.usage(parser.errorText());
    if (!parser.positionalArguments().isEmpty())
        return context.usage(Tr::tr("export takes no arguments besides its options."));
    if (parser.isSet(bulk) == parser.isSet(delta))
        return context.usage(Tr::tr("export needs either --bulk or --delta."));
    if (!parser.isSet(out) || parser.value(out).trimmed().isEmpty())
        return context.usage(Tr::tr("export needs --out DIR: the folder to write the bundle into."));
    const bool asJson = context.json() || parser.isSet(json);
    const BundleMode mode = parser.isSet(bulk) ? BundleMode::Bulk : BundleMode::Delta;
    const QString folder = absoluteDestination(parser.value(out).trimmed());

    auto store = context.openStore(Store::OpenMode::ExistingOnly);
    if (!store)
        return ExitRefused;

    // A folder that is not there now will not be there in a second: say so before a bundle is made.
    if (!QFileInfo(folder).isDir()) {
        return context.refuse(Tr::tr("The folder %1 is not there: is the USB stick or the district drive "
                                     "connected? No bundle was made.")
                                  .arg(QDir::toNativeSeparators(folder)));
    }

    ExportRequest request;
    request.mode = mode;
    request.now = QDateTime::currentDateTimeUtc();
    auto made = exportBundle(*store, request);
    if (!made)
        return context.refuse(made.error().message);
    if (!made.value())
        return context.refuse(Tr::tr("No bundle was made."));
    const Bundle& bundle = *made.value();

    // Bundles still waiting for the district go first, in order: a delta must not overtake the one before it.
    TransportSetup setup;
    setup.destination = folder;
    const SendReport report = sendWaitingNow(*store, setup, [] { return QDateTime::currentDateTimeUtc(); });
    const QString path = QDir(folder).filePath(bundle.name);
    if (report.stillWaiting > 0) {
        return context.refuse(
            report.error + QLatin1Char(' ') +
            Tr::tr("The bundle %1 waits in the outbox: \"tutordesk-cli sync\" sends it.").arg(bundle.name));
    }
    const int earlier = report.delivered - 1;

    if (asJson) {
        context.printJson({{QStringLiteral("bundle"), bundle.name},
                           {QStringLiteral("path"), path},
                           {QStringLiteral("mode"), bundleModeCode(bundle.mode)},
                           {QStringLiteral("sequence"), bundle.sequence},
                           {QStringLiteral("sha256"), bundle.sha256},
                           {QStringLiteral("files"), filesJson(bundle)},
                           {QStringLiteral("earlierBundlesWritten"), earlier}});
    } else {
        QTextStream& text = context.out();
        text << Tr::tr("Wrote %1 (%2, bundle %3).")
                    .arg(QDir::toNativeSeparators(path), modeWords(bundle.mode),
                         QString::number(bundle.sequence))
             << '\n';
        printFiles(text, bundle);
        if (earlier > 0)
            text << Tr::tr("Also wrote %n earlier bundle(s) that were waiting for the district.", nullptr,
                           earlier)
                 << '\n';
        text.flush();
    }
    return ExitDone;
}

int runSync(CliContext& context)
{
    QCommandLineParser parser;
    const QCommandLineOption to(QStringLiteral("to"),
                                Tr::tr("a folder or https:// address instead of the setting"),
                                QStringLiteral("DIR|URL"));
    const QCommandLineOption json(QStringLiteral("json"),
                                  Tr::tr("print one JSON document on standard output"));
    parser.addOptions({to, json});
    if (!parser.parse(context.arguments()))
        return context.usage(parser.errorText());
    if (!parser.positionalArguments().isEmpty())
        return context.usage(Tr::tr("sync takes no arguments besides its options."));
    if (parser.isSet(to) && parser.value(to).trimmed().isEmpty())
        return context.usage(Tr::tr("--to needs a folder or an https:// address."));
    const bool asJson = context.json() || parser.isSet(json);

    auto store = context.openStore(Store::OpenMode::ExistingOnly);
    if (!store)
        return ExitRefused;
    const auto school = School::load(*store);
    if (!school)
        return context.refuse(
            Tr::tr("%1 has no school yet: run \"tutordesk-cli init\" first.").arg(store->path()));

    const QString destination = absoluteDestination(
        parser.isSet(to) ? parser.value(to).trimmed() : ExchangeSettings::load(*store).destination.trimmed());
    const DestinationCheck check = checkDestination(destination);
    if (check.kind == DestinationCheck::Kind::None)
        return context.refuse(
            Tr::tr("No district destination is set: choose one in Settings \u25b8 District sync, or "
                   "pass --to DIR|URL."));
    if (check.kind == DestinationCheck::Kind::Invalid)
        return context.refuse(check.problem);

    // First what the district has not received yet, so that it goes out in this same round.
    QString createdName;
    QString exportError;
    std::optional<Bundle> created;
    ExportRequest request;
    request.mode = BundleMode::Delta;
    request.now = QDateTime::currentDateTimeUtc();
    request.skipWhenUnchanged = true;
    if (auto made = exportBundle(*store, request); !made)
        exportError = made.error().message;
    else if (made.value())
        created = std::move(made).value();

    TransportSetup setup;
    setup.destination = destination;
    setup.schoolCode = school->schoolCode;
    if (check.kind == DestinationCheck::Kind::Https)
        setup.token = TokenStore::read(school->schoolCode);
    const SendReport report = sendWaitingNow(*store, setup, [] { return QDateTime::currentDateTimeUtc(); });

    QStringList errors;
    if (!exportError.isEmpty())
        errors << exportError;
    if (!report.error.isEmpty())
        errors << report.error;
    const QString error = errors.join(QLatin1Char(' '));

    if (asJson) {
        context.printJson({{QStringLiteral("created"), created ? QJsonValue(created->name) : QJsonValue()},
                           {QStringLiteral("delivered"), report.delivered},
                           {QStringLiteral("waiting"), report.stillWaiting},
                           {QStringLiteral("destination"), destination},
                           {QStringLiteral("error"), error}});
    } else {
        QTextStream& text = context.out();
        if (created) {
            text << Tr::tr("Made %1 (%2).").arg(created->name, modeWords(created->mode)) << '\n';
            printFiles(text, *created);
        } else if (exportError.isEmpty()) {
            text << Tr::tr("Nothing changed since the last bundle: no new bundle was made.") << '\n';
        }
        const QString where = check.kind == DestinationCheck::Kind::Folder
                                  ? QDir::toNativeSeparators(destination)
                                  : destination;
        text << Tr::tr("Sent %n bundle(s) to %1.", nullptr, report.delivered).arg(where) << '\n';
        if (report.stillWaiting > 0)
            text << Tr::tr("%n bundle(s) still waiting in the outbox.", nullptr, report.stillWaiting) << '\n';
        text.flush();
    }
    if (!error.isEmpty())
        context.err() << error << Qt::endl;
    return report.stillWaiting == 0 && exportError.isEmpty() ? ExitDone : ExitRefused;
}

} // namespace tutordesk
