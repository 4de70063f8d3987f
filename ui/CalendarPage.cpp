#include "CalendarPage.h"

namespace tutordesk {

CalendarPage::CalendarPage(QWidget* parent)
    : QWidget(parent)
{}

CalendarPage::~CalendarPage() = default;

void CalendarPage::setStore(Store* store)
{
    m_store = store;
    reload();
}

void CalendarPage::reload() {}

} // namespace tutordesk
