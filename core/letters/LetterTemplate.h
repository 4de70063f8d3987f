#pragma once

#include "common/Result.h"

#include <QString>
#include <QStringList>

namespace tutordesk {

// One letter template: a kind in a language, with the header every template file starts with
//
//   <!--tutordesk-letter
//   language: es
//   kind: missed-1
//   version: 1
//   reviewed: no
//   title: Sesión de tutoría perdida
//   -->
//   <p>Estimada familia de {{student.first_name}}: …</p>
//
// and an HTML body (Qt's rich-text subset) with named placeholders "{{student.first_name}}".
// "reviewed" says whether a qualified translator checked the text; the letter dialog warns when not.
struct LetterTemplate {
    enum class Source { BuiltIn, District, Coordinator };

    QString kind;     // enrollment, missed-1, missed-2, missed-3, progress, summary
    QString language; // a LetterLanguages code
    QString version;
    bool reviewed = false;
    QString title; // in the letter's language: the contact log's note and the PDF's title
    QString body;  // HTML with {{placeholders}}
    Source source = Source::BuiltIn;
    QString packName; // District: the pack's folder or zip name

    // The placeholder names the body uses, in order of first use, without braces.
    QStringList placeholders() const;
};

class LetterTemplateFile final {
public:
    // Parses a template file's text. `origin` names the file in messages ("es/missed-1.html"), which
    // say what is wrong and where: "es/missed-1.html, line 4: reviewed must be yes or no."
    static Result<LetterTemplate> parse(const QString& text, const QString& origin);
    // The file text for a template (header and body), which parse() reads back unchanged.
    static QString write(const LetterTemplate& letterTemplate);
};

} // namespace tutordesk
