#include "roster/ColumnMapping.h"

#include "common/TextFold.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace tutordesk {

namespace {
// A class of its own, so lupdate files these strings under the context they are looked up by.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(tutordesk::ColumnMapping)
};
} // namespace

ColumnMapping::ColumnMapping(QString kind)
    : m_kind(std::move(kind))
{}

QString ColumnMapping::normalizeHeader(const QString& name)
{
    const QString folded = foldForSearch(name);
    QString normalized;
    normalized.reserve(folded.size());
    for (const QChar c : folded) {
        if (c.isLetterOrNumber())
            normalized.append(c);
    }
    return normalized;
}

ColumnMapping ColumnMapping::propose(const QString& kind, const std::vector<FieldSpec>& fields,
                                     const QStringList& header)
{
    ColumnMapping mapping(kind);
    QStringList normalized;
    for (const QString& name : header)
        normalized << normalizeHeader(name);
    QSet<int> taken;
    const auto claim = [&](const FieldSpec& field, const QString& wanted) {
        for (int i = 0; i < normalized.size(); ++i) {
            if (!taken.contains(i) && !wanted.isEmpty() && normalized.at(i) == wanted) {
                mapping.set(field.key, header.at(i));
                taken.insert(i);
                return true;
            }
        }
        return false;
    };
    // A column named exactly like a field's key wins over a synonym of another field.
    std::vector<const FieldSpec*> unmatched;
    for (const FieldSpec& field : fields) {
        if (!claim(field, normalizeHeader(field.key)))
            unmatched.push_back(&field);
    }
    for (const FieldSpec* field : unmatched) {
        bool claimed = false;
        for (const QString& synonym : field->synonyms) {
            if ((claimed = claim(*field, normalizeHeader(synonym))))
                break;
        }
        // Last, the field's label in the coordinator's language: what the import report tells her to
        // rename a column to ("Rename that column to "Número de estudiante"") must then be found.
        if (!claimed)
            claim(*field, normalizeHeader(field->label));
    }
    return mapping;
}

Result<ColumnMapping> ColumnMapping::fromJson(const QByteArray& json, const QString& source)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error{Tr::tr("%1 is not a mapping file: %2 at character %3.")
                         .arg(source, parseError.errorString())
                         .arg(parseError.offset)};
    const QJsonObject root = document.object();
    if (root.value(QStringLiteral("version")).toInt() != 1)
        return Error{Tr::tr("%1: a mapping file needs \"version\": 1.").arg(source)};
    const QJsonValue columns = root.value(QStringLiteral("columns"));
    if (!columns.isObject())
        return Error{Tr::tr("%1: a mapping file needs a \"columns\" object of field names and column names.")
                         .arg(source)};
    ColumnMapping mapping(root.value(QStringLiteral("kind")).toString());
    const QJsonObject object = columns.toObject();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (!it.value().isString())
            return Error{
                Tr::tr("%1: the column for \"%2\" must be text (the header name).").arg(source, it.key())};
        mapping.set(it.key(), it.value().toString());
    }
    return mapping;
}

QByteArray ColumnMapping::toJson() const
{
    QJsonObject columns;
    for (auto it = m_columns.constBegin(); it != m_columns.constEnd(); ++it)
        columns.insert(it.key(), it.value());
    return QJsonDocument(QJsonObject{{QStringLiteral("version"), 1},
                                     {QStringLiteral("kind"), m_kind},
                                     {QStringLiteral("columns"), columns}})
        .toJson(QJsonDocument::Indented);
}

void ColumnMapping::set(const QString& field, const QString& headerName)
{
    m_columns.insert(field, headerName);
}

void ColumnMapping::clear(const QString& field)
{
    m_columns.remove(field);
}

std::optional<QString> ColumnMapping::headerFor(const QString& field) const
{
    const auto it = m_columns.constFind(field);
    return it == m_columns.constEnd() ? std::nullopt : std::optional<QString>(*it);
}

std::optional<int> ColumnMapping::columnOf(const QString& field, const QStringList& header) const
{
    const auto name = headerFor(field);
    if (!name)
        return std::nullopt;
    // The exact name first; then the same name spelled with other case or spacing.
    if (const int exact = static_cast<int>(header.indexOf(*name)); exact >= 0)
        return exact;
    const QString wanted = normalizeHeader(*name);
    for (int i = 0; i < header.size(); ++i) {
        if (normalizeHeader(header.at(i)) == wanted)
            return i;
    }
    return std::nullopt;
}

std::vector<FieldSpec> ColumnMapping::missingRequired(const std::vector<FieldSpec>& fields,
                                                      const QStringList& header) const
{
    std::vector<FieldSpec> missing;
    for (const FieldSpec& field : fields) {
        if (field.required && !columnOf(field.key, header))
            missing.push_back(field);
    }
    return missing;
}

} // namespace tutordesk
