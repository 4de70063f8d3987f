#include "ProgressChartsTab.h"

namespace tutordesk {

ProgressChartsTab::ProgressChartsTab(QWidget* parent)
    : QWidget(parent)
{}

ProgressChartsTab::~ProgressChartsTab() = default;

void ProgressChartsTab::setStore(Store* store)
{
    m_store = store;
    reload();
}

void ProgressChartsTab::setToday(const QDate& today)
{
    m_today = today;
}

void ProgressChartsTab::reload() {}

void ProgressChartsTab::showStudent(std::int64_t) {}

void ProgressChartsTab::showGroup(std::int64_t) {}

void ProgressChartsTab::showSchool() {}

} // namespace tutordesk
