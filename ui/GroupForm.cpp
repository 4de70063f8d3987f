#include "GroupForm.h"

#include "ProgramText.h"
#include "SessionText.h"
#include "schedule/Clearances.h"
#include "schedule/ScheduleText.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTimeEdit>

namespace tutordesk {

namespace {

constexpr qint64 noTutor = -1;

QHBoxLayout* row(std::initializer_list<QWidget*> widgets)
{
    auto* layout = new QHBoxLayout;
    layout->setContentsMargins(0, 0, 0, 0);
    for (QWidget* widget : widgets)
        layout->addWidget(widget);
    layout->addStretch();
    return layout;
}

} // namespace

GroupForm::GroupForm(QWidget* parent)
    : QWidget(parent)
    , m_name(new QLineEdit(this))
    , m_subject(new QComboBox(this))
    , m_skillCode(new QLineEdit(this))
    , m_skill(new QLineEdit(this))
    , m_tier(new QComboBox(this))
    , m_delivery(new QComboBox(this))
    , m_cap(new QSpinBox(this))
    , m_tutor(new QComboBox(this))
    , m_location(new QLineEdit(this))
    , m_start(new QTimeEdit(this))
    , m_minutes(new QSpinBox(this))
    , m_firstDay(new QDateEdit(this))
    , m_lastDay(new QDateEdit(this))
{
    const QLocale locale;
    for (const char* subject : {"reading", "math", "writing", "other"})
        m_subject->addItem(ProgramText::subject(QLatin1String(subject)), QLatin1String(subject));
    for (const QString& code : SessionText::deliveryModels())
        m_delivery->addItem(SessionText::deliveryModel(code), code);
    m_cap->setRange(1, 4);
    m_cap->setSuffix(tr(" students", "cap spin box suffix"));
    m_skillCode->setPlaceholderText(tr("Code, e.g. RF.3.3"));
    m_skillCode->setMaximumWidth(150);
    m_skill->setPlaceholderText(tr("The skill in plain words"));
    m_location->setPlaceholderText(tr("Room, or the meeting link for a virtual group"));
    m_start->setDisplayFormat(QStringLiteral("HH:mm")); // as the schedule shows times everywhere
    m_minutes->setRange(5, 240);
    m_minutes->setSingleStep(5);
    m_minutes->setSuffix(tr(" min", "minutes spin box suffix"));
    for (QDateEdit* edit : {m_firstDay, m_lastDay}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(SessionText::dateEditFormat());
        edit->setMinimumWidth(edit->sizeHint().width() + 16); // the widest day name still fits
    }

    auto* form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("S&ubject:"), m_subject);
    auto* skillLabel = new QLabel(tr("S&kill:"), this);
    skillLabel->setBuddy(m_skillCode);
    auto* skill = new QHBoxLayout;
    skill->addWidget(m_skillCode);
    skill->addWidget(m_skill, 1);
    form->addRow(skillLabel, skill);
    form->addRow(tr("&Tier:"), m_tier);
    form->addRow(tr("&Delivery:"), m_delivery);
    const auto addRow = [this, form](const QString& text, QWidget* buddy, QLayout* fields) {
        auto* label = new QLabel(text, this);
        label->setBuddy(buddy);
        form->addRow(label, fields);
    };
    addRow(tr("C&ap:"), m_cap, row({m_cap}));
    form->addRow(tr("T&utor:"), m_tutor);
    form->addRow(tr("&Room or link:"), m_location);
    auto* days = new QHBoxLayout;
    days->setContentsMargins(0, 0, 0, 0);
    for (int weekday = 1; weekday <= 7; ++weekday) {
        auto* box = new QCheckBox(locale.dayName(weekday, QLocale::ShortFormat), this);
        box->setAccessibleName(locale.dayName(weekday, QLocale::LongFormat));
        m_weekdays[static_cast<std::size_t>(weekday - 1)] = box;
        days->addWidget(box);
        connect(box, &QCheckBox::toggled, this, &GroupForm::edited);
    }
    days->addStretch();
    auto* daysLabel = new QLabel(tr("Meets on:"), this);
    daysLabel->setBuddy(m_weekdays[0]);
    form->addRow(daysLabel, days);
    auto* at = new QLabel(tr("for"), this);
    m_start->setAccessibleName(tr("Start time"));
    m_minutes->setAccessibleName(tr("Minutes"));
    addRow(tr("&Starts at:"), m_start, row({m_start, at, m_minutes}));
    auto* until = new QLabel(tr("to"), this);
    m_firstDay->setAccessibleName(tr("First day"));
    m_lastDay->setAccessibleName(tr("Last day"));
    addRow(tr("&From:"), m_firstDay, row({m_firstDay, until, m_lastDay}));

    for (QLineEdit* edit : {m_name, m_skillCode, m_skill, m_location})
        connect(edit, &QLineEdit::textEdited, this, &GroupForm::edited);
    for (QComboBox* box : {m_subject, m_tier, m_delivery, m_tutor})
        connect(box, &QComboBox::currentIndexChanged, this, &GroupForm::edited);
    for (QSpinBox* box : {m_cap, m_minutes})
        connect(box, &QSpinBox::valueChanged, this, &GroupForm::edited);
    connect(m_start, &QTimeEdit::timeChanged, this, &GroupForm::edited);
    for (QDateEdit* edit : {m_firstDay, m_lastDay})
        connect(edit, &QDateEdit::dateChanged, this, &GroupForm::edited);
}

GroupForm::~GroupForm() = default;

void GroupForm::setGroup(const GroupRecord& group, const std::vector<TutorSummary>& tutors,
                         const std::vector<TierDefinition>& tiers, const QDate& day)
{
    const QSignalBlocker blocker(this);
    m_group = group;
    m_name->setText(group.name);
    m_subject->setCurrentIndex(std::max(0, m_subject->findData(group.subject)));
    m_skillCode->setText(group.skillCode);
    m_skill->setText(group.skillDescription);
    m_tier->clear();
    for (const TierDefinition& tier : tiers) {
        // "Tier 3 · Intensive": the tier's name, and what it means when the name does not say.
        const QString title = tier.name.isEmpty() ? SessionText::tierName(tier.tier) : tier.name;
        const QString name = tier.description.isEmpty() || tier.description == title
                                 ? title
                                 : tr("%1 · %2", "tier name · description").arg(title, tier.description);
        m_tier->addItem(name, tier.tier);
    }
    if (m_tier->findData(group.tier) < 0)
        m_tier->addItem(SessionText::tierName(group.tier), group.tier);
    m_tier->setCurrentIndex(m_tier->findData(group.tier));
    m_delivery->setCurrentIndex(std::max(0, m_delivery->findData(group.deliveryModel)));
    m_cap->setValue(group.cap);

    m_tutor->clear();
    m_tutor->addItem(tr("No tutor yet (the group stays planned)"), noTutor);
    auto* items = qobject_cast<QStandardItemModel*>(m_tutor->model());
    for (const TutorSummary& summary : tutors) {
        const TutorRecord& tutor = summary.tutor;
        const bool current = group.tutorId && *group.tutorId == tutor.id;
        if (tutor.status == QLatin1String("inactive") && !current)
            continue;
        QString text = tutor.displayName();
        const bool allowed = Clearances::canWork(tutor, day);
        if (tutor.status == QLatin1String("inactive"))
            text = tr("%1 — inactive").arg(text);
        else if (!allowed)
            text = Clearances::of(tutor, day).state == ClearanceState::Missing
                       ? tr("%1 — clearance missing").arg(text)
                       : tr("%1 — clearance expired").arg(text);
        else if (tutor.status == QLatin1String("substitute"))
            text = tr("%1 (substitute pool)").arg(text);
        m_tutor->addItem(text, QVariant::fromValue(static_cast<qint64>(tutor.id)));
        if (!allowed && items) {
            QStandardItem* item = items->item(m_tutor->count() - 1);
            item->setEnabled(false);
            item->setToolTip(Clearances::refusal(tutor, day));
        }
    }
    const int tutorRow =
        group.tutorId ? m_tutor->findData(QVariant::fromValue(static_cast<qint64>(*group.tutorId))) : 0;
    m_tutor->setCurrentIndex(std::max(0, tutorRow));

    m_location->setText(group.location);
    setWeekdays(group.weekdays);
    // Sunday only for a group that already meets then; Saturday for Saturday programs.
    weekdayBox(7)->setVisible(group.meetsOn(7));
    m_start->setTime(group.startsAt.isValid() ? group.startsAt : QTime(10, 0));
    m_minutes->setValue(group.minutes);
    m_firstDay->setDate(group.startDay);
    m_lastDay->setDate(group.endDay);
}

void GroupForm::setWeekdays(int weekdays)
{
    for (int weekday = 1; weekday <= 7; ++weekday)
        weekdayBox(weekday)->setChecked(weekdays & (1 << (weekday - 1)));
}

GroupRecord GroupForm::group() const
{
    GroupRecord group = m_group;
    group.name = m_name->text().trimmed();
    group.subject = m_subject->currentData().toString();
    group.skillCode = m_skillCode->text().trimmed();
    group.skillDescription = m_skill->text().trimmed();
    group.tier = m_tier->currentData().toInt();
    group.deliveryModel = m_delivery->currentData().toString();
    group.cap = m_cap->value();
    const qint64 tutor = m_tutor->currentData().toLongLong();
    group.tutorId = tutor == noTutor ? std::nullopt : std::optional<std::int64_t>(tutor);
    group.location = m_location->text().trimmed();
    group.weekdays = 0;
    for (int weekday = 1; weekday <= 7; ++weekday) {
        if (weekdayBox(weekday)->isChecked())
            group.weekdays |= 1 << (weekday - 1);
    }
    group.startsAt = m_start->time();
    group.minutes = m_minutes->value();
    group.startDay = m_firstDay->date();
    group.endDay = m_lastDay->date();
    return group;
}

bool GroupForm::chooseTutor(std::int64_t tutorId)
{
    const int row = m_tutor->findData(QVariant::fromValue(static_cast<qint64>(tutorId)));
    const auto* items = qobject_cast<QStandardItemModel*>(m_tutor->model());
    if (row < 0 || (items && !items->item(row)->isEnabled()))
        return false;
    m_tutor->setCurrentIndex(row);
    return true;
}

} // namespace tutordesk
