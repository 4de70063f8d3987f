#include "ProbeGridDialog.h"

#include "MessageBar.h"
#include "ProbeGridView.h"
#include "progress/AssessmentText.h"
#include "store/StoreError.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

#include <cmath>

namespace tutordesk {

namespace {

constexpr int studentColumn = 0;

QString number(double value)
{
    return QLocale().toString(value, 'g', 6);
}

QString percentPoints(double value)
{
    const double rounded = std::round(value * 10.0) / 10.0;
    const QString figure = QLocale().toString(rounded, 'f', rounded == std::round(rounded) ? 0 : 1);
    return rounded > 0 ? QStringLiteral("+") + figure : figure;
}

} // namespace

ProbeGridDialog::ProbeGridDialog(Store& store, const QDate& today, std::optional<std::int64_t> groupId,
                                 QWidget* parent)
    : QDialog(parent)
    , m_store(store)
    , m_today(today)
    , m_group(new QComboBox(this))
    , m_date(new QDateEdit(this))
    , m_window(new QComboBox(this))
    , m_max(new QDoubleSpinBox(this))
    , m_skill(new QLabel(this))
    , m_message(new MessageBar(this))
    , m_grid(new ProbeGridView(this))
    , m_hint(new QLabel(this))
{
    setWindowTitle(tr("Enter Probes"));
    resize(820, 520);
    auto* layout = new QVBoxLayout(this);

    auto* choices = new QFormLayout;
    m_group->setAccessibleName(tr("Group"));
    choices->addRow(tr("&Group:"), m_group);
    auto* probeLine = new QHBoxLayout;
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    m_date->setMaximumDate(today);
    m_date->setDate(today);
    m_date->setAccessibleName(tr("Probe date"));
    for (const QString& window : AssessmentText::probeWindows())
        m_window->addItem(AssessmentText::window(window), window);
    m_window->setAccessibleName(tr("Probe window"));
    m_max->setRange(1, 1000);
    m_max->setDecimals(1);
    m_max->setAccessibleName(tr("Maximum score"));
    auto* dateLabel = new QLabel(tr("&Date:"), this);
    dateLabel->setBuddy(m_date);
    auto* windowLabel = new QLabel(tr("&Window:"), this);
    windowLabel->setBuddy(m_window);
    auto* maxLabel = new QLabel(tr("Out &of:"), this);
    maxLabel->setBuddy(m_max);
    probeLine->addWidget(m_date);
    probeLine->addSpacing(12);
    probeLine->addWidget(windowLabel);
    probeLine->addWidget(m_window);
    probeLine->addSpacing(12);
    probeLine->addWidget(maxLabel);
    probeLine->addWidget(m_max);
    probeLine->addStretch(1);
    choices->addRow(dateLabel, probeLine);
    layout->addLayout(choices);
    m_skill->setWordWrap(true);
    layout->addWidget(m_skill);
    layout->addWidget(m_message);
    m_grid->setAccessibleName(tr("Probe scores"));
    layout->addWidget(m_grid, 1);
    m_hint->setWordWrap(true);
    m_hint->setText(tr("Type a score and press Enter for the next student. Leave a cell empty for \u201cnot "
                       "tested\u201d. Ctrl+S saves every score at once."));
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_hint);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_save = buttons->addButton(tr("&Save Scores"), QDialogButtonBox::AcceptRole);
    for (QAbstractButton* button : buttons->buttons()) {
        if (auto* push = qobject_cast<QPushButton*>(button))
            push->setAutoDefault(false); // Enter belongs to the grid
    }
    layout->addWidget(buttons);
    connect(m_save, &QPushButton::clicked, this, [this] { save(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &ProbeGridDialog::reject);
    auto* saveKey = new QShortcut(QKeySequence::Save, this);
    connect(saveKey, &QShortcut::activated, this, [this] { save(); });

    try {
        int initial = -1;
        for (const ProbeGroup& g : ProbeSheet::groups(store, today)) {
            QString text = tr("%1 \u2014 %2 \u2014 %3")
                               .arg(g.name, g.tutorName.isEmpty() ? tr("no tutor") : g.tutorName,
                                    g.skill.isEmpty() ? tr("no skill") : g.skill);
            if (g.ended)
                text = tr("%1 (ended)").arg(text);
            m_group->addItem(text, QVariant::fromValue<qlonglong>(g.id));
            if ((groupId && *groupId == g.id) || (!groupId && initial < 0 && g.meetsToday))
                initial = m_group->count() - 1;
        }
        if (m_group->count() > 0)
            chooseGroup(initial < 0 ? 0 : initial);
        else
            m_message->showProblem(tr("There are no groups yet. Create groups on the Schedule page first."));
    } catch (const StoreError& e) {
        m_message->showProblem(tr("The groups could not be read: %1").arg(e.message()));
    }

    connect(m_group, &QComboBox::currentIndexChanged, this, &ProbeGridDialog::chooseGroup);
    connect(m_date, &QDateEdit::dateChanged, this, [this] { reload(true); });
    connect(m_window, &QComboBox::currentIndexChanged, this, [this] { reload(true); });
    connect(m_max, &QDoubleSpinBox::valueChanged, this, [this] {
        for (int row = 0; row < m_grid->rowCount(); ++row)
            refreshRow(row);
    });
    connect(m_grid, &QTableWidget::cellChanged, this, &ProbeGridDialog::cellChanged);
}

ProbeGridDialog::~ProbeGridDialog() = default;

int ProbeGridDialog::entryColumn() const
{
    return m_sheet ? static_cast<int>(m_sheet->occasions.size()) + 1 : 1;
}

bool ProbeGridDialog::hasUnsavedScores() const
{
    for (const auto& [student, text] : m_typed) {
        const auto stored = m_stored.find(student);
        if (text != (stored == m_stored.end() ? QString() : stored->second))
            return true;
    }
    return false;
}

void ProbeGridDialog::chooseGroup(int index)
{
    if (index < 0)
        return;
    if (index != m_groupIndex && m_groupIndex >= 0 && hasUnsavedScores()) {
        const auto answer = QMessageBox::question(
            this, tr("Discard Scores?"),
            tr("The scores typed for this group are not saved. Discard them and open the other group?"),
            QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Discard) {
            const QSignalBlocker block(m_group);
            m_group->setCurrentIndex(m_groupIndex);
            return;
        }
    }
    {
        const QSignalBlocker block(m_group);
        m_group->setCurrentIndex(index);
    }
    m_groupIndex = index;
    m_groupId = m_group->itemData(index).toLongLong();
    m_typed.clear();
    reload(false);
    if (m_sheet) {
        const QSignalBlocker blockWindow(m_window);
        const QSignalBlocker blockMax(m_max);
        m_window->setCurrentIndex(m_window->findData(m_sheet->suggestedWindow));
        m_max->setValue(m_sheet->maxScore);
        reload(false);
    }
}

void ProbeGridDialog::reload(bool keepTyped)
{
    if (m_groupId == 0)
        return;
    const bool keep = keepTyped && hasUnsavedScores();
    try {
        m_sheet = ProbeSheet::load(m_store, m_groupId, m_date->date());
    } catch (const StoreError& e) {
        m_sheet.reset();
        m_message->showProblem(tr("The group's probes could not be read: %1").arg(e.message()));
    }
    if (!m_sheet) {
        m_grid->clear();
        m_grid->setRowCount(0);
        return;
    }
    // The cells of the chosen (date, window) when it was probed before: the new column edits them.
    const int editing = m_sheet->occasionIndex(m_date->date(), m_window->currentData().toString());
    std::map<std::int64_t, QString> typed = std::move(m_typed);
    m_stored.clear();
    m_typed.clear();
    for (const ProbeRow& row : m_sheet->rows) {
        QString stored;
        if (editing >= 0 && row.results[static_cast<std::size_t>(editing)]) {
            stored = number(row.results[static_cast<std::size_t>(editing)]->score);
            const QSignalBlocker block(m_max);
            m_max->setValue(row.results[static_cast<std::size_t>(editing)]->maxScore);
        }
        m_stored[row.studentId] = stored;
        const auto kept = typed.find(row.studentId);
        m_typed[row.studentId] = keep && kept != typed.end() ? kept->second : stored;
    }
    QString skill = m_sheet->skill.isEmpty()
                        ? tr("This group has no target skill yet: set one on the Schedule page "
                             "before entering probes.")
                        : tr("Skill %1").arg(m_sheet->skill);
    if (!m_sheet->skill.isEmpty() && !m_sheet->skillTitle.isEmpty())
        skill = tr("%1 \u2014 %2").arg(skill, m_sheet->skillTitle);
    if (!m_sheet->skill.isEmpty())
        skill = tr("%1 \u00b7 Mastery at %2 %").arg(skill, number(m_sheet->masteryPercent));
    m_skill->setText(skill);
    fillGrid();
}

void ProbeGridDialog::fillGrid()
{
    m_filling = true;
    const QLocale locale;
    const ProbeSheet& sheet = *m_sheet;
    const int entry = entryColumn();
    const int editing = sheet.occasionIndex(m_date->date(), m_window->currentData().toString());
    m_grid->clear();
    m_grid->setColumnCount(entry + 3);
    m_grid->setRowCount(static_cast<int>(sheet.rows.size()));
    QStringList headers{tr("Student")};
    for (const ProbeOccasion& o : sheet.occasions)
        headers << tr("%1\n%2").arg(AssessmentText::window(o.window),
                                    locale.toString(o.day, QLocale::ShortFormat));
    headers << (editing >= 0 ? tr("%1 (saved)\n%2") : tr("New: %1\n%2"))
                   .arg(m_window->currentText(), locale.toString(m_date->date(), QLocale::ShortFormat));
    headers << tr("Growth\n(points of %)") << tr("Mastery");
    m_grid->setHorizontalHeaderLabels(headers);
    for (int c = 1; c < entry; ++c)
        m_grid->setColumnHidden(c, c - 1 == editing); // shown in the new column instead

    for (int r = 0; r < m_grid->rowCount(); ++r) {
        const ProbeRow& row = sheet.rows[static_cast<std::size_t>(r)];
        auto* name = new QTableWidgetItem(row.name);
        name->setFlags(Qt::ItemIsEnabled);
        if (row.seatGivenBack) {
            name->setText(tr("%1 (seat given back)").arg(row.name));
            name->setForeground(m_grid->palette().brush(QPalette::Disabled, QPalette::Text));
            name->setToolTip(tr("No longer in this group on this day; earlier results are kept."));
        }
        m_grid->setItem(r, studentColumn, name);
        for (std::size_t o = 0; o < sheet.occasions.size(); ++o) {
            auto* cell = new QTableWidgetItem;
            cell->setFlags(Qt::ItemIsEnabled);
            cell->setTextAlignment(Qt::AlignCenter);
            if (const auto& result = row.results[o])
                cell->setText(tr("%1/%2").arg(number(result->score), number(result->maxScore)));
            m_grid->setItem(r, static_cast<int>(o) + 1, cell);
        }
        auto* cell = new QTableWidgetItem(m_typed[row.studentId]);
        cell->setTextAlignment(Qt::AlignCenter);
        const bool editable = !row.seatGivenBack || !m_stored[row.studentId].isEmpty();
        cell->setFlags(editable ? Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable
                                : Qt::ItemFlags());
        m_grid->setItem(r, entry, cell);
        for (int c = entry + 1; c <= entry + 2; ++c) {
            auto* figure = new QTableWidgetItem;
            figure->setFlags(Qt::ItemIsEnabled);
            figure->setTextAlignment(Qt::AlignCenter);
            m_grid->setItem(r, c, figure);
        }
        refreshRow(r);
    }
    m_grid->resizeColumnsToContents();
    m_grid->horizontalHeader()->setSectionResizeMode(studentColumn, QHeaderView::Stretch);
    m_grid->setColumnWidth(entry, std::max(m_grid->columnWidth(entry), 110));
    // Sized for what typing will put there, not for the empty cells they start as.
    const int mastered = m_grid->fontMetrics().horizontalAdvance(tr("\u2713 Mastered")) + 24;
    m_grid->setColumnWidth(entry + 2, std::max(m_grid->columnWidth(entry + 2), mastered));
    m_filling = false;

    if (const int first = firstEditableRow(); first >= 0) {
        m_grid->setCurrentCell(first, entry);
        m_grid->setFocus();
    }
}

int ProbeGridDialog::firstEditableRow() const
{
    for (int r = 0; r < m_grid->rowCount(); ++r) {
        if (const QTableWidgetItem* cell = m_grid->item(r, entryColumn());
            cell && (cell->flags() & Qt::ItemIsEditable))
            return r;
    }
    return -1;
}

std::optional<double> ProbeGridDialog::parsed(const QString& text, bool* ok) const
{
    *ok = true;
    if (text.trimmed().isEmpty())
        return std::nullopt;
    const double value = QLocale().toDouble(text.trimmed(), ok);
    if (!*ok) {
        // A score typed with a dot where the locale uses a comma is still the number meant.
        const double plain = QLocale::c().toDouble(text.trimmed(), ok);
        return *ok ? std::optional<double>(plain) : std::nullopt;
    }
    return value;
}

void ProbeGridDialog::refreshRow(int r)
{
    if (!m_sheet || r < 0 || r >= static_cast<int>(m_sheet->rows.size()))
        return;
    const bool filling = m_filling;
    m_filling = true;
    const ProbeRow& row = m_sheet->rows[static_cast<std::size_t>(r)];
    const int column = entryColumn();
    QTableWidgetItem* cell = m_grid->item(r, column);
    QTableWidgetItem* growth = m_grid->item(r, column + 1);
    QTableWidgetItem* mastery = m_grid->item(r, column + 2);
    bool ok = true;
    const std::optional<double> score = parsed(m_typed[row.studentId], &ok);
    const double max = m_max->value();
    const bool inRange = ok && (!score || (*score >= 0 && *score <= max));
    cell->setBackground(inRange ? QBrush() : QBrush(QColor(0xfd, 0xe7, 0xe9)));
    cell->setToolTip(
        !ok        ? tr("Not a number: type the score, or leave the cell empty for \u201cnot tested\u201d.")
        : !inRange ? tr("The score must be between 0 and %1.").arg(number(max))
                   : QString());
    growth->setText(QString());
    mastery->setText(QString());
    if (score && inRange) {
        const std::optional<double> g = m_sheet->previewGrowth(row, entry(), score);
        growth->setText(g ? tr("%1 pts").arg(percentPoints(*g)) : QString());
        growth->setToolTip(g ? tr("From the baseline probe to this one, in percentage points.")
                             : tr("Growth shows once there are two results."));
        if (100.0 * *score / max >= m_sheet->masteryPercent)
            mastery->setText(tr("\u2713 Mastered"));
    }
    m_filling = filling;
}

void ProbeGridDialog::cellChanged(int row, int column)
{
    if (m_filling || !m_sheet || column != entryColumn() || row < 0 ||
        row >= static_cast<int>(m_sheet->rows.size()))
        return;
    m_typed[m_sheet->rows[static_cast<std::size_t>(row)].studentId] =
        m_grid->item(row, column)->text().trimmed();
    refreshRow(row);
}

ProbeEntry ProbeGridDialog::entry() const
{
    ProbeEntry e{m_date->date(), m_window->currentData().toString(), m_max->value(), {}};
    if (!m_sheet)
        return e;
    for (const ProbeRow& row : m_sheet->rows) {
        const auto typed = m_typed.find(row.studentId);
        const auto stored = m_stored.find(row.studentId);
        const QString text = typed == m_typed.end() ? QString() : typed->second;
        if (text.isEmpty() && (stored == m_stored.end() || stored->second.isEmpty()))
            continue; // not tested, and nothing to clear
        bool ok = true;
        e.cells.push_back({row.studentId, parsed(text, &ok)});
    }
    return e;
}

bool ProbeGridDialog::save()
{
    m_grid->commitOpenEditor();
    if (!m_sheet)
        return false;
    for (int r = 0; r < static_cast<int>(m_sheet->rows.size()); ++r) {
        const ProbeRow& row = m_sheet->rows[static_cast<std::size_t>(r)];
        bool ok = true;
        const QString text = m_typed[row.studentId];
        (void)parsed(text, &ok);
        if (!ok) {
            m_message->showProblem(
                tr("%1's score \u201c%2\u201d is not a number. Type the score, or clear the cell "
                   "for \u201cnot tested\u201d. Nothing was saved.")
                    .arg(row.name, text));
            m_grid->setCurrentCell(r, entryColumn());
            return false;
        }
    }
    const Result<ProbeSaveCounts> result = ProbeSheet::save(m_store, m_groupId, entry(), m_today);
    if (!result) {
        m_message->showProblem(tr("Nothing was saved. %1").arg(result.error().message));
        return false;
    }
    const ProbeSaveCounts& counts = result.value();
    QStringList parts;
    if (counts.added > 0)
        parts << tr("%n score(s) added", nullptr, counts.added);
    if (counts.changed > 0)
        parts << tr("%n changed", nullptr, counts.changed);
    if (counts.cleared > 0)
        parts << tr("%n cleared", nullptr, counts.cleared);
    m_message->showInfo(parts.isEmpty()
                            ? tr("Nothing to save: no score was changed.")
                            : tr("Saved for %1: %2.").arg(m_sheet->groupName, parts.join(tr(", "))));
    m_typed.clear();
    reload(false);
    if (counts.total() > 0)
        Q_EMIT saved();
    return true;
}

void ProbeGridDialog::reject()
{
    m_grid->commitOpenEditor();
    if (hasUnsavedScores()) {
        QMessageBox box(
            QMessageBox::Question, tr("Save Scores?"),
            tr("Some scores typed for %1 are not saved.").arg(m_sheet ? m_sheet->groupName : QString()),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
        box.setDefaultButton(QMessageBox::Save);
        const int answer = box.exec();
        if (answer == QMessageBox::Cancel || (answer == QMessageBox::Save && !save()))
            return;
    }
    QDialog::reject();
}

} // namespace tutordesk
