#pragma once

#include <QHash>
#include <QString>

#include <initializer_list>
#include <optional>
#include <utility>

namespace tutordesk::rostervalues {

// The tables and small parsers RosterValues' files share; not for use outside them.
using Spellings = std::initializer_list<std::pair<const char*, const char*>>;

// Accepted spellings → code, keyed the way cells are looked up (RosterValues::squash).
QHash<QString, QString> spellings(Spellings pairs);
// A squashed yes/no word (y, yes, sí, true, 1, x; n, no, false, 0, blank), or nothing.
std::optional<bool> yesNoWord(const QString& key);
bool isDigits(const QString& text);
// `key` without the first prefix and the first suffix that match (never down to nothing).
QString withoutAffix(QString key, std::initializer_list<const char*> prefixes,
                     std::initializer_list<const char*> suffixes);

} // namespace tutordesk::rostervalues
