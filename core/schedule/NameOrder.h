#pragma once

#include <QCollator>
#include <QString>

namespace tutordesk {

// The order people's names are listed in: the user's collation, with accents and case folded first so
// that "Ávila" comes before "Baker" even where the collation knows only code points (the C locale).
class NameOrder final {
public:
    NameOrder();
    int compare(const QString& a, const QString& b) const;
    // By last name, then first name.
    bool less(const QString& lastA, const QString& firstA, const QString& lastB, const QString& firstB) const;

private:
    QCollator m_collator;
};

} // namespace tutordesk
