#include "StudentsPage.h"

#include "LanguageNames.h"
#include "LetterDialog.h"
#include "NeedPanel.h"
#include "NeedScoreRefresh.h"
#include "PageHeading.h"
#include "StudentFamilyPanel.h"
#include "StudentFilterBar.h"
#include "StudentTableModel.h"
#include "StudentTutoringPanel.h"
#include "store/Store.h"
#include "store/StoreError.h"

#include <QAction>
#include <QFontMetrics>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace tutordesk {

StudentsPage::StudentsPage(QWidget* parent)
    : QWidget(parent)
    , m_model(new StudentTableModel(this))
    , m_filters(new StudentFilterBar(this))
    , m_table(new QTableView(this))
    , m_count(new QLabel(this))
    , m_problem(new QLabel(this))
    , m_need(new NeedPanel(this))
    , m_tutoring(new StudentTutoringPanel(this))
    , m_family(new StudentFamilyPanel(this))
    , m_details(new QTabWidget(this))
    , m_import(new QPushButton(tr("&Import Roster…"), this))
    , m_recalculate(new QPushButton(tr("&Recalculate Need Scores"), this))
    , m_writeLetters(new QPushButton(tr("Write Letters…"), this))
{
    auto* layout = new QVBoxLayout(this);

    m_count->setAccessibleName(tr("Number of students shown"));
    m_import->setToolTip(tr("Bring in the roster your district's student system exported (Ctrl+I)"));
    m_recalculate->setToolTip(tr("Score every student again from their latest benchmarks, attendance "
                                 "and student groups, with the weights in Settings"));
    m_writeLetters->setToolTip(tr("Print a letter for each selected student's family, each in the family's "
                                  "language, in one batch (select several with Ctrl or Shift)"));
    m_writeLetters->setEnabled(false);
    layout->addLayout(
        makePageHeader(tr("Students"), this, m_count, {m_writeLetters, m_import, m_recalculate}));
    layout->addWidget(m_filters);

    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #a4262c;")); // dark red, readable on light and grey
    m_problem->hide();
    layout->addWidget(m_problem);

    m_table->setModel(m_model);
    m_table->setAccessibleName(tr("Students"));
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    // Rows as tall as the font needs, computed once instead of per row.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSortIndicator(StudentTableModel::LastNameColumn, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);
    auto* split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(QStringLiteral("studentsSplit")); // its sizes are remembered by this name
    split->addWidget(m_table);
    // The selected student in tabs under the table: the tutoring and family panels read only while in
    // front.
    m_details->setDocumentMode(true);
    m_details->addTab(m_need, tr("W&hy this student"));
    m_details->addTab(m_tutoring, tr("T&utoring"));
    m_details->addTab(m_family, tr("Fa&mily"));
    split->addWidget(m_details);
    split->setStretchFactor(0, 1);
    split->setCollapsible(0, false);
    split->setSizes({1000, 10 * fontMetrics().height()});
    layout->addWidget(split, 1);

    connect(m_table->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this,
            &StudentsPage::sortIndicatorChanged);
    connect(m_filters, &StudentFilterBar::filterChanged, m_model, &StudentTableModel::setFilter);
    connect(m_model, &StudentTableModel::totalCountChanged, this, &StudentsPage::showCount);
    connect(m_model, &StudentTableModel::loadFailed, this, &StudentsPage::showProblem);
    connect(m_model, &StudentTableModel::modelReset, m_problem, &QWidget::hide);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &StudentsPage::currentStudentChanged);
    connect(m_model, &StudentTableModel::modelReset, this, &StudentsPage::currentStudentChanged);
    connect(m_import, &QPushButton::clicked, this, &StudentsPage::importRequested);
    connect(m_recalculate, &QPushButton::clicked, this, &StudentsPage::recalculateNeedScores);
    connect(m_writeLetters, &QPushButton::clicked, this, &StudentsPage::writeLetters);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { m_writeLetters->setEnabled(m_store && !selectedStudents().empty()); });
    connect(m_model, &StudentTableModel::modelReset, this,
            [this] { m_writeLetters->setEnabled(m_store && !selectedStudents().empty()); });
    connect(m_family, &StudentFamilyPanel::editContactRequested, this, &StudentsPage::editContactRequested);
    connect(m_family, &StudentFamilyPanel::familyChanged, this, &StudentsPage::familyChanged);

    auto* find = new QAction(tr("Find Student"), this);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WindowShortcut);
    connect(find, &QAction::triggered, this, [this] {
        m_filters->searchField()->setFocus(Qt::ShortcutFocusReason);
        m_filters->searchField()->selectAll();
    });
    addAction(find);

    showCount(0);
}

StudentsPage::~StudentsPage() = default;

QStringList StudentsPage::readLanguages()
{
    if (!m_store)
        return {};
    try {
        return StudentQuery(*m_store).homeLanguages();
    } catch (const StoreError&) {
        return {}; // the model's own reading reports the problem; the filter simply offers none
    }
}

void StudentsPage::setStore(Store* store)
{
    m_store = store;
    m_need->setStore(store);
    m_tutoring->setStore(store);
    m_family->setStore(store);
    const QStringList languages = readLanguages();
    const QSignalBlocker blocker(m_filters); // the model loads once, below
    m_filters->reset(languages);
    m_model->setStore(store, m_filters->filter());
    sizeColumnsOnce(languages);
}

// Sized once, from the first page and the languages present, so that widths do not jump as the
// coordinator filters and scrolls. Rarer long values (five student groups, two family names) are
// elided and spelled out in the cell's tooltip: every column fits a laptop screen without scrolling.
void StudentsPage::sizeColumnsOnce(const QStringList& homeLanguages)
{
    if (m_columnsSized || m_model->rowCount() == 0)
        return; // an empty school is sized by its first import
    m_columnsSized = true;
    m_table->resizeColumnsToContents();
    const QFontMetrics metrics = m_table->fontMetrics();
    const int padding =
        2 * m_table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_table) + 12;
    const auto atLeast = [this](int column, int width) {
        m_table->setColumnWidth(column, std::max(m_table->columnWidth(column), width));
    };
    int language = 0;
    for (const QString& code : homeLanguages)
        language = std::max(language, metrics.horizontalAdvance(LanguageNames::displayName(code)));
    atLeast(StudentTableModel::HomeLanguageColumn,
            std::min(language + padding, 19 * metrics.averageCharWidth()));
    atLeast(StudentTableModel::LastNameColumn, 12 * metrics.averageCharWidth());
    atLeast(StudentTableModel::FirstNameColumn, 12 * metrics.averageCharWidth());
}

void StudentsPage::reload()
{
    const QVariant selected = m_table->currentIndex().data(StudentTableModel::StudentIdRole);
    const QStringList languages = readLanguages();
    {
        const QSignalBlocker blocker(m_filters);
        m_filters->updateLanguages(languages);
    }
    m_model->setStore(m_store, m_filters->filter());
    sizeColumnsOnce(languages);
    // Select the same student again when they are among the rows loaded.
    for (int row = 0; selected.isValid() && row < m_model->rowCount(); ++row) {
        const QModelIndex index = m_model->index(row, StudentTableModel::LastNameColumn);
        if (index.data(StudentTableModel::StudentIdRole) == selected) {
            m_table->setCurrentIndex(index);
            m_table->scrollTo(index);
            break;
        }
    }
    m_need->refresh();
    m_tutoring->refresh();
    m_family->refresh();
}

void StudentsPage::setToday(const QDate& today)
{
    m_today = today;
    m_tutoring->setToday(today);
    m_family->setToday(today);
}

std::vector<std::int64_t> StudentsPage::selectedStudents() const
{
    std::vector<std::int64_t> ids;
    QModelIndexList rows = m_table->selectionModel()->selectedRows(StudentTableModel::LastNameColumn);
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex& a, const QModelIndex& b) { return a.row() < b.row(); });
    for (const QModelIndex& row : rows) {
        if (const QVariant id = row.data(StudentTableModel::StudentIdRole); id.isValid())
            ids.push_back(id.toLongLong());
    }
    return ids;
}

void StudentsPage::writeLetters()
{
    const std::vector<std::int64_t> students = selectedStudents();
    if (!m_store || students.empty())
        return;
    // No kind: the coordinator chooses it in the dialog (enrollment invitations, progress reports).
    std::vector<LetterRequest> requests;
    for (const std::int64_t student : students) {
        LetterRequest request;
        request.studentId = student;
        request.date = m_today;
        requests.push_back(request);
    }
    LetterDialog dialog(*m_store, m_today, std::move(requests), this);
    connect(&dialog, &LetterDialog::lettersLogged, this, [this] {
        m_family->refresh();
        Q_EMIT familyChanged();
    });
    dialog.exec();
}

bool StudentsPage::recalculateNeedScores()
{
    if (!m_store)
        return false;
    if (const auto failure = NeedScoreRefresh::run(*m_store)) {
        showProblem(tr("The need scores could not be recalculated: %1").arg(*failure));
        return false;
    }
    Q_EMIT needScoresRecalculated();
    return true;
}

void StudentsPage::currentStudentChanged()
{
    const QVariant id = m_table->currentIndex().data(StudentTableModel::StudentIdRole);
    const auto student = id.isValid() ? std::optional<std::int64_t>(id.toLongLong()) : std::nullopt;
    m_need->showStudent(student);
    m_tutoring->showStudent(student);
    QString name;
    if (student) {
        const int row = m_table->currentIndex().row();
        name = QStringLiteral("%1 %2")
                   .arg(m_model->index(row, StudentTableModel::FirstNameColumn).data().toString(),
                        m_model->index(row, StudentTableModel::LastNameColumn).data().toString())
                   .trimmed();
    }
    m_family->showStudent(student, name);
}

void StudentsPage::showProblem(const QString& message)
{
    m_problem->setText(message);
    m_problem->show();
}

void StudentsPage::showCount(int total)
{
    m_count->setText(tr("%Ln student(s)", nullptr, total));
}

// The student groups column has no SQL order: put the arrow back where the sort really is.
void StudentsPage::sortIndicatorChanged(int column, Qt::SortOrder)
{
    if (StudentColumns::sortKeyFor(column))
        return;
    const StudentSort& sort = m_model->currentSort();
    const QSignalBlocker blocker(m_table->horizontalHeader());
    m_table->horizontalHeader()->setSortIndicator(StudentColumns::columnFor(sort.column),
                                                  sort.descending ? Qt::DescendingOrder : Qt::AscendingOrder);
}

} // namespace tutordesk
