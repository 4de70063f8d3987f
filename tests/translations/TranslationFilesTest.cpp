// The .ts files against the sources: nothing escapes translation, no translation breaks a message.
#include "TsFile.h"
#include "support/TempDir.h"

#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>

#include <gtest/gtest.h>

#include <map>

namespace tutordesk::test {
namespace {

// What the issue of languages asks of every language: the main window and its pages' navigation,
// Today, attendance entry and the letter dialog.
const QStringList mainScreens = {
    QStringLiteral("tutordesk::MainWindow"),
    QStringLiteral("tutordesk::AppController"),
    QStringLiteral("tutordesk::WelcomeWindow"),
    QStringLiteral("tutordesk::UiLanguage"),
    QStringLiteral("tutordesk::TodayPage"),
    QStringLiteral("tutordesk::TodayText"),
    QStringLiteral("tutordesk::TodaySessionsList"),
    QStringLiteral("tutordesk::DueActionsModel"),
    QStringLiteral("tutordesk::DueActionsView"),
    QStringLiteral("tutordesk::ActionPanel"),
    QStringLiteral("tutordesk::AttendanceDialog"),
    QStringLiteral("tutordesk::AttendanceSheetDelegate"),
    QStringLiteral("tutordesk::AttendanceSheetModel"),
    QStringLiteral("tutordesk::AttendanceSheetView"),
    QStringLiteral("tutordesk::AttendanceStatuses"),
    QStringLiteral("tutordesk::LetterDialog"),
};

QString describe(const TsMessage& m)
{
    return QStringLiteral("%1 [%2] \"%3\"").arg(m.location, m.context, m.source.left(80));
}

// lupdate over today's sources into a fresh file: what the committed files must hold.
TsFile regenerate(const QString& out)
{
    QFile list(QStringLiteral(TUTORDESK_TRANSLATABLE_SOURCES));
    EXPECT_TRUE(list.open(QIODevice::ReadOnly));
    QStringList arguments = QString::fromUtf8(list.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    arguments << QStringLiteral("-silent") << QStringLiteral("-locations") << QStringLiteral("absolute")
              << QStringLiteral("-I") << QStringLiteral(TUTORDESK_SOURCE_DIR "/core") << QStringLiteral("-I")
              << QStringLiteral(TUTORDESK_SOURCE_DIR "/ui") << QStringLiteral("-ts") << out;
    QProcess lupdate;
    lupdate.start(QStringLiteral(TUTORDESK_LUPDATE), arguments);
    EXPECT_TRUE(lupdate.waitForFinished(120000));
    EXPECT_EQ(lupdate.exitCode(), 0) << lupdate.readAllStandardError().toStdString();
    // A tr() lupdate cannot place (a class without Q_OBJECT) would be filed under the wrong context.
    EXPECT_EQ(lupdate.readAllStandardError().trimmed().toStdString(), std::string());
    return TsFile::read(out);
}

class TranslationFilesTest : public TempDirTest {};

TEST_F(TranslationFilesTest, EverySourceStringIsInEveryLanguageAndNothingStale)
{
    const TsFile fresh = regenerate(file(QStringLiteral("fresh.ts")));
    ASSERT_TRUE(fresh.error.isEmpty()) << fresh.error.toStdString();
    ASSERT_GT(fresh.messages.size(), 2000u);
    QSet<QString> wanted;
    for (const TsMessage& m : fresh.messages)
        wanted.insert(m.key());
    for (const QString& language : uiLanguages()) {
        const TsFile ts = TsFile::read(tsPath(language));
        ASSERT_TRUE(ts.error.isEmpty()) << ts.error.toStdString();
        QSet<QString> have;
        for (const TsMessage* m : ts.current())
            have.insert(m->key());
        QStringList missing;
        for (const TsMessage& m : fresh.messages)
            if (!have.contains(m.key()))
                missing << describe(m);
        QStringList stale;
        for (const TsMessage* m : ts.current())
            if (!wanted.contains(m->key()))
                stale << describe(*m);
        EXPECT_TRUE(missing.isEmpty()) << tsPath(language).toStdString() << " lacks " << missing.size()
                                       << " source string(s); run `cmake --build build --target "
                                          "update_translations` and translate them:\n"
                                       << missing.mid(0, 25).join(QLatin1Char('\n')).toStdString();
        EXPECT_TRUE(stale.isEmpty()) << tsPath(language).toStdString() << " holds " << stale.size()
                                     << " string(s) the sources no longer have; run update_translations:\n"
                                     << stale.mid(0, 10).join(QLatin1Char('\n')).toStdString();
    }
}

TEST_F(TranslationFilesTest, NoSourceDefinesAFreeTrFunctionLupdateWouldMisfile)
{
    // lupdate files a free function's tr() under the namespace, not under the context it looks up: a
    // translation nobody would ever see. Files use a class with Q_DECLARE_TR_FUNCTIONS instead.
    const QRegularExpression freeTr(QStringLiteral(R"(^\s*QString\s+tr\s*\()"),
                                    QRegularExpression::MultilineOption);
    QStringList offenders;
    for (const QString& area : {QStringLiteral("core"), QStringLiteral("ui"), QStringLiteral("app")}) {
        QDirIterator it(QStringLiteral(TUTORDESK_SOURCE_DIR "/") + area,
                        {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            if (file.open(QIODevice::ReadOnly) && freeTr.match(QString::fromUtf8(file.readAll())).hasMatch())
                offenders << file.fileName();
        }
    }
    EXPECT_TRUE(offenders.isEmpty()) << offenders.join(QLatin1Char('\n')).toStdString();
}

QStringList placeholders(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral(R"(%L?\d+)"));
    QStringList found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found << it.next().captured();
    found.sort();
    return found;
}

bool hasAccelerator(QString text)
{
    static const QRegularExpression entity(QStringLiteral(R"(&[a-zA-Z]+;|&&)"));
    static const QRegularExpression accelerator(QStringLiteral(R"(&\S)"));
    return text.remove(entity).contains(accelerator);
}

TEST_F(TranslationFilesTest, TranslationsKeepPlaceholdersTagsAndAccelerators)
{
    static const QRegularExpression tag(QStringLiteral(R"(</?[a-zA-Z][a-zA-Z0-9]*)"));
    const auto tags = [](const QString& text) {
        QStringList found;
        for (auto it = tag.globalMatch(text); it.hasNext();)
            found << it.next().captured();
        found.sort();
        return found;
    };
    for (const QString& language : uiLanguages()) {
        const TsFile ts = TsFile::read(tsPath(language));
        QStringList broken;
        for (const TsMessage* m : ts.current()) {
            if (!m->finished)
                continue;
            for (qsizetype i = 0; i < m->translations.size(); ++i) {
                const QString& t = m->translations[i];
                const bool lastForm = i == m->translations.size() - 1;
                if (t.trimmed().isEmpty())
                    broken << describe(*m) + QStringLiteral(": empty");
                else if (placeholders(t) != placeholders(m->source))
                    broken << describe(*m) + QStringLiteral(": placeholders ") + t;
                else if (m->source.contains(QLatin1String("%n")) && lastForm &&
                         !t.contains(QLatin1String("%n")))
                    broken << describe(*m) + QStringLiteral(": lost %n ") + t;
                else if (tags(t) != tags(m->source))
                    broken << describe(*m) + QStringLiteral(": HTML tags ") + t;
                else if (hasAccelerator(m->source) && !hasAccelerator(t))
                    broken << describe(*m) + QStringLiteral(": lost the keyboard accelerator ") + t;
            }
        }
        EXPECT_TRUE(broken.isEmpty()) << language.toStdString() << ":\n"
                                      << broken.mid(0, 20).join(QLatin1Char('\n')).toStdString();
    }
}

TEST_F(TranslationFilesTest, SpanishIsComplete)
{
    const TsFile ts = TsFile::read(tsPath(QStringLiteral("es")));
    QStringList open;
    for (const TsMessage* m : ts.current())
        if (!m->finished)
            open << describe(*m);
    EXPECT_TRUE(open.isEmpty()) << open.size() << " Spanish strings untranslated:\n"
                                << open.mid(0, 25).join(QLatin1Char('\n')).toStdString();
}

TEST_F(TranslationFilesTest, MainScreensAreTranslatedInEveryLanguage)
{
    for (const QString& language : uiLanguages()) {
        const TsFile ts = TsFile::read(tsPath(language));
        QStringList open;
        for (const TsMessage* m : ts.current())
            if (mainScreens.contains(m->context) && !m->finished)
                open << describe(*m);
        EXPECT_TRUE(open.isEmpty()) << language.toStdString() << ": " << open.size()
                                    << " strings of the main screens untranslated:\n"
                                    << open.mid(0, 15).join(QLatin1Char('\n')).toStdString();
    }
}

} // namespace
} // namespace tutordesk::test
