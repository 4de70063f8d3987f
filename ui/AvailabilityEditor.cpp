#include "AvailabilityEditor.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace tutordesk {

namespace {

enum Column { DayColumn, FromColumn, ToColumn, ColumnCount };

QTimeEdit* timeEdit(const QTime& time, const QString& accessibleName, QWidget* parent)
{
    auto* edit = new QTimeEdit(time, parent);
    // Hours and minutes: some locales' short format still shows seconds.
    QString format = QLocale().timeFormat(QLocale::ShortFormat);
    format.remove(QLatin1String(":ss"));
    edit->setDisplayFormat(format);
    edit->setAccessibleName(accessibleName);
    edit->setFrame(false);
    return edit;
}

} // namespace

AvailabilityEditor::AvailabilityEditor(QWidget* parent)
    : QWidget(parent)
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_add(new QPushButton(tr("Add &Time"), this))
    , m_remove(new QPushButton(tr("Remove Ti&me"), this))
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_table->setHorizontalHeaderLabels({tr("Day"), tr("From"), tr("To")});
    m_table->setAccessibleName(tr("Weekly availability"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 14);
    layout->addWidget(m_table, 1);

    auto* buttons = new QVBoxLayout;
    m_add->setToolTip(tr("Add a day and the hours the tutor can teach on it"));
    m_remove->setToolTip(tr("Remove the selected row"));
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    layout->addLayout(buttons);
    connect(m_add, &QPushButton::clicked, this, &AvailabilityEditor::addRow);
    connect(m_remove, &QPushButton::clicked, this, &AvailabilityEditor::removeSelectedRow);
}

AvailabilityEditor::~AvailabilityEditor() = default;

void AvailabilityEditor::setWindows(const std::vector<AvailabilityWindow>& windows)
{
    m_table->setRowCount(0);
    for (const AvailabilityWindow& w : windows)
        insertRow(w);
}

std::vector<AvailabilityWindow> AvailabilityEditor::windows() const
{
    std::vector<AvailabilityWindow> out;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const auto* day = qobject_cast<QComboBox*>(m_table->cellWidget(row, DayColumn));
        const auto* from = qobject_cast<QTimeEdit*>(m_table->cellWidget(row, FromColumn));
        const auto* to = qobject_cast<QTimeEdit*>(m_table->cellWidget(row, ToColumn));
        if (day && from && to)
            out.push_back({day->currentData().toInt(), from->time(), to->time()});
    }
    return out;
}

void AvailabilityEditor::addRow()
{
    AvailabilityWindow next{1, QTime(8, 0), QTime(14, 30)};
    const std::vector<AvailabilityWindow> current = windows();
    if (!current.empty()) {
        next = current.back();
        next.weekday = next.weekday % 5 + 1; // Monday to Friday, then round again
    }
    insertRow(next);
    m_table->setCurrentCell(m_table->rowCount() - 1, DayColumn);
    if (QWidget* day = m_table->cellWidget(m_table->rowCount() - 1, DayColumn))
        day->setFocus(Qt::OtherFocusReason);
}

void AvailabilityEditor::removeSelectedRow()
{
    int row = m_table->currentRow();
    if (row < 0)
        row = m_table->rowCount() - 1;
    if (row >= 0)
        m_table->removeRow(row);
}

void AvailabilityEditor::insertRow(const AvailabilityWindow& window)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto* day = new QComboBox(m_table);
    const QLocale locale;
    for (int weekday = 1; weekday <= 7; ++weekday)
        day->addItem(locale.dayName(weekday, QLocale::LongFormat), weekday);
    day->setCurrentIndex(day->findData(window.weekday));
    day->setAccessibleName(tr("Day"));
    day->setFrame(false);
    m_table->setCellWidget(row, DayColumn, day);
    m_table->setCellWidget(row, FromColumn, timeEdit(window.from, tr("Available from"), m_table));
    m_table->setCellWidget(row, ToColumn, timeEdit(window.to, tr("Available until"), m_table));
    // The current row follows the keyboard into its fields, so "Remove Time" removes that one.
    for (int column = 0; column < ColumnCount; ++column)
        m_table->cellWidget(row, column)->installEventFilter(this);
}

bool AvailabilityEditor::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::FocusIn) {
        for (int row = 0; row < m_table->rowCount(); ++row) {
            for (int column = 0; column < ColumnCount; ++column) {
                if (m_table->cellWidget(row, column) == watched)
                    m_table->setCurrentCell(row, column);
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace tutordesk
