#pragma once

#include <QCoreApplication>
#include <QString>

class QMessageBox;
class QWidget;

namespace tutordesk {

class Session;

// Help ▸ About TutorDesk: the version, the database in use and its data version, and the Qt
// version, which is what support asks for first.
class AboutBox final {
    Q_DECLARE_TR_FUNCTIONS(tutordesk::AboutBox)

public:
    static QString text(const Session& session);
    // Opens the box modal to `parent` without blocking; it deletes itself when closed.
    static QMessageBox* open(QWidget* parent, const Session& session);
};

} // namespace tutordesk
