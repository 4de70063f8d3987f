#include "letters/LetterFields.h"

#include "letters/LetterKinds.h"

#include <QCoreApplication>
#include <QStringList>

namespace tutordesk {

namespace {

// A class of its own, so lupdate files these strings under the context they are looked up by.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(tutordesk::LetterTemplate)
};

Error at(const QString& origin, int line, const QString& what)
{
    return Error{Tr::tr("%1, line %2: %3").arg(origin, QString::number(line), what)};
}

} // namespace

const QRegularExpression& letterPlaceholderPattern()
{
    static const QRegularExpression pattern(QStringLiteral("\\{\\{\\s*([^{}]*?)\\s*\\}\\}"));
    return pattern;
}

// Checks the body's placeholders against the kind's list, naming the line of the first bad one.
std::optional<Error> checkLetterBody(const QString& body, const QString& kind, const QString& origin,
                                     int firstLine)
{
    if (body.trimmed().isEmpty())
        return Error{Tr::tr("%1: the letter has no text after the header. Write the letter below the line "
                            "\"-->\".")
                         .arg(origin)};
    const QStringList allowed = LetterKinds::placeholders(kind);
    const QStringList lines = body.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        const QString& line = lines.at(i);
        QString rest = line;
        auto it = letterPlaceholderPattern().globalMatch(line);
        while (it.hasNext()) {
            const auto match = it.next();
            const QString name = match.captured(1);
            if (!allowed.contains(name))
                return at(origin, firstLine + i,
                          Tr::tr("{{%1}} is not a value a %2 letter can use. Use one of: %3.")
                              .arg(name, kind, allowed.join(QLatin1String(", "))));
        }
        rest.remove(letterPlaceholderPattern());
        if (rest.contains(QLatin1String("{{")) || rest.contains(QLatin1String("}}")))
            return at(origin, firstLine + i,
                      Tr::tr("a placeholder is not closed. Write each one as {{name}} on one line."));
    }
    return std::nullopt;
}

} // namespace tutordesk
