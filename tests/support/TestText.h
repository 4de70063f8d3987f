#pragma once

#include <QString>

#include <ostream>

// Failures show text, not UTF-16 bytes (gtest finds PrintTo in QString's own namespace).
inline void PrintTo(const QString& text, std::ostream* out)
{
    *out << '"' << text.toStdString() << '"';
}

namespace tutordesk::test {

// UTF-8 literals with accents and other scripts, as test data is written.
inline QString u(const char* text)
{
    return QString::fromUtf8(text);
}

} // namespace tutordesk::test
