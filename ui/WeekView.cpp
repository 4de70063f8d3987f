#include "WeekView.h"

#include "SessionBlock.h"
#include "SessionText.h"
#include "schedule/ScheduleText.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>
#include <cstdlib>

namespace tutordesk {

namespace {

// A busy day's sessions all fit a laptop's width side by side; blocks narrower than a group's name
// show the tutor's initials (the tooltip, the details and the tutor filter show the rest).
constexpr int minDayWidth = 96;
constexpr int minLaneWidth = 16;
constexpr int gridMinutes = 15;
const QColor dayOffShade(0xec, 0xec, 0xec);
const QColor minimumDayInk(0x8a, 0x4b, 0x00);

int minuteOf(const QTime& time)
{
    return time.hour() * 60 + time.minute();
}

// Days the school does not meet are shaded; a weekend column only appears when something meets then.
bool isShaded(DayKind kind)
{
    return kind == DayKind::Holiday || kind == DayKind::Break || kind == DayKind::NonInstructional ||
           kind == DayKind::OutsideYear;
}

} // namespace

WeekView::WeekView(QWidget* parent)
    : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
    setAccessibleName(tr("Week"));
}

WeekView::~WeekView() = default;

void WeekView::setWeek(const QDate& monday, std::vector<ScheduledSession> sessions,
                       const SchoolCalendar& calendar, const QDate& today)
{
    m_monday = monday;
    m_today = today;
    m_sessions = std::move(sessions);
    m_columns.clear();
    for (int i = 0; i < 7; ++i) {
        const QDate day = monday.addDays(i);
        const bool meets = std::any_of(m_sessions.begin(), m_sessions.end(),
                                       [&day](const ScheduledSession& s) { return s.day == day; });
        if (i >= 5 && !meets)
            continue;
        m_columns.push_back(Column{day, calendar.kindOf(day), calendar.labelOf(day)});
    }

    // At least the school day; longer when sessions start earlier or end later (whole hours).
    m_firstMinute = 8 * 60;
    m_lastMinute = 15 * 60;
    for (const ScheduledSession& s : m_sessions) {
        const int start = minuteOf(s.start);
        m_firstMinute = std::min(m_firstMinute, start / 60 * 60);
        m_lastMinute = std::max(m_lastMinute, std::min(24 * 60, (start + s.minutes + 59) / 60 * 60));
    }

    m_blocks.assign(m_sessions.size(), Block{-1, {}, {}});
    for (std::size_t c = 0; c < m_columns.size(); ++c) {
        std::vector<std::size_t> ofDay;
        std::vector<MinuteSpan> spans;
        for (std::size_t i = 0; i < m_sessions.size(); ++i) {
            if (m_sessions[i].day != m_columns[c].day)
                continue;
            const int start = minuteOf(m_sessions[i].start);
            ofDay.push_back(i);
            spans.push_back({start, start + m_sessions[i].minutes});
        }
        const std::vector<LanePlace> places = assignLanes(spans);
        for (std::size_t k = 0; k < ofDay.size(); ++k) {
            m_blocks[ofDay[k]].column = static_cast<int>(c);
            m_blocks[ofDay[k]].place = places[k];
            m_columns[c].lanes = std::max(m_columns[c].lanes, places[k].lanes);
        }
    }
    if (m_selected && indexOf(*m_selected) < 0)
        m_selected.reset();
    setMinimumSize(minimumSizeHint());
    updateGeometry();
    layoutColumns();
    update();
    Q_EMIT selectionChanged();
}

std::vector<QDate> WeekView::days() const
{
    std::vector<QDate> days;
    for (const Column& column : m_columns)
        days.push_back(column.day);
    return days;
}

QString WeekView::dayNote(const QDate& day) const
{
    const auto column =
        std::find_if(m_columns.begin(), m_columns.end(), [&day](const Column& c) { return c.day == day; });
    if (column == m_columns.end())
        return {};
    if (column->kind == DayKind::MinimumDay)
        return column->label.isEmpty() ? SchoolCalendar::title(DayKind::MinimumDay)
                                       : tr("%1 · %2", "minimum day · its reason")
                                             .arg(SchoolCalendar::title(DayKind::MinimumDay), column->label);
    if (isShaded(column->kind))
        return column->label.isEmpty() ? SchoolCalendar::title(column->kind) : column->label;
    return {};
}

int WeekView::indexOf(std::int64_t sessionId) const
{
    for (std::size_t i = 0; i < m_sessions.size(); ++i) {
        if (m_sessions[i].id == sessionId)
            return static_cast<int>(i);
    }
    return -1;
}

QRect WeekView::blockRect(std::int64_t sessionId) const
{
    const int i = indexOf(sessionId);
    return i < 0 ? QRect() : m_blocks[static_cast<std::size_t>(i)].rect;
}

std::optional<std::int64_t> WeekView::sessionAt(const QPoint& point) const
{
    if (point.y() < m_headerTop + headerHeight()) // the header stays on top while the week scrolls
        return std::nullopt;
    for (std::size_t i = 0; i < m_blocks.size(); ++i) {
        if (m_blocks[i].rect.contains(point))
            return m_sessions[i].id;
    }
    return std::nullopt;
}

const ScheduledSession* WeekView::selectedSession() const
{
    const int i = m_selected ? indexOf(*m_selected) : -1;
    return i < 0 ? nullptr : &m_sessions[static_cast<std::size_t>(i)];
}

bool WeekView::select(std::optional<std::int64_t> sessionId)
{
    if (sessionId && indexOf(*sessionId) < 0)
        return false;
    if (sessionId == m_selected)
        return true;
    m_selected = sessionId;
    const ScheduledSession* session = selectedSession();
    setAccessibleDescription(
        session ? tr("%1, %2, %3", "group, when, who teaches")
                      .arg(session->groupName, SessionText::when(*session), SessionText::teacher(*session))
                : QString());
    update();
    Q_EMIT selectionChanged();
    return true;
}

QString WeekView::describe(const ScheduledSession& session) const
{
    return SessionText::tooltip(session);
}

// Geometry -------------------------------------------------------------------------------------------

int WeekView::gutterWidth() const
{
    return fontMetrics().horizontalAdvance(ScheduleText::time(QTime(10, 0))) + 16;
}

int WeekView::headerHeight() const
{
    return 2 * fontMetrics().lineSpacing() + 12;
}

// A 30-minute session has room for two lines (its group and who teaches it), 45 minutes for three:
// a school day fits a laptop's screen without scrolling far.
int WeekView::slotHeight() const
{
    return std::max(16, (2 * fontMetrics().lineSpacing() + 6 + 1) / 2);
}

int WeekView::yOf(const QTime& time) const
{
    return headerHeight() + (minuteOf(time) - m_firstMinute) * slotHeight() / gridMinutes;
}

int WeekView::baseWidth(const Column& column) const
{
    return std::max(minDayWidth, column.lanes * minLaneWidth + 6);
}

QSize WeekView::minimumSizeHint() const
{
    int width = gutterWidth();
    for (const Column& column : m_columns)
        width += baseWidth(column);
    const int slots = (m_lastMinute - m_firstMinute) / gridMinutes;
    return {width + 1, headerHeight() + slots * slotHeight() + 1};
}

QSize WeekView::sizeHint() const
{
    return minimumSizeHint();
}

void WeekView::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    layoutColumns();
}

// Every day gets the width its lanes need; the rest of the window is shared in the same proportion,
// so that a busy day's blocks are as wide as they can be and the week never needs a sideways scroll
// on a laptop.
void WeekView::layoutColumns()
{
    int needed = 0;
    for (const Column& column : m_columns)
        needed += baseWidth(column);
    const int available = std::max(needed, width() - gutterWidth() - 1);
    int x = gutterWidth();
    int given = 0;
    for (Column& column : m_columns) {
        given += baseWidth(column);
        const int right = gutterWidth() + (needed > 0 ? given * available / needed : 0);
        column.x = x;
        column.width = right - x;
        x = right;
    }
    layoutBlocks();
}

void WeekView::setHeaderTop(int y)
{
    if (y == m_headerTop)
        return;
    m_headerTop = y;
    update();
}

bool WeekView::hasCompactBlocks() const
{
    return std::any_of(m_blocks.begin(), m_blocks.end(), [](const Block& b) {
        return !b.rect.isEmpty() && b.rect.width() < SessionBlock::compactBelow;
    });
}

void WeekView::layoutBlocks()
{
    const int slot = slotHeight();
    const int shortest = fontMetrics().lineSpacing() + 4;
    for (std::size_t i = 0; i < m_blocks.size(); ++i) {
        Block& block = m_blocks[i];
        if (block.column < 0) {
            block.rect = QRect();
            continue;
        }
        const Column& column = m_columns[static_cast<std::size_t>(block.column)];
        const int inner = column.width - 6;
        const int lanes = std::max(1, block.place.lanes);
        const int left = column.x + 3 + inner * block.place.lane / lanes;
        const int right = column.x + 3 + inner * (block.place.lane + 1) / lanes;
        const int height = std::max(shortest, m_sessions[i].minutes * slot / gridMinutes - 1);
        block.rect = QRect(left, yOf(m_sessions[i].start), right - left - 2, height);
    }
}

// Painting -------------------------------------------------------------------------------------------

void WeekView::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().color(QPalette::Base));
    paintGrid(painter);
    for (std::size_t i = 0; i < m_sessions.size(); ++i) {
        if (!m_blocks[i].rect.isEmpty())
            SessionBlock::paint(painter, m_sessions[i], m_blocks[i].rect, m_selected == m_sessions[i].id,
                                *this);
    }
    paintHeader(painter);
}

void WeekView::paintGrid(QPainter& painter) const
{
    const int top = headerHeight();
    const int bottom = top + (m_lastMinute - m_firstMinute) / gridMinutes * slotHeight();
    const int right = m_columns.empty() ? width() : m_columns.back().x + m_columns.back().width;
    const QColor text = palette().color(QPalette::Text);
    for (const Column& column : m_columns) {
        if (isShaded(column.kind))
            painter.fillRect(QRect(column.x, top, column.width, bottom - top), dayOffShade);
    }
    const QColor hourLine(0xc8, 0xc8, 0xc8);
    const QColor quarterLine(0xea, 0xea, 0xea);
    const QFontMetrics metrics = fontMetrics();
    for (int minute = m_firstMinute; minute <= m_lastMinute; minute += gridMinutes) {
        const int y = top + (minute - m_firstMinute) / gridMinutes * slotHeight();
        const bool hour = minute % 60 == 0;
        painter.setPen(hour ? hourLine : quarterLine);
        painter.drawLine(gutterWidth() - (hour ? 6 : 0), y, right, y);
        if (hour && minute < m_lastMinute) {
            painter.setPen(text);
            const QRect label(0, y + 2, gutterWidth() - 8, metrics.height());
            painter.drawText(label, Qt::AlignRight | Qt::AlignTop, ScheduleText::time(QTime(minute / 60, 0)));
        }
    }
    painter.setPen(hourLine);
    for (const Column& column : m_columns)
        painter.drawLine(column.x, 0, column.x, bottom);
    painter.drawLine(right, 0, right, bottom);

    // A day off says why across its column, where no session would be.
    painter.setPen(QColor(0x5f, 0x5f, 0x5f));
    for (const Column& column : m_columns) {
        if (!isShaded(column.kind))
            continue;
        QFont big = font();
        big.setPointSizeF(big.pointSizeF() * 1.15);
        painter.setFont(big);
        const QRect area(column.x + 8, top + 3 * slotHeight(), column.width - 16, 6 * slotHeight());
        painter.drawText(area, Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, dayNote(column.day));
        painter.setFont(font());
    }
}

void WeekView::paintHeader(QPainter& painter) const
{
    const int height = headerHeight();
    painter.save();
    painter.translate(0, m_headerTop);
    painter.fillRect(QRect(0, 0, width(), height), palette().color(QPalette::Window));
    const QFontMetrics metrics = fontMetrics();
    QFont bold = font();
    bold.setBold(true);
    for (const Column& column : m_columns) {
        const bool today = column.day == m_today;
        if (today)
            painter.fillRect(QRect(column.x, 0, column.width, height), QColor(0xd6, 0xe8, 0xfa));
        painter.setFont(bold);
        painter.setPen(palette().color(QPalette::WindowText));
        const QRect titleRect(column.x + 6, 4, column.width - 12, metrics.lineSpacing());
        const QString title = today ? tr("%1 (today)", "day header").arg(ScheduleText::day(column.day))
                                    : ScheduleText::day(column.day);
        painter.drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter,
                         QFontMetrics(bold).elidedText(title, Qt::ElideRight, titleRect.width()));
        painter.setFont(font());
        const QString note = dayNote(column.day);
        if (!note.isEmpty()) {
            painter.setPen(column.kind == DayKind::MinimumDay ? minimumDayInk
                                                              : palette().color(QPalette::WindowText));
            const QRect noteRect(column.x + 6, 4 + metrics.lineSpacing(), column.width - 12,
                                 metrics.lineSpacing());
            const QString shown = column.kind == DayKind::MinimumDay ? QStringLiteral("◑ ") + note : note;
            painter.drawText(noteRect, Qt::AlignLeft | Qt::AlignVCenter,
                             metrics.elidedText(shown, Qt::ElideRight, noteRect.width()));
        }
    }
    painter.setPen(QColor(0xa0, 0xa0, 0xa0));
    painter.drawLine(0, height - 1, width(), height - 1);
    painter.restore();
}

// Input ----------------------------------------------------------------------------------------------

void WeekView::mousePressEvent(QMouseEvent* event)
{
    setFocus(Qt::MouseFocusReason);
    if (event->button() == Qt::LeftButton)
        select(sessionAt(event->position().toPoint()));
}

void WeekView::mouseDoubleClickEvent(QMouseEvent* event)
{
    if (const auto id = sessionAt(event->position().toPoint())) {
        select(id);
        Q_EMIT sessionActivated(*id);
    }
}

void WeekView::keyPressEvent(QKeyEvent* event)
{
    switch (event->key()) {
    case Qt::Key_Left:
    case Qt::Key_Right:
    case Qt::Key_Up:
    case Qt::Key_Down:
        if (const auto next = neighbour(event->key()))
            select(next);
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_selected) {
            Q_EMIT sessionActivated(*m_selected);
            return;
        }
        break;
    default:
        break;
    }
    QWidget::keyPressEvent(event);
}

std::optional<std::int64_t> WeekView::neighbour(int key) const
{
    // Sessions in reading order: by day, then time, then lane.
    std::vector<std::size_t> order;
    for (std::size_t i = 0; i < m_sessions.size(); ++i) {
        if (m_blocks[i].column >= 0)
            order.push_back(i);
    }
    if (order.empty())
        return std::nullopt;
    std::sort(order.begin(), order.end(), [this](std::size_t a, std::size_t b) {
        const Block& x = m_blocks[a];
        const Block& y = m_blocks[b];
        if (x.column != y.column)
            return x.column < y.column;
        if (m_sessions[a].start != m_sessions[b].start)
            return m_sessions[a].start < m_sessions[b].start;
        return x.place.lane < y.place.lane;
    });
    const int current = m_selected ? indexOf(*m_selected) : -1;
    if (current < 0)
        return m_sessions[order.front()].id;
    const auto at = static_cast<std::size_t>(current);
    const auto pos = std::find(order.begin(), order.end(), at);
    const int column = m_blocks[at].column;
    if (key == Qt::Key_Up || key == Qt::Key_Down) {
        if (key == Qt::Key_Up && pos != order.begin() && m_blocks[*(pos - 1)].column == column)
            return m_sessions[*(pos - 1)].id;
        if (key == Qt::Key_Down && pos + 1 != order.end() && m_blocks[*(pos + 1)].column == column)
            return m_sessions[*(pos + 1)].id;
        return std::nullopt;
    }
    // Left and right: the nearest day that has sessions, and there the session closest in time.
    const int step = key == Qt::Key_Left ? -1 : 1;
    const int start = minuteOf(m_sessions[at].start);
    for (int c = column + step; c >= 0 && c < static_cast<int>(m_columns.size()); c += step) {
        std::optional<std::size_t> best;
        for (const std::size_t i : order) {
            if (m_blocks[i].column != c)
                continue;
            if (!best || std::abs(minuteOf(m_sessions[i].start) - start) <
                             std::abs(minuteOf(m_sessions[*best].start) - start))
                best = i;
        }
        if (best)
            return m_sessions[*best].id;
    }
    return std::nullopt;
}

bool WeekView::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const auto id = sessionAt(help->pos());
        if (!id) {
            QToolTip::hideText();
            event->ignore();
            return true;
        }
        const auto i = static_cast<std::size_t>(indexOf(*id));
        QToolTip::showText(help->globalPos(), describe(m_sessions[i]), this, m_blocks[i].rect);
        return true;
    }
    return QWidget::event(event);
}

} // namespace tutordesk
