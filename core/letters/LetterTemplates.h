#pragma once

#include "common/Result.h"
#include "letters/LetterTemplate.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>
#include <vector>

namespace tutordesk {

class Store;

// Where each kind × language's text comes from, for Settings ▸ Letters.
struct TemplateStatus {
    QString kind;
    QString language;
    LetterTemplate::Source source = LetterTemplate::Source::BuiltIn; // the one in use
    QString version;
    bool reviewed = false;
    bool hasBuiltIn = false;
    bool hasDistrict = false;
    bool hasCoordinator = false;
    QString packName;
    QString savedBy; // Coordinator edits
    QDateTime savedAt;
};

// The letter templates in use. Built-in templates are files compiled into the program
// (resources/letters/<language>/<kind>.html and terms.json). A district's template pack and a
// coordinator's edits are kept in the database beside them (table letter_templates), never over them:
// the effective template is the coordinator's edit, else the district's, else the built-in.
class LetterTemplates final {
public:
    static std::optional<LetterTemplate> builtIn(const QString& kind, const QString& language);
    static std::optional<LetterTemplate> effective(Store& store, const QString& kind,
                                                   const QString& language);
    // The words a language uses for merged values ("subject.reading": "lectura"), effective as above;
    // keys missing in a pack or edit fall back to the built-in terms, then to English.
    static QJsonObject terms(Store& store, const QString& language);
    static std::vector<TemplateStatus> overview(Store& store);

    // A template pack: a folder or a .zip holding <language>/<kind>.html files (and optionally
    // <language>/terms.json), laid out like resources/letters. Every file is checked first (header,
    // language and kind matching its path, known placeholders, size limits for a zip); one bad file
    // refuses the whole pack with a message naming it, and the database is unchanged. Installing
    // replaces the previous pack. Returns the number of templates installed.
    static Result<int> installPack(Store& store, const QString& folderOrZip);
    static Result<void> removePack(Store& store);

    // A coordinator's own text for a kind and language, kept beside the built-in. Refuses unknown
    // placeholders and an empty body. Version becomes "<base version>-edited"; reviewed becomes false
    // unless the base text was reviewed and `stillReviewed` is set by someone who can say so.
    static Result<void> saveEdit(Store& store, const LetterTemplate& edited, const QString& byWhom,
                                 bool stillReviewed = false);
    // Back to the district's or built-in text.
    static Result<void> revertEdit(Store& store, const QString& kind, const QString& language);
};

} // namespace tutordesk
