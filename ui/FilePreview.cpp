#include "FilePreview.h"

#include "ImportText.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tutordesk {

FilePreview::FilePreview(QWidget* parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_table(new QTableWidget(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_summary->setWordWrap(true);
    m_summary->setAccessibleName(tr("How the file was read"));
    layout->addWidget(m_summary);
    m_table->setAccessibleName(tr("First rows of the file"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    layout->addWidget(m_table, 1);
}

FilePreview::~FilePreview() = default;

void FilePreview::clear()
{
    m_table->clear();
    m_table->setRowCount(0);
    m_table->setColumnCount(0);
    m_summary->clear();
}

Result<CsvInfo> FilePreview::load(const QString& path)
{
    clear();
    std::vector<CsvRecord> rows;
    // Read to the end (a few milliseconds for a school's roster) so that the row count is the
    // file's, not the preview's.
    auto info = CsvReader::readFile(path, [&rows](const CsvRecord& record) {
        if (rows.size() < rowsShown)
            rows.push_back(record);
        return true;
    });
    if (!info)
        return info;
    m_summary->setText(ImportText::fileSummary(info.value()));
    const QStringList& header = info->header;
    m_table->setColumnCount(static_cast<int>(header.size()));
    m_table->setHorizontalHeaderLabels(header);
    m_table->setRowCount(static_cast<int>(rows.size()));
    QStringList lines;
    const QLocale locale;
    for (int row = 0; row < static_cast<int>(rows.size()); ++row) {
        const CsvRecord& record = rows[static_cast<size_t>(row)];
        lines << locale.toString(record.line); // the file's own line numbers, as the report uses
        for (int column = 0; column < record.fields.size() && column < header.size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(record.fields.at(column)));
    }
    m_table->setVerticalHeaderLabels(lines);
    m_table->resizeColumnsToContents();
    for (int column = 0; column < m_table->columnCount(); ++column)
        m_table->setColumnWidth(column, std::min(m_table->columnWidth(column), 220));
    return info;
}

} // namespace tutordesk
