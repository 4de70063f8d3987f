#include "AssessmentDialog.h"

#include "MessageBar.h"
#include "placement/Subjects.h"
#include "progress/AssessmentText.h"
#include "progress/Assessments.h"
#include "store/StoreError.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include <optional>

namespace tutordesk {

namespace {

enum HistoryColumn {
    DateColumn,
    KindColumn,
    SubjectColumn,
    WhatColumn,
    WindowColumn,
    ScoreColumn,
    NotesColumn,
    ColumnCount
};

QString number(double value)
{
    return QLocale().toString(value, 'g', 6);
}

std::optional<std::int64_t> chosenGroup(const QComboBox* box)
{
    const QVariant data = box->currentData();
    return data.isValid() && data.toLongLong() > 0 ? std::optional<std::int64_t>(data.toLongLong())
                                                   : std::nullopt;
}

} // namespace

AssessmentDialog::AssessmentDialog(Store& store, std::int64_t studentId, const QDate& today, QWidget* parent)
    : QDialog(parent)
    , m_store(store)
    , m_studentId(studentId)
    , m_today(today)
    , m_message(new MessageBar(this))
    , m_history(new QTableWidget(this))
    , m_forms(new QTabWidget(this))
{
    QString name;
    try {
        name = Assessments::studentName(store, studentId);
    } catch (const StoreError& e) {
        m_message->showProblem(tr("The student could not be read: %1").arg(e.message()));
    }
    setWindowTitle(tr("Assessments \u2014 %1").arg(name));
    resize(860, 620);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_message);

    m_history->setColumnCount(ColumnCount);
    m_history->setHorizontalHeaderLabels({tr("Date"), tr("Kind"), tr("Subject"), tr("Skill or test"),
                                          tr("Window"), tr("Score"), tr("Placement, group or notes")});
    m_history->verticalHeader()->hide();
    m_history->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_history->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_history->setSelectionMode(QAbstractItemView::SingleSelection);
    m_history->setAlternatingRowColors(true);
    m_history->setWordWrap(false);
    m_history->setAccessibleName(tr("Assessment history"));
    layout->addWidget(m_history, 3);
    auto* historyButtons = new QHBoxLayout;
    m_remove = new QPushButton(tr("&Remove Selected\u2026"), this);
    m_remove->setToolTip(tr("Remove an assessment entered by mistake."));
    m_remove->setEnabled(false);
    historyButtons->addStretch(1);
    historyButtons->addWidget(m_remove);
    layout->addLayout(historyButtons);
    connect(m_history, &QTableWidget::itemSelectionChanged, this,
            [this] { m_remove->setEnabled(!m_history->selectedItems().isEmpty()); });
    connect(m_remove, &QPushButton::clicked, this, [this] { removeRow(m_history->currentRow()); });

    m_forms->addTab(observationForm(), tr("Tutor &observation"));
    m_forms->addTab(confidenceForm(), tr("Student &confidence"));
    m_forms->addTab(benchmarkForm(), tr("&Benchmark"));
    layout->addWidget(m_forms, 2);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    reloadHistory();
}

AssessmentDialog::~AssessmentDialog() = default;

QComboBox* AssessmentDialog::groupChoice(QWidget* parent)
{
    auto* box = new QComboBox(parent);
    box->addItem(tr("No group"), QVariant::fromValue<qlonglong>(0));
    try {
        for (const auto& [id, name] : Assessments::studentGroups(m_store, m_studentId))
            box->addItem(name, QVariant::fromValue<qlonglong>(id));
    } catch (const StoreError& e) {
        m_message->showProblem(tr("The student's groups could not be read: %1").arg(e.message()));
    }
    if (box->count() > 1)
        box->setCurrentIndex(1); // the group the student sits in now
    return box;
}

QDateEdit* AssessmentDialog::dateChoice(QWidget* parent)
{
    auto* edit = new QDateEdit(m_today, parent);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    edit->setMaximumDate(m_today);
    return edit;
}

QWidget* AssessmentDialog::observationForm()
{
    auto* page = new QWidget(this);
    auto* form = new QFormLayout(page);
    m_observationDate = dateChoice(page);
    m_observationGroup = groupChoice(page);
    m_observationRating = new QComboBox(page);
    m_observationRating->addItem(tr("No rating"), 0);
    m_observationRating->addItem(tr("1 \u2014 beginning"), 1);
    m_observationRating->addItem(tr("2 \u2014 developing"), 2);
    m_observationRating->addItem(tr("3 \u2014 secure"), 3);
    m_observationRating->addItem(tr("4 \u2014 independent"), 4);
    m_observationNotes = new QPlainTextEdit(page);
    m_observationNotes->setPlaceholderText(tr("What the tutor saw, e.g. \u201cUses arrays for 6×7 without a "
                                              "prompt\u201d"));
    m_observationNotes->setTabChangesFocus(true);
    form->addRow(tr("Date:"), m_observationDate);
    form->addRow(tr("Group:"), m_observationGroup);
    form->addRow(tr("Rating:"), m_observationRating);
    form->addRow(tr("Notes:"), m_observationNotes);
    auto* record = new QPushButton(tr("Record Observation"), page);
    connect(record, &QPushButton::clicked, this, [this] { recordObservation(); });
    form->addRow(QString(), record);
    return page;
}

QWidget* AssessmentDialog::confidenceForm()
{
    auto* page = new QWidget(this);
    auto* form = new QFormLayout(page);
    m_confidenceDate = dateChoice(page);
    m_confidenceGroup = groupChoice(page);
    m_confidenceRating = new QComboBox(page);
    m_confidenceRating->addItem(tr("1 \u2014 not at all sure"), 1);
    m_confidenceRating->addItem(tr("2 \u2014 a little sure"), 2);
    m_confidenceRating->addItem(tr("3 \u2014 somewhat sure"), 3);
    m_confidenceRating->addItem(tr("4 \u2014 sure"), 4);
    m_confidenceRating->addItem(tr("5 \u2014 very sure"), 5);
    m_confidenceRating->setCurrentIndex(2);
    form->addRow(tr("Date:"), m_confidenceDate);
    form->addRow(tr("Group:"), m_confidenceGroup);
    form->addRow(tr("How sure the student feels:"), m_confidenceRating);
    auto* record = new QPushButton(tr("Record Rating"), page);
    connect(record, &QPushButton::clicked, this, [this] { recordConfidence(); });
    form->addRow(QString(), record);
    return page;
}

QWidget* AssessmentDialog::benchmarkForm()
{
    auto* page = new QWidget(this);
    auto* form = new QFormLayout(page);
    m_benchmarkSubject = new QComboBox(page);
    for (const char* subject : {"reading", "math", "writing", "other"})
        m_benchmarkSubject->addItem(Subjects::title(QLatin1String(subject)), QLatin1String(subject));
    m_benchmarkInstrument = new QLineEdit(page);
    m_benchmarkInstrument->setPlaceholderText(tr("e.g. i-Ready Diagnostic"));
    m_benchmarkWindow = new QComboBox(page);
    for (const QString& window : AssessmentText::benchmarkWindows())
        m_benchmarkWindow->addItem(AssessmentText::window(window), window);
    m_benchmarkScore = new QDoubleSpinBox(page);
    m_benchmarkScore->setRange(0, 9999);
    m_benchmarkScore->setDecimals(0);
    m_benchmarkPlacement = new QLineEdit(page);
    m_benchmarkPlacement->setPlaceholderText(tr("e.g. 2 grade levels below"));
    m_benchmarkLevels = new QSpinBox(page);
    m_benchmarkLevels->setRange(-4, 12);
    m_benchmarkLevels->setSpecialValueText(tr("Not given")); // -4: not on the report
    m_benchmarkLevels->setValue(-4);
    m_benchmarkLevels->setToolTip(tr("Grade levels below grade; negative when above grade."));
    m_benchmarkDate = dateChoice(page);
    form->addRow(tr("Subject:"), m_benchmarkSubject);
    form->addRow(tr("Test:"), m_benchmarkInstrument);
    form->addRow(tr("Window:"), m_benchmarkWindow);
    form->addRow(tr("Scale score:"), m_benchmarkScore);
    form->addRow(tr("Placement:"), m_benchmarkPlacement);
    form->addRow(tr("Grade levels below:"), m_benchmarkLevels);
    form->addRow(tr("Date:"), m_benchmarkDate);
    auto* record = new QPushButton(tr("Record Benchmark"), page);
    connect(record, &QPushButton::clicked, this, [this] { recordBenchmark(); });
    form->addRow(QString(), record);
    return page;
}

void AssessmentDialog::reloadHistory()
{
    std::vector<AssessmentRecord> records;
    try {
        records = Assessments::history(m_store, m_studentId);
    } catch (const StoreError& e) {
        m_message->showProblem(tr("The assessments could not be read: %1").arg(e.message()));
    }
    const QLocale locale;
    m_rowIds.clear();
    m_history->setRowCount(static_cast<int>(records.size()));
    for (int r = 0; r < m_history->rowCount(); ++r) {
        const AssessmentRecord& a = records[static_cast<std::size_t>(r)];
        m_rowIds.push_back(a.id);
        QString what = a.skill.isEmpty() ? a.instrument : a.skill;
        QString score;
        if (a.score)
            score = a.maxScore ? tr("%1/%2").arg(number(*a.score), number(*a.maxScore)) : number(*a.score);
        QStringList notes;
        if (!a.placement.isEmpty())
            notes << a.placement;
        if (!a.groupName.isEmpty())
            notes << a.groupName;
        if (!a.notes.isEmpty())
            notes << a.notes;
        const QStringList cells{locale.toString(a.on, QLocale::ShortFormat),
                                AssessmentText::kind(a.kind),
                                Subjects::title(a.subject),
                                what,
                                AssessmentText::window(a.window),
                                score,
                                notes.join(tr(" \u00b7 "))};
        for (int c = 0; c < ColumnCount; ++c) {
            auto* item = new QTableWidgetItem(cells.at(c));
            if (c == NotesColumn)
                item->setToolTip(cells.at(c));
            m_history->setItem(r, c, item);
        }
    }
    m_history->resizeColumnsToContents();
    m_history->horizontalHeader()->setSectionResizeMode(NotesColumn, QHeaderView::Stretch);
    m_remove->setEnabled(false);
}

bool AssessmentDialog::recordObservation()
{
    ObservationInput in;
    in.studentId = m_studentId;
    in.on = m_observationDate->date();
    in.notes = m_observationNotes->toPlainText();
    if (const int rating = m_observationRating->currentData().toInt(); rating > 0)
        in.rating = rating;
    in.groupId = chosenGroup(m_observationGroup);
    const auto result = Assessments::recordObservation(m_store, in, m_today);
    if (!result) {
        m_message->showProblem(tr("The observation was not recorded: %1").arg(result.error().message));
        return false;
    }
    m_observationNotes->clear();
    m_message->showInfo(
        tr("Observation recorded for %1.").arg(QLocale().toString(in.on, QLocale::ShortFormat)));
    reloadHistory();
    Q_EMIT changed();
    return true;
}

bool AssessmentDialog::recordConfidence()
{
    ConfidenceInput in;
    in.studentId = m_studentId;
    in.on = m_confidenceDate->date();
    in.rating = m_confidenceRating->currentData().toInt();
    in.groupId = chosenGroup(m_confidenceGroup);
    const auto result = Assessments::recordConfidence(m_store, in, m_today);
    if (!result) {
        m_message->showProblem(tr("The rating was not recorded: %1").arg(result.error().message));
        return false;
    }
    m_message->showInfo(tr("Confidence %1 of 5 recorded.").arg(in.rating));
    reloadHistory();
    Q_EMIT changed();
    return true;
}

bool AssessmentDialog::recordBenchmark()
{
    BenchmarkInput in;
    in.studentId = m_studentId;
    in.subject = m_benchmarkSubject->currentData().toString();
    in.instrument = m_benchmarkInstrument->text();
    in.window = m_benchmarkWindow->currentData().toString();
    in.scaleScore = m_benchmarkScore->value();
    in.placement = m_benchmarkPlacement->text();
    if (m_benchmarkLevels->value() != m_benchmarkLevels->minimum())
        in.levelsBelow = m_benchmarkLevels->value();
    in.on = m_benchmarkDate->date();
    const auto result = Assessments::recordBenchmark(m_store, in, m_today);
    if (!result) {
        m_message->showProblem(tr("The benchmark was not recorded: %1").arg(result.error().message));
        return false;
    }
    m_message->showInfo(tr("%1 benchmark recorded.").arg(in.instrument.trimmed()));
    m_benchmarkPlacement->clear();
    reloadHistory();
    Q_EMIT changed();
    return true;
}

bool AssessmentDialog::removeRow(int row, bool confirm)
{
    if (row < 0 || row >= static_cast<int>(m_rowIds.size()))
        return false;
    if (confirm) {
        const QString what =
            tr("%1 of %2 (%3)")
                .arg(m_history->item(row, KindColumn)->text(), m_history->item(row, DateColumn)->text(),
                     m_history->item(row, WhatColumn)->text());
        const auto answer =
            QMessageBox::question(this, tr("Remove Assessment?"),
                                  tr("Remove the %1? Only do this for one entered by mistake.").arg(what),
                                  QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes)
            return false;
    }
    const auto result = Assessments::remove(m_store, m_rowIds[static_cast<std::size_t>(row)]);
    if (!result) {
        m_message->showProblem(result.error().message);
        return false;
    }
    m_message->showInfo(tr("Assessment removed."));
    reloadHistory();
    Q_EMIT changed();
    return true;
}

} // namespace tutordesk
