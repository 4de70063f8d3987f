#pragma once

#include "progress/ProgressFlags.h"

#include <QWidget>

class QDoubleSpinBox;
class QLabel;
class QSpinBox;

namespace tutordesk {

// Settings ▸ Progress: the five thresholds of the 30-second view's flags, each flag a sentence with its
// numbers in it ("After at least [8 sessions] attended at [80%] or better, flag growth under [5.0 pts]").
// Rates are edited as whole percentages. A line under the rules says at once what core would refuse;
// the Settings dialog saves with ProgressFlags::validate and ProgressFlags::save.
class ProgressFlagsEditor final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProgressFlagsEditor)

public:
    explicit ProgressFlagsEditor(QWidget* parent = nullptr);
    ~ProgressFlagsEditor() override;

    void setRules(const ProgressFlagRules& rules);
    ProgressFlagRules rules() const;
    // Back to the defaults (not saved until the dialog is).
    void restoreDefaults() { setRules(ProgressFlags::defaults()); }

    QSpinBox* minSessionsAttendedBox() const { return m_minAttended; }
    QSpinBox* wellAttendedBox() const { return m_wellAttended; }
    QDoubleSpinBox* minGrowthBox() const { return m_minGrowth; }
    QSpinBox* minSessionsHeldBox() const { return m_minHeld; }
    QSpinBox* notAttendingBox() const { return m_notAttending; }
    QLabel* problemLabel() const { return m_problem; }

Q_SIGNALS:
    void rulesChanged();

private:
    void check();

    QSpinBox* m_minAttended = nullptr;
    QSpinBox* m_wellAttended = nullptr;
    QDoubleSpinBox* m_minGrowth = nullptr;
    QSpinBox* m_minHeld = nullptr;
    QSpinBox* m_notAttending = nullptr;
    QLabel* m_problem = nullptr;
};

} // namespace tutordesk
