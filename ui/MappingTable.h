#pragma once

#include "roster/ColumnMapping.h"

#include <QStringList>
#include <QWidget>

#include <vector>

class QComboBox;
class QLabel;
class QTableWidget;

namespace tutordesk {

// The "which column is which" table of the import dialog: one row per TutorDesk field (its name,
// whether it is required, and a list of the file's columns to choose from), filled from a mapping
// core proposed or saved, and read back as a ColumnMapping.
class MappingTable final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MappingTable)

public:
    explicit MappingTable(QWidget* parent = nullptr);
    ~MappingTable() override;

    // The fields to map and the file's header; every choice starts from `mapping`.
    void setup(const QString& kind, const std::vector<FieldSpec>& fields, const QStringList& header,
               const ColumnMapping& mapping);
    void clear();
    ColumnMapping mapping() const;
    const QStringList& header() const { return m_header; }

    QTableWidget* table() const { return m_table; }
    // The column chooser of a field (by FieldSpec::key), for tests.
    QComboBox* chooser(const QString& fieldKey) const;

Q_SIGNALS:
    void mappingChanged();

private:
    void showMissing();

    QTableWidget* m_table = nullptr;
    QLabel* m_missing = nullptr;
    QString m_kind;
    std::vector<FieldSpec> m_fields;
    QStringList m_header;
};

} // namespace tutordesk
