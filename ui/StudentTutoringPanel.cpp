#include "StudentTutoringPanel.h"

#include "ProgramText.h"
#include "StudentText.h"
#include "attendance/Dosage.h"
#include "protocol/ProtocolActions.h"
#include "protocol/ProtocolRule.h"
#include "store/StoreError.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QScrollArea>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <cmath>

namespace tutordesk {

namespace {

QString number(int value)
{
    return QLocale().toString(value);
}

QString percent(double rate)
{
    return QLocale().toString(static_cast<int>(std::lround(rate * 100))) + QLocale().percent();
}

QLabel* addLine(QWidget* parent, QVBoxLayout* layout, const QString& text)
{
    auto* label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(label);
    return label;
}

} // namespace

StudentTutoringPanel::StudentTutoringPanel(QWidget* parent)
    : QWidget(parent)
    , m_today(QDate::currentDate())
    , m_seats(new QWidget(this))
    , m_seatLayout(new QVBoxLayout(m_seats))
    , m_hint(new QLabel(this))
    , m_actionsHeading(new QLabel(tr("Open protocol actions"), this))
    , m_actions(new QTreeWidget(this))
{
    // Seats and their dosage on the left, what is still to be done about absences on the right.
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    auto* left = new QVBoxLayout;
    m_hint->setWordWrap(true);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    left->addWidget(m_hint);
    m_seatLayout->setContentsMargins(0, 0, 8, 0);
    m_seatLayout->setSpacing(10);
    m_seatLayout->addStretch(1);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(m_seats);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setAccessibleName(tr("Tutoring seats"));
    left->addWidget(scroll, 1);
    layout->addLayout(left, 3);

    auto* right = new QVBoxLayout;
    QFont bold = m_actionsHeading->font();
    bold.setBold(true);
    m_actionsHeading->setFont(bold);
    right->addWidget(m_actionsHeading);
    m_actions->setAccessibleName(tr("Open protocol actions"));
    m_actions->setColumnCount(2);
    m_actions->setHeaderLabels({tr("Action"), tr("Due")});
    m_actions->setRootIsDecorated(false);
    m_actions->setSelectionMode(QAbstractItemView::NoSelection);
    m_actions->setFocusPolicy(Qt::NoFocus); // nothing to choose here: the Today page works the actions
    m_actions->setTextElideMode(Qt::ElideRight);
    // The due day and how late it is are never cut; a long group name is, and its tooltip has it whole.
    m_actions->header()->setStretchLastSection(false);
    m_actions->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_actions->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    right->addWidget(m_actions, 1);
    layout->addLayout(right, 2);
    showStudent(std::nullopt);
}

StudentTutoringPanel::~StudentTutoringPanel() = default;

void StudentTutoringPanel::setStore(Store* store)
{
    m_store = store;
    showStudent(std::nullopt);
}

void StudentTutoringPanel::setToday(const QDate& today)
{
    m_today = today;
    refresh();
}

void StudentTutoringPanel::showStudent(std::optional<std::int64_t> studentId)
{
    m_student = studentId;
    m_stale = true;
    if (isVisible() || !m_store || !studentId)
        load();
}

void StudentTutoringPanel::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale)
        load();
}

int StudentTutoringPanel::seatCount() const
{
    return static_cast<int>(m_seatWidgets.size());
}

QString StudentTutoringPanel::seatText(int seat) const
{
    QStringList lines;
    for (const QLabel* label : m_seatWidgets.at(static_cast<size_t>(seat))->findChildren<QLabel*>())
        lines << label->text();
    return lines.join(QLatin1Char('\n'));
}

void StudentTutoringPanel::clearSeats()
{
    for (QWidget* seat : m_seatWidgets)
        delete seat; // a child of m_seats; deleting it takes it out of the layout
    m_seatWidgets.clear();
    m_actions->clear();
}

void StudentTutoringPanel::showHint(const QString& hint)
{
    m_hint->setText(hint);
    m_hint->setVisible(!hint.isEmpty());
}

void StudentTutoringPanel::load()
{
    m_stale = false;
    clearSeats();
    if (!m_store || !m_student) {
        showHint(tr("Select a student to see their tutoring: minutes planned and received, sessions "
                    "delivered and what is due about their absences."));
        m_actionsHeading->hide();
        m_actions->hide();
        return;
    }
    std::vector<SeatDosage> seats;
    std::vector<DueAction> actions;
    try {
        seats = Dosage::forStudent(*m_store, *m_student, m_today);
        ProtocolActions::Filter filter;
        filter.openOnly = true;
        filter.studentId = m_student;
        actions = ProtocolActions::list(*m_store, m_today, filter);
    } catch (const StoreError& e) {
        showHint(tr("The student's tutoring could not be read: %1").arg(e.message()));
        m_actionsHeading->hide();
        m_actions->hide();
        return;
    }
    showHint(seats.empty() ? tr("Not in tutoring this year.") : QString());
    for (const SeatDosage& seat : seats) {
        QWidget* widget = makeSeat(seat);
        m_seatLayout->insertWidget(m_seatLayout->count() - 1, widget); // before the stretch
        m_seatWidgets.push_back(widget);
    }

    m_actionsHeading->show();
    m_actions->show();
    for (const DueAction& action : actions) {
        auto* item = new QTreeWidgetItem(m_actions);
        const QString title = ProtocolRuleNames::title(action.rule);
        item->setText(0, action.groupName.isEmpty()
                             ? title
                             : tr("%1 · %2", "action · group").arg(title, action.groupName));
        item->setToolTip(0, item->text(0));
        QString due = QLocale().toString(action.dueOn, QLocale::ShortFormat);
        if (action.daysOverdue > 0)
            due = tr("%1 · overdue by %Ln school day(s)", nullptr, action.daysOverdue).arg(due);
        else if (action.dueOn == m_today)
            due = tr("%1 · due today").arg(due);
        item->setText(1, due);
        if (action.daysOverdue > 0) {
            QFont bold = item->font(1);
            bold.setBold(true);
            item->setFont(1, bold);
        }
    }
    if (actions.empty()) {
        auto* none = new QTreeWidgetItem(m_actions);
        none->setText(0, tr("Nothing due."));
        none->setForeground(0, palette().brush(QPalette::PlaceholderText));
    }
}

QWidget* StudentTutoringPanel::makeSeat(const SeatDosage& seat)
{
    auto* widget = new QWidget(m_seats);
    auto* lines = new QVBoxLayout(widget);
    lines->setContentsMargins(0, 0, 0, 0);
    lines->setSpacing(2);
    QLabel* name = addLine(widget, lines, seat.groupName);
    QFont bold = name->font();
    bold.setBold(true);
    name->setFont(bold);
    const QString status = StudentText::programStatus(seat.status);
    addLine(widget, lines,
            seat.since.isValid()
                ? tr("%1 · Tier %2 · %3 since %4", "subject · tier · status since day")
                      .arg(ProgramText::subject(seat.subject), QString::number(seat.tier), status,
                           QLocale().toString(seat.since, QLocale::ShortFormat))
                : tr("%1 · Tier %2 · %3", "subject · tier · status")
                      .arg(ProgramText::subject(seat.subject), QString::number(seat.tier), status));

    const DosageFigures& f = seat.figures;
    const std::optional<double> dosage = f.dosageRate();
    QString minutes = tr("This week: %1 of %2 min · To date: %3 of %4 min")
                          .arg(number(f.deliveredMinutesWeek), number(f.plannedMinutesWeek),
                               number(f.deliveredMinutesToDate), number(f.plannedMinutesToDate));
    if (dosage)
        minutes = tr("%1 (%2)", "minutes (percent of planned)").arg(minutes, percent(*dosage));
    QLabel* minutesLine = addLine(widget, lines, minutes);
    minutesLine->setToolTip(tr("Minutes the student attended, make-ups included, against the minutes "
                               "scheduled for the seat, cancelled sessions included."));
    auto* bar = new QProgressBar(widget);
    bar->setRange(0, 100);
    bar->setValue(dosage ? static_cast<int>(std::lround(std::min(1.0, *dosage) * 100)) : 0);
    bar->setTextVisible(false);
    bar->setMaximumHeight(6);
    bar->setMaximumWidth(40 * fontMetrics().averageCharWidth());
    bar->setAccessibleName(tr("Minutes received of minutes planned"));
    lines->addWidget(bar);

    const std::optional<double> delivery = f.deliveryRate();
    QLabel* delivered =
        addLine(widget, lines,
                delivery ? tr("Sessions delivered: %1 of %2 (%3), not counting days absent from school")
                               .arg(number(f.sessionsHeld), number(f.sessionsScheduled), percent(*delivery))
                         : tr("Sessions delivered: none scheduled yet"));
    delivered->setToolTip(tr("Sessions the program held out of those it scheduled. Days the student was "
                             "absent from school are left out: no session could have reached them."));
    const std::optional<double> attendance = f.attendanceRate();
    const int taken = f.sessionsAttended + f.sessionsAbsent;
    QString attended = attendance ? tr("Attendance: %1 of %Ln session(s) (%2)", nullptr, taken)
                                        .arg(number(f.sessionsAttended), percent(*attendance))
                                  : tr("Attendance: not taken yet");
    attended =
        tr("%1 · Make-ups attended: %2", "attendance · make-ups").arg(attended, number(f.makeupsAttended));
    addLine(widget, lines, attended);
    return widget;
}

} // namespace tutordesk
