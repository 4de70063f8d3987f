#include "AttendanceDialog.h"

namespace tutordesk {

AttendanceDialog::AttendanceDialog(Store& store, std::int64_t sessionId, const QDate& today, QWidget* parent)
    : QDialog(parent)
    , m_store(store)
    , m_sessionId(sessionId)
    , m_today(today)
{}

AttendanceDialog::~AttendanceDialog() = default;

bool AttendanceDialog::save()
{
    return false;
}

} // namespace tutordesk
