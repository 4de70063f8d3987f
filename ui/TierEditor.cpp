#include "TierEditor.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tutordesk {

namespace {

QSpinBox* spinBox(int minimum, int maximum, int step, const QString& suffix, QWidget* parent)
{
    auto* box = new QSpinBox(parent);
    box->setRange(minimum, maximum);
    box->setSingleStep(step);
    box->setSuffix(suffix);
    box->setFrame(false);
    return box;
}

} // namespace

TierEditor::TierEditor(QWidget* parent)
    : QWidget(parent)
    , m_table(new QTableWidget(this))
    , m_limit(new QCheckBox(tr("&Limit the seats the program offers to"), this))
    , m_seats(new QSpinBox(this))
    , m_automatic(new QLabel(this))
{
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Each tier says how much tutoring a student gets and who qualifies for it by "
                                "need score."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels({tr("Tier"), tr("Sessions a week"), tr("Minutes each"),
                                        tr("Largest group"), tr("Lowest need score")});
    m_table->setAccessibleName(tr("Tiers"));
    m_table->verticalHeader()->hide();
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    layout->addWidget(m_table);

    auto* restore = new QPushButton(tr("Restore De&faults"), this);
    restore->setToolTip(tr("Put back the tiers TutorDesk starts with"));
    connect(restore, &QPushButton::clicked, this, [this] { setTiers(Tiers::defaults()); });
    auto* restoreRow = new QHBoxLayout;
    restoreRow->addWidget(restore);
    restoreRow->addStretch();
    layout->addLayout(restoreRow);

    auto* seats = new QGroupBox(tr("Seats"), this);
    auto* seatsLayout = new QVBoxLayout(seats);
    auto* limitRow = new QHBoxLayout;
    m_seats->setRange(0, 100000);
    m_seats->setAccessibleName(tr("Seats the program offers"));
    m_seats->setSuffix(tr(" seats"));
    limitRow->addWidget(m_limit);
    limitRow->addWidget(m_seats);
    limitRow->addStretch();
    seatsLayout->addLayout(limitRow);
    m_automatic->setWordWrap(true);
    m_automatic->setForegroundRole(QPalette::PlaceholderText);
    seatsLayout->addWidget(m_automatic);
    layout->addWidget(seats);
    layout->addStretch();
    connect(m_limit, &QCheckBox::toggled, m_seats, &QWidget::setEnabled);
    m_seats->setEnabled(false);
}

TierEditor::~TierEditor() = default;

void TierEditor::setTiers(const std::vector<TierDefinition>& tiers)
{
    m_tiers = tiers;
    m_table->setRowCount(static_cast<int>(tiers.size()));
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const TierDefinition& tier = tiers[static_cast<size_t>(row)];
        auto* name = new QTableWidgetItem(
            tier.description.isEmpty()
                ? tier.name
                : tr("%1 · %2", "tier name · description").arg(tier.name, tier.description));
        name->setFlags(Qt::ItemIsEnabled);
        m_table->setItem(row, NameColumn, name);

        QSpinBox* sessions = spinBox(0, 10, 1, QString(), m_table);
        sessions->setValue(tier.sessionsPerWeek);
        QSpinBox* minutes = spinBox(0, 240, 5, tr(" min"), m_table);
        minutes->setValue(tier.minutes);
        QSpinBox* size = spinBox(1, 4, 1, QString(), m_table);
        size->setValue(tier.maxGroupSize);
        auto* score = new QDoubleSpinBox(m_table);
        score->setRange(0, 1000);
        score->setDecimals(1);
        score->setFrame(false);
        score->setValue(tier.minNeedScore);
        const std::pair<QWidget*, QString> cells[] = {
            {sessions, tr("Sessions a week, %1").arg(tier.name)},
            {minutes, tr("Minutes each, %1").arg(tier.name)},
            {size, tr("Largest group, %1").arg(tier.name)},
            {score, tr("Lowest need score, %1").arg(tier.name)},
        };
        int column = SessionsColumn;
        for (const auto& [widget, accessibleName] : cells) {
            widget->setAccessibleName(accessibleName);
            m_table->setCellWidget(row, column++, widget);
        }
    }
    m_table->resizeColumnsToContents();
    m_table->setFixedHeight(m_table->horizontalHeader()->height() + 2 * m_table->frameWidth() +
                            m_table->rowCount() * m_table->verticalHeader()->defaultSectionSize() + 2);
}

QWidget* TierEditor::cell(int row, Column column) const
{
    return m_table->cellWidget(row, column);
}

std::vector<TierDefinition> TierEditor::tiers() const
{
    std::vector<TierDefinition> tiers = m_tiers;
    for (int row = 0; row < static_cast<int>(tiers.size()); ++row) {
        TierDefinition& tier = tiers[static_cast<size_t>(row)];
        tier.sessionsPerWeek = qobject_cast<QSpinBox*>(cell(row, SessionsColumn))->value();
        tier.minutes = qobject_cast<QSpinBox*>(cell(row, MinutesColumn))->value();
        tier.maxGroupSize = qobject_cast<QSpinBox*>(cell(row, GroupSizeColumn))->value();
        tier.minNeedScore = qobject_cast<QDoubleSpinBox*>(cell(row, MinScoreColumn))->value();
    }
    return tiers;
}

void TierEditor::setSeatBudget(std::optional<int> setting, int automatic)
{
    m_limit->setChecked(setting.has_value());
    m_seats->setValue(setting.value_or(automatic));
    m_automatic->setText(tr("Without a limit, TutorDesk plans new groups up to the seats your groups offer "
                            "now, or a quarter of the students before there are groups: %1 today.")
                             .arg(tr("%Ln seat(s)", nullptr, automatic)));
}

std::optional<int> TierEditor::seatBudget() const
{
    return m_limit->isChecked() ? std::optional<int>(m_seats->value()) : std::nullopt;
}

} // namespace tutordesk
