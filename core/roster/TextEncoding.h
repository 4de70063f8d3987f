#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace tutordesk {

// The encodings a district's file arrives in: UTF-8 (with or without BOM) from most systems,
// UTF-16 from Excel's "Unicode text", Windows-1252 from Excel's "CSV" on a US Windows.
enum class TextEncoding { Utf8, Utf8WithBom, Utf16LittleEndian, Utf16BigEndian, Windows1252 };

struct DetectedEncoding {
    TextEncoding encoding = TextEncoding::Utf8;
    qsizetype bomLength = 0;
};

// Looks at the byte-order mark, then checks the whole text is valid UTF-8; anything else is taken as
// Windows-1252, which can decode every byte (Latin-1 with typographic quotes, dashes and the euro).
DetectedEncoding detectEncoding(QByteArrayView bytes);
QString encodingName(TextEncoding encoding);

bool isValidUtf8(QByteArrayView bytes);
// Windows-1252 to UTF-8, byte for byte (so it can be done in chunks).
void appendWindows1252AsUtf8(QByteArrayView bytes, QByteArray& out);

} // namespace tutordesk
