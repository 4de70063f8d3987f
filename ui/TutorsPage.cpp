#include "TutorsPage.h"

namespace tutordesk {

TutorsPage::TutorsPage(QWidget* parent)
    : QWidget(parent)
{}

TutorsPage::~TutorsPage() = default;

void TutorsPage::setStore(Store* store)
{
    m_store = store;
    reload();
}

void TutorsPage::reload() {}

} // namespace tutordesk
