#include "letters/LetterTemplate.h"

#include "letters/LetterFields.h"
#include "letters/LetterKinds.h"
#include "letters/LetterLanguages.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace tutordesk {

namespace {

// A class of its own, so lupdate files these strings under the context they are looked up by.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(tutordesk::LetterTemplate)
};

const QString kOpen = QStringLiteral("<!--tutordesk-letter");
const QString kClose = QStringLiteral("-->");

Error at(const QString& origin, int line, const QString& what)
{
    return Error{Tr::tr("%1, line %2: %3").arg(origin, QString::number(line), what)};
}

} // namespace

QStringList LetterTemplate::placeholders() const
{
    QStringList names;
    auto it = letterPlaceholderPattern().globalMatch(body);
    while (it.hasNext()) {
        const QString name = it.next().captured(1);
        if (!names.contains(name))
            names << name;
    }
    return names;
}

Result<LetterTemplate> LetterTemplateFile::parse(const QString& text, const QString& origin)
{
    QString normalized = text;
    if (normalized.startsWith(QChar(0xfeff)))
        normalized.remove(0, 1);
    normalized.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    const QStringList lines = normalized.split(QLatin1Char('\n'));
    if (lines.isEmpty() || lines.front().trimmed() != kOpen)
        return at(
            origin, 1,
            Tr::tr("this is not a TutorDesk letter template: it must start with the line "
                   "\"<!--tutordesk-letter\" followed by language, kind, version, reviewed and title."));

    LetterTemplate t;
    bool hasLanguage = false, hasKind = false, hasVersion = false, hasReviewed = false, hasTitle = false;
    int closeLine = -1;
    for (int i = 1; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        const int number = i + 1;
        if (line == kClose) {
            closeLine = i;
            break;
        }
        if (line.isEmpty())
            continue;
        const qsizetype colon = line.indexOf(QLatin1Char(':'));
        if (colon <= 0)
            return at(
                origin, number,
                Tr::tr("expected \"name: value\" (language, kind, version, reviewed or title), or \"-->\" "
                       "to end the header."));
        const QString key = line.left(colon).trimmed().toLower();
        const QString value = line.mid(colon + 1).trimmed();
        if (key == QLatin1String("language")) {
            if (!LetterLanguages::find(value))
                return at(origin, number,
                          Tr::tr("language \"%1\" is not one TutorDesk prints letters in. Use one of: %2.")
                              .arg(value, LetterLanguages::codes().join(QLatin1String(", "))));
            t.language = value;
            hasLanguage = true;
        } else if (key == QLatin1String("kind")) {
            if (!LetterKinds::isKnown(value))
                return at(origin, number,
                          Tr::tr("kind \"%1\" is not a kind of letter. Use one of: %2.")
                              .arg(value, LetterKinds::codes().join(QLatin1String(", "))));
            t.kind = value;
            hasKind = true;
        } else if (key == QLatin1String("version")) {
            if (value.isEmpty())
                return at(origin, number, Tr::tr("version is empty. Write a version such as 1 or 2024-2."));
            t.version = value;
            hasVersion = true;
        } else if (key == QLatin1String("reviewed")) {
            if (value == QLatin1String("yes"))
                t.reviewed = true;
            else if (value == QLatin1String("no"))
                t.reviewed = false;
            else
                return at(origin, number, Tr::tr("reviewed must be yes or no."));
            hasReviewed = true;
        } else if (key == QLatin1String("title")) {
            if (value.isEmpty())
                return at(origin, number,
                          Tr::tr("title is empty. Write the letter's title in its language."));
            t.title = value;
            hasTitle = true;
        } else {
            return at(origin, number,
                      Tr::tr("\"%1\" is not a header field. Use language, kind, version, reviewed and title.")
                          .arg(key));
        }
    }
    if (closeLine < 0)
        return Error{Tr::tr("%1: the header is not closed. Add a line \"-->\" after the title.").arg(origin)};
    const auto missing = [&](const char* field) {
        return at(
            origin, closeLine + 1,
            Tr::tr("the header has no %1 line. Add \"%1: …\" before \"-->\".").arg(QLatin1String(field)));
    };
    if (!hasLanguage)
        return missing("language");
    if (!hasKind)
        return missing("kind");
    if (!hasVersion)
        return missing("version");
    if (!hasReviewed)
        return missing("reviewed");
    if (!hasTitle)
        return missing("title");

    t.body = lines.mid(closeLine + 1).join(QLatin1Char('\n'));
    if (auto bad = checkLetterBody(t.body, t.kind, origin, closeLine + 2))
        return *bad;
    return t;
}

QString LetterTemplateFile::write(const LetterTemplate& t)
{
    QString text = kOpen + QLatin1Char('\n');
    text += QStringLiteral("language: %1\n").arg(t.language);
    text += QStringLiteral("kind: %1\n").arg(t.kind);
    text += QStringLiteral("version: %1\n").arg(t.version);
    text += QStringLiteral("reviewed: %1\n").arg(t.reviewed ? QStringLiteral("yes") : QStringLiteral("no"));
    // A title is one header line: a line break in it would end the field early.
    text += QStringLiteral("title: %1\n").arg(QString(t.title).replace(QLatin1Char('\n'), QLatin1Char(' ')));
    text += kClose + QLatin1Char('\n');
    text += t.body;
    return text;
}

} // namespace tutordesk
