#pragma once

#include "families/ContactLog.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

namespace tutordesk {

class Statement;

// What ContactLog and ContactQuery share about a contacts row: how its time is stored, which
// columns make a ContactEntry and how they are read. Internal to core/families.
namespace contactrecords {

// The stored form: UTC, to the second ("2026-11-23T16:05:00Z"); text order is time order. Rows the
// first demo wrote hold local time to the minute ("2026-11-23T08:05"), without the Z.
QString storedInstant(const QDateTime& at);
// The first stored instant of a local day, in the stored (UTC) form.
QString dayStartUtc(const QDate& day);
QDateTime parseInstant(const QString& text);

// The columns readEntry() reads, for "FROM contacts c LEFT JOIN guardians g ON g.id = c.guardian_id".
extern const char entryColumns[];
constexpr int entryColumnCount = 15;
ContactEntry readEntry(const Statement& st, int first = 0);

// The first problem with the entry's codes and fields, in words that say what to choose.
std::optional<QString> codeProblem(const ContactEntry& e);

} // namespace contactrecords
} // namespace tutordesk
