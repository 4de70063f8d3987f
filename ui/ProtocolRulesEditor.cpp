#include "ProtocolRulesEditor.h"

namespace tutordesk {

ProtocolRulesEditor::ProtocolRulesEditor(QWidget* parent)
    : QWidget(parent)
{}

ProtocolRulesEditor::~ProtocolRulesEditor() = default;

void ProtocolRulesEditor::setThresholds(const ProtocolThresholds& thresholds)
{
    m_thresholds = thresholds;
}

ProtocolThresholds ProtocolRulesEditor::thresholds() const
{
    return m_thresholds;
}

} // namespace tutordesk
