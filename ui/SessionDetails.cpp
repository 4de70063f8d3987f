#include "SessionDetails.h"

#include "ProgramText.h"
#include "SessionText.h"
#include "schedule/ScheduleText.h"

#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace tutordesk {

namespace {

QLabel* valueLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

SessionDetails::SessionDetails(QWidget* parent)
    : QFrame(parent)
    , m_hint(new QLabel(tr("Click a session to see who teaches it, where, and who attends."), this))
    , m_body(new QWidget(this))
    , m_group(valueLabel(m_body))
    , m_tier(valueLabel(m_body))
    , m_when(valueLabel(m_body))
    , m_time(valueLabel(m_body))
    , m_tutor(valueLabel(m_body))
    , m_room(valueLabel(m_body))
    , m_studentsTitle(new QLabel(m_body))
    , m_students(valueLabel(m_body))
    , m_status(valueLabel(m_body))
    , m_edit(new QPushButton(tr("&Edit Group…"), m_body))
    , m_cover(new QPushButton(tr("Find a &Substitute…"), m_body))
    , m_cancel(new QPushButton(tr("&Cancel Session…"), m_body))
    , m_makeup(new QPushButton(tr("Make-&up…"), m_body))
    , m_restore(new QPushButton(tr("&Restore"), m_body))
    , m_attendance(new QPushButton(tr("Take &Attendance…"), m_body))
{
    setFrameShape(QFrame::StyledPanel);
    setAccessibleName(tr("Session details"));
    auto* layout = new QVBoxLayout(this);
    m_hint->setWordWrap(true);
    layout->addWidget(m_hint);
    layout->addWidget(m_body);
    layout->addStretch();

    auto* body = new QVBoxLayout(m_body);
    body->setContentsMargins(0, 0, 0, 0);
    QFont heading = m_group->font();
    heading.setBold(true);
    heading.setPointSizeF(heading.pointSizeF() * 1.15);
    m_group->setFont(heading);
    body->addWidget(m_group);
    body->addWidget(m_tier);
    auto* form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(tr("Day:"), m_when);
    form->addRow(tr("Time:"), m_time);
    form->addRow(tr("Tutor:"), m_tutor);
    form->addRow(tr("Room:"), m_room);
    form->addRow(tr("Status:"), m_status);
    body->addLayout(form);
    body->addSpacing(4);
    body->addWidget(m_studentsTitle);
    body->addWidget(m_students);
    body->addSpacing(8);
    for (QPushButton* button : {m_attendance, m_edit, m_cover, m_cancel, m_makeup, m_restore})
        body->addWidget(button);
    body->addStretch(); // spare height goes below the buttons, not between the lines

    m_edit->setToolTip(
        tr("Change the group's tutor, room, days or times (double-click or Enter on a session)"));
    m_cover->setToolTip(tr("A free, cleared tutor who teaches the subject takes this session"));
    m_cancel->setToolTip(tr("Cancel this session, with a make-up time or without"));
    m_makeup->setToolTip(tr("Schedule a make-up for this cancelled session"));
    m_restore->setToolTip(tr("The session happens after all: schedule it again"));
    connect(m_edit, &QPushButton::clicked, this, [this] { Q_EMIT editGroupRequested(m_groupId); });
    connect(m_cover, &QPushButton::clicked, this, &SessionDetails::coverRequested);
    connect(m_cancel, &QPushButton::clicked, this, &SessionDetails::cancelRequested);
    connect(m_makeup, &QPushButton::clicked, this, &SessionDetails::makeupRequested);
    connect(m_restore, &QPushButton::clicked, this, &SessionDetails::restoreRequested);
    connect(m_attendance, &QPushButton::clicked, this, &SessionDetails::attendanceRequested);
    showSession(nullptr, QDate());
}

SessionDetails::~SessionDetails() = default;

void SessionDetails::showSession(const ScheduledSession* session, const QDate& today)
{
    m_hint->setVisible(!session);
    m_body->setVisible(session != nullptr);
    if (!session) {
        m_sessionId.reset();
        m_groupId = 0;
        return;
    }
    const ScheduledSession& s = *session;
    m_sessionId = s.id;
    m_groupId = s.groupId;
    m_group->setText(s.groupName);
    m_tier->setText(
        tr("%1 · %2", "tier · subject").arg(SessionText::tierName(s.tier), ProgramText::subject(s.subject)));
    // The day and the time on rows of their own: the narrow panel would otherwise cut the time off.
    m_when->setText(ScheduleText::day(s.day));
    m_time->setText(ScheduleText::timeRange(s.start, s.minutes));
    if (s.substituteName.isEmpty())
        m_tutor->setText(s.tutorName.isEmpty() ? tr("No tutor") : s.tutorName);
    else
        m_tutor->setText(tr("%1, substituting for %2").arg(s.substituteName, s.tutorName));
    m_room->setText(s.location.isEmpty() ? tr("None given") : s.location);
    QStringList names;
    for (const ScheduledSession::Student& student : s.students)
        names << student.name;
    m_studentsTitle->setText(
        tr("%1:", "3 students:").arg(SessionText::students(static_cast<int>(names.size()))));
    m_students->setText(names.isEmpty() ? tr("No students") : names.join(QLatin1Char('\n')));
    m_status->setText(SessionText::status(s));
    m_status->setStyleSheet(s.needsCover ? QStringLiteral("color: #a4262c; font-weight: bold;") : QString());

    // What can still change: sessions not held and not cancelled can be covered or cancelled (cover
    // only from today on); a cancelled session can get a make-up, and be restored before it happens.
    const bool open = !s.isCancelled() && s.status != QLatin1String("held");
    const bool ahead = s.day >= today;
    m_cover->setText(s.substituteName.isEmpty() ? tr("Find a &Substitute…") : tr("Change &Substitute…"));
    m_cover->setVisible(open && ahead);
    m_cancel->setVisible(open);
    m_makeup->setVisible(s.isCancelled());
    m_restore->setVisible(s.isCancelled() && ahead);
    m_cover->setDefault(s.needsCover);

    // Attendance is taken once the session's day has come, and edited after (with a reason, if past).
    const bool held = s.status == QLatin1String("held");
    m_attendance->setText(held ? tr("Edit &Attendance…") : tr("Take &Attendance…"));
    m_attendance->setEnabled(!s.isCancelled() && s.day <= today);
    m_attendance->setToolTip(s.isCancelled() ? tr("A cancelled session has no attendance")
                             : s.day > today ? tr("Attendance can be taken from the session's day on")
                             : held          ? tr("Change the attendance recorded for this session")
                                    : tr("Mark who came, with the keyboard: P, T, E or U per student"));
}

QString SessionDetails::text() const
{
    if (!m_sessionId)
        return m_hint->text();
    QStringList lines;
    for (const QLabel* label :
         {m_group, m_tier, m_when, m_time, m_tutor, m_room, m_status, m_studentsTitle, m_students})
        lines << label->text();
    return lines.join(QLatin1Char('\n'));
}

} // namespace tutordesk
