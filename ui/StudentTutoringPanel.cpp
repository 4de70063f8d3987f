#include "StudentTutoringPanel.h"

namespace tutordesk {

StudentTutoringPanel::StudentTutoringPanel(QWidget* parent)
    : QWidget(parent)
    , m_today(QDate::currentDate())
{}

StudentTutoringPanel::~StudentTutoringPanel() = default;

void StudentTutoringPanel::setStore(Store* store)
{
    m_store = store;
}

void StudentTutoringPanel::setToday(const QDate& today)
{
    m_today = today;
}

void StudentTutoringPanel::showStudent(std::optional<std::int64_t> studentId)
{
    m_student = studentId;
}

} // namespace tutordesk
