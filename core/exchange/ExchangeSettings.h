#pragma once

#include "common/Result.h"

#include <QString>
#include <QTime>

#include <optional>

namespace tutordesk {

class Store;

// How this school sends its data to the district (Settings ▸ District sync; settings keys "exchange.*").
// The bearer token of an HTTPS destination is not here: it lives in the operating system's keychain
// (core/exchange/TokenStore.h), never in the database.
struct ExchangeSettings {
    // Where bundles go: a folder path, or an https:// URL (http:// only to a loopback address); empty:
    // nowhere yet, bundles wait in the outbox.
    QString destination;
    // Students' names (given, family, preferred) in students.csv. Off by default: the district has them.
    bool includeNames = false;
    // The free-text notes of family contacts in contacts.csv. Off by default: they may name other people.
    bool includeNotes = false;
    // "Export a delta every day after" this local time, while TutorDesk is open; none: only by hand or
    // by `tutordesk-cli sync` from a scheduler.
    std::optional<QTime> dailyAfter = QTime(16, 0);

    bool operator==(const ExchangeSettings&) const = default;

    static ExchangeSettings load(Store& store);
    // One transaction; refused (nothing saved) when the destination is neither a folder nor an allowed URL.
    static Result<void> save(Store& store, const ExchangeSettings& settings);
};

// What kind of place a destination names, and why it is refused when it is: plain http:// to anything but
// loopback, a URL without a host, a relative folder path.
struct DestinationCheck {
    enum class Kind { None, Folder, Https, Invalid };
    Kind kind = Kind::None;
    QString problem; // for Invalid: what is wrong and what to do, in plain words
};
DestinationCheck checkDestination(const QString& destination);

} // namespace tutordesk
