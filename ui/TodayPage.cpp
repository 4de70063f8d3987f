#include "TodayPage.h"

namespace tutordesk {

TodayPage::TodayPage(QWidget* parent)
    : QWidget(parent)
    , m_today(QDate::currentDate())
{}

TodayPage::~TodayPage() = default;

void TodayPage::setStore(Store* store)
{
    m_store = store;
}

void TodayPage::reload() {}

void TodayPage::setToday(const QDate& today)
{
    m_today = today;
}

} // namespace tutordesk
