#pragma once

#include "letters/LetterMerge.h"

#include <QDate>
#include <QDialog>

#include <vector>

namespace tutordesk {

class Store;

// Writes family letters: one student's (kind, guardian and language chosen here) or a batch (several
// students, one kind each, e.g. the due missed-session letters or enrollment invitations). Shows the
// merged letter as it will print, says when a translation is not yet reviewed or a letter falls back
// to English and why, prints through the system dialog (US Letter, or A4) or saves a PDF, and logs
// every letter printed or saved as a contact (LetterLog).
class LetterDialog final : public QDialog {
    Q_OBJECT

public:
    // `requests` carry the student, and the kind and action when known (an empty kind lets the
    // coordinator choose; a batch shares the chosen kind unless each request names its own).
    LetterDialog(Store& store, const QDate& today, std::vector<LetterRequest> requests,
                 QWidget* parent = nullptr);
    ~LetterDialog() override;

Q_SIGNALS:
    // Letters were printed or saved and logged: pages showing contacts or actions reload.
    void lettersLogged(int count);
};

} // namespace tutordesk
