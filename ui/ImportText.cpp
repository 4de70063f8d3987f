#include "ImportText.h"

#include <QFileInfo>
#include <QLocale>

namespace tutordesk {

QString ImportText::encoding(const QString& name)
{
    if (name == QLatin1String("UTF-8"))
        return tr("Unicode (UTF-8)");
    if (name == QLatin1String("UTF-8 with BOM"))
        return tr("Unicode (UTF-8, as Excel saves it)");
    if (name == QLatin1String("Windows-1252"))
        return tr("Windows Western European (as older Excel saves it)");
    if (name.startsWith(QLatin1String("UTF-16")))
        return tr("Unicode (UTF-16)");
    return name;
}

QString ImportText::delimiter(QChar delimiter)
{
    if (delimiter == QLatin1Char('\t'))
        return tr("columns separated by tabs");
    if (delimiter == QLatin1Char(';'))
        return tr("columns separated by semicolons");
    if (delimiter == QLatin1Char(','))
        return tr("columns separated by commas");
    return tr("columns separated by \"%1\"").arg(delimiter);
}

QString ImportText::fileSummary(const CsvInfo& info)
{
    return tr("Read as %1, %2; %3 after the header.")
        .arg(encoding(info.encoding), delimiter(info.delimiter),
             tr("%Ln row(s)", nullptr, static_cast<int>(info.records)));
}

QString ImportText::problem(const ImportProblem& problem, const QString& reportFile)
{
    QStringList where;
    const QString file = QFileInfo(problem.file).fileName();
    if (!file.isEmpty() && file != QFileInfo(reportFile).fileName())
        where << file;
    const QLocale locale;
    if (problem.line > 0)
        where << tr("Line %1").arg(locale.toString(problem.line));
    if (!problem.field.isEmpty())
        where << tr("column %1").arg(problem.field);
    else if (problem.column > 0)
        where << tr("column %1").arg(locale.toString(problem.column));
    if (where.isEmpty())
        return problem.message;
    // Capitalize what comes first: "Line 12, …" or "Column Grade: …" when the whole file is meant.
    QString place = where.join(tr(", ", "between parts of a place in a file"));
    place[0] = place.at(0).toUpper();
    return tr("%1: %2", "place in the file: problem").arg(place, problem.message);
}

QString ImportText::counts(const ImportReport& report, bool roster)
{
    const QLocale locale;
    const auto n = [&locale](int value) { return locale.toString(value); };
    QStringList sentences;
    if (!report.ok()) // nothing was compared with the school's records yet
        return roster ? tr("%Ln student(s) read.", nullptr, report.read)
                      : tr("%Ln result(s) read.", nullptr, report.read);
    if (roster) {
        sentences << tr("%1 read: %2 new, %3 changed, %4 unchanged.")
                         .arg(tr("%Ln student(s)", nullptr, report.read), n(report.added), n(report.updated),
                              n(report.unchanged));
        if (report.withdrawn > 0)
            sentences << tr("%Ln student(s) marked withdrawn.", nullptr, report.withdrawn);
        else if (report.missing > 0)
            sentences << tr("Not in this roster: %Ln student(s) on file.", nullptr, report.missing);
        if (report.guardiansAdded + report.guardiansUpdated > 0)
            sentences << tr("Families: %1 new, %2 changed.")
                             .arg(n(report.guardiansAdded), n(report.guardiansUpdated));
    } else {
        sentences << tr("%1 read: %2 new, %3 changed, %4 unchanged.")
                         .arg(tr("%Ln result(s)", nullptr, report.read), n(report.scoresAdded),
                              n(report.scoresUpdated), n(report.unchanged));
    }
    return sentences.join(QLatin1Char(' '));
}

QString ImportText::nextStep(const ImportReport& report)
{
    if (!report.ok())
        return tr("%Ln problem(s) found. Nothing has been imported. Fix the file (or choose other "
                  "columns above), save it, and click Check File again.",
                  nullptr, static_cast<int>(report.problems.size()));
    if (report.applied)
        return tr("Imported.");
    return tr("No problems found. Click Import to bring these changes in.");
}

QString ImportText::plainText(const ImportReport& report, bool roster)
{
    QStringList lines;
    lines << report.file << counts(report, roster) << nextStep(report);
    if (!report.problems.empty()) {
        lines << QString();
        for (const ImportProblem& p : report.problems)
            lines << problem(p, report.file);
    }
    if (!report.notes.empty()) {
        lines << QString();
        for (const QString& note : report.notes)
            lines << note;
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace tutordesk
