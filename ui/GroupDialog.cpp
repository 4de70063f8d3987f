#include "GroupDialog.h"

#include "GroupForm.h"
#include "SessionText.h"
#include "placement/Tiers.h"
#include "schedule/CalendarEditor.h"
#include "schedule/GroupSchedule.h"
#include "schedule/Groups.h"
#include "schedule/ScheduleText.h"
#include "schedule/Tutors.h"
#include "store/StoreError.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace tutordesk {

namespace {

// Long enough to finish typing a time, short enough to feel live.
constexpr int pauseMs = 300;

} // namespace

GroupDialog::GroupDialog(Store& store, std::optional<std::int64_t> groupId, const QDate& today,
                         QWidget* parent)
    : QDialog(parent)
    , m_store(store)
    , m_today(today)
    , m_form(new GroupForm(this))
    , m_from(new QDateEdit(this))
    , m_preview(new QLabel(this))
    , m_conflictsTitle(new QLabel(this))
    , m_conflicts(new QListWidget(this))
    , m_problem(new QLabel(this))
    , m_pause(new QTimer(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_form);

    auto* when = new QFormLayout;
    m_from->setCalendarPopup(true);
    m_from->setDisplayFormat(SessionText::dateEditFormat());
    m_from->setMinimumWidth(m_from->sizeHint().width() + 16); // the widest day name still fits
    m_from->setToolTip(tr("Sessions before this day, and their attendance, stay as they are"));
    auto* fromRow = new QHBoxLayout;
    fromRow->addWidget(m_from);
    fromRow->addStretch();
    auto* fromLabel = new QLabel(tr("Changes appl&y from:"), this);
    fromLabel->setBuddy(m_from);
    when->addRow(fromLabel, fromRow);
    layout->addLayout(when);
    m_preview->setWordWrap(true);
    m_preview->setAccessibleName(tr("Sessions this pattern makes"));
    layout->addWidget(m_preview);
    m_conflictsTitle->setText(tr("Conflicts — change the days, the time, the tutor or the room:"));
    m_conflictsTitle->setStyleSheet(QStringLiteral("color: #a4262c; font-weight: bold;"));
    m_conflictsTitle->setBuddy(m_conflicts);
    layout->addWidget(m_conflictsTitle);
    m_conflicts->setAccessibleName(tr("Conflicts"));
    m_conflicts->setWordWrap(true);
    m_conflicts->setMaximumHeight(140);
    layout->addWidget(m_conflicts);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #a4262c;")); // dark red, as elsewhere
    m_problem->hide();
    layout->addWidget(m_problem);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    layout->addWidget(buttons);

    GroupRecord group;
    std::vector<TutorSummary> tutors;
    std::vector<TierDefinition> tiers;
    try {
        m_calendar = SchoolCalendar::load(store);
        m_minimumDayMinutes = CalendarEditor::minimumDayMinutes(store);
        tutors = Tutors::list(store);
        tiers = Tiers::load(store);
        if (groupId) {
            if (auto found = Groups::find(store, *groupId)) {
                group = *found;
                m_isNew = false;
            }
        }
    } catch (const StoreError& e) {
        m_problem->setText(tr("The group could not be read: %1").arg(e.message()));
        m_problem->show();
    }
    if (m_isNew) {
        const QDate yearEnd = m_calendar.yearEnd().isValid() ? m_calendar.yearEnd() : today.addMonths(6);
        group.startDay = std::max(today, m_calendar.yearStart().isValid() ? m_calendar.yearStart() : today);
        group.endDay = std::max(group.startDay, yearEnd);
        group.tier = 2;
    }
    setWindowTitle(m_isNew ? tr("New Group") : tr("Edit Group — %1").arg(group.name));
    m_form->setGroup(group, tutors, tiers, today);
    // History stays: a change applies from today at the earliest.
    m_from->setMinimumDate(today);
    m_from->setDate(today);

    m_pause->setSingleShot(true);
    m_pause->setInterval(pauseMs);
    connect(m_pause, &QTimer::timeout, this, &GroupDialog::refresh);
    connect(m_form, &GroupForm::edited, this, &GroupDialog::edited);
    connect(m_from, &QDateEdit::dateChanged, this, &GroupDialog::edited);
    connect(m_save, &QPushButton::clicked, this, [this] {
        if (save())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    refresh();
    resize(std::max(620, sizeHint().width()), sizeHint().height());
}

GroupDialog::~GroupDialog() = default;

void GroupDialog::edited()
{
    m_problem->hide();
    m_pause->start(); // restarts: one refresh once the typing stops
}

void GroupDialog::refresh()
{
    m_pause->stop();
    const GroupRecord group = m_form->group();
    const QDate from = m_from->date();
    const std::vector<PlannedSession> plan =
        GroupSchedule::plan(group, m_calendar, m_minimumDayMinutes, from);
    if (!group.hasPattern())
        m_preview->setText(tr("No sessions yet: choose a tutor, at least one day and a start time."));
    else if (plan.empty())
        m_preview->setText(tr("No sessions: no school day between these dates meets the pattern."));
    else
        m_preview->setText(tr("≈ %n session(s) from %1 to %2", nullptr, static_cast<int>(plan.size()))
                               .arg(ScheduleText::day(plan.front().day), ScheduleText::day(plan.back().day)));

    m_found.clear();
    if (group.hasPattern()) {
        try {
            m_found = GroupSchedule::conflicts(m_store, group, from);
        } catch (const StoreError& e) {
            m_problem->setText(tr("The conflicts could not be checked: %1").arg(e.message()));
            m_problem->show();
        }
    }
    m_conflicts->clear();
    for (const ScheduleConflict& conflict : m_found)
        m_conflicts->addItem(conflict.message);
    m_conflictsTitle->setText(tr("%n conflict(s) — change the days, the time, the tutor or the room:",
                                 nullptr, static_cast<int>(m_found.size())));
    m_conflictsTitle->setVisible(!m_found.empty());
    m_conflicts->setVisible(!m_found.empty());
    m_save->setEnabled(m_found.empty() && !group.name.isEmpty());
    m_save->setToolTip(!m_found.empty()       ? tr("Resolve the conflicts first")
                       : group.name.isEmpty() ? tr("Give the group a name first")
                                              : QString());
}

bool GroupDialog::save()
{
    refresh(); // the pause may not have run since the last edit
    if (!m_found.empty() || !m_save->isEnabled())
        return false;
    Result<GroupSchedule::Saved> result = Error{};
    try {
        result = GroupSchedule::save(m_store, m_form->group(), m_from->date());
    } catch (const StoreError& e) {
        result = Error{e.message()};
    }
    if (!result) {
        m_problem->setText(tr("Not saved: %1").arg(result.error().message)); // core's words
        m_problem->show();
        return false;
    }
    m_savedId = result->id;
    m_outcome = SessionText::changes(result->changes);
    Q_EMIT saved(m_savedId, m_outcome);
    return true;
}

} // namespace tutordesk
