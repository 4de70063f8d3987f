#include "ProbeGridDialog.h"

namespace tutordesk {

ProbeGridDialog::ProbeGridDialog(Store& store, const QDate& today, std::optional<std::int64_t>,
                                 QWidget* parent)
    : QDialog(parent)
    , m_store(store)
    , m_today(today)
{}

ProbeGridDialog::~ProbeGridDialog() = default;

} // namespace tutordesk
