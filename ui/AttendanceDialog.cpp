#include "AttendanceDialog.h"

#include "AttendanceSheetModel.h"
#include "AttendanceSheetView.h"
#include "SessionText.h"
#include "store/StoreError.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPalette>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

#include <algorithm>

namespace tutordesk {

namespace {

QString nativeText(const QKeySequence& keys)
{
    return keys.toString(QKeySequence::NativeText);
}

} // namespace

AttendanceDialog::AttendanceDialog(Store& store, std::int64_t sessionId, const QDate& today, QWidget* parent)
    : QDialog(parent)
    , m_store(store)
    , m_sessionId(sessionId)
    , m_today(today)
    , m_header(new QLabel(this))
    , m_sheet(new AttendanceSheetView(this))
    , m_form(new QFormLayout)
    , m_skill(new QLineEdit(this))
    , m_reason(new QLineEdit(this))
    , m_problem(new QLabel(this))
    , m_allPresent(new QPushButton(tr("&All Present"), this))
{
    setWindowTitle(tr("Take Attendance"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(createHeader());
    layout->addWidget(m_sheet, 1);

    m_skill->setAccessibleName(tr("Skill covered"));
    m_skill->setPlaceholderText(tr("What the session worked on"));
    m_reason->setAccessibleName(tr("Reason for the change"));
    m_reason->setPlaceholderText(tr("Required: why this past record changes (kept in the audit log)"));
    m_form->addRow(tr("S&kill covered:"), m_skill);
    m_form->addRow(tr("&Reason for the change:"), m_reason);
    layout->addLayout(m_form);

    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #a4262c;")); // dark red, as elsewhere
    m_problem->setAccessibleName(tr("Problem"));
    m_problem->hide();
    layout->addWidget(m_problem);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    // Enter belongs to the sheet (next student); saving is Ctrl+Enter or the button.
    for (QPushButton* button : {m_save, m_allPresent, buttons->button(QDialogButtonBox::Cancel)})
        button->setAutoDefault(false);
    const QKeySequence saveKeys(Qt::CTRL | Qt::Key_Return);
    m_save->setToolTip(tr("Save the attendance (%1)").arg(nativeText(saveKeys)));
    m_allPresent->setToolTip(tr("Mark every student not marked yet as present (A on the sheet, or %1)")
                                 .arg(nativeText(QKeySequence(Qt::ALT | Qt::Key_A))));
    // "All present" works on the sheet: it sits apart from the buttons that close the dialog.
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_allPresent);
    bottom->addStretch();
    bottom->addWidget(buttons);
    layout->addLayout(bottom);
    for (const QKeySequence& keys : {saveKeys, QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto* shortcut = new QShortcut(keys, this);
        connect(shortcut, &QShortcut::activated, this, &AttendanceDialog::saveAndClose);
    }
    connect(m_save, &QPushButton::clicked, this, &AttendanceDialog::saveAndClose);
    connect(buttons, &QDialogButtonBox::rejected, this, &AttendanceDialog::reject);
    connect(m_allPresent, &QPushButton::clicked, this, [this] {
        m_sheet->markRestPresent();
        m_sheet->setFocus();
    });
    connect(m_sheet, &AttendanceSheetView::edited, this, &AttendanceDialog::updateReason);
    connect(m_skill, &QLineEdit::textEdited, this, &AttendanceDialog::updateReason);

    load();
    m_sheet->setFocus();
    resize(std::max(720, sizeHint().width()), sizeHint().height());
}

AttendanceDialog::~AttendanceDialog() = default;

QWidget* AttendanceDialog::createHeader()
{
    m_header->setWordWrap(true);
    m_header->setTextFormat(Qt::RichText);
    m_header->setAccessibleName(tr("Session"));
    auto* keys = new QLabel(tr("<b>P</b> present · <b>T</b> tardy, then the minutes · <b>E</b> absent, "
                               "excused · <b>U</b> absent, unexcused<br><b>A</b> everyone else present · "
                               "<b>Space</b> absent from school · <b>%1</b> save")
                                .arg(nativeText(QKeySequence(Qt::CTRL | Qt::Key_Return)).toHtmlEscaped()),
                            this);
    keys->setWordWrap(true);
    keys->setAccessibleName(tr("Keys"));
    QPalette quiet = keys->palette();
    quiet.setColor(QPalette::WindowText, quiet.color(QPalette::PlaceholderText));
    keys->setPalette(quiet);
    auto* box = new QWidget(this);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 4);
    layout->addWidget(m_header);
    layout->addWidget(keys);
    return box;
}

void AttendanceDialog::load()
{
    try {
        m_loaded = Attendance::sheet(m_store, m_sessionId);
    } catch (const StoreError& e) {
        showProblem(tr("The session's attendance could not be read: %1").arg(e.message()));
    }
    if (!m_loaded) {
        if (m_problem->isHidden())
            showProblem(tr("This session no longer exists. Close this window and choose another session."));
        m_header->setText(tr("<b>No session</b>"));
        m_save->setEnabled(false);
        m_allPresent->setEnabled(false);
        m_form->setRowVisible(m_reason, false);
        return;
    }
    const ScheduledSession& s = m_loaded->session;
    setWindowTitle(tr("Attendance — %1").arg(s.groupName));
    const QString teacher = s.substituteName.isEmpty()
                                ? (s.tutorName.isEmpty() ? tr("No tutor") : s.tutorName)
                                : tr("%1, substituting for %2").arg(s.substituteName, s.tutorName);
    const QString room = s.location.isEmpty() ? tr("no room given") : s.location;
    QString header = tr("<b>%1</b><br>%2 · %3 · %4", "group, when · tutor · room")
                         .arg(s.groupName.toHtmlEscaped(), SessionText::when(s).toHtmlEscaped(),
                              teacher.toHtmlEscaped(), room.toHtmlEscaped());
    if (!m_loaded->targetSkill.isEmpty())
        header += tr("<br>Target skill: %1").arg(m_loaded->targetSkill.toHtmlEscaped());
    m_header->setText(header);
    m_skill->setText(m_loaded->skillCovered.isEmpty() ? m_loaded->targetSkill : m_loaded->skillCovered);
    m_sheet->sheetModel()->setSheet(m_loaded->rows, s.minutes);
    // A group's students stay in sight when the reason and a problem appear below: the dialog grows.
    m_sheet->setMinimumHeight(m_sheet->sizeHint().height());
    if (m_loaded->rows.empty())
        showProblem(tr("Nobody is expected at this session: its group has no students that day."));
    updateReason();
}

AttendanceEntry AttendanceDialog::entry() const
{
    AttendanceEntry entry;
    entry.marks = m_sheet->sheetModel()->marks();
    const QString skill = m_skill->text().trimmed();
    if (m_loaded && skill != m_loaded->skillCovered)
        entry.skillCovered = skill;
    entry.reason = m_reason->text().trimmed();
    return entry;
}

bool AttendanceDialog::hasChanges() const
{
    return m_sheet->sheetModel()->isDirty() ||
           (m_loaded && m_skill->isModified() && m_skill->text().trimmed() != m_loaded->skillCovered);
}

void AttendanceDialog::updateReason()
{
    m_needsReason = m_loaded && Attendance::needsReason(*m_loaded, entry(), m_today);
    m_form->setRowVisible(m_reason, m_needsReason);
}

void AttendanceDialog::showProblem(const QString& text)
{
    m_problem->setText(text);
    m_problem->show();
}

bool AttendanceDialog::save()
{
    if (!m_loaded)
        return false;
    m_sheet->finishEditing();
    updateReason();
    const AttendanceEntry entered = entry();
    if (entered.marks.empty()) {
        showProblem(tr("Mark the students first: P present, T tardy, E excused, U unexcused."));
        m_sheet->setFocus();
        return false;
    }
    if (m_needsReason && entered.reason.isEmpty()) {
        showProblem(tr("This changes attendance already recorded for a past session: give a reason for the "
                       "change. The audit log keeps it."));
        m_reason->setFocus();
        return false;
    }
    Result<AttendanceOutcome> outcome = Error{};
    try {
        outcome = Attendance::record(m_store, m_sessionId, entered, m_today);
    } catch (const StoreError& e) {
        outcome = Error{e.message()};
    }
    if (!outcome) {
        showProblem(outcome.error().message); // core's words; nothing was saved
        return false;
    }
    m_problem->hide();
    Q_EMIT recorded(outcomeMessage(m_loaded->session.groupName, entered.marks, outcome.value()));
    return true;
}

void AttendanceDialog::saveAndClose()
{
    if (save())
        accept();
}

void AttendanceDialog::reject()
{
    m_sheet->finishEditing();
    if (!hasChanges()) {
        QDialog::reject();
        return;
    }
    if (m_discard)
        return;
    m_discard = new QMessageBox(QMessageBox::Question, tr("Discard Attendance?"),
                                tr("The attendance you entered for this session is not saved yet."),
                                QMessageBox::Discard | QMessageBox::Cancel, this);
    m_discard->setInformativeText(tr("Discard it, or go back and save it with %1.")
                                      .arg(nativeText(QKeySequence(Qt::CTRL | Qt::Key_Return))));
    m_discard->setDefaultButton(QMessageBox::Cancel);
    m_discard->setWindowModality(Qt::WindowModal);
    m_discard->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_discard, &QMessageBox::finished, this, [this](int answer) {
        if (answer == QMessageBox::Discard)
            QDialog::reject();
        else
            m_sheet->setFocus();
    });
    m_discard->open();
}

QString AttendanceDialog::outcomeMessage(const QString& groupName, const std::vector<AttendanceMark>& marks,
                                         const AttendanceOutcome& outcome)
{
    int present = 0;
    int tardy = 0;
    int absent = 0;
    for (const AttendanceMark& mark : marks) {
        if (mark.status == AttendanceStatus::Present)
            ++present;
        else if (mark.status == AttendanceStatus::Tardy)
            ++tardy;
        else
            ++absent;
    }
    QStringList counts;
    if (present > 0)
        counts << tr("%n present", nullptr, present);
    if (tardy > 0)
        counts << tr("%n tardy", nullptr, tardy);
    if (absent > 0)
        counts << tr("%n absent", nullptr, absent);
    const QString summary = counts.join(tr(", ", "list separator"));
    QString message = outcome.recorded == 0 && outcome.changed > 0
                          ? tr("Attendance updated for %1: %2.").arg(groupName, summary)
                          : tr("Attendance saved for %1: %2.").arg(groupName, summary);
    if (outcome.actionsCreated > 0)
        message += QLatin1Char(' ') + tr("%n follow-up action(s) due.", nullptr, outcome.actionsCreated);
    if (outcome.actionsWithdrawn > 0)
        message += QLatin1Char(' ') +
                   tr("%n follow-up action(s) no longer needed.", nullptr, outcome.actionsWithdrawn);
    return message;
}

} // namespace tutordesk
