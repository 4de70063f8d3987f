#include "LetterDialog.h"

namespace tutordesk {

LetterDialog::LetterDialog(Store&, const QDate&, std::vector<LetterRequest>, QWidget* parent)
    : QDialog(parent)
{}

LetterDialog::~LetterDialog() = default;

} // namespace tutordesk
