#pragma once

#include "WeekLanes.h"
#include "schedule/ScheduledSession.h"
#include "schedule/SchoolCalendar.h"

#include <QDate>
#include <QWidget>

#include <cstdint>
#include <optional>
#include <vector>

namespace tutordesk {

// One week of sessions as a timetable: a column per school day (Saturday and Sunday only when they
// have sessions), time running down in 15-minute steps, each session a block coloured by tier and
// placed by its start and length. Overlapping sessions share their day's width side by side. Days off
// are shaded and labelled. Click or the arrow keys select a session, double-click or Enter opens it.
class WeekView final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WeekView)

public:
    explicit WeekView(QWidget* parent = nullptr);
    ~WeekView() override;

    // Shows the week starting `monday` (sessions as ScheduleQuery::range gives them); the selection
    // stays on the same session when it is still there. `today` is marked in the header.
    void setWeek(const QDate& monday, std::vector<ScheduledSession> sessions, const SchoolCalendar& calendar,
                 const QDate& today);
    const QDate& monday() const { return m_monday; }
    const std::vector<ScheduledSession>& sessions() const { return m_sessions; }

    // The days shown, left to right, and what the header says about each (a holiday's name,
    // "Minimum day"; empty for an ordinary school day).
    std::vector<QDate> days() const;
    QString dayNote(const QDate& day) const;
    // Where a session's block is drawn (empty when it is not shown).
    QRect blockRect(std::int64_t sessionId) const;
    // The session at a point, if any.
    std::optional<std::int64_t> sessionAt(const QPoint& point) const;
    // What the tooltip says about a session.
    QString describe(const ScheduledSession& session) const;

    std::optional<std::int64_t> selectedId() const { return m_selected; }
    const ScheduledSession* selectedSession() const;
    // Selects a session of the week (or nothing); false when it is not shown.
    bool select(std::optional<std::int64_t> sessionId);

    // Where the header is drawn: the top of the visible part, so that it stays while the week scrolls.
    void setHeaderTop(int y);
    // Whether some blocks are too narrow for names (they show the tutor's initials).
    bool hasCompactBlocks() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void selectionChanged();
    // Double-click or Enter on a session.
    void sessionActivated(std::int64_t sessionId);

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    bool event(QEvent* event) override;

private:
    struct Column {
        QDate day;
        DayKind kind = DayKind::Instructional;
        QString label;
        int lanes = 1;
        int x = 0;
        int width = 0;
    };
    struct Block {
        int column = 0;
        LanePlace place;
        QRect rect;
    };

    void layoutColumns();
    void layoutBlocks();
    int baseWidth(const Column& column) const;
    int gutterWidth() const;
    int headerHeight() const;
    int slotHeight() const;
    int yOf(const QTime& time) const;
    int indexOf(std::int64_t sessionId) const;
    // The session to go to with an arrow key from the selected one.
    std::optional<std::int64_t> neighbour(int key) const;

    void paintHeader(QPainter& painter) const;
    void paintGrid(QPainter& painter) const;

    QDate m_monday;
    QDate m_today;
    std::vector<ScheduledSession> m_sessions;
    std::vector<Column> m_columns;
    std::vector<Block> m_blocks; // one per session, same order
    int m_firstMinute = 8 * 60;
    int m_lastMinute = 15 * 60;
    std::optional<std::int64_t> m_selected;
    int m_headerTop = 0;
};

} // namespace tutordesk
