#include "PlacementProposal.h"

#include "store/StoreError.h"

#include <QApplication>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>

namespace tutordesk {

PlacementProposal::PlacementProposal(QWidget* parent)
    : QObject(parent)
    , m_parent(parent)
{}

PlacementProposal::~PlacementProposal() = default;

QString PlacementProposal::describe(const PlacementResult& result)
{
    const bool done = result.applied;
    const QString students = tr("%Ln student(s)", nullptr, result.placed);
    QStringList sentences;
    if (result.placed == 0)
        sentences << (done ? tr("No student got a new seat.") : tr("No student would get a new seat."));
    else if (result.groupsCreated > 0)
        sentences << (done ? tr("%1 got a seat, %2.") : tr("%1 would get a seat, %2."))
                         .arg(students, tr("with %Ln new group(s) planned", nullptr, result.groupsCreated));
    else
        sentences << (done ? tr("%1 got a seat in the groups there are.")
                           : tr("%1 would get a seat in the groups there are."))
                         .arg(students);
    const int waiting = static_cast<int>(result.waitlist.size());
    if (waiting == 0)
        sentences << (done ? tr("Nobody waits.") : tr("Nobody would wait."));
    else
        sentences << (done ? tr("%Ln student(s) wait, highest need first.", nullptr, waiting)
                           : tr("%Ln student(s) would wait, highest need first.", nullptr, waiting));
    if (result.leftWaitlist > 0)
        sentences << tr("%Ln student(s) left the waitlist: they no longer qualify.", nullptr,
                        result.leftWaitlist);
    if (result.seatBudget > 0) {
        const QLocale locale;
        sentences << tr("The groups offer %1 of the %2 seats the program can fund.")
                         .arg(locale.toString(result.seatsOffered), locale.toString(result.seatBudget));
    }
    return sentences.join(QLatin1Char(' '));
}

bool PlacementProposal::propose(Store& store)
{
    if (m_question)
        return true; // already asking
    std::optional<PlacementResult> dryRun;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    try {
        auto result = Placement::place(store, true);
        if (result)
            dryRun = std::move(result).value();
        else
            Q_EMIT failed(result.error().message);
    } catch (const StoreError& e) {
        Q_EMIT failed(e.message());
    }
    QApplication::restoreOverrideCursor();
    if (!dryRun)
        return false;
    m_store = &store;
    m_question = new QMessageBox(QMessageBox::Question, tr("Propose Placement"), describe(*dryRun),
                                 QMessageBox::NoButton, m_parent);
    m_question->setInformativeText(dryRun->placed > 0
                                       ? tr("New seats are offered as invitations: tutoring starts once the "
                                            "family consents. Apply this placement?")
                                       : tr("Nothing to apply."));
    if (dryRun->placed > 0 || dryRun->leftWaitlist > 0) {
        QPushButton* apply = m_question->addButton(tr("&Apply"), QMessageBox::AcceptRole);
        m_question->addButton(QMessageBox::Cancel);
        m_question->setDefaultButton(apply);
        connect(apply, &QPushButton::clicked, this, &PlacementProposal::apply);
    } else {
        m_question->addButton(QMessageBox::Close);
    }
    m_question->setAttribute(Qt::WA_DeleteOnClose);
    m_question->open();
    return true;
}

void PlacementProposal::withdraw()
{
    m_store = nullptr;
    if (m_question)
        m_question->close();
}

void PlacementProposal::apply()
{
    if (!m_store)
        return;
    try {
        auto result = Placement::place(*m_store, false);
        if (result)
            Q_EMIT applied(result.value());
        else
            Q_EMIT failed(result.error().message);
    } catch (const StoreError& e) {
        Q_EMIT failed(e.message());
    }
}

} // namespace tutordesk
