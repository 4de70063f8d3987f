// tutordesk-cli report equity [--json] [--out FILE.pdf] [--threshold R]: the equity audit by student group,
// as a table, as the JSON of DESIGN.md section 6, or as a printed page.
#include "cli/CliContext.h"
#include "progress/Equity.h"
#include "progress/EquityText.h"
#include "progress/ReportRender.h"
#include "school/School.h"
#include "store/StoreError.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QLocale>
#include <QTextDocument>

namespace tutordesk {

namespace {

// A class of its own, so lupdate files these strings under the context they are looked up by.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(tutordesk::Cli)
};

QJsonValue number(const std::optional<int>& value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonValue number(const EquityFigure& figure)
{
    return figure.value ? QJsonValue(*figure.value) : QJsonValue(QJsonValue::Null);
}

QString withheldCode(EquityWithheld why)
{
    switch (why) {
    case EquityWithheld::None:
        break;
    case EquityWithheld::GroupSuppressed:
        return QStringLiteral("suppressed");
    case EquityWithheld::FewStudents:
        return QStringLiteral("fewer_than_10");
    case EquityWithheld::Complement:
        return QStringLiteral("complement");
    case EquityWithheld::NoData:
        return QStringLiteral("no_data");
    }
    return QString();
}

QString dimensionKey(EquityDimension dimension)
{
    switch (dimension) {
    case EquityDimension::RaceEthnicity:
        return QStringLiteral("race_ethnicity");
    case EquityDimension::ElStatus:
        return QStringLiteral("el_status");
    case EquityDimension::Disability:
        return QStringLiteral("disability");
    case EquityDimension::Foster:
        return QStringLiteral("foster");
    case EquityDimension::Homeless:
        return QStringLiteral("homeless");
    case EquityDimension::Disadvantaged:
        return QStringLiteral("disadvantaged");
    case EquityDimension::Grade:
        return QStringLiteral("grade");
    }
    return QString();
}

QJsonObject rowJson(const EquityRow& row)
{
    const std::pair<const char*, const EquityFigure*> figures[] = {
        {"meanDosageMinutes", &row.meanDosageMinutes},
        {"attendanceRate", &row.attendanceRate},
        {"growth", &row.growth},
        {"needShare", &row.needShare},
        {"seatShare", &row.seatShare},
        {"minutesShare", &row.minutesShare},
        {"pausedRate", &row.pausedRate},
        {"exitRate", &row.exitRate},
        {"makeupsOfferedPerStudent", &row.makeupsOffered},
        {"makeupsAttendedPerStudent", &row.makeupsAttended}};
    QJsonObject json{{QStringLiteral("dimension"), row.dimensionName},
                     {QStringLiteral("group"), row.groupName},
                     {QStringLiteral("dimensionKey"), dimensionKey(row.dimension)},
                     {QStringLiteral("groupKey"), row.groupKey},
                     {QStringLiteral("suppressed"), row.suppressed()},
                     {QStringLiteral("suppression"),
                      row.suppression == EquitySuppression::Shown ? QJsonValue(QJsonValue::Null)
                      : row.suppression == EquitySuppression::FewerThanTen
                          ? QJsonValue(QStringLiteral("fewer_than_10"))
                          : QJsonValue(QStringLiteral("protects_smaller_group"))},
                     {QStringLiteral("eligible"), number(row.eligible)},
                     {QStringLiteral("offered"), number(row.offered)},
                     {QStringLiteral("enrolled"), number(row.enrolled)},
                     {QStringLiteral("seatGap"), row.seatGap},
                     {QStringLiteral("minutesGap"), row.minutesGap}};
    QJsonObject withheld;
    for (const auto& [name, figure] : figures) {
        json.insert(QLatin1String(name), number(*figure));
        if (!row.suppressed() && figure->withheld != EquityWithheld::None)
            withheld.insert(QLatin1String(name), withheldCode(figure->withheld));
    }
    json.insert(QStringLiteral("withheld"), withheld);
    return json;
}

QJsonObject auditJson(const EquityAudit& audit)
{
    QJsonArray rows;
    for (const EquityRow& row : audit.rows)
        rows.append(rowJson(row));
    QJsonArray gaps;
    for (const EquityGap& gap : audit.gaps) {
        const EquityRow& row = audit.rows.at(gap.row);
        gaps.append(QJsonObject{{QStringLiteral("dimension"), row.dimensionName},
                                {QStringLiteral("group"), row.groupName},
                                {QStringLiteral("kind"), gap.kind == EquityGap::Kind::Seats
                                                             ? QStringLiteral("seats")
                                                             : QStringLiteral("minutes")},
                                {QStringLiteral("share"), gap.share},
                                {QStringLiteral("needShare"), gap.needShare},
                                {QStringLiteral("ratio"), gap.ratio},
                                {QStringLiteral("sentence"), EquityText::gapSentence(audit, gap)}});
    }
    return {{QStringLiteral("date"), audit.today.toString(Qt::ISODate)},
            {QStringLiteral("threshold"), audit.threshold},
            {QStringLiteral("smallestGroup"), Equity::smallestGroup},
            {QStringLiteral("rows"), rows},
            {QStringLiteral("gaps"), gaps},
            {QStringLiteral("notes"), QJsonArray::fromStringList(EquityText::notes(audit))}};
}

} // namespace

int runReportEquity(CliContext& context)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"),
                                  Tr::tr("print one JSON document on standard output"));
    const QCommandLineOption outOption(QStringLiteral("out"), Tr::tr("write the audit as a PDF to this file"),
                                       QStringLiteral("FILE.pdf"));
    const QCommandLineOption thresholdOption(
        QStringLiteral("threshold"),
        Tr::tr("highlight a group whose share of seats or minutes is below this ratio of its share of need "
               "(default: the school's setting, 0.8)"),
        QStringLiteral("R"));
    parser.addOptions({json, outOption, thresholdOption});
    if (!parser.parse(context.arguments()))
        return context.usage(parser.errorText());
    if (!parser.positionalArguments().isEmpty())
        return context.usage(Tr::tr("report equity takes no arguments besides its options."));
    std::optional<double> threshold;
    if (parser.isSet(thresholdOption)) {
        bool ok = false;
        const double value = parser.value(thresholdOption).trimmed().toDouble(&ok);
        if (!ok)
            return context.usage(Tr::tr("--threshold must be a number like 0.8, not \"%1\".")
                                     .arg(parser.value(thresholdOption)));
        if (const auto problem = Equity::validateThreshold(value))
            return context.usage(*problem);
        threshold = value;
    }
    const QString out = parser.value(outOption);
    if (parser.isSet(outOption) && out.trimmed().isEmpty())
        return context.usage(Tr::tr("--out needs a file name, like equity.pdf."));

    auto store = context.openStore(Store::OpenMode::ExistingOnly);
    if (!store)
        return ExitRefused;
    if (!store->hasSchool())
        return context.refuse(
            Tr::tr("%1 has no school yet: set it up first (tutordesk-cli init).").arg(store->path()));

    EquityAudit audit;
    try {
        audit = Equity::audit(*store, CliContext::today(), threshold);
    } catch (const StoreError& e) {
        return context.refuse(
            Tr::tr("The equity audit could not be read from %1: %2").arg(store->path(), e.message()));
    }

    int pages = 0;
    if (!out.isEmpty()) {
        const auto school = School::load(*store);
        const QString html = EquityText::html(audit, school ? school->name : QString());
        auto document = ReportRender::document(html, Tr::tr("Equity audit"));
        const auto written = ReportRender::writePdf(out, *document);
        if (!written)
            return context.refuse(Tr::tr("The equity audit could not be written to %1: %2")
                                      .arg(QDir::toNativeSeparators(out), written.error().message));
        pages = written.value();
    }

    if (context.json() || parser.isSet(json)) {
        QJsonObject document = auditJson(audit);
        if (!out.isEmpty()) {
            document.insert(QStringLiteral("out"), out);
            document.insert(QStringLiteral("pages"), pages);
        }
        context.printJson(document);
    } else {
        context.out() << EquityText::plainText(audit);
        if (!out.isEmpty())
            context.out()
                << Tr::tr("Wrote %n page(s) to %1.", nullptr, pages).arg(QDir::toNativeSeparators(out))
                << '\n';
        context.out().flush();
    }
    return ExitDone;
}

} // namespace tutordesk
