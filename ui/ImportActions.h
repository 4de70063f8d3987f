#pragma once

#include "ImportDialog.h"

#include <QObject>
#include <QPointer>

class QAction;
class QWidget;

namespace tutordesk {

class Session;
struct ImportKind;

// File ▸ Import Roster… and Import Scores…: opens the import dialog for the open school (one at a
// time, window-modal but not blocking) and tells the Session when an import changed its data,
// so that every page reads it again.
class ImportActions final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportActions)

public:
    ImportActions(Session& session, QWidget* window);
    ~ImportActions() override;

    QAction* importRosterAction() const { return m_roster; }
    QAction* importScoresAction() const { return m_scores; }

    ImportDialog* openRosterImport();
    ImportDialog* openScoresImport();
    // The import dialog while it is open.
    ImportDialog* dialog() const { return m_dialog; }

private:
    ImportDialog* open(ImportKind kind);

    Session& m_session;
    QWidget* m_window = nullptr;
    QAction* m_roster = nullptr;
    QAction* m_scores = nullptr;
    QPointer<ImportDialog> m_dialog;
};

} // namespace tutordesk
