#include "schedule/NameOrder.h"

#include "common/TextFold.h"

namespace tutordesk {

NameOrder::NameOrder()
{
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    m_collator.setNumericMode(true);
}

int NameOrder::compare(const QString& a, const QString& b) const
{
    if (const int folded = m_collator.compare(foldForSearch(a), foldForSearch(b)); folded != 0)
        return folded;
    if (const int collated = m_collator.compare(a, b); collated != 0)
        return collated;
    return QString::compare(a, b);
}

bool NameOrder::less(const QString& lastA, const QString& firstA, const QString& lastB,
                     const QString& firstB) const
{
    if (const int c = compare(lastA, lastB); c != 0)
        return c < 0;
    return compare(firstA, firstB) < 0;
}

} // namespace tutordesk
