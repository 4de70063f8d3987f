#pragma once

#include "core/actions/ActionFixtures.h"
#include "letters/LetterMerge.h"
#include "letters/LetterTemplates.h"

#include <QByteArray>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QString>
#include <QtEndian>

#include <gtest/gtest.h>

#include <cstdint>
#include <map>
#include <optional>

namespace tutordesk::test {

// A template file for a pack: the built-in text with a marker sentence added.
inline QString packTemplate(const QString& kind, const QString& language, const QString& marker)
{
    auto base = LetterTemplates::builtIn(kind, QStringLiteral("en"));
    EXPECT_TRUE(base.has_value());
    LetterTemplate t = base.value_or(LetterTemplate{});
    t.language = language;
    t.version = QStringLiteral("district-7");
    t.body = QStringLiteral("<p>%1</p>\n").arg(marker) + t.body;
    return LetterTemplateFile::write(t);
}

// Mateo García in Ana Kim's reading group (Mon–Fri 10:00, Room 12), with a Spanish-speaking mother,
// present on Monday 1 March 2027 and absent Tuesday and Wednesday (a schedule_makeup action for the
// second absence), and two reading probes: 10 of 50 in September, 19 of 50 in February.
class LetterTest : public ActionsTest {
protected:
    void SetUp() override
    {
        ASSERT_NO_FATAL_FAILURE(ActionsTest::SetUp());
        db().run("UPDATE school SET address = ?, phone = ?, coordinator = ?",
                 QStringLiteral("1200 Main St, Los Angeles, CA 90012"), QStringLiteral("(213) 555-0100"),
                 QStringLiteral("Marta Ruiz"));
        m_tutor = tutor(QStringLiteral("Ana"), QStringLiteral("Kim"));
        m_group = newGroup(Group().tutorId(m_tutor));
        m_student = addPupil(QStringLiteral("Mateo"), QStringLiteral("Garc\u00eda"), QStringLiteral("es"));
        seat(m_student, m_group);
        m_guardian = addGuardian(m_student, Guardian()
                                                .first(QStringLiteral("Rosa"))
                                                .last(QStringLiteral("Garc\u00eda"))
                                                .language(QStringLiteral("es"))
                                                .primary(true));
        absentRun(m_student, m_guardian);
    }

    // Present Monday, absent Tuesday and Wednesday; returns the action for Wednesday.
    std::int64_t absentRun(std::int64_t student, std::int64_t)
    {
        const auto s1 = sessionOn(1);
        const auto s2 = sessionOn(2);
        const auto s3 = sessionOn(3);
        mark(s1, student, "present");
        mark(s2, student, "unexcused");
        mark(s3, student, "excused");
        addProbe(student, QDate(2026, 9, 15), 10);
        addProbe(student, QDate(2027, 2, 15), 19);
        m_action = addAction(Action()
                                 .rule("schedule_makeup")
                                 .student(student)
                                 .enrollment(enrollmentOf(student, m_group))
                                 .session(s3)
                                 .absencesInRow(2)
                                 .createdOn(weekday(3))
                                 .dueOn(weekday(4)));
        return m_action;
    }

    // The group's session on weekday n of the test week (created once, shared by the group's students).
    std::int64_t sessionOn(int n)
    {
        auto it = m_sessions.find(n);
        if (it == m_sessions.end())
            it = m_sessions.emplace(n, addSession(m_group, weekday(n), QStringLiteral("10:00"), m_tutor))
                     .first;
        return it->second;
    }

    void addProbe(std::int64_t student, const QDate& day, double score)
    {
        db().run("INSERT INTO assessments (sourced_id, student_id, kind, subject, skill, score, max_score,"
                 " assessed_on) VALUES (?, ?, 'probe', 'reading', 'fluency', ?, 50, ?)",
                 QStringLiteral("P-%1").arg(serial()), student, score, day);
    }

    LetterRequest request(const QString& kind, std::optional<QString> language = std::nullopt)
    {
        LetterRequest r;
        r.studentId = m_student;
        r.kind = kind;
        r.language = std::move(language);
        r.date = QDate(2027, 3, 4);
        if (kind.startsWith(QLatin1String("missed-")))
            r.actionId = m_action;
        return r;
    }

    MergedLetter mustMerge(const LetterRequest& r)
    {
        auto merged = LetterMerge::merge(store(), r);
        EXPECT_TRUE(merged.ok()) << (merged.ok() ? std::string() : merged.error().message.toStdString());
        return merged.ok() ? merged.value() : MergedLetter{};
    }

    int templateRows()
    {
        return static_cast<int>(db().queryInteger("SELECT count(*) FROM letter_templates"));
    }
    QString templateRowsDigest()
    {
        return db().queryText(
            "SELECT group_concat(kind || '/' || language || '/' || source || '/' || body, '|')"
            " FROM (SELECT * FROM letter_templates ORDER BY 1, 2, 3)");
    }

    // A pack folder: relative path → text.
    QString writePack(const QString& name, const std::map<QString, QString>& files)
    {
        const QString root = file(name);
        for (const auto& [path, text] : files) {
            const QString full = root + QLatin1Char('/') + path;
            QDir().mkpath(full.left(full.lastIndexOf(QLatin1Char('/'))));
            QFile out(full);
            EXPECT_TRUE(out.open(QIODevice::WriteOnly));
            out.write(text.toUtf8());
        }
        return root;
    }

    // A stored (uncompressed) zip, written by hand so the test needs no zip library.
    QString writeZip(const QString& name, const std::map<QString, QString>& files)
    {
        QByteArray zip;
        QByteArray central;
        int count = 0;
        for (const auto& [path, text] : files) {
            const QByteArray data = text.toUtf8();
            const QByteArray fileName = path.toUtf8();
            const std::uint32_t crc = crc32(data);
            const auto offset = static_cast<std::uint32_t>(zip.size());
            zip += le32(0x04034b50) + le16(20) + le16(0x0800) + le16(0) + le16(0) + le16(0x21) + le32(crc) +
                   le32(static_cast<std::uint32_t>(data.size())) +
                   le32(static_cast<std::uint32_t>(data.size())) +
                   le16(static_cast<std::uint16_t>(fileName.size())) + le16(0) + fileName + data;
            central += le32(0x02014b50) + le16(20) + le16(20) + le16(0x0800) + le16(0) + le16(0) +
                       le16(0x21) + le32(crc) + le32(static_cast<std::uint32_t>(data.size())) +
                       le32(static_cast<std::uint32_t>(data.size())) +
                       le16(static_cast<std::uint16_t>(fileName.size())) + le16(0) + le16(0) + le16(0) +
                       le16(0) + le32(0) + le32(offset) + fileName;
            ++count;
        }
        const auto centralOffset = static_cast<std::uint32_t>(zip.size());
        zip += central;
        zip += le32(0x06054b50) + le16(0) + le16(0) + le16(static_cast<std::uint16_t>(count)) +
               le16(static_cast<std::uint16_t>(count)) + le32(static_cast<std::uint32_t>(central.size())) +
               le32(centralOffset) + le16(0);
        const QString path = file(name);
        QFile out(path);
        EXPECT_TRUE(out.open(QIODevice::WriteOnly));
        out.write(zip);
        return path;
    }

    std::int64_t m_tutor = 0;
    std::int64_t m_group = 0;
    std::int64_t m_student = 0;
    std::int64_t m_guardian = 0;
    std::int64_t m_action = 0;

private:
    static QByteArray le16(std::uint16_t v)
    {
        QByteArray b(2, '\0');
        qToLittleEndian(v, b.data());
        return b;
    }
    static QByteArray le32(std::uint32_t v)
    {
        QByteArray b(4, '\0');
        qToLittleEndian(v, b.data());
        return b;
    }
    static std::uint32_t crc32(const QByteArray& data)
    {
        std::uint32_t crc = 0xffffffffu;
        for (const char c : data) {
            crc ^= static_cast<std::uint8_t>(c);
            for (int k = 0; k < 8; ++k)
                crc = (crc >> 1) ^ (0xedb88320u & (0u - (crc & 1u)));
        }
        return ~crc;
    }

    std::map<int, std::int64_t> m_sessions;
};

} // namespace tutordesk::test
