#include "MappingTable.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tutordesk {

namespace {

enum { FieldColumn, NeededColumn, FileColumn };

} // namespace

MappingTable::MappingTable(QWidget* parent)
    : QWidget(parent)
    , m_table(new QTableWidget(this))
    , m_missing(new QLabel(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_table->setColumnCount(3);
    m_table->setHorizontalHeaderLabels({tr("TutorDesk field"), tr("Needed"), tr("Column in your file")});
    m_table->setAccessibleName(tr("Columns"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(FieldColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(NeededColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);

    m_missing->setWordWrap(true);
    m_missing->setStyleSheet(QStringLiteral("color: #a4262c;")); // dark red, as on the Students page
    m_missing->hide();
    layout->addWidget(m_missing);
}

MappingTable::~MappingTable() = default;

void MappingTable::setup(const QString& kind, const std::vector<FieldSpec>& fields, const QStringList& header,
                         const ColumnMapping& mapping)
{
    clear();
    m_kind = kind;
    m_fields = fields;
    m_header = header;
    m_table->setRowCount(static_cast<int>(fields.size()));
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const FieldSpec& field = fields[static_cast<size_t>(row)];
        auto* name = new QTableWidgetItem(field.label);
        if (field.required) {
            QFont bold = name->font();
            bold.setBold(true);
            name->setFont(bold);
        }
        m_table->setItem(row, FieldColumn, name);
        m_table->setItem(row, NeededColumn,
                         new QTableWidgetItem(field.required ? tr("Required") : tr("Optional")));

        auto* box = new QComboBox(m_table);
        box->setAccessibleName(tr("Column for %1").arg(field.label));
        box->addItem(tr("— not in file —"), -1);
        for (int column = 0; column < header.size(); ++column)
            box->addItem(header.at(column), column);
        const std::optional<int> chosen = mapping.columnOf(field.key, header);
        box->setCurrentIndex(chosen ? *chosen + 1 : 0);
        connect(box, &QComboBox::currentIndexChanged, this, [this] {
            showMissing();
            Q_EMIT mappingChanged();
        });
        m_table->setCellWidget(row, FileColumn, box);
    }
    showMissing();
}

void MappingTable::clear()
{
    m_table->setRowCount(0);
    m_fields.clear();
    m_header.clear();
    m_missing->hide();
}

QComboBox* MappingTable::chooser(const QString& fieldKey) const
{
    for (size_t row = 0; row < m_fields.size(); ++row) {
        if (m_fields[row].key == fieldKey)
            return qobject_cast<QComboBox*>(m_table->cellWidget(static_cast<int>(row), FileColumn));
    }
    return nullptr;
}

ColumnMapping MappingTable::mapping() const
{
    ColumnMapping mapping(m_kind);
    for (size_t row = 0; row < m_fields.size(); ++row) {
        const auto* box = qobject_cast<QComboBox*>(m_table->cellWidget(static_cast<int>(row), FileColumn));
        const int column = box ? box->currentData().toInt() : -1;
        if (column >= 0)
            mapping.set(m_fields[row].key, m_header.at(column));
    }
    return mapping;
}

// Core says which required fields have no column; the table only shows it.
void MappingTable::showMissing()
{
    QStringList labels;
    for (const FieldSpec& field : mapping().missingRequired(m_fields, m_header))
        labels << field.label;
    m_missing->setText(tr("Choose a column for: %1.").arg(labels.join(tr(", "))));
    m_missing->setVisible(!labels.isEmpty());
}

} // namespace tutordesk
