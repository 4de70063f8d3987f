#include "letters/LetterTemplates.h"

#include "letters/LetterFields.h"
#include "letters/LetterKinds.h"
#include "letters/LetterLanguages.h"
#include "letters/LetterPack.h"
#include "store/Store.h"
#include "store/StoreError.h"
#include "store/Transaction.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QLoggingCategory>

namespace tutordesk {

namespace {

// A class of its own, so lupdate files these strings under the context they are looked up by.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(tutordesk::LetterTemplates)
};

const char* sourceCode(LetterTemplate::Source source)
{
    return source == LetterTemplate::Source::Coordinator ? "coordinator" : "district";
}

QString readResource(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

QJsonObject parseTerms(const QString& text)
{
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8());
    return doc.isObject() ? doc.object() : QJsonObject{};
}

void overlay(QJsonObject& base, const QJsonObject& over)
{
    for (auto it = over.begin(); it != over.end(); ++it) {
        if (it.key() != QLatin1String("language") && it.value().isString() &&
            !it.value().toString().isEmpty())
            base.insert(it.key(), it.value());
    }
}

struct Row {
    LetterTemplate letter;
    QString savedBy;
    QDateTime savedAt;
};

// The stored row of one source for a kind (or 'terms') and language.
std::optional<Row> storedRow(Store& store, const QString& kind, const QString& language,
                             LetterTemplate::Source source)
{
    Statement st = store.db().prepare(
        "SELECT version, reviewed, title, body, pack_name, saved_by, saved_at FROM letter_templates"
        " WHERE kind = ? AND language = ? AND source = ?");
    st.bindAll(kind, language, sourceCode(source));
    if (!st.step())
        return std::nullopt;
    Row row;
    row.letter.kind = kind;
    row.letter.language = language;
    row.letter.version = st.text(0);
    row.letter.reviewed = st.integer(1) != 0;
    row.letter.title = st.text(2);
    row.letter.body = st.text(3);
    row.letter.packName = st.text(4);
    row.letter.source = source;
    row.savedBy = st.text(5);
    row.savedAt = QDateTime::fromString(st.text(6), Qt::ISODateWithMs);
    return row;
}

// A file of a pack checked as a template or as terms, ready to store.
struct PackEntry {
    QString kind; // or "terms"
    QString language;
    LetterTemplate letter; // for terms: body = the JSON text
};

Result<PackEntry> checkPackFile(const QString& packName, const QString& path, const QByteArray& bytes)
{
    const QString origin = packName + QLatin1Char('/') + path;
    const QStringList parts = path.split(QLatin1Char('/'));
    const QString fileName = parts.back();
    const bool html = fileName.endsWith(QLatin1String(".html"), Qt::CaseInsensitive);
    const bool terms = fileName.compare(QLatin1String("terms.json"), Qt::CaseInsensitive) == 0;
    if (parts.size() != 2)
        return Error{
            Tr::tr("%1: a template pack holds one folder per language with the letters inside, such as "
                   "es/missed-1.html. Move the file into its language's folder.")
                .arg(origin)};
    QString language;
    for (const QString& code : LetterLanguages::codes()) {
        if (code.compare(parts.front(), Qt::CaseInsensitive) == 0)
            language = code;
    }
    if (language.isEmpty())
        return Error{Tr::tr("%1: the folder \"%2\" is not a letter language. Name the folders %3.")
                         .arg(origin, parts.front(), LetterLanguages::codes().join(QLatin1String(", ")))};
    const QString text = QString::fromUtf8(bytes);
    if (terms) {
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject())
            return Error{
                Tr::tr("%1: the words file is not a JSON object (%2). Fix it like resources/letters/en/"
                       "terms.json.")
                    .arg(origin, error.error != QJsonParseError::NoError ? error.errorString()
                                                                         : Tr::tr("not an object"))};
        const QJsonObject object = doc.object();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!it.value().isString())
                return Error{Tr::tr("%1: \"%2\" must be text in quotes.").arg(origin, it.key())};
        }
        if (object.contains(QLatin1String("language")) &&
            object.value(QLatin1String("language")).toString() != language)
            return Error{
                Tr::tr("%1: the file says language \"%2\" but sits in the folder %3. Fix the language or "
                       "move the file.")
                    .arg(origin, object.value(QLatin1String("language")).toString(), language)};
        PackEntry entry{QStringLiteral("terms"), language, {}};
        entry.letter.body = QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
        return entry;
    }
    if (!html)
        return Error{
            Tr::tr("%1 is neither a letter (<kind>.html) nor the words file (terms.json). Remove it from "
                   "the pack.")
                .arg(origin)};
    const QString kind = fileName.left(fileName.size() - 5);
    if (!LetterKinds::isKnown(kind))
        return Error{Tr::tr("%1: \"%2\" is not a kind of letter. Name the file after its kind: %3.")
                         .arg(origin, kind,
                              LetterKinds::codes().join(QLatin1String(".html, ")) + QLatin1String(".html"))};
    auto parsed = LetterTemplateFile::parse(text, origin);
    if (!parsed)
        return parsed.error();
    if (parsed->kind != kind)
        return Error{Tr::tr("%1: the header says kind %2 but the file is named %3.html. Fix the kind line or "
                            "rename the file.")
                         .arg(origin, parsed->kind, kind)};
    if (parsed->language != language)
        return Error{
            Tr::tr("%1: the header says language %2 but the file is in the folder %3. Fix the language "
                   "line or move the file.")
                .arg(origin, parsed->language, language)};
    return PackEntry{kind, language, std::move(parsed).value()};
}

} // namespace

std::optional<LetterTemplate> LetterTemplates::builtIn(const QString& kind, const QString& language)
{
    if (!LetterKinds::isKnown(kind) || !LetterLanguages::find(language))
        return std::nullopt;
    const QString origin = language + QLatin1Char('/') + kind + QLatin1String(".html");
    const QString text = readResource(QStringLiteral(":/letters/") + origin);
    if (text.isEmpty())
        return std::nullopt;
    auto parsed = LetterTemplateFile::parse(text, origin);
    // A built-in file that does not check out (a translation in progress) is as good as missing: the
    // letter falls back to English rather than printing a broken one.
    if (!parsed || parsed->kind != kind || parsed->language != language) {
        qWarning("Built-in letter %s is not usable: %s", qPrintable(origin),
                 parsed ? "its header names another kind or language" : qPrintable(parsed.error().message));
        return std::nullopt;
    }
    parsed->source = LetterTemplate::Source::BuiltIn;
    return std::move(parsed).value();
}

std::optional<LetterTemplate> LetterTemplates::effective(Store& store, const QString& kind,
                                                         const QString& language)
{
    if (auto row = storedRow(store, kind, language, LetterTemplate::Source::Coordinator))
        return row->letter;
    if (auto row = storedRow(store, kind, language, LetterTemplate::Source::District))
        return row->letter;
    return builtIn(kind, language);
}

QJsonObject LetterTemplates::terms(Store& store, const QString& language)
{
    QJsonObject result = parseTerms(readResource(QStringLiteral(":/letters/en/terms.json")));
    if (language != QLatin1String("en"))
        overlay(result, parseTerms(readResource(QStringLiteral(":/letters/%1/terms.json").arg(language))));
    // Both stored sources: the coordinator's words win key by key over the district's.
    for (auto source : {LetterTemplate::Source::District, LetterTemplate::Source::Coordinator}) {
        if (auto row = storedRow(store, QStringLiteral("terms"), language, source))
            overlay(result, parseTerms(row->letter.body));
    }
    result.insert(QStringLiteral("language"), language);
    return result;
}

std::vector<TemplateStatus> LetterTemplates::overview(Store& store)
{
    std::vector<TemplateStatus> result;
    for (const QString& kind : LetterKinds::codes()) {
        for (const QString& language : LetterLanguages::codes()) {
            TemplateStatus status;
            status.kind = kind;
            status.language = language;
            const auto builtInText = builtIn(kind, language);
            const auto district = storedRow(store, kind, language, LetterTemplate::Source::District);
            const auto coordinator = storedRow(store, kind, language, LetterTemplate::Source::Coordinator);
            status.hasBuiltIn = builtInText.has_value();
            status.hasDistrict = district.has_value();
            status.hasCoordinator = coordinator.has_value();
            if (district)
                status.packName = district->letter.packName;
            const LetterTemplate* used = coordinator   ? &coordinator->letter
                                         : district    ? &district->letter
                                         : builtInText ? &*builtInText
                                                       : nullptr;
            if (used) {
                status.source = used->source;
                status.version = used->version;
                status.reviewed = used->reviewed;
            }
            if (coordinator) {
                status.savedBy = coordinator->savedBy;
                status.savedAt = coordinator->savedAt;
            }
            result.push_back(status);
        }
    }
    return result;
}

Result<int> LetterTemplates::installPack(Store& store, const QString& folderOrZip)
{
    auto read = LetterPack::read(folderOrZip);
    if (!read)
        return read.error();
    const LetterPackFiles& pack = read.value();
    std::vector<PackEntry> entries;
    int templates = 0;
    for (const auto& [path, bytes] : pack.files) {
        auto entry = checkPackFile(pack.name, path, bytes);
        if (!entry)
            return Error{entry.error().message + QLatin1Char(' ') +
                         Tr::tr("The pack was not installed; the letters in use are unchanged.")};
        if (entry->kind != QLatin1String("terms"))
            ++templates;
        entries.push_back(std::move(entry).value());
    }
    if (templates == 0)
        return Error{
            Tr::tr("%1 holds no letter templates. A template pack has one folder per language with files "
                   "such as es/missed-1.html.")
                .arg(pack.name)};
    try {
        Transaction tx(store.db());
        store.db().run("DELETE FROM letter_templates WHERE source = 'district'");
        Statement insert = store.db().prepare(
            "INSERT INTO letter_templates (kind, language, source, version, reviewed, title, body, pack_name,"
            " saved_by) VALUES (?, ?, 'district', ?, ?, ?, ?, ?, '')");
        for (const PackEntry& e : entries) {
            insert.bindAll(e.kind, e.language, e.letter.version, e.letter.reviewed, e.letter.title,
                           e.letter.body, pack.name);
            insert.run();
        }
        tx.commit();
    } catch (const StoreError& e) {
        return Error{Tr::tr("The template pack %1 could not be saved: %2. Nothing was changed.")
                         .arg(pack.name, e.message())};
    }
    return templates;
}

Result<void> LetterTemplates::removePack(Store& store)
{
    try {
        Transaction tx(store.db());
        store.db().run("DELETE FROM letter_templates WHERE source = 'district'");
        tx.commit();
    } catch (const StoreError& e) {
        return Error{Tr::tr("The district's template pack could not be removed: %1.").arg(e.message())};
    }
    return {};
}

Result<void> LetterTemplates::saveEdit(Store& store, const LetterTemplate& edited, const QString& byWhom,
                                       bool stillReviewed)
{
    if (!LetterKinds::isKnown(edited.kind))
        return Error{Tr::tr("\"%1\" is not a kind of letter. Use one of: %2.")
                         .arg(edited.kind, LetterKinds::codes().join(QLatin1String(", ")))};
    const LetterLanguage* language = LetterLanguages::find(edited.language);
    if (!language)
        return Error{Tr::tr("\"%1\" is not a language TutorDesk prints letters in. Use one of: %2.")
                         .arg(edited.language, LetterLanguages::codes().join(QLatin1String(", ")))};
    const QString origin = Tr::tr("%1 in %2").arg(LetterKinds::title(edited.kind), language->englishName);
    if (auto bad = checkLetterBody(edited.body, edited.kind, origin, 1))
        return Error{bad->message + QLatin1Char(' ') + Tr::tr("The text was not saved.")};

    // The base is what the letter would be without this coordinator's text.
    std::optional<LetterTemplate> base;
    if (auto row = storedRow(store, edited.kind, edited.language, LetterTemplate::Source::District))
        base = row->letter;
    else
        base = builtIn(edited.kind, edited.language);
    const QString version = (base ? base->version : QStringLiteral("0")) + QStringLiteral("-edited");
    const bool reviewed = stillReviewed && base && base->reviewed;
    QString title = edited.title.trimmed();
    if (title.isEmpty())
        title = base ? base->title : LetterKinds::title(edited.kind);
    try {
        store.db().run("INSERT INTO letter_templates (kind, language, source, version, reviewed, title, body,"
                       " saved_by) VALUES (?, ?, 'coordinator', ?, ?, ?, ?, ?)"
                       " ON CONFLICT (kind, language, source) DO UPDATE SET version = excluded.version,"
                       " reviewed = excluded.reviewed, title = excluded.title, body = excluded.body,"
                       " saved_by = excluded.saved_by, saved_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')",
                       edited.kind, edited.language, version, reviewed, title, edited.body, byWhom);
    } catch (const StoreError& e) {
        return Error{Tr::tr("%1 could not be saved: %2.").arg(origin, e.message())};
    }
    return {};
}

Result<void> LetterTemplates::revertEdit(Store& store, const QString& kind, const QString& language)
{
    if (!LetterKinds::isKnown(kind))
        return Error{Tr::tr("\"%1\" is not a kind of letter. Use one of: %2.")
                         .arg(kind, LetterKinds::codes().join(QLatin1String(", ")))};
    if (!LetterLanguages::find(language))
        return Error{Tr::tr("\"%1\" is not a language TutorDesk prints letters in. Use one of: %2.")
                         .arg(language, LetterLanguages::codes().join(QLatin1String(", ")))};
    try {
        store.db().run(
            "DELETE FROM letter_templates WHERE kind = ? AND language = ? AND source = 'coordinator'", kind,
            language);
    } catch (const StoreError& e) {
        return Error{Tr::tr("The edited text could not be removed: %1.").arg(e.message())};
    }
    return {};
}

} // namespace tutordesk
