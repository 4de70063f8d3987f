#pragma once

#include <cstdint>
#include <string_view>

namespace tutordesk {

// FNV-1a 64 of a row's CSV line (without status and dateLastModified), stored in export_rows as a signed
// 64-bit integer. Stable across runs and machines, unlike std::hash, so the district's copy can be compared
// with the rows as they are now in any later session.
inline std::int64_t rowHash(std::string_view bytes)
{
    std::uint64_t hash = 14695981039346656037ULL;
    for (const char c : bytes) {
        hash ^= static_cast<unsigned char>(c);
        hash *= 1099511628211ULL;
    }
    return static_cast<std::int64_t>(hash);
}

} // namespace tutordesk
