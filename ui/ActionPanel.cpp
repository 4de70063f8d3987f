#include "ActionPanel.h"

#include "LanguageNames.h"
#include "TodayText.h"
#include "attendance/Dosage.h"
#include "families/ContactLog.h"
#include "store/StoreError.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace tutordesk {

namespace {

QLabel* wrapped(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse); // copy a phone number; Tab skips it
    return label;
}

} // namespace

ActionPanel::ActionPanel(QWidget* parent)
    : QFrame(parent)
    , m_title(wrapped(this))
    , m_summary(wrapped(this))
    , m_family(wrapped(this))
    , m_delivery(wrapped(this))
    , m_blocker(wrapped(this))
    , m_buttonRow(new QWidget(this))
{
    setFrameShape(QFrame::StyledPanel);
    setAccessibleName(tr("Selected action"));
    QFont bold = m_title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_title->setFont(bold);
    m_family->setAccessibleName(tr("Family"));
    m_family->setTextFormat(Qt::PlainText);
    m_delivery->setAccessibleName(tr("Delivery"));
    m_blocker->setStyleSheet(QStringLiteral("color: #a4262c;")); // dark red, as elsewhere
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_summary);
    layout->addWidget(m_family);
    layout->addWidget(m_delivery);
    layout->addWidget(m_blocker);
    auto* row = new QHBoxLayout(m_buttonRow);
    row->setContentsMargins(0, 0, 0, 0);
    addButton(Resolver::LogContact, tr("&Log Contact…"),
              tr("Log the call, text or visit; saving resolves the action"));
    addButton(Resolver::ScheduleMakeup, tr("Schedule &Make-up…"), tr("A make-up session for this student"));
    addButton(Resolver::PauseOffer, tr("&Pause and Offer Seat…"),
              tr("Pause the seat and offer it to the top of the waitlist"));
    addButton(Resolver::FindCover, tr("Find &Cover…"), tr("Open the session on the Schedule page"));
    addButton(
        Resolver::WriteLetter, tr("&Write Letter…"),
        tr("Print or save a missed-session letter in the family's language; it is logged as a contact"));
    row->addStretch();
    addButton(Resolver::Done, tr("&Done…"), tr("Mark the action done, with a note"));
    addButton(Resolver::NotNeeded, tr("Not &Needed…"),
              tr("Mark the action not needed, with a note saying why"));
    layout->addWidget(m_buttonRow);
    layout->addStretch();
    showAction(nullptr, nullptr, QDate());
}

ActionPanel::~ActionPanel() = default;

QPushButton* ActionPanel::addButton(Resolver resolver, const QString& text, const QString& tip)
{
    auto* button = new QPushButton(text, m_buttonRow);
    button->setToolTip(tip);
    m_buttonRow->layout()->addWidget(button);
    m_buttons[static_cast<int>(resolver)] = button;
    connect(button, &QPushButton::clicked, this, [this, resolver] { Q_EMIT resolverRequested(resolver); });
    return button;
}

QPushButton* ActionPanel::button(Resolver resolver) const
{
    return m_buttons[static_cast<int>(resolver)];
}

QString ActionPanel::letterKind(ProtocolRule rule)
{
    switch (rule) {
    case ProtocolRule::NotifyFamily:
        return QStringLiteral("missed-1");
    case ProtocolRule::ScheduleMakeup:
        return QStringLiteral("missed-2");
    case ProtocolRule::Escalate:
        return QStringLiteral("missed-3");
    case ProtocolRule::PauseOfferSeat:
    case ProtocolRule::CoverTutorAbsence:
        break;
    }
    return {};
}

ActionPanel::Resolver ActionPanel::likelyResolver(ProtocolRule rule)
{
    switch (rule) {
    case ProtocolRule::ScheduleMakeup:
        return Resolver::ScheduleMakeup;
    case ProtocolRule::PauseOfferSeat:
        return Resolver::PauseOffer;
    case ProtocolRule::CoverTutorAbsence:
        return Resolver::FindCover;
    case ProtocolRule::NotifyFamily:
    case ProtocolRule::Escalate:
        break;
    }
    return Resolver::LogContact;
}

void ActionPanel::showAction(Store* store, const DueAction* action, const QDate& today)
{
    m_action = action ? std::optional<DueAction>(*action) : std::nullopt;
    m_delivery->hide();
    m_blocker->hide();
    if (!action) {
        m_title->setText(tr("No action selected"));
        m_summary->setText(tr("Choose an action on the left to see the family and what resolves it."));
        m_family->hide();
        m_buttonRow->hide();
        return;
    }
    const DueAction& a = *action;
    const bool cover = a.rule == ProtocolRule::CoverTutorAbsence;
    m_title->setText(cover ? tr("%1: %2").arg(ProtocolRuleNames::title(a.rule), a.groupName)
                           : tr("%1: %2").arg(ProtocolRuleNames::title(a.rule), a.studentName));
    QStringList summary;
    if (!a.grade.isEmpty())
        summary << TodayText::grade(a.grade);
    if (!a.groupName.isEmpty() && !cover)
        summary << a.groupName;
    summary << TodayText::reason(a) << TodayText::due(a, today);
    m_summary->setText(summary.join(tr(" · ")));

    m_family->setVisible(!cover);
    if (!cover) {
        const FamilyContactCard& f = a.family;
        QStringList lines;
        QString who = f.name.isEmpty() ? tr("No guardian on file") : f.name;
        if (!f.relationship.isEmpty())
            who = tr("%1 (%2)").arg(who, f.relationship);
        lines << tr("Family: %1").arg(who);
        lines << tr("Phone: %1").arg(f.phone.isEmpty() ? tr("none on file") : f.phone);
        if (!f.language.isEmpty())
            lines << tr("Language: %1").arg(LanguageNames::displayName(f.language));
        if (!f.contactMethod.isEmpty())
            lines << tr("Prefers: %1").arg(ContactLog::methodTitle(f.contactMethod));
        if (!f.email.isEmpty())
            lines << tr("Email: %1").arg(f.email);
        m_family->setText(lines.join(QLatin1Char('\n')));
    }

    if (a.rule == ProtocolRule::Escalate && store && a.studentId) {
        // Whether the plan was delivered at all, before anyone concludes it did not work.
        try {
            m_delivery->setText(TodayText::delivery(Dosage::totalFor(*store, *a.studentId, today)));
            m_delivery->show();
            if (const auto blocker = ProtocolActions::escalationBlocker(*store, a.id)) {
                m_blocker->setText(*blocker);
                m_blocker->show();
            }
        } catch (const StoreError& e) {
            m_delivery->setText(tr("The dosage could not be read: %1").arg(e.message()));
            m_delivery->show();
        }
    }

    m_buttonRow->show();
    const bool student = a.studentId.has_value();
    button(Resolver::LogContact)->setVisible(student);
    button(Resolver::ScheduleMakeup)->setVisible(a.rule == ProtocolRule::ScheduleMakeup);
    button(Resolver::PauseOffer)->setVisible(a.rule == ProtocolRule::PauseOfferSeat);
    button(Resolver::FindCover)->setVisible(cover && a.sessionId.has_value());
    button(Resolver::WriteLetter)->setVisible(student && !letterKind(a.rule).isEmpty());
    button(Resolver::Done)->setVisible(!cover);
    button(Resolver::NotNeeded)->setVisible(true);
}

} // namespace tutordesk
