#include "NeedPanel.h"

#include "ProgramText.h"
#include "StudentText.h"
#include "placement/NeedScore.h"
#include "placement/Tiers.h"
#include "store/StoreError.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace tutordesk {

NeedPanel::NeedPanel(QWidget* parent)
    : QWidget(parent)
    , m_name(new QLabel(this))
    , m_score(new QLabel(this))
    , m_tier(new QLabel(this))
    , m_factors(new QTreeWidget(this))
    , m_hint(new QLabel(this))
{
    // Beneath the Students table, so that every column of the table stays on a laptop's screen:
    // who and how much on the left, the points and why on the right.
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    auto* left = new QVBoxLayout;
    layout->addLayout(left);
    auto* heading = new QLabel(tr("Why this student"), this);
    QFont headingFont = heading->font();
    headingFont.setBold(true);
    heading->setFont(headingFont);
    left->addWidget(heading);

    m_name->setAccessibleName(tr("Student"));
    m_name->setWordWrap(true);
    m_score->setAccessibleName(tr("Need score"));
    QFont big = m_score->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    m_score->setFont(big);
    m_score->setToolTip(tr("Equal scores are ranked by grade levels behind, then by lower school attendance, "
                           "then by district ID: never by when a family signed up."));
    m_tier->setAccessibleName(tr("Tier"));
    m_tier->setWordWrap(true);
    m_hint->setWordWrap(true);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    for (QLabel* label : {m_name, m_score, m_tier, m_hint}) {
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        left->addWidget(label);
    }
    left->addStretch();
    const int leftWidth = 26 * fontMetrics().averageCharWidth() + 40;
    for (QLabel* label : {heading, m_name, m_score, m_tier, m_hint})
        label->setFixedWidth(leftWidth);

    m_factors->setAccessibleName(tr("Points behind the need score"));
    m_factors->setColumnCount(2);
    m_factors->setHeaderLabels({tr("Points"), tr("Why")});
    m_factors->setRootIsDecorated(false);
    m_factors->setWordWrap(true);
    m_factors->setUniformRowHeights(false);
    m_factors->setSelectionMode(QAbstractItemView::NoSelection);
    m_factors->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_factors->header()->setStretchLastSection(true);
    m_factors->setTextElideMode(Qt::ElideNone);
    // Rows are measured for the width they have: wrap again when the panel is resized.
    connect(m_factors->header(), &QHeaderView::sectionResized, m_factors, &QTreeView::doItemsLayout);
    layout->addWidget(m_factors, 1);
    layout->addStretch(); // keeps the left column left while there are no points to list
    showStudent(std::nullopt);
}

NeedPanel::~NeedPanel() = default;

void NeedPanel::setStore(Store* store)
{
    m_store = store;
    showStudent(std::nullopt);
}

void NeedPanel::showHint(const QString& hint)
{
    for (QLabel* label : {m_name, m_score, m_tier}) {
        label->clear();
        label->hide(); // the hint goes right under the heading
    }
    m_factors->clear();
    m_factors->hide();
    m_hint->setText(hint);
    m_hint->show();
}

void NeedPanel::showStudent(std::optional<std::int64_t> studentId)
{
    m_student = studentId;
    m_name->clear();
    if (!m_store || !studentId) {
        showHint(tr("Select a student to see how their need score was worked out."));
        return;
    }
    std::optional<NeedScoreRow> row;
    std::vector<TierDefinition> tiers;
    try {
        row = NeedScore::forStudent(*m_store, *studentId);
        tiers = Tiers::load(*m_store);
    } catch (const StoreError& e) {
        showHint(tr("The need score could not be read: %1").arg(e.message()));
        return;
    }
    if (!row) {
        showHint(tr("This student has no need score yet. Click Recalculate Need Scores once their "
                    "benchmark results are imported."));
        return;
    }
    for (QLabel* label : {m_name, m_score, m_tier})
        label->show();
    m_name->setText(tr("%1 · %2 · ID %3", "name · grade · district ID")
                        .arg(row->name, StudentText::gradeLong(row->grade), row->districtId));
    m_score->setText(tr("Need score %1").arg(ProgramText::score(row->score)));
    m_tier->setText(ProgramText::tierSummary(Tiers::find(tiers, row->tier)));
    m_factors->clear();
    for (const NeedFactor& factor : row->breakdown) {
        auto* item = new QTreeWidgetItem(m_factors);
        item->setText(0, ProgramText::score(factor.points));
        item->setTextAlignment(0, Qt::AlignRight | Qt::AlignTop);
        // Core's detail is already in plain words ("Reading: 3 grade levels below (…)").
        const QString name = ProgramText::factorName(factor.factor);
        item->setText(1, factor.detail.isEmpty() ? name : factor.detail);
        item->setToolTip(1, name);
    }
    m_factors->setVisible(!row->breakdown.empty());
    m_hint->setText(tr("Nothing in this student's benchmarks, attendance or student groups adds points."));
    m_hint->setVisible(row->breakdown.empty());
}

} // namespace tutordesk
