#include "MoveToGroupDialog.h"

#include "ProgramText.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace tutordesk {

namespace {

constexpr int groupIdRole = Qt::UserRole;

} // namespace

MoveToGroupDialog::MoveToGroupDialog(const QString& studentName, const QString& subject,
                                     std::optional<std::int64_t> currentGroup,
                                     const std::vector<PlacedGroup>& groups, QWidget* parent)
    : QDialog(parent)
    , m_list(new QListWidget(this))
{
    setWindowTitle(tr("Move to Group"));
    auto* layout = new QVBoxLayout(this);
    auto* intro =
        new QLabel(tr("Move %1 to which %2 group?").arg(studentName, ProgramText::subject(subject)), this);
    intro->setWordWrap(true);
    intro->setBuddy(m_list);
    layout->addWidget(intro);

    m_list->setAccessibleName(tr("Groups"));
    // Groups with a free seat first, each part in core's order.
    std::vector<const PlacedGroup*> offered;
    for (const PlacedGroup& group : groups) {
        if (group.subject == subject && (!currentGroup || group.id != *currentGroup))
            offered.push_back(&group);
    }
    std::stable_partition(offered.begin(), offered.end(),
                          [](const PlacedGroup* g) { return g->openSeats() > 0; });
    for (const PlacedGroup* entry : offered) {
        const PlacedGroup& group = *entry;
        const int free = group.openSeats();
        const QString seats = free > 0 ? tr("%Ln seat(s) free", nullptr, free) : tr("full");
        const QString tutor = group.tutor.isEmpty() ? tr("no tutor yet") : group.tutor;
        auto* item = new QListWidgetItem(tr("%1 — %2 · tier %3 · %4", "group — seats · tier · tutor")
                                             .arg(group.name, seats)
                                             .arg(group.tier)
                                             .arg(tutor),
                                         m_list);
        item->setData(groupIdRole, QVariant::fromValue(static_cast<qint64>(group.id)));
        if (free <= 0) // still choosable: core says why not, in words the coordinator can act on
            item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
    }
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
    layout->addWidget(m_list, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Move"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(m_list->count() > 0);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::itemActivated, this, &QDialog::accept);
    if (m_list->count() == 0)
        intro->setText(tr("There is no other %1 group yet.").arg(ProgramText::subject(subject)));
    resize(520, 380);
}

MoveToGroupDialog::~MoveToGroupDialog() = default;

std::optional<std::int64_t> MoveToGroupDialog::chosenGroup() const
{
    const QListWidgetItem* item = m_list->currentItem();
    if (!item)
        return std::nullopt;
    return item->data(groupIdRole).toLongLong();
}

bool MoveToGroupDialog::choose(std::int64_t groupId)
{
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(groupIdRole).toLongLong() == groupId) {
            m_list->setCurrentRow(row);
            return true;
        }
    }
    return false;
}

} // namespace tutordesk
