#include "TsFile.h"

#include <QFile>
#include <QXmlStreamReader>

namespace tutordesk::test {

TsFile TsFile::read(const QString& path)
{
    TsFile ts;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ts.error = path + QStringLiteral(": cannot be read");
        return ts;
    }
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("TS")) {
                ts.language = xml.attributes().value(QLatin1String("language")).toString();
            } else if (name == QLatin1String("context")) {
                context.clear();
            } else if (name == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                message = TsMessage{};
                message.context = context;
                message.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            } else if (name == QLatin1String("location")) {
                if (message.location.isEmpty())
                    message.location = xml.attributes().value(QLatin1String("filename")).toString() +
                                       QLatin1Char(':') +
                                       xml.attributes().value(QLatin1String("line")).toString();
            } else if (name == QLatin1String("source")) {
                message.source = xml.readElementText();
            } else if (name == QLatin1String("comment")) {
                message.comment = xml.readElementText();
            } else if (name == QLatin1String("translation")) {
                const auto type = xml.attributes().value(QLatin1String("type"));
                message.finished = type.isEmpty();
                message.vanished = type == QLatin1String("vanished") || type == QLatin1String("obsolete");
                if (!message.numerus)
                    message.translations << xml.readElementText();
            } else if (name == QLatin1String("numerusform")) {
                message.translations << xml.readElementText();
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            ts.messages.push_back(message);
        }
    }
    if (xml.hasError())
        ts.error = QStringLiteral("%1: line %2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return ts;
}

std::vector<const TsMessage*> TsFile::current() const
{
    std::vector<const TsMessage*> result;
    for (const TsMessage& m : messages)
        if (!m.vanished)
            result.push_back(&m);
    return result;
}

QString tsPath(const QString& language)
{
    return QStringLiteral(TUTORDESK_TS_DIR "/tutordesk_%1.ts").arg(language);
}

QStringList uiLanguages()
{
    return QStringLiteral(TUTORDESK_UI_LANGUAGES).split(QLatin1Char(','));
}

} // namespace tutordesk::test
