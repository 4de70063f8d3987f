#include "TodaySessionsList.h"

#include "EnterOpens.h"
#include "SessionText.h"
#include "TodayText.h"
#include "schedule/ScheduleText.h"

namespace tutordesk {

namespace {

constexpr int sessionIdRole = Qt::UserRole;
constexpr int takeableRole = Qt::UserRole + 1;
constexpr int lateRole = Qt::UserRole + 2;

} // namespace

TodaySessionsList::TodaySessionsList(QWidget* parent)
    : QListWidget(parent)
{
    setAccessibleName(tr("Today's sessions"));
    setWordWrap(true);
    setSpacing(2);
    setAlternatingRowColors(true);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    connect(this, &QListWidget::itemDoubleClicked, this, [this] { requestSelected(); });
    new EnterOpens(this, [this] { requestSelected(); });
}

TodaySessionsList::~TodaySessionsList() = default;

void TodaySessionsList::setSessions(const std::vector<TodaySession>& sessions, const QDateTime& now)
{
    const std::optional<std::int64_t> selected = selectedSessionId();
    clear();
    for (const TodaySession& s : sessions) {
        const ScheduledSession& session = s.session;
        const bool started = QDateTime(session.day, session.start) <= now;
        const bool late =
            started && !session.isCancelled() && !session.needsCover && s.students > 0 && !s.isTaken();
        QString state = TodayText::attendanceState(s);
        if (late)
            state = tr("%1 · started %2").arg(state, ScheduleText::time(session.start));
        QStringList details;
        details << SessionText::teacher(session);
        if (!session.location.isEmpty())
            details << session.location;
        QStringList lines;
        lines << tr("%1  %2").arg(ScheduleText::timeRange(session.start, session.minutes), session.groupName);
        lines << details.join(tr(" · "));
        if (!s.skill.isEmpty())
            lines << tr("Skill: %1").arg(s.skill);
        lines << state;
        auto* item = new QListWidgetItem(lines.join(QLatin1Char('\n')), this);
        item->setData(sessionIdRole, QVariant::fromValue<qint64>(session.id));
        item->setData(takeableRole, !session.isCancelled() && s.students > 0);
        item->setData(lateRole, late);
        item->setToolTip(SessionText::tooltip(session));
        if (late || session.needsCover) {
            QFont font = item->font();
            font.setBold(true);
            item->setFont(font);
            item->setForeground(TodayText::lateColor());
        } else if (session.isCancelled()) {
            item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
        }
    }
    if (selected && selectSession(*selected))
        return;
    // The first session still waiting for its attendance, so that Enter opens it.
    for (int i = 0; i < count(); ++i) {
        if (item(i)->data(lateRole).toBool()) {
            setCurrentRow(i);
            break;
        }
    }
}

std::optional<std::int64_t> TodaySessionsList::selectedSessionId() const
{
    const QListWidgetItem* item = currentItem();
    if (!item || !item->isSelected())
        return std::nullopt;
    return item->data(sessionIdRole).toLongLong();
}

bool TodaySessionsList::selectSession(std::int64_t sessionId)
{
    for (int i = 0; i < count(); ++i) {
        if (item(i)->data(sessionIdRole).toLongLong() == sessionId) {
            setCurrentRow(i);
            return true;
        }
    }
    return false;
}

bool TodaySessionsList::canTakeAttendance() const
{
    const QListWidgetItem* item = currentItem();
    return item && item->isSelected() && item->data(takeableRole).toBool();
}

void TodaySessionsList::requestSelected()
{
    if (const auto id = selectedSessionId(); id && canTakeAttendance())
        Q_EMIT takeAttendanceRequested(*id);
}

} // namespace tutordesk
