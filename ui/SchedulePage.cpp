#include "SchedulePage.h"

namespace tutordesk {

SchedulePage::SchedulePage(QWidget* parent)
    : QWidget(parent)
{}

SchedulePage::~SchedulePage() = default;

void SchedulePage::setStore(Store* store)
{
    m_store = store;
    reload();
}

void SchedulePage::reload() {}

} // namespace tutordesk
