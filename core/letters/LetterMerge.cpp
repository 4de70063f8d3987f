#include "letters/LetterMerge.h"

#include "letters/LetterFields.h"
#include "letters/LetterKinds.h"
#include "letters/LetterLanguages.h"
#include "letters/LetterTemplates.h"
#include "letters/LetterValues.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace tutordesk {

namespace {

// A class of its own, so lupdate files these strings under the context they are looked up by.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(tutordesk::LetterMerge)
};

// A language's name for the coordinator reading the reason: English's word for it, as the UI is.
QString languageName(const QString& code)
{
    if (const LetterLanguage* known = LetterLanguages::find(code))
        return known->englishName;
    const QLocale locale(code);
    if (locale.language() != QLocale::C && locale.language() != QLocale::AnyLanguage)
        return QLocale::languageToString(locale.language());
    // Languages of US school families that Qt's locale data does not name.
    if (code.compare(QLatin1String("hmn"), Qt::CaseInsensitive) == 0)
        return Tr::tr("Hmong");
    return code;
}

QString sourceName(LetterTemplate::Source source)
{
    switch (source) {
    case LetterTemplate::Source::District:
        return QStringLiteral("district");
    case LetterTemplate::Source::Coordinator:
        return QStringLiteral("coordinator");
    case LetterTemplate::Source::BuiltIn:
        break;
    }
    return QStringLiteral("built-in");
}

// An empty value (a school without an address) leaves an empty line in a letterhead: close it up.
QString withoutEmptyLines(QString body)
{
    static const QRegularExpression repeated(QStringLiteral("(<br\\s*/?>\\s*){2,}"));
    static const QRegularExpression leading(QStringLiteral("(<p[^>]*>)\\s*<br\\s*/?>"));
    static const QRegularExpression trailing(QStringLiteral("<br\\s*/?>\\s*</p>"));
    body.replace(repeated, QStringLiteral("<br>"));
    body.replace(leading, QStringLiteral("\\1"));
    body.replace(trailing, QStringLiteral("</p>"));
    return body;
}

QString document(const LetterLanguage& language, const QString& title, const QString& body)
{
    QStringList fonts;
    for (const QString& family : language.fontFamilies)
        fonts << QLatin1Char('\'') + family + QLatin1Char('\'');
    fonts << QStringLiteral("sans-serif");
    const QString dir = language.rightToLeft ? QStringLiteral("rtl") : QStringLiteral("ltr");
    return QStringLiteral(
               "<html lang=\"%1\" dir=\"%2\"><head><meta charset=\"utf-8\"><title>%3</title><style>"
               "body { font-family: %4; font-size: 11pt; margin: 0; }"
               " p { margin-top: 0px; margin-bottom: 9px; }"
               " p.letterhead { font-size: 12pt; margin-bottom: 16px; }"
               " p.date { margin-bottom: 16px; }"
               " p.slip { font-size: 9.5pt; margin-bottom: 6px; }"
               " table.figures { border-collapse: collapse; border: 1px solid #777777; margin: 8px 0px; }"
               " table.figures td { border: 1px solid #777777; padding: 4px; }"
               "</style></head><body dir=\"%2\">%5</body></html>")
        .arg(language.code, dir, title.toHtmlEscaped(), fonts.join(QLatin1String(", ")), body);
}

} // namespace

namespace {

// Fills the template with the student's values in the template's language: the part of a merge after the
// template is chosen.
Result<MergedLetter> written(Store& store, const LetterRequest& request, const LetterFacts& facts,
                             const LetterTemplate& t, MergedLetter letter)
{
    const QString used = t.language;
    const LetterLanguage& language = *LetterLanguages::find(used);

    QHash<QString, QString> why;
    const QHash<QString, QString> values =
        LetterValues::format(facts, request, language, LetterTemplates::terms(store, used), &why);
    QStringList unmerged;
    const QString body = LetterMerge::fill(t.body, values, &unmerged);
    if (!unmerged.isEmpty()) {
        // Templates are checked when installed, so a gap is missing data or a bug: never print "{{".
        const QString reason = why.value(unmerged.front());
        if (!reason.isEmpty())
            return Error{reason};
        return Error{Tr::tr("The %1 for %2 could not be filled in: no value for %3. Please report this.")
                         .arg(LetterKinds::title(request.kind).toLower(), facts.fullName(),
                              unmerged.join(QLatin1String(", ")))};
    }

    letter.language = used;
    letter.version = t.version;
    letter.reviewed = t.reviewed;
    letter.templateSource = sourceName(t.source);
    letter.rightToLeft = language.rightToLeft;
    letter.title = t.title;
    letter.html = document(language, t.title, withoutEmptyLines(body));
    return letter;
}

} // namespace

Result<MergedLetter> LetterMerge::merge(Store& store, const LetterRequest& request)
{
    if (!LetterKinds::isKnown(request.kind))
        return Error{Tr::tr("\"%1\" is not a kind of letter. Use one of: %2.")
                         .arg(request.kind, LetterKinds::codes().join(QLatin1String(", ")))};
    if (!request.date.isValid())
        return Error{Tr::tr("The letter has no date. Give the day it is written.")};
    QString chosen;
    if (request.language) {
        chosen = LetterLanguages::normalize(*request.language);
        if (chosen.isEmpty())
            return Error{Tr::tr("TutorDesk has no letters in \"%1\". Use one of: %2.")
                             .arg(*request.language, LetterLanguages::codes().join(QLatin1String(", ")))};
    }
    auto loaded = LetterValues::load(store, request);
    if (!loaded)
        return loaded.error();
    const LetterFacts& facts = loaded.value();

    MergedLetter letter;
    letter.request = request;
    letter.guardianId = facts.guardianId;
    letter.studentName = facts.fullName();

    // The wanted language: chosen, else the guardian's, else the home language, else English.
    QString wanted = chosen;
    if (wanted.isEmpty()) {
        for (const QString& code : {facts.guardianLanguage, facts.homeLanguage}) {
            if (!code.trimmed().isEmpty()) {
                const QString normalized = LetterLanguages::normalize(code);
                wanted = normalized.isEmpty() ? code.trimmed() : normalized;
                break;
            }
        }
    }
    if (wanted.isEmpty())
        wanted = LetterLanguages::english().code;
    letter.wantedLanguage = wanted;

    QString used = wanted;
    std::optional<LetterTemplate> chosenTemplate;
    if (LetterLanguages::find(wanted))
        chosenTemplate = LetterTemplates::effective(store, request.kind, wanted);
    if (!chosenTemplate) {
        const QString name = languageName(wanted);
        letter.fallbackReason =
            LetterLanguages::find(wanted)
                ? Tr::tr("The family reads %1; there is no %1 %2 yet, so this one is in English.")
                      .arg(name, LetterKinds::title(request.kind).toLower())
                : Tr::tr("The family reads %1; there are no %1 letters yet, so this one is in English.")
                      .arg(name);
        used = LetterLanguages::english().code;
        chosenTemplate = LetterTemplates::effective(store, request.kind, used);
        if (!chosenTemplate)
            return Error{Tr::tr("The English %1 is missing from this copy of TutorDesk. Reinstall TutorDesk.")
                             .arg(LetterKinds::title(request.kind).toLower())};
    }
    return written(store, request, facts, *chosenTemplate, std::move(letter));
}

Result<MergedLetter> LetterMerge::mergeWith(Store& store, const LetterRequest& request,
                                            const LetterTemplate& text)
{
    if (!LetterLanguages::find(text.language))
        return Error{Tr::tr("TutorDesk has no letters in \"%1\". Use one of: %2.")
                         .arg(text.language, LetterLanguages::codes().join(QLatin1String(", ")))};
    auto loaded = LetterValues::load(store, request);
    if (!loaded)
        return loaded.error();
    MergedLetter letter;
    letter.request = request;
    letter.guardianId = loaded.value().guardianId;
    letter.studentName = loaded.value().fullName();
    letter.wantedLanguage = text.language;
    return written(store, request, loaded.value(), text, std::move(letter));
}

Result<std::vector<MergedLetter>> LetterMerge::mergeAll(Store& store,
                                                        const std::vector<LetterRequest>& requests)
{
    std::vector<MergedLetter> letters;
    letters.reserve(requests.size());
    for (const LetterRequest& request : requests) {
        auto merged = merge(store, request);
        if (!merged) {
            const QString name = store.db().queryText("SELECT trim(coalesce(nullif(preferred_name, ''), "
                                                      "first_name) || ' ' || last_name) FROM students"
                                                      " WHERE id = ?",
                                                      request.studentId);
            const QString who = name.isEmpty() ? Tr::tr("student %1").arg(request.studentId) : name;
            return Error{Tr::tr("No letters were made: the letter for %1 could not be: %2")
                             .arg(who, merged.error().message)};
        }
        letters.push_back(std::move(merged).value());
    }
    return letters;
}

QString LetterMerge::fill(const QString& body, const QHash<QString, QString>& values, QStringList* unmerged)
{
    QString result;
    result.reserve(body.size() + body.size() / 4);
    qsizetype last = 0;
    auto it = letterPlaceholderPattern().globalMatch(body);
    while (it.hasNext()) {
        const auto match = it.next();
        result += QStringView(body).mid(last, match.capturedStart() - last);
        const QString name = match.captured(1);
        const auto value = values.constFind(name);
        if (value == values.constEnd()) {
            result += match.captured(0);
            if (unmerged && !unmerged->contains(name))
                unmerged->append(name);
        } else {
            result += value->toHtmlEscaped();
        }
        last = match.capturedEnd();
    }
    result += QStringView(body).mid(last);
    return result;
}

} // namespace tutordesk
