#pragma once

#include "placement/Tiers.h"
#include "schedule/GroupRecord.h"
#include "schedule/Tutors.h"

#include <QDate>
#include <QWidget>

#include <array>
#include <cstdint>
#include <vector>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QSpinBox;
class QTimeEdit;

namespace tutordesk {

// The fields of a tutoring group in the group editor: name, subject, skill, tier, delivery model, cap,
// tutor, room or link, and the recurring pattern (weekdays, start, minutes, first and last day).
// Tutors who may not work (Clearances::canWork) are listed but cannot be chosen, with the reason.
class GroupForm final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GroupForm)

public:
    explicit GroupForm(QWidget* parent = nullptr);
    ~GroupForm() override;

    // Shows `group`; `day` decides whose clearance still lets them work.
    void setGroup(const GroupRecord& group, const std::vector<TutorSummary>& tutors,
                  const std::vector<TierDefinition>& tiers, const QDate& day);
    // The group as edited (fields the form does not show are kept as they were).
    GroupRecord group() const;

    // Chooses a tutor in the list; false when they are not there or may not be chosen.
    bool chooseTutor(std::int64_t tutorId);
    void setWeekdays(int weekdays);

    QLineEdit* nameEdit() const { return m_name; }
    QComboBox* tutorBox() const { return m_tutor; }
    QTimeEdit* startEdit() const { return m_start; }
    QSpinBox* minutesBox() const { return m_minutes; }
    QLineEdit* locationEdit() const { return m_location; }
    QDateEdit* firstDayEdit() const { return m_firstDay; }
    QDateEdit* lastDayEdit() const { return m_lastDay; }
    // Monday = 1 … Sunday = 7.
    QCheckBox* weekdayBox(int weekday) const { return m_weekdays[static_cast<std::size_t>(weekday - 1)]; }

Q_SIGNALS:
    // Any field changed.
    void edited();

private:
    GroupRecord m_group;
    QLineEdit* m_name = nullptr;
    QComboBox* m_subject = nullptr;
    QLineEdit* m_skillCode = nullptr;
    QLineEdit* m_skill = nullptr;
    QComboBox* m_tier = nullptr;
    QComboBox* m_delivery = nullptr;
    QSpinBox* m_cap = nullptr;
    QComboBox* m_tutor = nullptr;
    QLineEdit* m_location = nullptr;
    std::array<QCheckBox*, 7> m_weekdays{};
    QTimeEdit* m_start = nullptr;
    QSpinBox* m_minutes = nullptr;
    QDateEdit* m_firstDay = nullptr;
    QDateEdit* m_lastDay = nullptr;
};

} // namespace tutordesk
