#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace tutordesk::test {

// One message of a Qt Linguist file, as the tests read it.
struct TsMessage {
    QString context;
    QString source;
    QString comment;
    QString location; // "file:line", when the file has locations
    bool numerus = false;
    bool finished = false;
    bool vanished = false;    // gone from the sources (lupdate's "vanished" or "obsolete")
    QStringList translations; // one, or one per plural form
    QString key() const { return context + QChar(0x1f) + source + QChar(0x1f) + comment; }
};

struct TsFile {
    QString language;
    std::vector<TsMessage> messages;
    QString error; // why the file could not be read

    static TsFile read(const QString& path);
    std::vector<const TsMessage*> current() const; // without the vanished ones
};

// The translations and paths of this build.
QString tsPath(const QString& language);
QStringList uiLanguages();

} // namespace tutordesk::test
