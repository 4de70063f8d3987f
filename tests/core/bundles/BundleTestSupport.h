#pragma once

// Reading bundles back as the district would: the zip with QuaZip, each file with the project's CsvReader,
// and an applier that takes a bulk and then deltas in sequence (upsert active rows, drop tobedeleted).
#include "exchange/BundleExport.h"
#include "exchange/BundleRender.h"
#include "exchange/ExchangeSettings.h"
#include "roster/CsvReader.h"
#include "store/Store.h"
#include "support/ScheduleFixtures.h"

#include <QBuffer>
#include <QFile>
#include <QMap>
#include <QStringList>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipfileinfo.h>

#include <gtest/gtest.h>

#include <map>

namespace tutordesk::test {

inline QStringList strings(std::initializer_list<const char*> texts)
{
    QStringList list;
    for (const char* text : texts)
        list << QString::fromUtf8(text);
    return list;
}

// Every entry of a zip, by name.
inline QMap<QString, QByteArray> unzip(const QByteArray& content)
{
    QMap<QString, QByteArray> entries;
    QByteArray copy = content;
    QBuffer buffer(&copy);
    QuaZip zip(&buffer);
    if (!zip.open(QuaZip::mdUnzip)) {
        ADD_FAILURE() << "not a zip";
        return entries;
    }
    for (bool more = zip.goToFirstFile(); more; more = zip.goToNextFile()) {
        // Unzipped on the district's side, every file must be readable by whoever unzipped it (a zip without
        // permissions unpacks to mode 0000 on Linux) and by nobody else.
        QuaZipFileInfo64 info;
        EXPECT_TRUE(zip.getCurrentFileInfo(&info));
        EXPECT_EQ(info.getPermissions() & (QFile::ReadOwner | QFile::ReadOther), QFile::ReadOwner)
            << zip.getCurrentFileName().toStdString();
        QuaZipFile file(&zip);
        if (!file.open(QIODevice::ReadOnly)) {
            ADD_FAILURE() << "unreadable entry";
            continue;
        }
        entries.insert(zip.getCurrentFileName(), file.readAll());
        file.close();
    }
    return entries;
}

struct CsvTable {
    QStringList header;
    std::vector<QStringList> records;
};

inline CsvTable readCsv(const QByteArray& bytes, const QString& name)
{
    CsvTable table;
    auto info = CsvReader::readBytes(bytes, name, [&](const CsvRecord& record) {
        table.records.push_back(record.fields);
        return true;
    });
    if (!info) {
        ADD_FAILURE() << name.toStdString() << ": " << info.error().message.toStdString();
        return table;
    }
    EXPECT_TRUE(info->problems.empty()) << name.toStdString();
    table.header = info->header;
    return table;
}

// manifest.csv as a property map.
inline QMap<QString, QString> readManifest(const QByteArray& bytes)
{
    QMap<QString, QString> properties;
    for (const QStringList& record : readCsv(bytes, QStringLiteral("manifest.csv")).records)
        properties.insert(record.value(0), record.value(1));
    return properties;
}

// What the district holds: file → sourcedId → the data cells after sourcedId,status,dateLastModified.
using DistrictCopy = std::map<QString, std::map<QString, QStringList>>;

inline void applyBundle(DistrictCopy& copy, const Bundle& bundle)
{
    const auto entries = unzip(bundle.content);
    const auto manifest = readManifest(entries.value(QStringLiteral("manifest.csv")));
    if (bundle.mode == BundleMode::Bulk)
        copy.clear();
    for (const QString& name : exportFileNames()) {
        auto& rows = copy[name];
        const QString state = manifest.value(QStringLiteral("file.") + QString(name).chopped(4));
        if (state == QLatin1String("absent")) {
            EXPECT_FALSE(entries.contains(name)) << name.toStdString();
            continue;
        }
        EXPECT_TRUE(entries.contains(name)) << name.toStdString();
        for (const QStringList& record : readCsv(entries.value(name), name).records) {
            const QString& status = record.value(1);
            if (bundle.mode == BundleMode::Bulk) {
                EXPECT_TRUE(status.isEmpty());
                rows[record.value(0)] = record.mid(3);
            } else if (status == QLatin1String("active")) {
                EXPECT_FALSE(record.value(2).isEmpty());
                rows[record.value(0)] = record.mid(3);
            } else {
                EXPECT_EQ(status.toStdString(), "tobedeleted");
                EXPECT_EQ(rows.erase(record.value(0)), 1U) << "deleting a row the district never had";
            }
        }
    }
}

// A bulk rendered now without recording, as the district copy it should equal.
inline DistrictCopy freshBulk(Store& store)
{
    const ExchangeSettings settings = ExchangeSettings::load(store);
    DistrictCopy copy;
    for (const RenderedFile& file : renderBulkFiles(store, {settings.includeNames, settings.includeNotes})) {
        auto& rows = copy[file.name];
        for (const QStringList& record : readCsv(file.bytes, file.name).records)
            rows[record.value(0)] = record.mid(3);
    }
    return copy;
}

inline Bundle exportOrFail(Store& store, BundleMode mode, const QDateTime& now)
{
    ExportRequest request;
    request.mode = mode;
    request.now = now;
    auto made = exportBundle(store, request);
    if (!made || !made.value()) {
        ADD_FAILURE() << (made ? std::string("no bundle") : made.error().message.toStdString());
        return {};
    }
    return std::move(*made.value());
}

inline void setSetting(Store& store, const char* key, bool on)
{
    store.db().run("INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)", key, on ? "true" : "false");
}

// A small school with a row in every exported table.
class BundleSchoolTest : public NewSchoolTest {
protected:
    void SetUp() override
    {
        NewSchoolTest::SetUp();
        if (HasFatalFailure())
            return;
        Database& db = store().db();
        const auto supervisor = addSupervisor(store(), QStringLiteral("SUP-1"), QStringLiteral("Diaz"), 8);
        TutorSpec spec;
        spec.supervisorId = supervisor;
        const auto tutor = addTutor(store(), spec);
        spec.id = QStringLiteral("T-2");
        const auto substitute = addTutor(store(), spec);
        for (int i = 1; i <= 6; ++i) {
            students.push_back(addStudent(store(), QStringLiteral("S-%1").arg(i)));
            db.run(
                "UPDATE students SET need_score = ?, need_tier = 2, attendance_rate = 93.5, el_status = 'EL',"
                " home_language = 'es', iep = ? WHERE id = ?",
                10.25 * i - 30, i % 2, students.back());
        }
        db.run(
            "INSERT INTO tutoring_groups (sourced_id, name, subject, tier, cap, tutor_id, weekdays, "
            "starts_at,"
            " minutes, start_day, end_day) VALUES ('G-1', 'Reading 3A', 'reading', 2, 4, ?, 11, '10:00', 30,"
            " '2026-09-01', '2027-06-01')",
            tutor);
        groupId = db.lastInsertId();
        for (int i = 0; i < 3; ++i)
            enroll(store(), students[i], groupId, QStringLiteral("E-%1").arg(i + 1));
        db.run("INSERT INTO enrollments (sourced_id, student_id, subject, tier, status, status_since)"
               " VALUES ('E-W', ?, 'math', 2, 'waitlisted', '2026-09-01')",
               students[4]);
        db.run("INSERT INTO sessions (sourced_id, group_id, day, starts_at, minutes, status, tutor_id,"
               " substitute_tutor_id) VALUES ('SE-1', ?, '2026-09-07', '10:00', 30, 'held', ?, ?)",
               groupId, tutor, substitute);
        sessionId = db.lastInsertId();
        db.run("INSERT INTO attendance (sourced_id, session_id, student_id, status, minutes) VALUES"
               " ('A-1', ?1, ?2, 'present', 30), ('A-2', ?1, ?3, 'tardy', 20), ('A-3', ?1, ?4, 'excused', 0)",
               sessionId, students[0], students[1], students[2]);
        db.run(
            "INSERT INTO assessments (sourced_id, student_id, kind, subject, skill, test_window, score,"
            " max_score, levels_below, assessed_on) VALUES ('AS-1', ?, 'benchmark', 'reading', 'RF.3', 'BOY',"
            " -2.5, 20, 1, '2026-09-02')",
            students[0]);
        db.run("INSERT INTO contacts (sourced_id, student_id, contacted_at, method, purpose, outcome, notes,"
               " interpreter_used) VALUES ('C-1', ?, '2026-09-08T16:30:00Z', 'phone', 'missed_session', "
               "'reached',"
               " 'Mom says, \"call after 5\"', 1)",
               students[0]);
        db.run("INSERT INTO protocol_actions (sourced_id, student_id, session_id, rule, created_on, due_on)"
               " VALUES ('P-1', ?, ?, 'notify_family', '2026-09-07', '2026-09-09')",
               students[2], sessionId);
    }

    std::vector<std::int64_t> students;
    std::int64_t groupId = 0;
    std::int64_t sessionId = 0;
};

inline QDateTime at(int day, int minute = 0)
{
    return QDateTime(QDate(2026, 9, 1).addDays(day), QTime(15, 0).addSecs(minute * 60), Qt::UTC);
}

} // namespace tutordesk::test
