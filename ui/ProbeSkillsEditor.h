#pragma once

#include "progress/ProbeSkills.h"

#include <QWidget>

#include <vector>

class QDoubleSpinBox;
class QSpinBox;
class QTableWidget;

namespace tutordesk {

// Settings ▸ Probes: each skill probe's usual maximum score and the share of it that counts as mastery
// (default 80 %). Shown for every skill a group targets or a probe result names.
//
// In SettingsDialog: load() calls setSkills(ProbeSkills::list(*store)); save() calls
// ProbeSkills::saveAll(*store, editor->changedSkills()), which validates before writing anything.
class ProbeSkillsEditor final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProbeSkillsEditor)

public:
    enum Column {
        SkillColumn,
        TitleColumn,
        SubjectColumn,
        MaxColumn,
        MasteryColumn,
        UsedColumn,
        ColumnCount
    };

    explicit ProbeSkillsEditor(QWidget* parent = nullptr);
    ~ProbeSkillsEditor() override;

    void setSkills(std::vector<ProbeSkill> skills);
    // Every skill as edited, and only those that differ from what setSkills was given.
    std::vector<ProbeSkill> skills() const;
    std::vector<ProbeSkill> changedSkills() const;

    QTableWidget* table() const { return m_table; }
    QDoubleSpinBox* maxBox(int row) const;
    QSpinBox* masteryBox(int row) const;

private:
    QTableWidget* m_table = nullptr;
    std::vector<ProbeSkill> m_loaded;
};

} // namespace tutordesk
