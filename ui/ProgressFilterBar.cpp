#include "ProgressFilterBar.h"

#include "placement/Subjects.h"
#include "schedule/Groups.h"
#include "store/StoreError.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>
#include <QToolButton>

namespace tutordesk {

ProgressFilterBar::ProgressFilterBar(QWidget* parent)
    : QWidget(parent)
    , m_students(new QToolButton(this))
    , m_groups(new QToolButton(this))
    , m_group(new QComboBox(this))
    , m_flag(new QComboBox(this))
    , m_tier(new QComboBox(this))
    , m_subject(new QComboBox(this))
    , m_givenBack(new QCheckBox(tr("Include pa&used and exited"), this))
    , m_search(new QLineEdit(this))
    , m_searchDelay(new QTimer(this))
{
    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);

    m_students->setText(tr("Stu&dents"));
    m_groups->setText(tr("G&roups"));
    m_students->setToolTip(tr("One row per student and group"));
    m_groups->setToolTip(tr("One row per group: delivery, attendance, growth and flags"));
    auto* views = new QButtonGroup(this);
    for (QToolButton* b : {m_students, m_groups}) {
        b->setCheckable(true);
        b->setAutoRaise(false);
        views->addButton(b);
        row->addWidget(b);
    }
    views->setExclusive(true);
    m_students->setChecked(true);
    row->addSpacing(12);

    m_group->setAccessibleName(tr("Group"));
    m_group->setToolTip(tr("One group's students, or the whole school"));
    m_group->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_group->addItem(tr("All groups"));
    row->addWidget(m_group);

    m_flag->setAccessibleName(tr("Flag"));
    m_flag->addItem(tr("Any flag or none"), static_cast<int>(ProgressFlagFilter::All));
    m_flag->addItem(tr("Flagged (either)"), static_cast<int>(ProgressFlagFilter::Flagged));
    m_flag->addItem(tr("Not attending"), static_cast<int>(ProgressFlagFilter::NotAttending));
    m_flag->addItem(tr("Attending, not improving"), static_cast<int>(ProgressFlagFilter::NotImproving));
    row->addWidget(m_flag);

    m_tier->setAccessibleName(tr("Tier"));
    m_tier->addItem(tr("Any tier"), 0);
    for (int tier = 1; tier <= 3; ++tier)
        m_tier->addItem(tr("Tier %1").arg(tier), tier);
    row->addWidget(m_tier);

    m_subject->setAccessibleName(tr("Subject"));
    m_subject->addItem(tr("Any subject"), QString());
    for (const char* code : {"reading", "math", "writing", "other"})
        m_subject->addItem(Subjects::title(QLatin1String(code)), QLatin1String(code));
    row->addWidget(m_subject);

    m_givenBack->setToolTip(tr("Also seats paused or exited this year (they are never flagged)"));
    row->addWidget(m_givenBack);
    row->addSpacing(12);

    m_search->setPlaceholderText(tr("Search by name or district ID"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search students"));
    m_search->setToolTip(tr("Students: part of a name or district ID. Groups: part of a group's name, skill "
                            "or tutor"));
    m_search->setMinimumWidth(140);
    row->addWidget(m_search, 1);

    connect(views, &QButtonGroup::buttonToggled, this, [this](QAbstractButton* button, bool checked) {
        if (!checked)
            return;
        const View v = button == m_groups ? View::Groups : View::Students;
        m_group->setEnabled(v == View::Students);
        Q_EMIT viewChanged(v);
    });
    for (QComboBox* box : {m_group, m_flag, m_tier, m_subject})
        connect(box, &QComboBox::currentIndexChanged, this, &ProgressFilterBar::emitFilter);
    connect(m_givenBack, &QCheckBox::toggled, this, &ProgressFilterBar::emitFilter);
    // Searching waits until typing pauses, so each keystroke does not run a query; Enter searches at once.
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(searchDelayMs);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, &ProgressFilterBar::emitFilter);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_searchDelay->stop();
        emitFilter();
    });
}

ProgressFilterBar::~ProgressFilterBar() = default;

void ProgressFilterBar::setStore(Store* store)
{
    const QVariant chosen = m_group->currentData();
    m_quiet = true;
    m_group->clear();
    m_group->addItem(tr("All groups"));
    if (store) {
        try {
            for (const GroupRecord& g : Groups::list(*store, true))
                m_group->addItem(g.name, QVariant::fromValue(static_cast<qint64>(g.id)));
        } catch (const StoreError&) {
            // The table reports the read failure; the box offers "All groups" only.
        }
    }
    const int again = chosen.isValid() ? m_group->findData(chosen) : -1;
    m_group->setCurrentIndex(std::max(0, again));
    m_quiet = false;
}

ProgressFilter ProgressFilterBar::filter() const
{
    ProgressFilter f;
    if (m_group->currentData().isValid())
        f.groupId = m_group->currentData().toLongLong();
    f.flag = static_cast<ProgressFlagFilter>(m_flag->currentData().toInt());
    if (const int tier = m_tier->currentData().toInt(); tier > 0)
        f.tier = tier;
    f.subject = m_subject->currentData().toString();
    f.includeGivenBack = m_givenBack->isChecked();
    f.search = m_search->text().trimmed();
    return f;
}

ProgressFilterBar::View ProgressFilterBar::view() const
{
    return m_groups->isChecked() ? View::Groups : View::Students;
}

void ProgressFilterBar::setView(View view)
{
    (view == View::Groups ? m_groups : m_students)->setChecked(true);
}

void ProgressFilterBar::setGroup(std::optional<std::int64_t> groupId)
{
    const int index = groupId ? m_group->findData(QVariant::fromValue(static_cast<qint64>(*groupId))) : 0;
    m_group->setCurrentIndex(std::max(0, index));
}

void ProgressFilterBar::reset()
{
    m_quiet = true;
    m_searchDelay->stop();
    m_search->clear();
    for (QComboBox* box : {m_group, m_flag, m_tier, m_subject})
        box->setCurrentIndex(0);
    m_givenBack->setChecked(false);
    m_quiet = false;
}

void ProgressFilterBar::emitFilter()
{
    if (!m_quiet)
        Q_EMIT filterChanged();
}

} // namespace tutordesk
