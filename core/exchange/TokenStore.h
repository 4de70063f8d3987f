#pragma once

#include "common/Result.h"

#include <QString>

namespace tutordesk {

// The bearer token of the district's HTTPS endpoint, kept in the operating system's keychain (qtkeychain:
// Secret Service / KWallet on Linux, Credential Manager on Windows, Keychain on macOS), under the service
// "TutorDesk" and a key per school code, never in the database. These block in a local event loop.
namespace TokenStore {

// The keychain's token; else TUTORDESK_TOKEN (for schedulers on machines without a keychain); else empty.
QString read(const QString& schoolCode);
// Saves (an empty token deletes). Refused with the keychain's own words when there is no keychain.
Result<void> write(const QString& schoolCode, const QString& token);
// Whether the keychain holds a token for this school (the settings show "saved", never the token).
bool hasSaved(const QString& schoolCode);

} // namespace TokenStore

} // namespace tutordesk
