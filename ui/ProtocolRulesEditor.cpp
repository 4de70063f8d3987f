#include "ProtocolRulesEditor.h"

#include "InlineSentence.h"
#include "UnitSpinBox.h"
#include "protocol/ProtocolRule.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace tutordesk {

namespace {

QString absences(int n)
{
    return ProtocolRulesEditor::tr("%n absence(s)", "in a row", n);
}

// Due days after the absence: 0 is the day itself.
QString within(int n)
{
    return n == 0 ? ProtocolRulesEditor::tr("the same day")
                  : ProtocolRulesEditor::tr("within %n school day(s)", nullptr, n);
}

} // namespace

ProtocolRulesEditor::ProtocolRulesEditor(QWidget* parent)
    : QWidget(parent)
    , m_rules(new QVBoxLayout)
    , m_notifyOnExcused(new QCheckBox(tr("also for excused absences"), this))
    , m_makeupOnUnexcused(new QCheckBox(tr("also after any unexcused absence"), this))
{
    m_boxes.resize(FieldCount, nullptr);
    m_members.resize(FieldCount, nullptr);
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("When a student misses tutoring, TutorDesk lists what to do and by when. "
                                "Absences in a row count held sessions only; coming to any session, a "
                                "make-up included, ends the run."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_rules->setSpacing(12);
    layout->addLayout(m_rules);

    m_notifyOnExcused->setToolTip(tr("An excused absence usually means the family already told the school."));
    addRule(ProtocolRuleNames::title(ProtocolRule::NotifyFamily),
            tr("After %1 in a row, notify the family %2, in their language. %3"),
            {addBox(NotifyAfter, &ProtocolThresholds::notifyAfter,
                    tr("Absences in a row before notifying the family"), 1, 30, absences),
             addBox(NotifyDueDays, &ProtocolThresholds::notifyDueDays, tr("School days to notify the family"),
                    0, 30, within),
             m_notifyOnExcused});
    m_makeupOnUnexcused->setToolTip(tr("An unexcused absence asks for a make-up even when it is the first."));
    addRule(ProtocolRuleNames::title(ProtocolRule::ScheduleMakeup),
            tr("After %1 in a row, schedule a make-up %2 and log a family contact. %3"),
            {addBox(MakeupAfter, &ProtocolThresholds::makeupAfter, tr("Absences in a row before a make-up"),
                    1, 30, absences),
             addBox(MakeupDueDays, &ProtocolThresholds::makeupDueDays,
                    tr("School days to schedule the make-up"), 0, 30, within),
             m_makeupOnUnexcused});
    addRule(
        ProtocolRuleNames::title(ProtocolRule::Escalate),
        tr("After %1 in a row, or attendance under %2 over %3 (at least %4),\nescalate %5."),
        {addBox(EscalateAfter, &ProtocolThresholds::escalateAfter, tr("Absences in a row before escalating"),
                1, 30, absences),
         // 0% is offered: a coordinator trying to switch the rate off is told why core needs at least 1%.
         addBox(EscalateBelowPercent, &ProtocolThresholds::escalateBelowPercent,
                tr("Attendance rate below which to escalate"), 0, 100,
                [](int n) { return QLocale().toString(n) + QLocale().percent(); }),
         addBox(EscalateWindowWeeks, &ProtocolThresholds::escalateWindowWeeks,
                tr("Weeks the attendance rate looks back"), 1, 12,
                [](int n) { return tr("the last %n week(s)", nullptr, n); }),
         addBox(EscalateMinSessions, &ProtocolThresholds::escalateMinSessions,
                tr("Held sessions needed to judge the attendance rate"), 1, 60,
                [](int n) { return tr("%n held session(s)", nullptr, n); }),
         addBox(EscalateDueDays, &ProtocolThresholds::escalateDueDays, tr("School days to escalate"), 0, 30,
                within)},
        tr("A meeting with the teacher or counselor, a letter home, and a look at another delivery model."));
    addRule(
        ProtocolRuleNames::title(ProtocolRule::PauseOfferSeat),
        tr("After %1 in a row, pause the seat and offer it to the waitlist %2."),
        {addBox(PauseAfter, &ProtocolThresholds::pauseAfter, tr("Absences in a row before pausing the seat"),
                1, 30, absences),
         addBox(PauseDueDays, &ProtocolThresholds::pauseDueDays,
                tr("School days to pause and offer the seat"), 0, 30, within)},
        tr("The student with the highest need waiting for the same subject and tier is offered the seat."));
    addRule(ProtocolRuleNames::title(ProtocolRule::CoverTutorAbsence),
            tr("When a tutor is out, cover or cancel each of their sessions %1."),
            {addBox(CoverDueDays, &ProtocolThresholds::coverDueDays,
                    tr("School days ahead to cover a session"), 0, 30, [](int n) {
                        return n == 0 ? tr("by the day of the session")
                                      : tr("%n school day(s) ahead", nullptr, n);
                    })});

    auto* restore = new QPushButton(tr("Restore &Defaults"), this);
    restore->setToolTip(tr("Put back the protocol TutorDesk starts with"));
    connect(restore, &QPushButton::clicked, this, [this] { restoreDefaults(); });
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(restore);
    buttons->addStretch();
    layout->addLayout(buttons);
    layout->addStretch();
    setThresholds(ProtocolRules::defaults());
}

ProtocolRulesEditor::~ProtocolRulesEditor() = default;

QSpinBox* ProtocolRulesEditor::addBox(Field field, int ProtocolThresholds::*member,
                                      const QString& accessibleName, int minimum, int maximum,
                                      std::function<QString(int)> format)
{
    auto* box = new UnitSpinBox(std::move(format), minimum, maximum, this);
    box->setAccessibleName(accessibleName);
    box->setToolTip(accessibleName);
    m_boxes[static_cast<size_t>(field)] = box;
    m_members[static_cast<size_t>(field)] = member;
    return box;
}

void ProtocolRulesEditor::addRule(const QString& title, const QString& sentence,
                                  const QList<QWidget*>& fields, const QString& explanation)
{
    auto* heading = new QLabel(title, this);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    auto* rule = new QVBoxLayout;
    rule->setSpacing(4);
    rule->addWidget(heading);
    rule->addLayout(InlineSentence::layout(this, sentence, fields));
    if (!explanation.isEmpty()) {
        auto* why = new QLabel(explanation, this);
        why->setWordWrap(true);
        why->setForegroundRole(QPalette::PlaceholderText);
        rule->addWidget(why);
    }
    m_rules->addLayout(rule);
}

void ProtocolRulesEditor::setThresholds(const ProtocolThresholds& thresholds)
{
    m_thresholds = thresholds;
    for (size_t i = 0; i < m_boxes.size(); ++i)
        m_boxes[i]->setValue(thresholds.*m_members[i]);
    m_notifyOnExcused->setChecked(thresholds.notifyOnExcused);
    m_makeupOnUnexcused->setChecked(thresholds.makeupOnUnexcused);
}

ProtocolThresholds ProtocolRulesEditor::thresholds() const
{
    ProtocolThresholds result = m_thresholds;
    for (size_t i = 0; i < m_boxes.size(); ++i)
        result.*m_members[i] = m_boxes[i]->value();
    result.notifyOnExcused = m_notifyOnExcused->isChecked();
    result.makeupOnUnexcused = m_makeupOnUnexcused->isChecked();
    return result;
}

} // namespace tutordesk
