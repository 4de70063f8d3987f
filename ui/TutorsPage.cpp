#include "TutorsPage.h"

#include "ClearanceWarningStrip.h"
#include "EnterOpens.h"
#include "FileImportFlow.h"
#include "MessageBar.h"
#include "PageHeading.h"
#include "SupervisorPanel.h"
#include "TutorFilterModel.h"
#include "TutorTableModel.h"
#include "schedule/TutorImport.h"
#include "schedule/Tutors.h"
#include "store/StoreError.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace tutordesk {

TutorsPage::TutorsPage(QWidget* parent)
    : QWidget(parent)
    , m_model(new TutorTableModel(this))
    , m_proxy(new TutorFilterModel(this))
    , m_table(new QTableView(this))
    , m_messages(new MessageBar(this))
    , m_warnings(new ClearanceWarningStrip(this))
    , m_supervisors(new SupervisorPanel(this))
    , m_filter(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_summary(new QLabel(this))
    , m_empty(new QLabel(this))
    , m_add(new QPushButton(tr("&Add Tutor…"), this))
    , m_edit(new QPushButton(tr("E&dit…"), this))
    , m_status(new QPushButton(tr("Mark &Inactive"), this))
    , m_out(new QPushButton(tr("Mark &Out…"), this))
    , m_import(new QPushButton(tr("I&mport…"), this))
    , m_importFlow(new FileImportFlow(this))
{
    auto* layout = new QVBoxLayout(this);
    m_summary->setAccessibleName(tr("Tutors by status"));
    m_add->setToolTip(tr("Add a tutor with their subjects, languages, hours and clearances"));
    m_edit->setToolTip(tr("Change the selected tutor (double-click or Enter)"));
    m_status->setToolTip(tr("Take the selected tutor off the roster, or bring them back"));
    m_out->setToolTip(tr("The selected tutor is out: cover or cancel their sessions"));
    m_import->setToolTip(tr("Bring in tutors from a spreadsheet saved as CSV"));
    layout->addLayout(
        makePageHeader(tr("Tutors"), this, m_summary, {m_add, m_edit, m_status, m_out, m_import}));
    layout->addWidget(m_messages);
    layout->addWidget(m_warnings);
    layout->addWidget(makeFilterRow());
    m_empty->setWordWrap(true);
    m_empty->hide();
    layout->addWidget(m_empty);

    m_proxy->setSourceModel(m_model);
    m_table->setModel(m_proxy);
    m_table->setAccessibleName(tr("Tutors"));
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(TutorTableModel::NameColumn, Qt::AscendingOrder);

    // The supervisors under the table, across the page: the table needs the width for its nine columns.
    layout->addWidget(m_table, 1);
    layout->addWidget(m_supervisors);

    new EnterOpens(m_table, [this] { editSelected(); });
    auto* find = new QAction(tr("Find Tutor"), this);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    addAction(find);

    connect(m_table, &QTableView::doubleClicked, this, &TutorsPage::editSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &TutorsPage::updateActions);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &TutorsPage::showSummary);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &TutorsPage::showSummary);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &TutorsPage::showSummary);
    connect(m_add, &QPushButton::clicked, this, &TutorsPage::addTutor);
    connect(m_edit, &QPushButton::clicked, this, &TutorsPage::editSelected);
    connect(m_status, &QPushButton::clicked, this, &TutorsPage::toggleSelectedStatus);
    connect(m_out, &QPushButton::clicked, this, &TutorsPage::markSelectedOut);
    connect(m_import, &QPushButton::clicked, this, &TutorsPage::importTutors);
    connect(m_warnings, &ClearanceWarningStrip::tutorActivated, this, &TutorsPage::selectTutor);
    connect(m_supervisors, &SupervisorPanel::changed, this, &TutorsPage::changed);
    connect(m_supervisors, &SupervisorPanel::problem, m_messages, &MessageBar::showProblem);
    connect(m_importFlow, &FileImportFlow::failed, m_messages, &MessageBar::showProblem);
    connect(m_importFlow, &FileImportFlow::imported, this, [this](const ImportReport& report) {
        changed(tr("Imported tutors: %1 new, %2 changed, %3 unchanged.")
                    .arg(QLocale().toString(report.added), QLocale().toString(report.updated),
                         QLocale().toString(report.unchanged)));
    });
    updateActions();
}

TutorsPage::~TutorsPage() = default;

QWidget* TutorsPage::makeFilterRow()
{
    auto* row = new QWidget(this);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* show = new QLabel(tr("Sho&w:"), row);
    show->setBuddy(m_filter);
    m_filter->setAccessibleName(tr("Show tutors"));
    m_filter->addItem(tr("All tutors"), QString());
    for (const QString& code : TutorText::statusCodes())
        m_filter->addItem(TutorText::statusTitle(code), code);
    m_search->setPlaceholderText(tr("Search by name, subject, language or supervisor"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search tutors"));
    m_search->setToolTip(tr("Type part of a name, an email, a subject, a language or a supervisor (Ctrl+F)"));
    m_search->setMinimumWidth(360);
    layout->addWidget(show);
    layout->addWidget(m_filter);
    layout->addSpacing(16);
    layout->addWidget(m_search);
    layout->addStretch();
    connect(m_filter, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setStatus(m_filter->currentData().toString()); });
    connect(m_search, &QLineEdit::textChanged, m_proxy, &TutorFilterModel::setSearchText);
    return row;
}

void TutorsPage::setStore(Store* store)
{
    for (QDialog* dialog : std::initializer_list<QDialog*>{m_tutorDialog, m_outDialog, importReview()}) {
        if (dialog)
            dialog->reject(); // they belong to the previous school
    }
    m_store = store;
    m_messages->hide();
    m_columnsSized = false;
    m_supervisors->setStore(store);
    reload();
}

void TutorsPage::setToday(const QDate& today)
{
    m_today = today;
    reload();
}

QDate TutorsPage::today() const
{
    return m_today.isValid() ? m_today : QDate::currentDate();
}

void TutorsPage::reload()
{
    const std::optional<std::int64_t> selected = selectedTutorId();
    std::vector<TutorSummary> tutors;
    std::vector<ClearanceWarning> warnings;
    if (m_store) {
        try {
            tutors = Tutors::list(*m_store);
            warnings = Clearances::warnings(*m_store, today());
        } catch (const StoreError& e) {
            m_messages->showProblem(tr("The tutors could not be read: %1").arg(e.message()));
        }
    }
    m_model->setTutors(std::move(tutors), today());
    m_warnings->setWarnings(warnings);
    m_supervisors->reload();
    if (selected)
        selectTutor(*selected);
    sizeColumnsOnce();
    showSummary();
    updateActions();
}

// Sized once from the demo's or the school's own rows, so widths do not jump on every reload.
void TutorsPage::sizeColumnsOnce()
{
    if (m_columnsSized || m_model->rowCount() == 0)
        return;
    m_columnsSized = true;
    m_table->resizeColumnsToContents();
    // The languages take the room that is left (a long list is elided; its tooltip has them all).
    m_table->horizontalHeader()->setSectionResizeMode(TutorTableModel::LanguagesColumn, QHeaderView::Stretch);
}

void TutorsPage::showSummary()
{
    int active = 0;
    int substitutes = 0;
    for (const TutorSummary& row : m_model->tutors()) {
        active += row.tutor.status == QLatin1String("active");
        substitutes += row.tutor.status == QLatin1String("substitute");
    }
    const int total = static_cast<int>(m_model->tutors().size());
    m_summary->setText(total == 0 ? QString()
                                  : tr("%1 · %2 active · %3 in the substitute pool")
                                        .arg(tr("%n tutor(s)", nullptr, total), QLocale().toString(active),
                                             QLocale().toString(substitutes)));
    if (m_store && total == 0) {
        m_empty->setText(tr("No tutors yet. Add your tutors or import them from a spreadsheet."));
        m_empty->show();
    } else if (total > 0 && m_proxy->rowCount() == 0) {
        m_empty->setText(
            tr("No tutor matches the search or the filter. Clear the search or show all tutors."));
        m_empty->show();
    } else {
        m_empty->hide();
    }
}

std::optional<std::int64_t> TutorsPage::selectedTutorId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    return rows.front().data(TutorTableModel::TutorIdRole).toLongLong();
}

void TutorsPage::selectTutor(std::int64_t id)
{
    const int sourceRow = m_model->rowOf(id);
    if (sourceRow < 0)
        return;
    QModelIndex index = m_proxy->mapFromSource(m_model->index(sourceRow, TutorTableModel::NameColumn));
    if (!index.isValid()) { // filtered out: show everyone so the tutor can be seen
        m_search->clear();
        m_filter->setCurrentIndex(0);
        index = m_proxy->mapFromSource(m_model->index(sourceRow, TutorTableModel::NameColumn));
    }
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                          QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

void TutorsPage::updateActions()
{
    const std::optional<std::int64_t> id = selectedTutorId();
    const TutorSummary* row = id ? m_model->tutor(*id) : nullptr;
    m_add->setEnabled(m_store != nullptr);
    m_import->setEnabled(m_store != nullptr);
    m_out->setEnabled(m_store != nullptr && (!row || row->tutor.status != QLatin1String("inactive")));
    m_edit->setEnabled(row != nullptr);
    m_status->setEnabled(row != nullptr);
    const bool inactive = row && row->tutor.status == QLatin1String("inactive");
    m_status->setText(inactive ? tr("Make Ac&tive") : tr("Mark &Inactive"));
}

void TutorsPage::changed(const QString& message)
{
    m_messages->showInfo(message);
    reload();
    Q_EMIT scheduleChanged();
}

void TutorsPage::addTutor()
{
    openTutorDialog(TutorRecord{});
}

void TutorsPage::editSelected()
{
    const std::optional<std::int64_t> id = selectedTutorId();
    if (const TutorSummary* row = id ? m_model->tutor(*id) : nullptr)
        openTutorDialog(row->tutor);
}

void TutorsPage::openTutorDialog(const TutorRecord& tutor)
{
    if (!m_store || m_tutorDialog)
        return;
    m_tutorDialog = new TutorDialog(*m_store, tutor, this);
    m_tutorDialog->setAttribute(Qt::WA_DeleteOnClose);
    const bool adding = tutor.id == 0;
    connect(m_tutorDialog, &QDialog::accepted, this, [this, adding] {
        const QString name = m_tutorDialog->record().displayName();
        const std::int64_t id = m_tutorDialog->savedId();
        changed(adding ? tr("Added %1.").arg(name) : tr("Saved %1.").arg(name));
        selectTutor(id);
    });
    m_tutorDialog->open();
}

bool TutorsPage::toggleSelectedStatus()
{
    const std::optional<std::int64_t> id = selectedTutorId();
    const TutorSummary* row = id ? m_model->tutor(*id) : nullptr;
    if (!m_store || !row)
        return false;
    const bool makeActive = row->tutor.status == QLatin1String("inactive");
    const QString name = row->tutor.displayName();
    Result<void> done;
    try {
        done = Tutors::setStatus(*m_store, *id,
                                 makeActive ? QStringLiteral("active") : QStringLiteral("inactive"));
    } catch (const StoreError& e) {
        done = Error{tr("The tutor could not be changed: %1").arg(e.message())};
    }
    if (!done) {
        m_messages->showProblem(done.error().message); // core's words; nothing changed
        return false;
    }
    changed(makeActive ? tr("%1 is active again.").arg(name)
                       : tr("%1 is inactive and no longer offered for groups or as a substitute.").arg(name));
    return true;
}

void TutorsPage::markSelectedOut()
{
    if (!m_store || m_outDialog)
        return;
    m_outDialog = new TutorOutDialog(*m_store, selectedTutorId(), today(), this);
    m_outDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_outDialog, &TutorOutDialog::scheduleChanged, this, [this] {
        reload();
        Q_EMIT scheduleChanged();
    });
    m_outDialog->open();
}

void TutorsPage::importTutors()
{
    if (!m_store)
        return;
    const QString path = FileImportFlow::chooseCsv(this, tr("Import Tutors"));
    if (!path.isEmpty())
        importTutorsFrom(path);
}

void TutorsPage::importTutorsFrom(const QString& path)
{
    if (!m_store)
        return;
    Store* store = m_store;
    m_importFlow->start(
        tr("Import Tutors"),
        [store, path](bool dryRun) { return TutorImport::importFile(*store, path, dryRun); },
        [](const ImportReport& report) {
            if (!report.ok())
                return tr("%n tutor(s) read.", nullptr, report.read);
            const QLocale locale;
            return tr("%1 in the file: %2 new, %3 changed, %4 unchanged.")
                .arg(tr("%n tutor(s)", nullptr, report.read), locale.toString(report.added),
                     locale.toString(report.updated), locale.toString(report.unchanged));
        });
}

ImportReviewDialog* TutorsPage::importReview() const
{
    return m_importFlow->review();
}

} // namespace tutordesk
