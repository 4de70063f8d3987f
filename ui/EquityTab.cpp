#include "EquityTab.h"

namespace tutordesk {

EquityTab::EquityTab(QWidget* parent)
    : QWidget(parent)
{}

EquityTab::~EquityTab() = default;

void EquityTab::setStore(Store* store)
{
    m_store = store;
    reload();
}

void EquityTab::setToday(const QDate& today)
{
    m_today = today;
}

void EquityTab::reload() {}

} // namespace tutordesk
