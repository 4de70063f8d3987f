#include "TodayPage.h"

#include "AttendanceDialog.h"
#include "DueActionsModel.h"
#include "DueActionsView.h"
#include "LetterDialog.h"
#include "LogContactDialog.h"
#include "MessageBar.h"
#include "PageHeading.h"
#include "PauseOfferDialog.h"
#include "ResolveActionDialog.h"
#include "StudentContactDialog.h"
#include "StudentMakeupDialog.h"
#include "TodaySessionsList.h"
#include "TodayText.h"
#include "families/ContactLog.h"
#include "families/Guardians.h"
#include "letters/LetterLog.h"
#include "protocol/ProtocolEngine.h"
#include "store/StoreError.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

namespace tutordesk {

namespace {

QLabel* sectionTitle(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

} // namespace

TodayPage::TodayPage(QWidget* parent)
    : QWidget(parent)
    , m_today(QDate::currentDate())
    , m_date(new QLabel(this))
    , m_dayOff(new QLabel(this))
    , m_counts(new QLabel(this))
    , m_messages(new MessageBar(this))
    , m_sessions(new TodaySessionsList(this))
    , m_take(new QPushButton(tr("Take &Attendance…"), this))
    , m_letters(new QPushButton(this))
    , m_actions(new DueActionsModel(this))
    , m_actionsView(new DueActionsView(this))
    , m_panel(new ActionPanel(this))
    , m_followUps(new QTreeWidget(this))
{
    auto* layout = new QVBoxLayout(this);
    QFont dateFont = m_date->font();
    dateFont.setPointSizeF(dateFont.pointSizeF() * 1.2);
    m_date->setFont(dateFont);
    m_date->setAccessibleName(tr("Date"));
    layout->addLayout(makePageHeader(tr("Today"), this, m_date, {}));
    QFont dayOffFont = m_dayOff->font();
    dayOffFont.setBold(true);
    m_dayOff->setFont(dayOffFont);
    m_dayOff->hide();
    layout->addWidget(m_dayOff);
    m_counts->setAccessibleName(tr("Summary"));
    layout->addWidget(m_counts);
    layout->addWidget(m_messages);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("todaySplit")); // its sizes are remembered by this name
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(createSessionsSide());
    splitter->addWidget(createActionsSide());
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({370, 730});
    layout->addWidget(splitter, 1);
    // Tab goes from the sessions to their button, then to the actions, then the panel's buttons.
    setTabOrder(m_sessions, m_take);
    setTabOrder(m_take, m_actionsView);
    reload();
}

TodayPage::~TodayPage() = default;

QWidget* TodayPage::createSessionsSide()
{
    auto* side = new QWidget(this);
    auto* layout = new QVBoxLayout(side);
    layout->setContentsMargins(0, 0, 4, 0);
    auto* title = sectionTitle(tr("&Sessions today"), side);
    title->setBuddy(m_sessions);
    layout->addWidget(title);
    layout->addWidget(m_sessions, 1);
    m_take->setToolTip(tr("Take attendance for the selected session (Enter or double-click does the same)"));
    m_take->setEnabled(false);
    auto* row = new QHBoxLayout;
    row->addWidget(m_take);
    row->addStretch();
    layout->addLayout(row);
    connect(m_sessions, &TodaySessionsList::takeAttendanceRequested, this, [this] { takeAttendance(); });
    connect(m_sessions, &QListWidget::itemSelectionChanged, this,
            [this] { m_take->setEnabled(m_sessions->canTakeAttendance()); });
    connect(m_take, &QPushButton::clicked, this, [this] { takeAttendance(); });
    return side;
}

QWidget* TodayPage::createActionsSide()
{
    auto* side = new QWidget(this);
    auto* layout = new QVBoxLayout(side);
    layout->setContentsMargins(4, 0, 0, 0);
    auto* title = sectionTitle(tr("What needs &doing"), side);
    title->setBuddy(m_actionsView);
    auto* titleRow = new QHBoxLayout;
    titleRow->addWidget(title);
    titleRow->addStretch();
    // One batch, one page per family, each in its language: the morning's letters in one go.
    m_letters->setToolTip(tr("Print the missed-session letters due, one page for each family, each in the "
                             "family's language; each is logged as a contact"));
    m_letters->hide();
    connect(m_letters, &QPushButton::clicked, this, [this] { printDueLetters(); });
    titleRow->addWidget(m_letters);
    layout->addLayout(titleRow);
    m_actionsView->setModel(m_actions);
    layout->addWidget(m_actionsView, 3);
    connect(m_actionsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &TodayPage::actionSelected);
    connect(m_actionsView, &DueActionsView::openRequested, this, [this] { openLikelyResolver(); });

    layout->addWidget(m_panel);
    connect(m_panel, &ActionPanel::resolverRequested, this,
            [this](ActionPanel::Resolver resolver) { openResolver(resolver); });

    m_followUpsTitle = sectionTitle(tr("&Follow-ups due"), side);
    m_followUpsTitle->setBuddy(m_followUps);
    layout->addWidget(m_followUpsTitle);
    m_followUps->setAccessibleName(tr("Follow-ups due"));
    m_followUps->setRootIsDecorated(false);
    m_followUps->setHeaderLabels({tr("Student"), tr("Date"), tr("Last outcome"), tr("Notes")});
    m_followUps->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_followUps->header()->setStretchLastSection(true);
    m_followUps->setToolTip(tr("Enter or double-click logs the follow-up call."));
    connect(m_followUps, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        if (item)
            logFollowUp(m_followUps->indexOfTopLevelItem(item));
    });
    layout->addWidget(m_followUps, 1);
    return side;
}

void TodayPage::setStore(Store* store)
{
    m_store = store;
    if (m_dialog)
        m_dialog->close(); // it holds the previous store
    m_messages->hide();
    reload();
}

void TodayPage::setToday(const QDate& today)
{
    m_today = today;
    reload();
}

void TodayPage::setNow(const QDateTime& now)
{
    m_now = now;
    showOverview();
}

QDateTime TodayPage::now() const
{
    return m_now.isValid() ? m_now : QDateTime::currentDateTime();
}

void TodayPage::reload()
{
    if (m_announcing)
        return; // the Session's round of reloads after this page's own change: read already
    m_overview = TodayOverview{};
    m_overview.day = m_today;
    m_dueLetters.clear();
    if (m_store) {
        try {
            // Catch up first: attendance entered elsewhere (or days passed) may have made actions due.
            const Result<ProtocolRefresh> refreshed = ProtocolEngine::refresh(*m_store, m_today);
            if (!refreshed)
                m_messages->showProblem(refreshed.error().message);
            m_overview = TodayOverviews::load(*m_store, m_today);
        } catch (const StoreError& e) {
            m_messages->showProblem(
                tr("Today's sessions and actions could not be read: %1").arg(e.message()));
        }
        try {
            m_dueLetters = DueLetters::due(*m_store, m_today);
        } catch (const StoreError& e) {
            m_messages->showProblem(tr("The letters due could not be read: %1").arg(e.message()));
        }
    }
    showOverview();
}

void TodayPage::showOverview()
{
    m_date->setText(TodayText::longDay(m_today));
    const bool dayOff = m_store && !m_overview.isSchoolDay;
    m_dayOff->setVisible(dayOff);
    if (dayOff)
        m_dayOff->setText(m_overview.dayLabel.isEmpty()
                              ? (m_today.dayOfWeek() >= Qt::Saturday ? tr("No sessions: weekend")
                                                                     : tr("No sessions: not a school day"))
                              : tr("No sessions: %1").arg(m_overview.dayLabel));
    m_counts->setText(m_store ? TodayText::counts(m_overview) : QString());
    m_sessions->setSessions(m_overview.sessions, now());
    if (m_sessions->count() == 0 && m_store) {
        auto* none = new QListWidgetItem(dayOff ? m_dayOff->text() : tr("No sessions today"), m_sessions);
        none->setFlags(Qt::NoItemFlags);
    }
    m_take->setEnabled(m_sessions->canTakeAttendance());

    // Keep the selection on the same action, or on the one that took its place once it was resolved.
    const QModelIndex current = m_actionsView->currentIndex();
    const std::int64_t selectedId =
        current.isValid() ? current.data(DueActionsModel::ActionIdRole).toLongLong() : 0;
    const int selectedRow = current.row();
    m_actions->setActions(m_overview.actions, m_today);
    int row = m_actions->rowOf(selectedId);
    if (row < 0 && selectedRow >= 0)
        row = std::min(selectedRow, m_actions->rowCount() - 1);
    if (row < 0 && m_actions->rowCount() > 0)
        row = 0; // the most overdue, with its family card, at first glance
    if (row >= 0)
        m_actionsView->setCurrentIndex(m_actions->index(row, 0));
    m_actionsView->fitColumns();
    actionSelected();
    showFollowUps();
    showDueLetters();
}

void TodayPage::showDueLetters()
{
    const int count = static_cast<int>(m_dueLetters.size());
    m_letters->setText(tr("Print Due Le&tters (%1)…").arg(QLocale().toString(count)));
    m_letters->setAccessibleName(tr("Print %n due letter(s)", nullptr, count));
    m_letters->setVisible(m_store && count > 0);
}

QDialog* TodayPage::printDueLetters()
{
    if (!m_store || m_dueLetters.empty())
        return nullptr;
    return openLetters(m_dueLetters);
}

QDialog* TodayPage::logFollowUp(int row)
{
    if (!m_store || row < 0 || row >= static_cast<int>(m_overview.followUps.size()))
        return nullptr;
    const FollowUp& followUp = m_overview.followUps[static_cast<std::size_t>(row)];
    auto* dialog =
        new StudentContactDialog(*m_store, followUp.studentId, followUp.studentName,
                                 Guardians::forStudent(*m_store, followUp.studentId), m_today, this);
    const QString name = followUp.studentName;
    // A contact logged after the one that asked for the follow-up is the follow-up: it leaves the list.
    connect(dialog, &QDialog::accepted, this,
            [this, name] { changed(tr("Follow-up with %1's family logged.").arg(name)); });
    return openDialog(dialog);
}

QDialog* TodayPage::openLetters(std::vector<LetterRequest> requests)
{
    auto* dialog = new LetterDialog(*m_store, m_today, std::move(requests), this);
    connect(dialog, &LetterDialog::lettersLogged, this,
            [this](int count) { changed(tr("%n letter(s) logged as contacts.", nullptr, count)); });
    return openDialog(dialog);
}

void TodayPage::showFollowUps()
{
    m_followUps->clear();
    const QLocale locale;
    for (const FollowUp& f : m_overview.followUps) {
        auto* item = new QTreeWidgetItem(m_followUps);
        item->setText(0, f.studentName);
        item->setText(1, locale.toString(f.followUpOn, QLocale::ShortFormat));
        item->setText(
            2, tr("%1, %2").arg(ContactLog::methodTitle(f.method), ContactLog::outcomeTitle(f.outcome)));
        item->setText(3, f.notes);
        item->setToolTip(3, f.notes);
    }
    const bool any = !m_overview.followUps.empty();
    m_followUpsTitle->setText(
        any ? tr("&Follow-ups due (%1)").arg(locale.toString(static_cast<int>(m_overview.followUps.size())))
            : tr("&Follow-ups due: none"));
    m_followUps->setVisible(any);
}

void TodayPage::actionSelected()
{
    const QModelIndex current = m_actionsView->currentIndex();
    m_panel->showAction(m_store, current.isValid() ? m_actions->action(current.row()) : nullptr, m_today);
}

bool TodayPage::selectAction(std::int64_t actionId)
{
    const int row = m_actions->rowOf(actionId);
    if (row < 0)
        return false;
    m_actionsView->setCurrentIndex(m_actions->index(row, 0));
    return true;
}

QDialog* TodayPage::takeAttendance()
{
    const auto sessionId = m_sessions->selectedSessionId();
    if (!m_store || !sessionId || !m_sessions->canTakeAttendance())
        return nullptr;
    auto* dialog = new AttendanceDialog(*m_store, *sessionId, m_today, this);
    connect(dialog, &AttendanceDialog::recorded, this, &TodayPage::changed);
    return openDialog(dialog);
}

QDialog* TodayPage::openLikelyResolver()
{
    const auto& action = m_panel->action();
    if (!action)
        return nullptr;
    return openResolver(ActionPanel::likelyResolver(action->rule));
}

QDialog* TodayPage::openResolver(ActionPanel::Resolver resolver)
{
    const auto& selected = m_panel->action();
    if (!m_store || !selected)
        return nullptr;
    const DueAction action = *selected;
    switch (resolver) {
    case ActionPanel::Resolver::LogContact: {
        if (!action.studentId)
            return nullptr;
        auto* dialog = new LogContactDialog(*m_store, action, m_today, this);
        connect(dialog, &LogContactDialog::logged, this, &TodayPage::changed);
        return openDialog(dialog);
    }
    case ActionPanel::Resolver::ScheduleMakeup: {
        auto* dialog = new StudentMakeupDialog(*m_store, action, m_today, this);
        connect(dialog, &StudentMakeupDialog::scheduled, this, &TodayPage::changed);
        return openDialog(dialog);
    }
    case ActionPanel::Resolver::PauseOffer: {
        auto* dialog = new PauseOfferDialog(*m_store, action, m_today, this);
        connect(dialog, &PauseOfferDialog::paused, this, &TodayPage::changed);
        return openDialog(dialog);
    }
    case ActionPanel::Resolver::WriteLetter: {
        const QString kind = ActionPanel::letterKind(action.rule);
        if (!action.studentId || kind.isEmpty())
            return nullptr;
        LetterRequest request;
        request.studentId = *action.studentId;
        request.kind = kind;
        request.actionId = action.id;
        request.date = m_today;
        return openLetters({request});
    }
    case ActionPanel::Resolver::FindCover:
        if (action.sessionId)
            Q_EMIT showSessionRequested(*action.sessionId);
        return nullptr;
    case ActionPanel::Resolver::Done:
        if (action.rule == ProtocolRule::Escalate) {
            // Refused before the dialog: an escalation is done only once the family has been contacted.
            std::optional<QString> blocker;
            try {
                blocker = ProtocolActions::escalationBlocker(*m_store, action.id);
            } catch (const StoreError& e) {
                blocker = e.message();
            }
            if (blocker) {
                m_messages->showProblem(*blocker);
                return nullptr;
            }
        }
        [[fallthrough]];
    case ActionPanel::Resolver::NotNeeded: {
        const auto outcome = resolver == ActionPanel::Resolver::Done ? ActionResolution::Outcome::Done
                                                                     : ActionResolution::Outcome::NotNeeded;
        auto* dialog = new ResolveActionDialog(*m_store, action, outcome, m_today, this);
        connect(dialog, &ResolveActionDialog::resolved, this, &TodayPage::changed);
        return openDialog(dialog);
    }
    }
    return nullptr;
}

QDialog* TodayPage::openDialog(QDialog* dialog)
{
    if (m_dialog)
        m_dialog->close();
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    m_dialog = dialog;
    dialog->open();
    return dialog;
}

void TodayPage::changed(const QString& message)
{
    m_messages->showInfo(message);
    reload();
    m_announcing = true;
    Q_EMIT contentChanged();
    m_announcing = false;
}

} // namespace tutordesk
