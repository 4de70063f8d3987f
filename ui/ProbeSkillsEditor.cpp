#include "ProbeSkillsEditor.h"

#include "placement/Subjects.h"

#include <QDoubleSpinBox>
#include <QHeaderView>
#include <QLabel>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

namespace tutordesk {

ProbeSkillsEditor::ProbeSkillsEditor(QWidget* parent)
    : QWidget(parent)
    , m_table(new QTableWidget(this))
{
    auto* layout = new QVBoxLayout(this);
    auto* intro =
        new QLabel(tr("Each skill probe's usual maximum score (the grid starts with it) and the share of it "
                      "that counts as mastery. Growth and mastery everywhere use these."),
                   this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels({tr("Skill"), tr("Plain words"), tr("Subject"), tr("Maximum score"),
                                        tr("Mastery at"), tr("Used by")});
    m_table->verticalHeader()->hide();
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAccessibleName(tr("Probe skills"));
    m_table->horizontalHeader()->setSectionResizeMode(TitleColumn, QHeaderView::Stretch);
    layout->addWidget(m_table, 1);
    auto* empty = new QLabel(tr("A skill appears here once a group targets it or a probe names it."), this);
    empty->setWordWrap(true);
    empty->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(empty);
}

ProbeSkillsEditor::~ProbeSkillsEditor() = default;

void ProbeSkillsEditor::setSkills(std::vector<ProbeSkill> skills)
{
    m_loaded = std::move(skills);
    m_table->setRowCount(static_cast<int>(m_loaded.size()));
    for (int r = 0; r < m_table->rowCount(); ++r) {
        const ProbeSkill& s = m_loaded[static_cast<std::size_t>(r)];
        m_table->setItem(r, SkillColumn, new QTableWidgetItem(s.skill));
        m_table->setItem(r, TitleColumn, new QTableWidgetItem(s.title));
        m_table->setItem(r, SubjectColumn, new QTableWidgetItem(Subjects::title(s.subject)));
        auto* max = new QDoubleSpinBox(m_table);
        max->setRange(0, 1000);
        max->setDecimals(1);
        max->setSpecialValueText(tr("Not set")); // 0: the grid takes the last maximum used
        max->setValue(s.maxScore.value_or(0.0));
        max->setAccessibleName(tr("Maximum score of %1").arg(s.skill));
        m_table->setCellWidget(r, MaxColumn, max);
        auto* mastery = new QSpinBox(m_table);
        mastery->setRange(1, 100);
        mastery->setSuffix(tr(" %"));
        mastery->setValue(static_cast<int>(std::lround(s.masteryPercent)));
        mastery->setAccessibleName(tr("Mastery threshold of %1").arg(s.skill));
        m_table->setCellWidget(r, MasteryColumn, mastery);
        m_table->setItem(r, UsedColumn,
                         new QTableWidgetItem(tr("%n group(s)", nullptr, s.groups) + tr(", ") +
                                              tr("%n result(s)", nullptr, s.results)));
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(TitleColumn, QHeaderView::Stretch);
}

QDoubleSpinBox* ProbeSkillsEditor::maxBox(int row) const
{
    return qobject_cast<QDoubleSpinBox*>(m_table->cellWidget(row, MaxColumn));
}

QSpinBox* ProbeSkillsEditor::masteryBox(int row) const
{
    return qobject_cast<QSpinBox*>(m_table->cellWidget(row, MasteryColumn));
}

std::vector<ProbeSkill> ProbeSkillsEditor::skills() const
{
    std::vector<ProbeSkill> skills = m_loaded;
    for (int r = 0; r < static_cast<int>(skills.size()); ++r) {
        ProbeSkill& s = skills[static_cast<std::size_t>(r)];
        const double max = maxBox(r)->value();
        s.maxScore = max > 0 ? std::optional<double>(max) : std::nullopt;
        // The spin box shows whole percents: keep a stored fraction unless the number was changed.
        if (masteryBox(r)->value() != static_cast<int>(std::lround(s.masteryPercent)))
            s.masteryPercent = masteryBox(r)->value();
    }
    return skills;
}

std::vector<ProbeSkill> ProbeSkillsEditor::changedSkills() const
{
    std::vector<ProbeSkill> changed;
    const std::vector<ProbeSkill> now = skills();
    for (std::size_t i = 0; i < now.size(); ++i) {
        if (!(now[i] == m_loaded[i]))
            changed.push_back(now[i]);
    }
    return changed;
}

} // namespace tutordesk
