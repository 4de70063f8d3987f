#include "ProgressTableTab.h"

namespace tutordesk {

ProgressTableTab::ProgressTableTab(QWidget* parent)
    : QWidget(parent)
{}

ProgressTableTab::~ProgressTableTab() = default;

void ProgressTableTab::setStore(Store* store)
{
    m_store = store;
    reload();
}

void ProgressTableTab::setToday(const QDate& today)
{
    m_today = today;
}

void ProgressTableTab::reload() {}

} // namespace tutordesk
