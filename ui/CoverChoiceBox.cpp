#include "CoverChoiceBox.h"

#include "ProgramText.h"
#include "SessionText.h"
#include "schedule/ScheduleText.h"
#include "store/StoreError.h"

#include <QStandardItemModel>

namespace tutordesk {

namespace {

constexpr int choiceRole = Qt::UserRole; // index into m_choices; -1 for an explanation line

} // namespace

CoverChoiceBox::CoverChoiceBox(Store& store, const ScheduledSession& session, int offer,
                               std::optional<std::int64_t> absentTutor, QWidget* parent)
    : QComboBox(parent)
    , m_session(session)
{
    setAccessibleName(tr("Decision for %1 on %2").arg(session.groupName, SessionText::when(session)));
    std::vector<SubstituteOption> substitutes;
    std::vector<MakeupSlot> slots;
    try {
        if (offer & Substitutes)
            substitutes = SessionCover::substitutes(store, session.id);
        if (offer & Makeups)
            slots = SessionCover::makeupSlots(store, session.id);
    } catch (const StoreError&) {
        // Nothing to propose; cancelling is still offered.
    }

    if (offer & Substitutes) {
        for (const SubstituteOption& option : substitutes) {
            if (absentTutor && option.tutorId == *absentTutor)
                continue;
            QStringList why;
            if (option.fromPool)
                why << tr("substitute pool");
            if (option.speaksLanguage)
                why << tr("speaks their language");
            const QString text = why.isEmpty() ? tr("Substitute: %1").arg(option.name)
                                               : tr("Substitute: %1 (%2)", "substitute: name (why)")
                                                     .arg(option.name, why.join(tr(", ", "list separator")));
            CoverChoice choice;
            choice.action = CoverChoice::Action::Substitute;
            choice.substituteId = option.tutorId;
            addChoice(text, choice, option.name);
            setItemData(
                count() - 1,
                tr("%1 is free then, cleared and teaches %2. %3 this week so far.%4")
                    .arg(option.name, ProgramText::subject(session.subject),
                         tr("%n session(s)", nullptr, option.sessionsThatWeek),
                         option.speaksLanguage
                             ? QLatin1Char(' ') + tr("Speaks the home language most of the students share.")
                             : QString()),
                Qt::ToolTipRole);
            ++m_substitutes;
        }
        if (m_substitutes == 0)
            addNote(tr("No substitute is free and cleared at this time"));
    }
    if (offer & Makeups) {
        for (const MakeupSlot& slot : slots) {
            CoverChoice choice;
            choice.action = CoverChoice::Action::CancelWithMakeup;
            choice.makeup = slot;
            const QString when = tr("%1 %2", "make-up day and time")
                                     .arg(ScheduleText::day(slot.day), ScheduleText::time(slot.start));
            addChoice(session.isCancelled() ? tr("Make up %1").arg(when) : tr("Cancel, make up %1").arg(when),
                      choice);
            ++m_makeups;
        }
        if (m_makeups == 0)
            addNote(tr("No make-up time in the next school days"));
    }
    if (offer & CancelWithoutMakeup)
        addChoice(tr("Cancel, no make-up"), CoverChoice{});

    if (!chooseAction(CoverChoice::Action::Substitute) &&
        !chooseAction(CoverChoice::Action::CancelWithMakeup))
        chooseAction(CoverChoice::Action::Cancel);
}

CoverChoiceBox::~CoverChoiceBox() = default;

void CoverChoiceBox::addChoice(const QString& text, const CoverChoice& choice, const QString& name)
{
    CoverChoice mine = choice;
    mine.sessionId = m_session.id;
    m_choices.push_back(mine);
    m_names.push_back(name);
    addItem(text, static_cast<int>(m_choices.size()) - 1);
}

// A line that explains what is missing; it cannot be chosen.
void CoverChoiceBox::addNote(const QString& text)
{
    addItem(text, -1);
    if (auto* items = qobject_cast<QStandardItemModel*>(model()))
        items->item(count() - 1)->setEnabled(false);
}

std::optional<CoverChoice> CoverChoiceBox::choice() const
{
    const int index = currentData(choiceRole).toInt();
    if (currentIndex() < 0 || index < 0)
        return std::nullopt;
    return m_choices[static_cast<std::size_t>(index)];
}

bool CoverChoiceBox::chooseAction(CoverChoice::Action action)
{
    for (int row = 0; row < count(); ++row) {
        const int index = itemData(row, choiceRole).toInt();
        if (index >= 0 && m_choices[static_cast<std::size_t>(index)].action == action) {
            setCurrentIndex(row);
            return true;
        }
    }
    return false;
}

bool CoverChoiceBox::chooseSubstitute(std::int64_t tutorId)
{
    for (int row = 0; row < count(); ++row) {
        const int index = itemData(row, choiceRole).toInt();
        if (index < 0)
            continue;
        const CoverChoice& c = m_choices[static_cast<std::size_t>(index)];
        if (c.action == CoverChoice::Action::Substitute && c.substituteId == tutorId) {
            setCurrentIndex(row);
            return true;
        }
    }
    return false;
}

QString CoverChoiceBox::outcome() const
{
    const auto chosen = choice();
    if (!chosen)
        return {};
    const QString day = ScheduleText::day(m_session.day);
    switch (chosen->action) {
    case CoverChoice::Action::Substitute: {
        const int index = currentData(choiceRole).toInt();
        return tr("%1 covers %2 on %3.")
            .arg(m_names[static_cast<std::size_t>(index)], m_session.groupName, day);
    }
    case CoverChoice::Action::CancelWithMakeup:
        return tr("%1 on %2: make-up on %3 at %4.")
            .arg(m_session.groupName, day, ScheduleText::day(chosen->makeup.day),
                 ScheduleText::time(chosen->makeup.start));
    case CoverChoice::Action::Cancel:
        break;
    }
    return tr("%1 on %2 is cancelled.").arg(m_session.groupName, day);
}

} // namespace tutordesk
