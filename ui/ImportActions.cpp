#include "ImportActions.h"

#include "ImportDialog.h"
#include "ImportKind.h"
#include "Session.h"

#include <QAction>
#include <QWidget>

namespace tutordesk {

ImportActions::ImportActions(Session& session, QWidget* window)
    : QObject(window)
    , m_session(session)
    , m_window(window)
    , m_roster(new QAction(tr("Import &Roster…"), this))
    , m_scores(new QAction(tr("Import &Scores…"), this))
{
    m_roster->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_roster->setStatusTip(tr("Bring in the students from your district's roster file"));
    m_scores->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    m_scores->setStatusTip(tr("Bring in benchmark results (i-Ready, STAR, MAP) for students on file"));
    connect(m_roster, &QAction::triggered, this, &ImportActions::openRosterImport);
    connect(m_scores, &QAction::triggered, this, &ImportActions::openScoresImport);
}

ImportActions::~ImportActions() = default;

ImportDialog* ImportActions::openRosterImport()
{
    return open(ImportKind::roster());
}

ImportDialog* ImportActions::openScoresImport()
{
    return open(ImportKind::scores());
}

ImportDialog* ImportActions::open(ImportKind kind)
{
    if (!m_session.isOpen())
        return nullptr;
    if (m_dialog) { // one import at a time: a second would write to the same school meanwhile
        m_dialog->raise();
        m_dialog->activateWindow();
        return m_dialog;
    }
    m_dialog = new ImportDialog(std::move(kind), m_session, m_window);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &ImportDialog::imported, &m_session, &Session::notifyContentChanged);
    m_dialog->open();
    return m_dialog;
}

} // namespace tutordesk
