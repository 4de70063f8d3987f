#include "CalendarPage.h"

#include "CalendarDaysModel.h"
#include "CalendarMonthView.h"
#include "CalendarSidePanel.h"
#include "EnterOpens.h"
#include "FileImportFlow.h"
#include "MessageBar.h"
#include "PageHeading.h"
#include "SessionChangesText.h"
#include "schedule/CalendarEditor.h"
#include "schedule/CalendarImport.h"
#include "store/StoreError.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <functional>

namespace tutordesk {

CalendarPage::CalendarPage(QWidget* parent)
    : QWidget(parent)
    , m_model(new CalendarDaysModel(this))
    , m_table(new QTableView(this))
    , m_side(new CalendarSidePanel(this))
    , m_messages(new MessageBar(this))
    , m_summary(new QLabel(this))
    , m_empty(new QLabel(this))
    , m_add(new QPushButton(tr("&Add Day Off…"), this))
    , m_edit(new QPushButton(tr("E&dit…"), this))
    , m_schoolDay(new QPushButton(tr("Make &School Day"), this))
    , m_import(new QPushButton(tr("I&mport…"), this))
    , m_importFlow(new FileImportFlow(this))
{
    auto* layout = new QVBoxLayout(this);
    m_summary->setAccessibleName(tr("School days this year"));
    m_add->setToolTip(tr("Add a holiday, a break, a minimum day or a non-instructional day"));
    m_edit->setToolTip(tr("Change the kind or description of the selected days (double-click or Enter)"));
    m_schoolDay->setToolTip(
        tr("Make the selected days ordinary school days again; their sessions come back"));
    m_import->setToolTip(tr("Bring in the calendar your district sends, saved as CSV"));
    layout->addLayout(
        makePageHeader(tr("Calendar"), this, m_summary, {m_add, m_edit, m_schoolDay, m_import}));
    layout->addWidget(m_messages);
    m_empty->setWordWrap(true);
    m_empty->hide();
    layout->addWidget(m_empty);

    m_table->setModel(m_model);
    m_table->setAccessibleName(tr("Holidays, breaks and minimum days"));
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto* split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(QStringLiteral("calendarSplit")); // its sizes are remembered by this name
    split->addWidget(m_table);
    split->addWidget(m_side);
    split->setStretchFactor(0, 1);
    split->setCollapsible(0, false);
    split->setCollapsible(1, false);
    layout->addWidget(split, 1);

    new EnterOpens(m_table, [this] { editSelected(); });

    connect(m_table, &QTableView::doubleClicked, this, &CalendarPage::editSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &CalendarPage::updateActions);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (!current.isValid())
                    return;
                m_side->showDay(current.data(CalendarDaysModel::DateRole).toDate());
            });
    connect(m_side, &CalendarSidePanel::dateSelected, this, &CalendarPage::selectDay);
    connect(m_side, &CalendarSidePanel::dateActivated, this, [this](const QDate& day) {
        if (m_model->rowOf(day) >= 0)
            editSelected();
        else
            addDayOff();
    });
    connect(m_add, &QPushButton::clicked, this, &CalendarPage::addDayOff);
    connect(m_edit, &QPushButton::clicked, this, &CalendarPage::editSelected);
    connect(m_schoolDay, &QPushButton::clicked, this, &CalendarPage::makeSelectedSchoolDay);
    connect(m_import, &QPushButton::clicked, this, &CalendarPage::importCalendar);
    connect(m_side, &CalendarSidePanel::minimumDayMinutesApplied, this, &CalendarPage::saveMinimumDayMinutes);
    connect(m_importFlow, &FileImportFlow::failed, m_messages, &MessageBar::showProblem);
    connect(m_importFlow, &FileImportFlow::imported, this, [this](const ImportReport& report) {
        const QLocale locale;
        changed(tr("Imported the calendar: %n new day(s), %1 changed, %2 unchanged. Sessions from today on "
                   "follow it.",
                   nullptr, report.added)
                    .arg(locale.toString(report.updated), locale.toString(report.unchanged)));
    });
    updateActions();
}

CalendarPage::~CalendarPage() = default;

void CalendarPage::setStore(Store* store)
{
    if (m_dialog)
        m_dialog->reject(); // it edits the previous school's calendar
    if (ImportReviewDialog* review = importReview())
        review->reject();
    m_store = store;
    m_messages->hide();
    reload();
}

void CalendarPage::setToday(const QDate& today)
{
    m_today = today;
}

QDate CalendarPage::today() const
{
    return m_today.isValid() ? m_today : QDate::currentDate();
}

void CalendarPage::reload()
{
    const std::vector<QDate> selected = selectedDays();
    m_calendar = SchoolCalendar();
    m_minimumDayMinutes = CalendarEditor::defaultMinimumDayMinutes;
    if (m_store) {
        try {
            m_calendar = SchoolCalendar::load(*m_store);
            m_minimumDayMinutes = CalendarEditor::minimumDayMinutes(*m_store);
        } catch (const StoreError& e) {
            m_messages->showProblem(tr("The calendar could not be read: %1").arg(e.message()));
        }
    }
    m_model->setEntries(m_calendar.entries());
    m_side->setCalendar(&m_calendar, m_minimumDayMinutes, m_store && m_calendar.yearStart().isValid());
    if (m_model->rowCount() > 0)
        m_table->resizeColumnsToContents();
    for (const QDate& day : selected) {
        const int row = m_model->rowOf(day);
        if (row >= 0)
            m_table->selectionModel()->select(m_model->index(row, 0),
                                              QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
    if (selected.empty()) {
        m_side->showDay(today()); // the month view keeps it inside the school year
        scrollToNextDayOff();
    }
    showSummary();
    updateActions();
}

// The list opens at the next day off, not at last August's. A view not laid out yet has no room to
// scroll, so a hidden page does it when it is shown.
void CalendarPage::scrollToNextDayOff()
{
    if (!isVisible()) {
        m_scrollWhenShown = true;
        return;
    }
    m_scrollWhenShown = false;
    const QDate now = today();
    const auto next = std::find_if(m_calendar.entries().begin(), m_calendar.entries().end(),
                                   [&now](const CalendarEntry& e) { return e.day >= now; });
    if (next != m_calendar.entries().end())
        m_table->scrollTo(m_model->index(static_cast<int>(next - m_calendar.entries().begin()), 0),
                          QAbstractItemView::PositionAtTop);
}

void CalendarPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_scrollWhenShown) // after the layout has given the list its size
        QMetaObject::invokeMethod(this, &CalendarPage::scrollToNextDayOff, Qt::QueuedConnection);
}

void CalendarPage::showSummary()
{
    const bool hasYear = m_calendar.yearStart().isValid();
    int daysOff = 0;
    int minimum = 0;
    int nonInstructional = 0;
    for (const CalendarEntry& entry : m_calendar.entries()) {
        daysOff += entry.kind == DayKind::Holiday || entry.kind == DayKind::Break;
        minimum += entry.kind == DayKind::MinimumDay;
        nonInstructional += entry.kind == DayKind::NonInstructional;
    }
    QStringList parts;
    if (hasYear) {
        parts << tr("%n school day(s)", nullptr, m_calendar.schoolDayCount())
              << tr("%n holiday(s) and break day(s)", nullptr, daysOff)
              << tr("%n minimum day(s)", nullptr, minimum);
        if (nonInstructional > 0)
            parts << tr("%n non-instructional day(s)", nullptr, nonInstructional);
    }
    m_summary->setText(parts.join(tr(", ")));
    if (m_store && !hasYear) {
        m_empty->setText(tr("No school year yet. Set up your school with the first and last day of the year, "
                            "then add its holidays here."));
    } else if (m_store && m_calendar.entries().empty()) {
        m_empty->setText(tr("No holidays or breaks yet. Add your days off, or import the calendar your "
                            "district sends."));
    }
    m_empty->setVisible(m_store && (!hasYear || m_calendar.entries().empty()));
}

std::vector<QDate> CalendarPage::selectedDays() const
{
    std::vector<QDate> days;
    for (const QModelIndex& row : m_table->selectionModel()->selectedRows())
        days.push_back(row.data(CalendarDaysModel::DateRole).toDate());
    std::sort(days.begin(), days.end());
    return days;
}

void CalendarPage::selectDay(const QDate& day)
{
    const int row = m_model->rowOf(day);
    if (row < 0) {
        m_table->clearSelection();
    } else {
        const QModelIndex index = m_model->index(row, CalendarDaysModel::DateColumn);
        m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                              QItemSelectionModel::Rows);
        m_table->scrollTo(index);
    }
    m_side->showDay(day);
}

void CalendarPage::updateActions()
{
    const bool hasYear = m_store && m_calendar.yearStart().isValid();
    const bool selected = !selectedDays().empty();
    m_add->setEnabled(hasYear);
    m_import->setEnabled(hasYear);
    m_edit->setEnabled(hasYear && selected);
    m_schoolDay->setEnabled(hasYear && selected);
}

void CalendarPage::changed(const QString& message)
{
    m_messages->showInfo(message);
    reload();
    Q_EMIT scheduleChanged();
}

void CalendarPage::openDialog(CalendarDayDialog* dialog)
{
    m_dialog = dialog;
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &QDialog::accepted, this, [this] { saveDays(m_dialog->entries()); });
    m_dialog->open();
}

void CalendarPage::addDayOff()
{
    if (!m_store || m_dialog || !m_calendar.yearStart().isValid())
        return;
    QDate day = m_side->selectedDate();
    if (!m_calendar.isSchoolDay(day))
        day = m_calendar.schoolDayAfter(std::max(today(), m_calendar.yearStart()).addDays(-1), 1);
    if (!day.isValid())
        day = m_calendar.yearEnd();
    openDialog(new CalendarDayDialog(m_calendar, day, this));
}

void CalendarPage::editSelected()
{
    const std::vector<QDate> days = selectedDays();
    if (!m_store || m_dialog || days.empty())
        return;
    openDialog(new CalendarDayDialog(m_calendar, days, this));
}

void CalendarPage::makeSelectedSchoolDay()
{
    const std::vector<QDate> days = selectedDays();
    if (!days.empty())
        clearDays(days);
}

bool CalendarPage::saveDays(const std::vector<CalendarEntry>& days)
{
    if (m_store && days.empty()) {
        m_messages->showProblem(tr("Nothing was saved: the dates chosen are all weekends."));
        return false;
    }
    const bool shortens = std::all_of(days.begin(), days.end(),
                                      [](const CalendarEntry& e) { return e.kind == DayKind::MinimumDay; });
    const bool saved = apply([&] { return CalendarEditor::setDays(*m_store, days, today()); },
                             shortens ? Changed::Shortened : Changed::Changed);
    if (saved)
        selectDay(days.front().day);
    return saved;
}

bool CalendarPage::clearDays(const std::vector<QDate>& days)
{
    if (days.empty())
        return false;
    const bool cleared =
        apply([&] { return CalendarEditor::clearDays(*m_store, days, today()); }, Changed::Lengthened);
    if (cleared)
        selectDay(days.front());
    return cleared;
}

bool CalendarPage::saveMinimumDayMinutes(int minutes)
{
    return apply([&] { return CalendarEditor::setMinimumDayMinutes(*m_store, minutes, today()); },
                 minutes < m_minimumDayMinutes ? Changed::Shortened : Changed::Lengthened);
}

bool CalendarPage::apply(const std::function<Result<SessionChanges>()>& change, Changed word)
{
    if (!m_store)
        return false;
    Result<SessionChanges> done = Error{};
    try {
        done = change();
    } catch (const StoreError& e) {
        done = Error{tr("The calendar could not be saved: %1").arg(e.message())};
    }
    if (!done) {
        m_messages->showProblem(done.error().message); // core's words; nothing changed
        return false;
    }
    changed(SessionChangesText::describe(done.value(), word));
    return true;
}

void CalendarPage::importCalendar()
{
    if (!m_store)
        return;
    const QString path = FileImportFlow::chooseCsv(this, tr("Import Calendar"));
    if (!path.isEmpty())
        importCalendarFrom(path);
}

void CalendarPage::importCalendarFrom(const QString& path)
{
    if (!m_store)
        return;
    Store* store = m_store;
    const QDate day = today();
    m_importFlow->start(
        tr("Import Calendar"),
        [store, path, day](bool dryRun) { return CalendarImport::importFile(*store, path, dryRun, day); },
        [](const ImportReport& report) {
            if (!report.ok())
                return tr("%n line(s) read.", nullptr, report.read);
            const QLocale locale;
            return tr("%1 in the file: %2 new, %3 changed, %4 already in the calendar. Sessions from today "
                      "on will follow the new calendar.")
                .arg(tr("%n day(s)", nullptr, report.added + report.updated + report.unchanged),
                     locale.toString(report.added), locale.toString(report.updated),
                     locale.toString(report.unchanged));
        });
}

CalendarMonthView* CalendarPage::monthView() const
{
    return m_side->monthView();
}

QLabel* CalendarPage::dayLabel() const
{
    return m_side->dayLabel();
}

QSpinBox* CalendarPage::minimumMinutesBox() const
{
    return m_side->minutesBox();
}

QPushButton* CalendarPage::minimumMinutesButton() const
{
    return m_side->applyButton();
}

ImportReviewDialog* CalendarPage::importReview() const
{
    return m_importFlow->review();
}

} // namespace tutordesk
