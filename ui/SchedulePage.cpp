#include "SchedulePage.h"

#include "DayListTab.h"
#include "GroupDialog.h"
#include "MessageBar.h"
#include "PageHeading.h"
#include "SessionDetails.h"
#include "SessionText.h"
#include "TutorOutDialog.h"
#include "WeekLegend.h"
#include "WeekView.h"
#include "schedule/ScheduleQuery.h"
#include "schedule/ScheduleText.h"
#include "schedule/SchoolCalendar.h"
#include "schedule/SessionCover.h"
#include "schedule/Tutors.h"
#include "store/StoreError.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

namespace tutordesk {

namespace {

constexpr qint64 everyone = -1;

// One of each dialog at a time; a closed one waiting to be deleted does not count.
bool isOpen(const QDialog* dialog)
{
    return dialog && dialog->isVisible();
}

} // namespace

SchedulePage::SchedulePage(QWidget* parent)
    : QWidget(parent)
    , m_today(QDate::currentDate())
    , m_messages(new MessageBar(this))
    , m_weekLabel(new QLabel(this))
    , m_tutorFilter(new QComboBox(this))
    , m_newGroup(new QPushButton(tr("New &Group…"), this))
    , m_markOut(new QPushButton(tr("Mark Tutor &Out…"), this))
    , m_print(new QPushButton(tr("Print Day &List…"), this))
    , m_tabs(new QTabWidget(this))
    , m_summary(new QLabel(this))
    , m_scroll(new QScrollArea(this))
    , m_week(new WeekView(this))
    , m_details(new SessionDetails(this))
    , m_dayList(new DayListTab(this))
{
    m_monday = ScheduleQuery::weekStart(m_today);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(createToolbar());
    layout->addWidget(m_messages);
    m_tabs->addTab(createWeekTab(), tr("&Week"));
    m_tabs->addTab(m_dayList, tr("&Day list"));
    layout->addWidget(m_tabs, 1);

    connect(m_week, &WeekView::selectionChanged, this, &SchedulePage::selectionChanged);
    connect(m_week, &WeekView::sessionActivated, this, [this](std::int64_t sessionId) {
        for (const ScheduledSession& s : m_week->sessions()) {
            if (s.id == sessionId)
                openGroup(s.groupId);
        }
    });
    connect(m_details, &SessionDetails::editGroupRequested, this,
            [this](std::int64_t groupId) { openGroup(groupId); });
    connect(m_details, &SessionDetails::coverRequested, this,
            [this] { coverSelected(CoverSessionDialog::Mode::Cover); });
    connect(m_details, &SessionDetails::cancelRequested, this,
            [this] { coverSelected(CoverSessionDialog::Mode::Cancel); });
    connect(m_details, &SessionDetails::makeupRequested, this,
            [this] { coverSelected(CoverSessionDialog::Mode::Makeup); });
    connect(m_details, &SessionDetails::restoreRequested, this, &SchedulePage::restoreSelected);
    connect(m_details, &SessionDetails::attendanceRequested, this, &SchedulePage::takeAttendance);
    connect(m_dayList, &DayListTab::problem, m_messages, &MessageBar::showProblem);
    connect(m_dayList, &DayListTab::done, m_messages, &MessageBar::showInfo);
    connect(m_dayList, &DayListTab::sessionActivated, this, [this](std::int64_t sessionId) {
        if (showSession(sessionId))
            m_tabs->setCurrentIndex(0);
    });
    connect(m_newGroup, &QPushButton::clicked, this, &SchedulePage::newGroup);
    connect(m_markOut, &QPushButton::clicked, this, [this] { markTutorOut(); });
    connect(m_print, &QPushButton::clicked, this, &SchedulePage::printDayList);
    connect(m_tutorFilter, &QComboBox::currentIndexChanged, this, [this] {
        const qint64 tutor = m_tutorFilter->currentData().toLongLong();
        setTutorFilter(tutor == everyone ? std::nullopt : std::optional<std::int64_t>(tutor));
    });
    m_dayList->showDay(m_today);
    reload();
}

SchedulePage::~SchedulePage() = default;

QWidget* SchedulePage::createToolbar()
{
    auto* bar = new QWidget(this);
    auto* rows = new QVBoxLayout(bar);
    rows->setContentsMargins(0, 0, 0, 0);

    m_newGroup->setToolTip(tr("A new tutoring group with its tutor, room, days and times"));
    m_markOut->setToolTip(tr("A tutor is out: find substitutes or cancel and make up their sessions"));
    m_print->setToolTip(tr("Print the sessions of a day, with the students expected"));
    rows->addLayout(makePageHeader(tr("Schedule"), bar, nullptr, {m_newGroup, m_markOut, m_print}));

    return bar;
}

QWidget* SchedulePage::createWeekTab()
{
    auto* tab = new QWidget(this);
    auto* layout = new QVBoxLayout(tab);
    auto* nav = new QHBoxLayout;
    auto* previous = new QPushButton(tr("◀ &Previous week"), tab);
    auto* current = new QPushButton(tr("T&his Week"), tab);
    auto* next = new QPushButton(tr("&Next week ▶"), tab);
    nav->addWidget(previous);
    nav->addWidget(current);
    nav->addWidget(next);
    nav->addSpacing(12);
    QFont weekFont = m_weekLabel->font();
    weekFont.setBold(true);
    m_weekLabel->setFont(weekFont);
    m_weekLabel->setAccessibleName(tr("Week shown"));
    nav->addWidget(m_weekLabel);
    nav->addStretch();
    auto* filterLabel = new QLabel(tr("Sho&w:"), tab);
    filterLabel->setBuddy(m_tutorFilter);
    m_tutorFilter->setAccessibleName(tr("Tutor filter"));
    m_tutorFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    nav->addWidget(filterLabel);
    nav->addWidget(m_tutorFilter);
    layout->addLayout(nav);
    connect(previous, &QPushButton::clicked, this, &SchedulePage::previousWeek);
    connect(current, &QPushButton::clicked, this, &SchedulePage::thisWeek);
    connect(next, &QPushButton::clicked, this, &SchedulePage::nextWeek);
    auto* legend = new QHBoxLayout;
    m_summary->setAccessibleName(tr("Sessions this week"));
    legend->addWidget(m_summary);
    legend->addStretch();
    legend->addWidget(new WeekLegend(tab));
    layout->addLayout(legend);

    m_scroll->setWidget(m_week);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::StyledPanel);
    m_scroll->setFocusProxy(m_week);
    connect(m_scroll->verticalScrollBar(), &QScrollBar::valueChanged, m_week, &WeekView::setHeaderTop);
    auto* split = new QSplitter(Qt::Horizontal, tab);
    split->setObjectName(QStringLiteral("scheduleSplit")); // its sizes are remembered by this name
    split->addWidget(m_scroll);
    split->addWidget(m_details);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 0);
    split->setChildrenCollapsible(false);
    // The whole school week must fit a laptop's window without a sideways scroll: the details panel
    // takes what it needs to read, the week the rest.
    m_details->setMinimumWidth(200);
    split->setSizes({1000, 210});
    layout->addWidget(split, 1);
    return tab;
}

void SchedulePage::setStore(Store* store)
{
    // Open dialogs work on the school that is going away.
    for (QDialog* dialog : std::initializer_list<QDialog*>{m_groupDialog, m_tutorOutDialog, m_coverDialog}) {
        if (dialog)
            dialog->reject();
    }
    if (m_attendanceDialog)
        m_attendanceDialog->done(QDialog::Rejected); // without asking: its school is going away
    m_store = store;
    m_filterTutor.reset();
    m_monday = ScheduleQuery::weekStart(m_today);
    m_messages->hide();
    m_week->select(std::nullopt);
    m_dayList->setStore(store);
    m_dayList->showDay(m_today);
    reload();
}

void SchedulePage::setToday(const QDate& today)
{
    m_today = today;
    m_monday = ScheduleQuery::weekStart(today);
    m_dayList->showDay(today);
    loadWeek();
}

void SchedulePage::reload()
{
    fillTutorFilter();
    loadWeek();
    m_dayList->reload();
    m_newGroup->setEnabled(m_store != nullptr);
    m_markOut->setEnabled(m_store != nullptr);
    m_print->setEnabled(m_store != nullptr);
}

void SchedulePage::fillTutorFilter()
{
    const QSignalBlocker blocker(m_tutorFilter);
    m_tutorFilter->clear();
    m_tutorFilter->addItem(tr("All tutors"), everyone);
    if (m_store) {
        try {
            for (const TutorSummary& summary : Tutors::list(*m_store)) {
                if (summary.tutor.status != QLatin1String("inactive"))
                    m_tutorFilter->addItem(summary.tutor.displayName(),
                                           QVariant::fromValue(static_cast<qint64>(summary.tutor.id)));
            }
        } catch (const StoreError& e) {
            m_messages->showProblem(tr("The tutors could not be read: %1").arg(e.message()));
        }
    }
    const int row =
        m_filterTutor ? m_tutorFilter->findData(QVariant::fromValue(static_cast<qint64>(*m_filterTutor))) : 0;
    if (row < 0)
        m_filterTutor.reset();
    m_tutorFilter->setCurrentIndex(std::max(0, row));
}

void SchedulePage::loadWeek()
{
    std::vector<ScheduledSession> sessions;
    SchoolCalendar calendar;
    if (m_store) {
        try {
            ScheduleQuery::Filter filter;
            filter.tutorId = m_filterTutor;
            sessions = ScheduleQuery::range(*m_store, m_monday, m_monday.addDays(6), filter);
            calendar = SchoolCalendar::load(*m_store);
        } catch (const StoreError& e) {
            m_messages->showProblem(tr("The week could not be read: %1").arg(e.message()));
        }
    }
    int cancelled = 0;
    int uncovered = 0;
    for (const ScheduledSession& s : sessions) {
        cancelled += s.isCancelled();
        uncovered += s.needsCover;
    }
    const int total = static_cast<int>(sessions.size());
    m_week->setWeek(m_monday, std::move(sessions), calendar, m_today);

    const QLocale locale;
    m_weekLabel->setText(tr("Week of %1").arg(locale.toString(m_monday, QLocale::LongFormat)));
    QStringList parts{tr("%n session(s) this week", nullptr, total)};
    if (cancelled > 0)
        parts << tr("%n cancelled", nullptr, cancelled);
    if (uncovered > 0)
        parts << tr("%n session(s) to cover", nullptr, uncovered);
    QString summary = parts.join(tr(" · ", "summary separator"));
    if (m_week->hasCompactBlocks())
        summary =
            tr("%1 — point at a block for its details, or show one tutor", "summary — hint").arg(summary);
    m_summary->setText(summary);
}

void SchedulePage::showWeek(const QDate& day)
{
    m_monday = ScheduleQuery::weekStart(day);
    loadWeek();
}

void SchedulePage::previousWeek()
{
    showWeek(m_monday.addDays(-7));
}

void SchedulePage::nextWeek()
{
    showWeek(m_monday.addDays(7));
}

void SchedulePage::thisWeek()
{
    showWeek(m_today);
}

void SchedulePage::setTutorFilter(std::optional<std::int64_t> tutorId)
{
    m_filterTutor = tutorId;
    const int row = tutorId ? m_tutorFilter->findData(QVariant::fromValue(static_cast<qint64>(*tutorId))) : 0;
    if (row >= 0 && row != m_tutorFilter->currentIndex()) {
        const QSignalBlocker blocker(m_tutorFilter);
        m_tutorFilter->setCurrentIndex(row);
    }
    loadWeek();
}

bool SchedulePage::showSession(std::int64_t sessionId)
{
    if (!m_store)
        return false;
    std::optional<ScheduledSession> session;
    try {
        session = ScheduleQuery::session(*m_store, sessionId);
    } catch (const StoreError& e) {
        m_messages->showProblem(tr("The session could not be read: %1").arg(e.message()));
    }
    if (!session)
        return false;
    showWeek(session->day);
    if (!m_week->select(sessionId) && m_filterTutor) {
        setTutorFilter(std::nullopt); // the filter hid it
        return m_week->select(sessionId);
    }
    return m_week->selectedId() == sessionId;
}

void SchedulePage::selectionChanged()
{
    m_details->showSession(m_week->selectedSession(), m_today);
    const QRect block = m_week->blockRect(m_week->selectedId().value_or(0));
    if (!block.isEmpty())
        m_scroll->ensureVisible(block.center().x(), block.center().y(), block.width() / 2 + 12,
                                block.height() / 2 + 72); // clear of the header that stays on top
}

void SchedulePage::changed(const QString& message)
{
    m_messages->showInfo(message);
    reload();
    Q_EMIT scheduleChanged();
}

void SchedulePage::openGroup(std::optional<std::int64_t> groupId)
{
    if (!m_store || isOpen(m_groupDialog))
        return;
    m_groupDialog = new GroupDialog(*m_store, groupId, m_today, this);
    m_groupDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_groupDialog, &GroupDialog::saved, this,
            [this](std::int64_t, const QString& outcome) { changed(outcome); });
    m_groupDialog->open();
}

void SchedulePage::markTutorOut(std::optional<std::int64_t> tutorId)
{
    if (!m_store || isOpen(m_tutorOutDialog))
        return;
    if (!tutorId)
        tutorId = m_filterTutor;
    if (const ScheduledSession* selected = m_week->selectedSession(); !tutorId && selected)
        tutorId = selected->tutorId;
    m_tutorOutDialog = new TutorOutDialog(*m_store, tutorId, m_today, this);
    m_tutorOutDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_tutorOutDialog, &TutorOutDialog::scheduleChanged, this, [this] {
        reload();
        Q_EMIT scheduleChanged();
    });
    connect(m_tutorOutDialog, &QDialog::accepted, this,
            [this, dialog = m_tutorOutDialog.data()] { m_messages->showInfo(dialog->outcome()); });
    m_tutorOutDialog->open();
}

void SchedulePage::coverSelected(CoverSessionDialog::Mode mode)
{
    const ScheduledSession* session = m_week->selectedSession();
    if (!m_store || !session || isOpen(m_coverDialog))
        return;
    m_coverDialog = new CoverSessionDialog(*m_store, *session, mode, this);
    m_coverDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_coverDialog, &CoverSessionDialog::scheduleChanged, this,
            [this, dialog = m_coverDialog.data()] { changed(dialog->outcome()); });
    m_coverDialog->open();
}

bool SchedulePage::restoreSelected()
{
    const ScheduledSession* session = m_week->selectedSession();
    if (!m_store || !session)
        return false;
    const QString done =
        tr("%1 on %2 is scheduled again.").arg(session->groupName, ScheduleText::day(session->day));
    Result<void> restored;
    try {
        restored = SessionCover::restore(*m_store, session->id, m_today);
    } catch (const StoreError& e) {
        restored = Error{e.message()};
    }
    if (!restored) {
        m_messages->showProblem(restored.error().message); // core's words; nothing changed
        return false;
    }
    changed(done);
    return true;
}

void SchedulePage::takeAttendance()
{
    const ScheduledSession* session = m_week->selectedSession();
    if (!m_store || !session || isOpen(m_attendanceDialog))
        return;
    m_attendanceDialog = new AttendanceDialog(*m_store, session->id, m_today, this);
    m_attendanceDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_attendanceDialog, &AttendanceDialog::recorded, this, &SchedulePage::changed);
    m_attendanceDialog->open();
}

void SchedulePage::printDayList()
{
    if (!m_store)
        return;
    QDate day = m_monday;
    if (const ScheduledSession* selected = m_week->selectedSession())
        day = selected->day;
    else if (m_today >= m_monday && m_today < m_monday.addDays(7))
        day = m_today;
    m_tabs->setCurrentWidget(m_dayList);
    m_dayList->showDay(day);
    m_dayList->print();
}

} // namespace tutordesk
