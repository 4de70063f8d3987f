#include "TutorOutDialog.h"

namespace tutordesk {

TutorOutDialog::TutorOutDialog(Store& store, std::optional<std::int64_t>, const QDate&, QWidget* parent)
    : QDialog(parent)
    , m_store(store)
{}

TutorOutDialog::~TutorOutDialog() = default;

} // namespace tutordesk
