#pragma once

#include "schedule/ScheduledSession.h"
#include "schedule/SessionCover.h"

#include <QComboBox>

#include <cstdint>
#include <optional>
#include <vector>

namespace tutordesk {

class Store;

// What to do about one session its tutor cannot teach, as a choice among core's proposals: each free,
// cleared substitute (SessionCover::substitutes, best first), each make-up slot
// (SessionCover::makeupSlots), or cancelling without a make-up. The first substitute is proposed,
// else the first make-up slot. The Tutor Out dialog shows one per session; covering a single
// session from the Schedule page uses one too.
class CoverChoiceBox final : public QComboBox {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CoverChoiceBox)

public:
    enum Offer { Substitutes = 1, Makeups = 2, CancelWithoutMakeup = 4, Everything = 7 };

    // `absentTutor` is never offered as the substitute (before the absence is saved core cannot know).
    CoverChoiceBox(Store& store, const ScheduledSession& session, int offer = Everything,
                   std::optional<std::int64_t> absentTutor = std::nullopt, QWidget* parent = nullptr);
    ~CoverChoiceBox() override;

    const ScheduledSession& session() const { return m_session; }
    // The decision chosen (for this session); nothing while an explanation line is current.
    std::optional<CoverChoice> choice() const;
    // Makes the given kind of decision current (the first of its kind); false when there is none.
    bool chooseAction(CoverChoice::Action action);
    bool chooseSubstitute(std::int64_t tutorId);
    int substituteCount() const { return m_substitutes; }
    int makeupCount() const { return m_makeups; }
    // What the chosen decision did, once applied: "Ben Ortiz covers Reading 3–4 T2-B on Tue 12/1/26."
    QString outcome() const;

private:
    void addChoice(const QString& text, const CoverChoice& choice, const QString& name = {});
    void addNote(const QString& text);

    ScheduledSession m_session;
    std::vector<CoverChoice> m_choices;
    std::vector<QString> m_names; // the substitute's name for each choice (empty for cancellations)
    int m_substitutes = 0;
    int m_makeups = 0;
};

} // namespace tutordesk
