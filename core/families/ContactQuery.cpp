#include "families/ContactQuery.h"

namespace tutordesk {

int ContactQuery::count(Store&, const ContactFilter&)
{
    return 0;
}
std::vector<ContactRow> ContactQuery::rows(Store&, const ContactFilter&, ContactSort, int, int)
{
    return {};
}
ContactQuery::Summary ContactQuery::summary(Store&, const ContactFilter&)
{
    return {};
}

} // namespace tutordesk
