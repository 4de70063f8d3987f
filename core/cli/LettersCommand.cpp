// tutordesk-cli letters: family letters to one PDF, one letter per page, each logged as a contact once
// the file is whole. Either named students (by district id) or every missed-session letter due today.
#include "cli/CliContext.h"
#include "letters/LetterKinds.h"
#include "letters/LetterLanguages.h"
#include "letters/LetterLog.h"
#include "letters/LetterMerge.h"
#include "letters/LetterRender.h"
#include "protocol/ProtocolEngine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QLocale>

#include <algorithm>
#include <vector>

namespace tutordesk {

namespace {

// A class of its own, so lupdate files these strings under the context they are looked up by.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(tutordesk::Cli)
};

QString languageName(const QString& code)
{
    const LetterLanguage* language = LetterLanguages::find(code);
    return language ? language->englishName : code;
}

// "2 in Spanish, 1 in Korean": most letters first, then in the order they were printed.
QString languageSummary(const std::vector<MergedLetter>& letters)
{
    QStringList order;
    QHash<QString, int> counts;
    for (const MergedLetter& letter : letters) {
        if (!counts.contains(letter.language))
            order << letter.language;
        ++counts[letter.language];
    }
    std::stable_sort(order.begin(), order.end(),
                     [&](const QString& a, const QString& b) { return counts.value(a) > counts.value(b); });
    QStringList parts;
    for (const QString& code : order)
        parts << Tr::tr("%1 in %2").arg(counts.value(code)).arg(languageName(code));
    return parts.join(QStringLiteral(", "));
}

// The students' district ids as stored, in order, or the first that is unknown.
struct Students {
    std::vector<std::int64_t> ids;
    QString unknown;
};

Students findStudents(Store& store, const QStringList& districtIds)
{
    Students found;
    for (const QString& raw : districtIds) {
        const QString districtId = raw.trimmed();
        const std::int64_t id = store.db().queryInteger(
            "SELECT coalesce(max(id), 0) FROM students WHERE sourced_id = ?", districtId);
        if (id == 0) {
            found.unknown = districtId;
            return found;
        }
        if (std::find(found.ids.begin(), found.ids.end(), id) == found.ids.end())
            found.ids.push_back(id);
    }
    return found;
}

QString districtIdOf(Store& store, std::int64_t studentId)
{
    return store.db().queryText("SELECT sourced_id FROM students WHERE id = ?", studentId);
}

// The letter's time on record: now, on the day the command takes as today.
QDateTime letterTime(const QDate& today)
{
    const QDateTime now = QDateTime::currentDateTime();
    return now.date() == today ? now : QDateTime(today, now.time());
}

void printNotes(QTextStream& out, const std::vector<MergedLetter>& letters)
{
    for (const MergedLetter& letter : letters) {
        if (!letter.fallbackReason.isEmpty())
            out << "  " << Tr::tr("%1: %2").arg(letter.studentName, letter.fallbackReason) << '\n';
    }
    QStringList unreviewed;
    QHash<QString, int> counts;
    for (const MergedLetter& letter : letters) {
        if (letter.reviewed)
            continue;
        if (!counts.contains(letter.language))
            unreviewed << letter.language;
        ++counts[letter.language];
    }
    for (const QString& code : unreviewed)
        out << "  "
            << Tr::tr("%1: translation not yet reviewed by a qualified translator (%n letter(s)).", nullptr,
                      counts.value(code))
                   .arg(languageName(code))
            << '\n';
}

} // namespace

int runLetters(CliContext& context)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"),
                                  Tr::tr("print one JSON document on standard output"));
    const QCommandLineOption kindOption(
        QStringLiteral("kind"),
        Tr::tr("the kind of letter: %1. With --due it is optional and keeps only the students whose due "
               "notice is of that kind (a missed-session kind)")
            .arg(LetterKinds::codes().join(QStringLiteral(", "))),
        QStringLiteral("K"));
    const QCommandLineOption studentOption(
        QStringLiteral("student"),
        Tr::tr("a student's district id; repeat it, or list more ids after it, for several letters"),
        QStringLiteral("ID"));
    const QCommandLineOption dueOption(
        QStringLiteral("due"),
        Tr::tr("every missed-session letter due today, one per student: the strongest notice their open "
               "due actions call for (missed-1, missed-2 or missed-3), after bringing the due actions up to "
               "date"));
    const QCommandLineOption langOption(
        QStringLiteral("lang"),
        Tr::tr("write every letter in this language (%1); default: each guardian's preferred language")
            .arg(LetterLanguages::codes().join(QStringLiteral(", "))),
        QStringLiteral("L"));
    const QCommandLineOption paperOption(QStringLiteral("paper"),
                                         Tr::tr("letter (US Letter, the default) or a4"),
                                         QStringLiteral("letter|a4"));
    const QCommandLineOption outOption(QStringLiteral("out"), Tr::tr("the PDF file to write"),
                                       QStringLiteral("FILE.pdf"));
    parser.addOptions({json, kindOption, studentOption, dueOption, langOption, paperOption, outOption});
    if (!parser.parse(context.arguments()))
        return context.usage(parser.errorText());

    const bool due = parser.isSet(dueOption);
    QStringList districtIds = parser.values(studentOption);
    if (!districtIds.isEmpty())
        districtIds += parser.positionalArguments();
    else if (!parser.positionalArguments().isEmpty())
        return context.usage(
            Tr::tr("Name the students with --student, e.g. \"tutordesk-cli letters --kind missed-1 --student "
                   "900123 900124 --out letters.pdf\"."));
    if (due == !districtIds.isEmpty())
        return context.usage(Tr::tr("letters needs either --student ID (one or more) or --due, not both."));

    const QString kind = parser.value(kindOption).trimmed();
    if (kind.isEmpty() && !due)
        return context.usage(
            Tr::tr("Say which letter with --kind: %1.").arg(LetterKinds::codes().join(QStringLiteral(", "))));
    if (!kind.isEmpty() && !LetterKinds::isKnown(kind))
        return context.usage(Tr::tr("\u201c%1\u201d is not a kind of letter. Choose %2.")
                                 .arg(kind, LetterKinds::codes().join(QStringLiteral(", "))));
    if (due && !kind.isEmpty() && !kind.startsWith(QLatin1String("missed-")))
        return context.usage(
            Tr::tr("With --due the letters are missed-session notices: --kind may be missed-1, "
                   "missed-2 or missed-3, not \u201c%1\u201d.")
                .arg(kind));

    std::optional<QString> language;
    if (parser.isSet(langOption)) {
        const QString code = LetterLanguages::normalize(parser.value(langOption));
        if (code.isEmpty())
            return context.usage(
                Tr::tr("TutorDesk has no letters in \u201c%1\u201d. Choose one of %2.")
                    .arg(parser.value(langOption), LetterLanguages::codes().join(QStringLiteral(", "))));
        language = code;
    }
    const std::optional<Paper> paper = LetterRender::paperFromCode(
        parser.isSet(paperOption) ? parser.value(paperOption) : QStringLiteral("letter"));
    if (!paper)
        return context.usage(
            Tr::tr("--paper must be letter or a4, not \u201c%1\u201d.").arg(parser.value(paperOption)));
    const QString out = parser.value(outOption).trimmed();
    if (out.isEmpty())
        return context.usage(Tr::tr("Say where to save the letters with --out FILE.pdf."));

    auto store = context.openStore(Store::OpenMode::ExistingOnly);
    if (!store)
        return ExitRefused;
    if (!store->hasSchool())
        return context.refuse(
            Tr::tr("%1 has no school yet: set it up first (tutordesk-cli init).").arg(store->path()));

    const QDate today = CliContext::today();
    std::vector<LetterRequest> requests;
    if (due) {
        // As the Today page does: the due actions are brought up to date with the attendance first, so a
        // scheduler's morning run prints the letters yesterday's absences call for.
        if (const auto refreshed = ProtocolEngine::refresh(*store, today); !refreshed)
            return context.refuse(refreshed.error().message);
        for (LetterRequest& request : DueLetters::due(*store, today)) {
            if (!kind.isEmpty() && request.kind != kind)
                continue;
            request.language = language;
            requests.push_back(std::move(request));
        }
    } else {
        const Students students = findStudents(*store, districtIds);
        if (!students.unknown.isEmpty())
            return context.refuse(
                Tr::tr("No student has the district id \u201c%1\u201d in %2. Nothing was "
                       "written or logged; check the id (tutordesk-cli rank lists students).")
                    .arg(students.unknown, store->path()));
        for (const std::int64_t id : students.ids) {
            LetterRequest request;
            request.studentId = id;
            request.kind = kind;
            request.language = language;
            request.date = today;
            requests.push_back(std::move(request));
        }
    }

    if (requests.empty()) {
        if (context.json() || parser.isSet(json))
            context.printJson({{QStringLiteral("out"), QJsonValue(QJsonValue::Null)},
                               {QStringLiteral("pages"), 0},
                               {QStringLiteral("letters"), QJsonArray()}});
        else
            context.out() << Tr::tr("No missed-session letters are due on %1: nothing was written.")
                                 .arg(QLocale().toString(today, QLocale::LongFormat))
                          << Qt::endl;
        return ExitDone;
    }

    const auto merged = LetterMerge::mergeAll(*store, requests);
    if (!merged)
        return context.refuse(Tr::tr("%1 Nothing was written or logged.").arg(merged.error().message));
    const std::vector<MergedLetter>& letters = merged.value();

    const auto pages = LetterRender::writePdf(out, letters, *paper);
    if (!pages)
        return context.refuse(pages.error().message + QLatin1Char(' ') + Tr::tr("Nothing was logged."));
    // A letter saved is a letter on record: without the log, the file does not stay.
    const auto logged = LetterLog::record(*store, letters, QStringLiteral("pdf"), *paper, QString(),
                                          letterTime(today), today);
    if (!logged) {
        QFile::remove(out);
        return context.refuse(logged.error().message + QLatin1Char(' ') +
                              Tr::tr("%1 was removed, so that no letter goes out unrecorded.")
                                  .arg(QDir::toNativeSeparators(out)));
    }

    if (context.json() || parser.isSet(json)) {
        QJsonArray list;
        for (std::size_t i = 0; i < letters.size(); ++i) {
            const MergedLetter& letter = letters[i];
            list.append(QJsonObject{
                {QStringLiteral("student"), districtIdOf(*store, letter.request.studentId)},
                {QStringLiteral("studentName"), letter.studentName},
                {QStringLiteral("kind"), letter.request.kind},
                {QStringLiteral("language"), letter.language},
                {QStringLiteral("wantedLanguage"), letter.wantedLanguage},
                {QStringLiteral("fallback"), letter.fallbackReason.isEmpty()
                                                 ? QJsonValue(QJsonValue::Null)
                                                 : QJsonValue(letter.fallbackReason)},
                {QStringLiteral("reviewed"), letter.reviewed},
                {QStringLiteral("letterId"),
                 store->db().queryText("SELECT sourced_id FROM letters_sent WHERE id = ?", logged->at(i))}});
        }
        context.printJson({{QStringLiteral("out"), out},
                           {QStringLiteral("pages"), pages.value()},
                           {QStringLiteral("paper"), LetterRender::paperCode(*paper)},
                           {QStringLiteral("letters"), list}});
    } else {
        const int count = static_cast<int>(letters.size());
        QTextStream& stream = context.out();
        stream << Tr::tr("Wrote %n letter(s)", nullptr, count) << ' '
               << Tr::tr("(%n page(s))", nullptr, pages.value()) << ' '
               << Tr::tr("to %1: %2").arg(QDir::toNativeSeparators(out), languageSummary(letters)) << '\n';
        printNotes(stream, letters);
        stream.flush();
    }
    return ExitDone;
}

} // namespace tutordesk
