#include "TutorOutDialog.h"

#include "CoverChoiceBox.h"
#include "SessionText.h"
#include "schedule/ScheduleQuery.h"
#include "schedule/ScheduleText.h"
#include "schedule/SessionCover.h"
#include "schedule/TutorAbsences.h"
#include "schedule/Tutors.h"
#include "store/StoreError.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tutordesk {

namespace {

enum Column { DayColumn, TimeColumn, GroupColumn, DecisionColumn, ColumnCount };

QString range(const QDate& from, const QDate& to)
{
    if (from == to)
        return ScheduleText::day(from);
    return QCoreApplication::translate("tutordesk::TutorOutDialog", "%1 to %2", "first day to last day")
        .arg(ScheduleText::day(from), ScheduleText::day(to));
}

} // namespace

TutorOutDialog::TutorOutDialog(Store& store, std::optional<std::int64_t> tutorId, const QDate& today,
                               QWidget* parent)
    : QDialog(parent)
    , m_store(store)
    , m_today(today)
    , m_steps(new QStackedWidget(this))
    , m_tutor(new QComboBox(this))
    , m_from(new QDateEdit(today, this))
    , m_to(new QDateEdit(today, this))
    , m_reason(new QLineEdit(this))
    , m_intro(new QLabel(this))
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_problem(new QLabel(this))
{
    setWindowTitle(tr("Mark Tutor Out"));
    auto* layout = new QVBoxLayout(this);

    // Step 1: who and when.
    auto* who = new QWidget(m_steps);
    auto* whoLayout = new QVBoxLayout(who);
    whoLayout->setContentsMargins(0, 0, 0, 0);
    auto* question = new QLabel(tr("<b>Who is out, and when?</b>"), who);
    whoLayout->addWidget(question);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    whoLayout->addLayout(form);
    whoLayout->addStretch();
    try {
        for (const TutorSummary& summary : Tutors::list(store)) {
            if (summary.tutor.status != QLatin1String("inactive"))
                m_tutor->addItem(summary.tutor.displayName(),
                                 QVariant::fromValue(static_cast<qint64>(summary.tutor.id)));
        }
    } catch (const StoreError& e) {
        m_problem->setText(tr("The tutors could not be read: %1").arg(e.message()));
    }
    if (tutorId)
        m_tutor->setCurrentIndex(
            std::max(0, m_tutor->findData(QVariant::fromValue(static_cast<qint64>(*tutorId)))));
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(SessionText::dateEditFormat());
        edit->setMinimumWidth(edit->sizeHint().width() + 16); // the widest day name still fits
    }
    m_reason->setPlaceholderText(tr("Sick, personal day, training…"));
    m_tutor->setMinimumWidth(320);
    m_reason->setMinimumWidth(320);
    form->addRow(tr("&Tutor:"), m_tutor);
    form->addRow(tr("&From:"), m_from);
    form->addRow(tr("T&o:"), m_to);
    form->addRow(tr("&Reason:"), m_reason);
    auto* hint =
        new QLabel(tr("Next, TutorDesk lists their sessions in these days and proposes a free, cleared "
                      "substitute or a make-up time for each."),
                   who);
    hint->setWordWrap(true);
    whoLayout->insertWidget(2, hint);
    m_steps->addWidget(who);

    // Step 2: a decision for each session.
    auto* decide = new QWidget(m_steps);
    auto* decisions = new QVBoxLayout(decide);
    decisions->setContentsMargins(0, 0, 0, 0);
    m_intro->setWordWrap(true);
    decisions->addWidget(m_intro);
    m_table->setHorizontalHeaderLabels({tr("Day"), tr("Time"), tr("Group"), tr("Decision")});
    m_table->setAccessibleName(tr("Sessions to cover"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setFocusPolicy(Qt::NoFocus); // the decisions take the focus, one after the other
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(DecisionColumn, QHeaderView::Stretch);
    decisions->addWidget(m_table, 1);
    m_steps->addWidget(decide);
    layout->addWidget(m_steps, 1);

    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #a4262c;")); // dark red, as elsewhere
    m_problem->setVisible(!m_problem->text().isEmpty());
    layout->addWidget(m_problem);
    // Back, Next or Apply, Cancel: the order of a wizard, whatever the platform's dialog buttons do.
    auto* buttons = new QHBoxLayout;
    m_back = new QPushButton(tr("< &Back"), this);
    m_next = new QPushButton(tr("&Next >"), this);
    m_apply = new QPushButton(tr("&Apply"), this);
    auto* cancel = new QPushButton(tr("Cancel"), this);
    buttons->addStretch();
    for (QPushButton* button : {m_back, m_next, m_apply, cancel})
        buttons->addWidget(button);
    layout->addLayout(buttons);
    connect(m_back, &QPushButton::clicked, this, &TutorOutDialog::back);
    connect(m_next, &QPushButton::clicked, this, &TutorOutDialog::next);
    connect(m_apply, &QPushButton::clicked, this, [this] {
        if (apply())
            accept();
    });
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_from, &QDateEdit::dateChanged, this, [this](const QDate& day) {
        if (m_to->date() < day)
            m_to->setDate(day);
    });
    updateButtons();
    resize(780, 460);
}

TutorOutDialog::~TutorOutDialog() = default;

bool TutorOutDialog::onDecisions() const
{
    return m_steps->currentIndex() == 1;
}

QString TutorOutDialog::tutorName() const
{
    return m_tutor->currentText();
}

void TutorOutDialog::updateButtons()
{
    m_back->setVisible(onDecisions());
    m_back->setEnabled(!m_savedAbsence); // the absence is saved: its dates are settled
    m_next->setVisible(!onDecisions());
    m_next->setEnabled(m_tutor->count() > 0);
    m_next->setDefault(!onDecisions());
    m_apply->setVisible(onDecisions());
    m_apply->setDefault(onDecisions());
}

void TutorOutDialog::back()
{
    m_steps->setCurrentIndex(0);
    m_problem->hide();
    updateButtons();
}

void TutorOutDialog::next()
{
    if (m_tutor->currentIndex() < 0)
        return;
    if (m_to->date() < m_from->date()) {
        m_problem->setText(tr("The last day is before the first: change one of them."));
        m_problem->show();
        return;
    }
    m_problem->hide();
    const std::int64_t tutor = m_tutor->currentData().toLongLong();
    // Before the absence is saved core cannot flag the sessions, so read the tutor's week: the sessions
    // they teach (and nobody covers yet) or substitute in, not held and not cancelled.
    ScheduleQuery::Filter filter;
    filter.tutorId = tutor;
    filter.includeCancelled = false;
    m_sessions.clear();
    try {
        for (ScheduledSession& s : ScheduleQuery::range(m_store, m_from->date(), m_to->date(), filter)) {
            const bool teaches = s.tutorId == tutor && !s.substituteId;
            const bool substitutes = s.substituteId == tutor;
            if ((teaches || substitutes) && !s.isCancelled() && s.status != QLatin1String("held"))
                m_sessions.push_back(std::move(s));
        }
    } catch (const StoreError& e) {
        m_problem->setText(tr("The sessions could not be read: %1").arg(e.message()));
        m_problem->show();
        return;
    }

    m_table->setRowCount(0);
    m_table->setRowCount(static_cast<int>(m_sessions.size()));
    for (int row = 0; row < static_cast<int>(m_sessions.size()); ++row) {
        const ScheduledSession& s = m_sessions[static_cast<std::size_t>(row)];
        m_table->setItem(row, DayColumn, new QTableWidgetItem(ScheduleText::day(s.day)));
        m_table->setItem(row, TimeColumn, new QTableWidgetItem(ScheduleText::timeRange(s.start, s.minutes)));
        m_table->setItem(row, GroupColumn, new QTableWidgetItem(s.groupName));
        m_table->setCellWidget(row, DecisionColumn,
                               new CoverChoiceBox(m_store, s, CoverChoiceBox::Everything, tutor, m_table));
    }
    m_table->resizeRowsToContents();
    m_table->setVisible(!m_sessions.empty());
    const QString when = range(m_from->date(), m_to->date());
    if (m_sessions.empty())
        m_intro->setText(tr("%1 has no sessions in these days.").arg(tutorName()) + QLatin1Char(' ') +
                         tr("Apply saves the absence (%1).").arg(when));
    else
        m_intro->setText(tr("%1 is out %2. %n session(s) need a decision: TutorDesk proposes one for each; "
                            "change any you like, then Apply.",
                            nullptr, static_cast<int>(m_sessions.size()))
                             .arg(tutorName(), when));
    m_steps->setCurrentIndex(1);
    updateButtons();
}

std::vector<CoverChoiceBox*> TutorOutDialog::choiceBoxes() const
{
    std::vector<CoverChoiceBox*> boxes;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (auto* box = qobject_cast<CoverChoiceBox*>(m_table->cellWidget(row, DecisionColumn)))
            boxes.push_back(box);
    }
    return boxes;
}

bool TutorOutDialog::apply()
{
    if (!onDecisions())
        return false;
    const std::int64_t tutor = m_tutor->currentData().toLongLong();
    const QString when = range(m_from->date(), m_to->date());
    // The absence first: it is true whatever is decided about the sessions, and when a decision is
    // refused the sessions stay flagged as needing cover on the week until one is made.
    if (!m_savedAbsence) {
        Result<std::int64_t> marked = Error{};
        try {
            marked = TutorAbsences::markOut(m_store, tutor, m_from->date(), m_to->date(),
                                            m_reason->text().trimmed());
        } catch (const StoreError& e) {
            marked = Error{e.message()};
        }
        if (!marked) {
            m_problem->setText(tr("Not saved: %1").arg(marked.error().message));
            m_problem->show();
            return false;
        }
        m_savedAbsence = marked.value();
    }

    std::vector<CoverChoice> choices;
    int substitutes = 0;
    int madeUp = 0;
    int cancelled = 0;
    for (const CoverChoiceBox* box : choiceBoxes()) {
        const auto choice = box->choice();
        if (!choice)
            continue;
        choices.push_back(*choice);
        substitutes += choice->action == CoverChoice::Action::Substitute;
        madeUp += choice->action == CoverChoice::Action::CancelWithMakeup;
        cancelled += choice->action == CoverChoice::Action::Cancel;
    }
    Result<void> applied;
    if (!choices.empty()) {
        try {
            applied = SessionCover::apply(m_store, choices);
        } catch (const StoreError& e) {
            applied = Error{e.message()};
        }
    }
    if (!applied) {
        m_problem->setText(
            tr("%1's absence is saved, but not the decisions: %2 Change that decision and click "
               "Apply again.")
                .arg(tutorName(), applied.error().message));
        m_problem->show();
        updateButtons();
        Q_EMIT scheduleChanged(); // the absence is new: the week shows the sessions needing cover
        return false;
    }

    QStringList done;
    if (substitutes > 0)
        done << tr("%n session(s) covered by a substitute", nullptr, substitutes);
    if (madeUp > 0)
        done << tr("%n cancelled with a make-up", nullptr, madeUp);
    if (cancelled > 0)
        done << tr("%n cancelled", nullptr, cancelled);
    m_outcome = tr("%1 is out %2.").arg(tutorName(), when);
    if (!done.isEmpty())
        m_outcome += QLatin1Char(' ') +
                     tr("%1.", "the list of what was done").arg(done.join(tr(", ", "list separator")));
    Q_EMIT scheduleChanged();
    return true;
}

} // namespace tutordesk
