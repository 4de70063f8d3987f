#pragma once

#include "protocol/ProtocolRules.h"

#include <QWidget>

namespace tutordesk {

// Settings ▸ Protocol: the missed-session protocol's thresholds and due days, each rule in a sentence
// with its numbers in it ("After [2] absences in a row, schedule a make-up within [5] school days").
class ProtocolRulesEditor final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProtocolRulesEditor)

public:
    explicit ProtocolRulesEditor(QWidget* parent = nullptr);
    ~ProtocolRulesEditor() override;

    void setThresholds(const ProtocolThresholds& thresholds);
    ProtocolThresholds thresholds() const;
    // Back to DESIGN.md's defaults (not saved until the dialog is).
    void restoreDefaults() { setThresholds(ProtocolRules::defaults()); }

private:
    ProtocolThresholds m_thresholds;
};

} // namespace tutordesk
