#include "exchange/ExportCsv.h"

#include <array>
#include <charconv>

namespace tutordesk::ExportCsv {

namespace {

bool startsDangerously(std::string_view value)
{
    if (value.empty())
        return false;
    switch (value.front()) {
    case '=':
    case '+':
    case '-':
    case '@':
    case '\t':
    case '\r':
        return true;
    default:
        return false;
    }
}

} // namespace

void appendCell(std::string& out, std::string_view value, CellKind kind)
{
    const bool prefix = kind == CellKind::Text && startsDangerously(value);
    const bool quote = value.find_first_of(",\"\r\n") != std::string_view::npos;
    if (!quote) {
        if (prefix)
            out += '\'';
        out += value;
        return;
    }
    out += '"';
    if (prefix)
        out += '\'';
    for (const char c : value) {
        if (c == '"')
            out += '"';
        out += c;
    }
    out += '"';
}

void appendNumber(std::string& out, std::int64_t value)
{
    std::array<char, 24> buffer{};
    const auto end = std::to_chars(buffer.data(), buffer.data() + buffer.size(), value).ptr;
    out.append(buffer.data(), end);
}

void appendNumber(std::string& out, double value)
{
    std::array<char, 32> buffer{};
    const auto end = std::to_chars(buffer.data(), buffer.data() + buffer.size(), value).ptr;
    out.append(buffer.data(), end);
}

} // namespace tutordesk::ExportCsv
