#include "DayListTab.h"

#include "SessionText.h"
#include "schedule/DayListReport.h"
#include "schedule/ScheduleQuery.h"
#include "schedule/ScheduleText.h"
#include "schedule/SchoolCalendar.h"
#include "store/StoreError.h"

#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTextDocument>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace tutordesk {

namespace {

constexpr int sessionIdRole = Qt::UserRole;

} // namespace

DayListTab::DayListTab(QWidget* parent)
    : QWidget(parent)
    , m_date(new QDateEdit(this))
    , m_summary(new QLabel(this))
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_print(new QPushButton(tr("&Print…"), this))
    , m_pdf(new QPushButton(tr("Save as P&DF…"), this))
{
    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    auto* dayLabel = new QLabel(tr("&Day:"), this);
    dayLabel->setBuddy(m_date);
    top->addWidget(dayLabel);
    auto* previous = new QToolButton(this);
    previous->setText(QStringLiteral("◀"));
    previous->setToolTip(tr("The day before"));
    previous->setAccessibleName(tr("The day before"));
    auto* next = new QToolButton(this);
    next->setText(QStringLiteral("▶"));
    next->setToolTip(tr("The day after"));
    next->setAccessibleName(tr("The day after"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QLocale().dateFormat(QLocale::LongFormat));
    m_date->setDate(QDate::currentDate());
    // Room for the longest day name and month in the user's language.
    m_date->setMinimumWidth(
        m_date->fontMetrics().horizontalAdvance(QLocale().toString(QDate(2026, 9, 30), QLocale::LongFormat)) +
        48);
    top->addWidget(previous);
    top->addWidget(m_date);
    top->addWidget(next);
    top->addSpacing(12);
    top->addWidget(m_summary, 1);
    m_print->setToolTip(tr("Print the day list with a column to take attendance by hand"));
    m_pdf->setToolTip(tr("Save the printable day list as a PDF file"));
    top->addWidget(m_print);
    top->addWidget(m_pdf);
    layout->addLayout(top);

    m_table->setHorizontalHeaderLabels(
        {tr("Time"), tr("Group"), tr("Room"), tr("Tutor"), tr("Students"), tr("Status")});
    m_table->setAccessibleName(tr("Sessions of the day"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(RoomColumn, QHeaderView::Interactive);
    m_table->horizontalHeader()->setSectionResizeMode(StudentsColumn, QHeaderView::Stretch);
    layout->addWidget(m_table, 1);

    connect(previous, &QToolButton::clicked, this, [this] { showDay(day().addDays(-1)); });
    connect(next, &QToolButton::clicked, this, [this] { showDay(day().addDays(1)); });
    connect(m_date, &QDateEdit::dateChanged, this, &DayListTab::reload);
    connect(m_print, &QPushButton::clicked, this, &DayListTab::print);
    connect(m_pdf, &QPushButton::clicked, this, &DayListTab::saveAsPdf);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int row, int) {
        Q_EMIT sessionActivated(m_table->item(row, TimeColumn)->data(sessionIdRole).toLongLong());
    });
}

DayListTab::~DayListTab() = default;

void DayListTab::setStore(Store* store)
{
    m_store = store;
    reload();
}

QDate DayListTab::day() const
{
    return m_date->date();
}

void DayListTab::showDay(const QDate& day)
{
    if (day == m_date->date())
        reload();
    else
        m_date->setDate(day); // reloads
}

void DayListTab::reload()
{
    m_sessions.clear();
    QString dayOff;
    if (m_store) {
        try {
            m_sessions = ScheduleQuery::range(*m_store, day(), day());
            const SchoolCalendar calendar = SchoolCalendar::load(*m_store);
            if (!calendar.isSchoolDay(day())) {
                const QString label = calendar.labelOf(day());
                dayOff = label.isEmpty() ? SchoolCalendar::title(calendar.kindOf(day())) : label;
            }
        } catch (const StoreError& e) {
            Q_EMIT problem(tr("The day's sessions could not be read: %1").arg(e.message()));
        }
    }
    fill();
    int students = 0;
    int held = 0;
    for (const ScheduledSession& s : m_sessions) {
        if (!s.isCancelled()) {
            ++held;
            students += static_cast<int>(s.students.size());
        }
    }
    QString summary = m_sessions.empty()
                          ? tr("No sessions on this day.")
                          : tr("%1 · %2", "sessions · students")
                                .arg(tr("%n session(s)", nullptr, held), SessionText::students(students));
    if (!dayOff.isEmpty())
        summary = tr("%1 — no school. %2", "day off — sessions").arg(dayOff, summary);
    m_summary->setText(summary);
    m_print->setEnabled(m_store != nullptr);
    m_pdf->setEnabled(m_store != nullptr);
}

void DayListTab::fill()
{
    m_table->setRowCount(static_cast<int>(m_sessions.size()));
    const QColor muted = palette().color(QPalette::Disabled, QPalette::Text);
    for (int row = 0; row < static_cast<int>(m_sessions.size()); ++row) {
        const ScheduledSession& s = m_sessions[static_cast<std::size_t>(row)];
        QStringList names;
        for (const ScheduledSession::Student& student : s.students)
            names << student.name;
        const QString cells[ColumnCount] = {ScheduleText::timeRange(s.start, s.minutes),
                                            s.groupName,
                                            s.location,
                                            SessionText::teacher(s),
                                            names.join(tr(", ", "list separator")),
                                            SessionText::status(s)};
        for (int column = 0; column < ColumnCount; ++column) {
            auto* item = new QTableWidgetItem(cells[column]);
            if (column == TimeColumn)
                item->setData(sessionIdRole, QVariant::fromValue(static_cast<qint64>(s.id)));
            if (s.isCancelled())
                item->setForeground(muted);
            if (s.needsCover && column == StatusColumn)
                item->setForeground(QColor(0xa4, 0x26, 0x2c));
            m_table->setItem(row, column, item);
        }
    }
    // Rooms stay readable without a long meeting link pushing the students off the page.
    m_table->resizeColumnToContents(RoomColumn);
    m_table->setColumnWidth(RoomColumn, std::min(m_table->columnWidth(RoomColumn), 220));
    m_table->resizeRowsToContents();
}

void DayListTab::printOn(QPrinter& printer)
{
    if (!m_store)
        return;
    QTextDocument document;
    try {
        document.setHtml(DayListReport::html(*m_store, day()));
    } catch (const StoreError& e) {
        Q_EMIT problem(tr("The day list could not be made: %1").arg(e.message()));
        return;
    }
    printer.setDocName(tr("Day list %1").arg(QLocale().toString(day(), QLocale::ShortFormat)));
    document.print(&printer);
}

void DayListTab::print()
{
    if (!m_store)
        return;
    if (!m_printer)
        m_printer = std::make_unique<QPrinter>(QPrinter::HighResolution);
    m_printer->setOutputFormat(QPrinter::NativeFormat);
    auto* dialog = new QPrintDialog(m_printer.get(), this);
    dialog->setWindowTitle(tr("Print Day List"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        printOn(*m_printer);
        Q_EMIT done(tr("The day list for %1 was sent to the printer.")
                        .arg(QLocale().toString(day(), QLocale::LongFormat)));
    });
    dialog->open();
}

void DayListTab::saveAsPdf()
{
    if (!m_store)
        return;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested =
        QDir(folder).filePath(tr("Day list %1.pdf", "file name").arg(day().toString(Qt::ISODate)));
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Save Day List as PDF"), suggested, tr("PDF files (*.pdf)"));
    if (!path.isEmpty() && writePdf(path))
        Q_EMIT done(tr("The day list was saved to %1.").arg(QDir::toNativeSeparators(path)));
}

bool DayListTab::writePdf(const QString& path)
{
    if (!m_store)
        return false;
    QFile::remove(path); // the file dialog asked before replacing it; what is there now is ours
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    printOn(printer);
    const QFileInfo written(path);
    if (!written.exists() || written.size() == 0) {
        Q_EMIT problem(tr("The day list could not be saved to %1: check that the folder exists and that you "
                          "may write there.")
                           .arg(QDir::toNativeSeparators(path)));
        return false;
    }
    return true;
}

} // namespace tutordesk
