#include "SupervisorPanel.h"

#include "store/StoreError.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace tutordesk {

namespace {

constexpr int idRole = Qt::UserRole;
const QColor overColor(0xa4, 0x26, 0x2c); // dark red, as elsewhere

constexpr int mostRowsShown = 5; // more scroll: the tutors table above keeps its room

} // namespace

SupervisorPanel::SupervisorPanel(QWidget* parent)
    : QGroupBox(tr("Supervisors"), parent)
    , m_list(new QTreeWidget(this))
    , m_unsupervised(new QLabel(this))
    , m_add(new QPushButton(tr("Add &Supervisor…"), this))
    , m_edit(new QPushButton(tr("Edit Su&pervisor…"), this))
    , m_remove(new QPushButton(tr("Remo&ve Supervisor"), this))
{
    // The list across the page under the tutors table, the buttons beside it.
    auto* layout = new QHBoxLayout(this);
    auto* left = new QVBoxLayout;
    m_list->setAccessibleName(tr("Supervisors and how many tutors each coaches"));
    m_list->setColumnCount(ColumnCount);
    m_list->setHeaderLabels({tr("Supervisor"), tr("Title"), tr("Coaches"), tr("Tutors")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAllColumnsShowFocus(true);
    m_list->setAlternatingRowColors(true);
    m_list->header()->setStretchLastSection(true);
    for (const int column : {NameColumn, TitleColumn, LoadColumn})
        m_list->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    left->addWidget(m_list);
    m_unsupervised->setWordWrap(true);
    m_unsupervised->setAccessibleName(tr("Tutors without a supervisor"));
    left->addWidget(m_unsupervised);
    layout->addLayout(left, 1);

    auto* buttons = new QVBoxLayout;
    m_add->setToolTip(tr("Add a person who observes and coaches tutors"));
    m_edit->setToolTip(tr("Change the selected supervisor's details or how many tutors they can coach"));
    m_remove->setToolTip(tr("Remove the selected supervisor; their tutors are left without one"));
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    layout->addLayout(buttons);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);

    connect(m_add, &QPushButton::clicked, this, &SupervisorPanel::addSupervisor);
    connect(m_edit, &QPushButton::clicked, this, &SupervisorPanel::editSelected);
    connect(m_remove, &QPushButton::clicked, this, &SupervisorPanel::removeSelected);
    connect(m_list, &QTreeWidget::itemActivated, this, &SupervisorPanel::editSelected);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &SupervisorPanel::updateActions);
    updateActions();
}

SupervisorPanel::~SupervisorPanel() = default;

void SupervisorPanel::setStore(Store* store)
{
    if (m_dialog)
        m_dialog->reject(); // it edits the previous school
    m_store = store;
    reload();
}

QString SupervisorPanel::loadText(const SupervisorLoad& load)
{
    const QLocale locale;
    const QString count =
        tr("%1 of %n tutor(s)", nullptr, load.supervisor.maxTutors).arg(locale.toString(load.tutorCount()));
    if (!load.overCapacity())
        return count;
    return tr("%1 · over capacity by %2", "9 of 8 tutors · over capacity by 1")
        .arg(count, locale.toString(load.tutorCount() - load.supervisor.maxTutors));
}

void SupervisorPanel::reload()
{
    const std::optional<std::int64_t> selected = selectedId();
    m_loads.clear();
    QStringList unsupervised;
    if (m_store) {
        try {
            m_loads = Supervisors::loads(*m_store);
            unsupervised = Supervisors::unsupervisedTutors(*m_store);
        } catch (const StoreError& e) {
            Q_EMIT problem(tr("The supervisors could not be read: %1").arg(e.message()));
        }
    }
    m_list->clear();
    const QIcon over = QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
    for (const SupervisorLoad& load : m_loads) {
        const SupervisorRecord& s = load.supervisor;
        const QString name =
            s.title.isEmpty() ? s.displayName() : tr("%1 (%2)", "name (title)").arg(s.displayName(), s.title);
        const QString tutors = load.tutors.isEmpty() ? tr("No tutors yet") : load.tutors.join(tr(", "));
        auto* item = new QTreeWidgetItem(m_list, {s.displayName(), s.title, loadText(load), tutors});
        item->setData(NameColumn, idRole, QVariant::fromValue<qlonglong>(s.id));
        item->setToolTip(TutorsColumn, tutors);
        if (load.overCapacity()) {
            for (int column = 0; column < ColumnCount; ++column)
                item->setForeground(column, overColor);
            item->setIcon(LoadColumn, over);
        }
        if (selected && *selected == s.id)
            m_list->setCurrentItem(item);
    }
    // As tall as its rows, up to a few: two supervisors should not push the tutors off the screen.
    const int rows = std::clamp(m_list->topLevelItemCount(), 2, mostRowsShown);
    const int rowHeight = std::max(m_list->sizeHintForRow(0), fontMetrics().height() + 6);
    m_list->setFixedHeight(m_list->header()->sizeHint().height() + rows * rowHeight +
                           2 * m_list->frameWidth());
    if (unsupervised.isEmpty()) {
        m_unsupervised->setText(m_loads.empty() ? tr("No supervisors yet. Add the people who observe and "
                                                     "coach your tutors.")
                                                : tr("Every tutor has a supervisor."));
    } else {
        m_unsupervised->setText(
            tr("%n tutor(s) without a supervisor: %1", nullptr, static_cast<int>(unsupervised.size()))
                .arg(unsupervised.join(tr(", "))));
    }
    updateActions();
}

std::optional<std::int64_t> SupervisorPanel::selectedId() const
{
    const QTreeWidgetItem* item = m_list->currentItem();
    if (!item || !item->isSelected())
        return std::nullopt;
    return item->data(NameColumn, idRole).toLongLong();
}

void SupervisorPanel::updateActions()
{
    const bool selected = selectedId().has_value();
    m_add->setEnabled(m_store != nullptr);
    m_edit->setEnabled(selected);
    m_remove->setEnabled(selected);
}

void SupervisorPanel::addSupervisor()
{
    openDialog(SupervisorRecord{});
}

void SupervisorPanel::editSelected()
{
    const std::optional<std::int64_t> id = selectedId();
    if (!id)
        return;
    for (const SupervisorLoad& load : m_loads) {
        if (load.supervisor.id == *id)
            openDialog(load.supervisor);
    }
}

void SupervisorPanel::openDialog(const SupervisorRecord& supervisor)
{
    if (!m_store || m_dialog)
        return;
    m_dialog = new SupervisorDialog(*m_store, supervisor, this);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    const bool adding = supervisor.id == 0;
    connect(m_dialog, &QDialog::accepted, this, [this, adding] {
        const SupervisorRecord saved = m_dialog->record();
        reload();
        Q_EMIT changed(adding ? tr("Added %1.").arg(saved.displayName())
                              : tr("Saved %1.").arg(saved.displayName()));
    });
    m_dialog->open();
}

void SupervisorPanel::removeSelected()
{
    const std::optional<std::int64_t> id = selectedId();
    if (!id)
        return;
    const SupervisorLoad* load = nullptr;
    for (const SupervisorLoad& l : m_loads) {
        if (l.supervisor.id == *id)
            load = &l;
    }
    if (!load)
        return;
    auto* box = new QMessageBox(QMessageBox::Question, tr("Remove Supervisor"),
                                tr("Remove %1? %n tutor(s) will have no supervisor until you choose "
                                   "another.",
                                   nullptr, load->tutorCount())
                                    .arg(load->supervisor.displayName()),
                                QMessageBox::Cancel, this);
    box->addButton(tr("Remove"), QMessageBox::AcceptRole);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::accepted, this, [this, id = *id] { removeSupervisor(id); });
    box->open();
}

bool SupervisorPanel::removeSupervisor(std::int64_t id)
{
    if (!m_store)
        return false;
    QString name;
    for (const SupervisorLoad& l : m_loads) {
        if (l.supervisor.id == id)
            name = l.supervisor.displayName();
    }
    Result<void> removed;
    try {
        removed = Supervisors::remove(*m_store, id);
    } catch (const StoreError& e) {
        removed = Error{tr("The supervisor could not be removed: %1").arg(e.message())};
    }
    if (!removed) {
        Q_EMIT problem(removed.error().message);
        return false;
    }
    reload();
    Q_EMIT changed(tr("Removed %1.").arg(name));
    return true;
}

} // namespace tutordesk
