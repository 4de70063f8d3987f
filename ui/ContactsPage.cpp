#include "ContactsPage.h"

#include "ContactEditDialog.h"
#include "ContactFilterBar.h"
#include "ContactTableModel.h"
#include "EnterOpens.h"
#include "MessageBar.h"
#include "PageHeading.h"
#include "school/School.h"
#include "store/StoreError.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace tutordesk {

namespace {

// The first day of the school year, where "This year" starts; none when the school cannot be read.
QDate schoolYearStart(Store* store)
{
    if (!store)
        return {};
    try {
        if (const auto school = School::load(*store))
            return school->yearStart;
    } catch (const StoreError&) {
        // "This year" then starts on 1 January.
    }
    return {};
}

} // namespace

ContactsPage::ContactsPage(QWidget* parent)
    : QWidget(parent)
    , m_model(new ContactTableModel(this))
    , m_filters(new ContactFilterBar(this))
    , m_table(new QTableView(this))
    , m_summary(new QLabel(this))
    , m_message(new MessageBar(this))
    , m_edit(new QPushButton(tr("&Edit…"), this))
    , m_delete(new QPushButton(tr("&Delete…"), this))
{
    auto* layout = new QVBoxLayout(this);
    m_summary->setAccessibleName(tr("Contacts shown"));
    m_edit->setToolTip(tr("Correct the selected contact (Enter); the audit log keeps your reason"));
    m_delete->setToolTip(tr("Remove the selected contact, logged by mistake (Delete)"));
    layout->addLayout(makePageHeader(tr("Contacts"), this, m_summary, {m_edit, m_delete}));
    layout->addWidget(m_message);
    m_message->hide();
    layout->addWidget(m_filters);

    m_table->setModel(m_model);
    m_table->setAccessibleName(tr("Family contacts"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionsClickable(true);
    m_table->horizontalHeader()->setSortIndicatorShown(true);
    m_table->horizontalHeader()->setSortIndicator(ContactTableModel::When, Qt::DescendingOrder);
    // Notes get room to be read; the columns after them scroll into view on a laptop screen.
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(ContactTableModel::Notes, 260);
    m_table->setColumnWidth(ContactTableModel::When, 150);
    m_table->setColumnWidth(ContactTableModel::Student, 145);
    m_table->setColumnWidth(ContactTableModel::Guardian, 140);
    m_table->setColumnWidth(ContactTableModel::Method, 110);
    m_table->setColumnWidth(ContactTableModel::Direction, 75);
    m_table->setColumnWidth(ContactTableModel::Language, 125);
    m_table->setColumnWidth(ContactTableModel::Interpreter, 80);
    m_table->setColumnWidth(ContactTableModel::Purpose, 110);
    m_table->setColumnWidth(ContactTableModel::Outcome, 100);
    m_table->setColumnWidth(ContactTableModel::FollowUp, 85);
    m_table->setColumnWidth(ContactTableModel::By, 110);
    layout->addWidget(m_table, 1);

    // Delete on the table only (a key filter, not a shortcut): in the search box it deletes characters.
    m_table->installEventFilter(this);
    new EnterOpens(m_table, [this] { editCurrent(); });
    connect(m_table, &QTableView::doubleClicked, this, [this] { editCurrent(); });
    connect(m_edit, &QPushButton::clicked, this, [this] { editCurrent(); });
    connect(m_delete, &QPushButton::clicked, this, &ContactsPage::removeCurrent);
    connect(m_table->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this,
            &ContactsPage::sortIndicatorChanged);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ContactsPage::selectionChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ContactsPage::selectionChanged);
    connect(m_model, &ContactTableModel::totalCountChanged, this, &ContactsPage::showSummary);
    connect(m_model, &ContactTableModel::loadFailed, m_message, &MessageBar::showProblem);
    connect(m_filters, &ContactFilterBar::filterChanged, m_model, &ContactTableModel::setFilter);
    setTabOrder(m_filters, m_table);
    selectionChanged();
}

ContactsPage::~ContactsPage() = default;

void ContactsPage::setStore(Store* store)
{
    m_store = store;
    m_message->hide();
    m_model->setStore(nullptr);
    m_filters->setToday(m_today, schoolYearStart(store));
    m_filters->reset();
    m_model->setFilter(m_filters->filter());
    m_model->setStore(store);
}

void ContactsPage::reload()
{
    m_model->reload();
}

void ContactsPage::setToday(const QDate& today)
{
    m_today = today.isValid() ? today : QDate::currentDate();
    m_filters->setToday(m_today, schoolYearStart(m_store));
}

std::optional<std::int64_t> ContactsPage::currentContactId() const
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid() || !m_table->selectionModel()->isRowSelected(current.row(), {}))
        return std::nullopt;
    return current.data(ContactTableModel::ContactIdRole).toLongLong();
}

ContactEditDialog* ContactsPage::editCurrent()
{
    const auto id = currentContactId();
    if (!id || !m_store)
        return nullptr;
    auto* dialog = new ContactEditDialog(*m_store, *id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &ContactEditDialog::changed, this, &ContactsPage::changedBy);
    dialog->open();
    return dialog;
}

bool ContactsPage::removeCurrent()
{
    const auto id = currentContactId();
    if (!id || !m_store)
        return false;
    const ContactRow* row = m_model->rowAt(m_table->currentIndex().row());
    const QString description =
        row ? tr("%1 (%2)").arg(QLocale().toString(row->entry.at, QLocale::ShortFormat), row->studentName)
            : QString();
    ContactEditDialog::askToRemove(*m_store, *id, description, this,
                                   [this, description](const QString& refusal) {
                                       if (!refusal.isEmpty()) {
                                           m_message->showProblem(refusal);
                                           return;
                                       }
                                       changedBy(tr("Deleted the contact of %1.").arg(description));
                                   });
    return true;
}

bool ContactsPage::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_table && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent*>(event)->matches(QKeySequence::Delete)) {
        removeCurrent();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void ContactsPage::changedBy(const QString& message)
{
    m_message->showInfo(message);
    m_model->reload();
    Q_EMIT contactsChanged();
}

void ContactsPage::showSummary()
{
    if (!m_store) {
        m_summary->clear();
        return;
    }
    ContactQuery::Summary s;
    try {
        s = ContactQuery::summary(*m_store, m_model->filter());
    } catch (const StoreError& e) {
        m_message->showProblem(tr("The contact log could not be read: %1").arg(e.message()));
    }
    const int total = m_model->totalCount();
    // EnglishPlurals knows "(s)" only; "family" needs its own one.
    const QString families = s.studentsReached == 1 ? tr("1 family reached")
                                                    : tr("%n families reached", nullptr, s.studentsReached);
    m_summary->setText(tr("%n contact(s): ", nullptr, total) + tr("%n attempt(s), ", nullptr, s.attempts) +
                       tr("%n reached, ", nullptr, s.reached) + families);
}

void ContactsPage::selectionChanged()
{
    const bool any = currentContactId().has_value();
    m_edit->setEnabled(any);
    m_delete->setEnabled(any);
}

// The log sorts by date, student, method or outcome; a click elsewhere keeps the sort it had.
void ContactsPage::sortIndicatorChanged(int column, Qt::SortOrder order)
{
    if (ContactTableModel::sortFor(column, order)) {
        m_model->sort(column, order);
        return;
    }
    const ContactSort sort = m_model->currentSort();
    QHeaderView* header = m_table->horizontalHeader();
    const QSignalBlocker quiet(header);
    header->setSortIndicator(ContactTableModel::columnOf(sort),
                             sort == ContactSort::OldestFirst ? Qt::AscendingOrder : Qt::DescendingOrder);
}

} // namespace tutordesk
