#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace tutordesk {

// A field TutorDesk reads from a file, and the header names district systems give it.
struct FieldSpec {
    QString key;   // stable, used in mapping files: "districtId", "lastName", …
    QString label; // for people, translated: "District student ID"
    bool required = false;
    QStringList synonyms; // header names that mean this field, any case, spacing or punctuation
};

// Which column of a file holds which field, by header name so that it still applies next term
// when the columns move. Proposed from the header, confirmed or edited by the coordinator,
// saved for next time and readable by the CLI as a JSON file:
//   {"version": 1, "kind": "roster", "columns": {"districtId": "Perm ID", "lastName": "Last Name"}}
class ColumnMapping final {
public:
    ColumnMapping() = default;
    explicit ColumnMapping(QString kind);

    // Matches each header name to at most one field and each field to at most one column:
    // exact (normalized) names first, then synonyms, in the order the fields are listed.
    static ColumnMapping propose(const QString& kind, const std::vector<FieldSpec>& fields,
                                 const QStringList& header);
    // `source` names the file in messages.
    static Result<ColumnMapping> fromJson(const QByteArray& json, const QString& source);
    QByteArray toJson() const;

    const QString& kind() const { return m_kind; }
    void set(const QString& field, const QString& headerName);
    void clear(const QString& field);
    std::optional<QString> headerFor(const QString& field) const;
    const QHash<QString, QString>& columns() const { return m_columns; }

    // The 0-based index in `header` of the column mapped to `field`, if it is there.
    std::optional<int> columnOf(const QString& field, const QStringList& header) const;
    // Required fields with no column in this header, in the order of `fields`.
    std::vector<FieldSpec> missingRequired(const std::vector<FieldSpec>& fields,
                                           const QStringList& header) const;

    bool operator==(const ColumnMapping&) const = default;

    // "Student ID", "student_id" and " STUDENT-ID " all become "studentid" (accents folded too).
    static QString normalizeHeader(const QString& name);

private:
    QString m_kind;
    QHash<QString, QString> m_columns; // field key → header name as the file spells it
};

} // namespace tutordesk
