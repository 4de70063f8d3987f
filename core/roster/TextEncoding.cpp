#include "roster/TextEncoding.h"

#include <array>

namespace tutordesk {

namespace {

// Windows-1252 differs from Latin-1 only in 0x80–0x9F; 0 marks the five unassigned bytes,
// which Windows itself maps to the C1 control of the same value.
constexpr std::array<char16_t, 32> cp1252High = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

void appendUtf8(char32_t code, QByteArray& out)
{
    if (code < 0x80) {
        out.append(static_cast<char>(code));
    } else if (code < 0x800) {
        out.append(static_cast<char>(0xC0 | (code >> 6)));
        out.append(static_cast<char>(0x80 | (code & 0x3F)));
    } else {
        out.append(static_cast<char>(0xE0 | (code >> 12)));
        out.append(static_cast<char>(0x80 | ((code >> 6) & 0x3F)));
        out.append(static_cast<char>(0x80 | (code & 0x3F)));
    }
}

} // namespace

bool isValidUtf8(QByteArrayView bytes)
{
    const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
    const auto* end = p + bytes.size();
    while (p < end) {
        // Skip ASCII quickly: most of a roster is.
        if (*p < 0x80) {
            ++p;
            continue;
        }
        int extra = 0;
        char32_t code = 0;
        if ((*p & 0xE0) == 0xC0) {
            extra = 1;
            code = *p & 0x1F;
        } else if ((*p & 0xF0) == 0xE0) {
            extra = 2;
            code = *p & 0x0F;
        } else if ((*p & 0xF8) == 0xF0) {
            extra = 3;
            code = *p & 0x07;
        } else {
            return false;
        }
        if (end - p <= extra)
            return false;
        for (int i = 1; i <= extra; ++i) {
            if ((p[i] & 0xC0) != 0x80)
                return false;
            code = (code << 6) | (p[i] & 0x3F);
        }
        // Overlong forms, surrogates and values past Unicode are not UTF-8.
        constexpr char32_t minimum[] = {0, 0x80, 0x800, 0x10000};
        if (code < minimum[extra] || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
            return false;
        p += extra + 1;
    }
    return true;
}

DetectedEncoding detectEncoding(QByteArrayView bytes)
{
    if (bytes.startsWith("\xEF\xBB\xBF"))
        return {TextEncoding::Utf8WithBom, 3};
    if (bytes.startsWith("\xFF\xFE"))
        return {TextEncoding::Utf16LittleEndian, 2};
    if (bytes.startsWith("\xFE\xFF"))
        return {TextEncoding::Utf16BigEndian, 2};
    return {isValidUtf8(bytes) ? TextEncoding::Utf8 : TextEncoding::Windows1252, 0};
}

QString encodingName(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf8:
        return QStringLiteral("UTF-8");
    case TextEncoding::Utf8WithBom:
        return QStringLiteral("UTF-8 with BOM");
    case TextEncoding::Utf16LittleEndian:
        return QStringLiteral("UTF-16LE");
    case TextEncoding::Utf16BigEndian:
        return QStringLiteral("UTF-16BE");
    case TextEncoding::Windows1252:
        return QStringLiteral("Windows-1252");
    }
    return {};
}

void appendWindows1252AsUtf8(QByteArrayView bytes, QByteArray& out)
{
    out.reserve(out.size() + bytes.size() + bytes.size() / 8);
    for (const char c : bytes) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte < 0x80)
            out.append(c);
        else if (byte < 0xA0 && cp1252High[byte - 0x80] != 0)
            appendUtf8(cp1252High[byte - 0x80], out);
        else
            appendUtf8(byte, out);
    }
}

} // namespace tutordesk
