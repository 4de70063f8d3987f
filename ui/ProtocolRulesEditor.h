#pragma once

#include "protocol/ProtocolRules.h"

#include <QWidget>

#include <functional>
#include <vector>

class QCheckBox;
class QSpinBox;
class QVBoxLayout;

namespace tutordesk {

// Settings ▸ Protocol: the missed-session protocol's thresholds and due days, each rule in a sentence
// with its numbers in it ("After [2] absences in a row, schedule a make-up within [5] school days").
class ProtocolRulesEditor final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProtocolRulesEditor)

public:
    // The numbers, in the order the sentences show them.
    enum Field {
        NotifyAfter,
        NotifyDueDays,
        MakeupAfter,
        MakeupDueDays,
        EscalateAfter,
        EscalateBelowPercent,
        EscalateWindowWeeks,
        EscalateMinSessions,
        EscalateDueDays,
        PauseAfter,
        PauseDueDays,
        CoverDueDays,
        FieldCount
    };

    explicit ProtocolRulesEditor(QWidget* parent = nullptr);
    ~ProtocolRulesEditor() override;

    void setThresholds(const ProtocolThresholds& thresholds);
    ProtocolThresholds thresholds() const;
    // Back to DESIGN.md's defaults (not saved until the dialog is).
    void restoreDefaults() { setThresholds(ProtocolRules::defaults()); }

    QSpinBox* box(Field field) const { return m_boxes.at(static_cast<size_t>(field)); }
    QCheckBox* notifyOnExcusedBox() const { return m_notifyOnExcused; }
    QCheckBox* makeupOnUnexcusedBox() const { return m_makeupOnUnexcused; }

private:
    QSpinBox* addBox(Field field, int ProtocolThresholds::*member, const QString& accessibleName, int minimum,
                     int maximum, std::function<QString(int)> format);
    void addRule(const QString& title, const QString& sentence, const QList<QWidget*>& fields,
                 const QString& explanation = {});

    QVBoxLayout* m_rules = nullptr;
    std::vector<QSpinBox*> m_boxes;
    std::vector<int ProtocolThresholds::*> m_members;
    QCheckBox* m_notifyOnExcused = nullptr;
    QCheckBox* m_makeupOnUnexcused = nullptr;
    // What setThresholds was given: fields this editor does not show keep their values.
    ProtocolThresholds m_thresholds;
};

} // namespace tutordesk
