#include "WeeklyReviewTab.h"

namespace tutordesk {

WeeklyReviewTab::WeeklyReviewTab(QWidget* parent)
    : QWidget(parent)
{}

WeeklyReviewTab::~WeeklyReviewTab() = default;

void WeeklyReviewTab::setStore(Store* store)
{
    m_store = store;
    reload();
}

void WeeklyReviewTab::setToday(const QDate& today)
{
    m_today = today;
}

void WeeklyReviewTab::reload() {}

} // namespace tutordesk
