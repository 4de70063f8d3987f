#include "cli/CliContext.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace tutordesk {

CliContext::CliContext(QStringList arguments, QString databasePath, bool json, QTextStream& out,
                       QTextStream& err)
    : m_arguments(std::move(arguments))
    , m_databasePath(std::move(databasePath))
    , m_json(json)
    , m_out(out)
    , m_err(err)
{}

std::unique_ptr<Store> CliContext::openStore(Store::OpenMode mode)
{
    auto opened = Store::open(m_databasePath, mode);
    if (!opened) {
        refuse(opened.error().message);
        return nullptr;
    }
    return std::move(opened).value();
}

QDate CliContext::today()
{
    const QByteArray pinned = qgetenv("TUTORDESK_TODAY");
    if (!pinned.isEmpty()) {
        const QDate day = QDate::fromString(QString::fromLatin1(pinned), Qt::ISODate);
        if (day.isValid())
            return day;
    }
    return QDate::currentDate();
}

int CliContext::refuse(const QString& message)
{
    m_err << message << Qt::endl;
    return ExitRefused;
}

int CliContext::usage(const QString& message)
{
    m_err << message << Qt::endl
          << QCoreApplication::translate("tutordesk::Cli", "Run \"tutordesk-cli --help\" for the commands.")
          << Qt::endl;
    return ExitUsage;
}

void CliContext::printJson(const QJsonObject& document)
{
    m_out << QString::fromUtf8(QJsonDocument(document).toJson(QJsonDocument::Indented));
    m_out.flush();
}

} // namespace tutordesk
