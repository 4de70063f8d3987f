#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace tutordesk::ExportCsv {

// EXCHANGE.md "CSV rules", Write: UTF-8 without BOM, CRLF, fields quoted only when needed. Cells are
// appended as UTF-8 bytes straight into a line buffer: the large school's 600,000 attendance rows make
// any per-cell QString work show.

// Text cells starting with = + - @ tab or CR get a leading ' so that a spreadsheet never runs them (OWASP
// "CSV injection"); cells of columns declared numeric never do, so "-2" stays a number.
enum class CellKind { Text, Number };

void appendCell(std::string& out, std::string_view value, CellKind kind);
// Numbers as a program reads them back: no locale, a dot, the shortest text that gives the same double.
void appendNumber(std::string& out, std::int64_t value);
void appendNumber(std::string& out, double value);

inline constexpr std::string_view lineEnd = "\r\n";

} // namespace tutordesk::ExportCsv
