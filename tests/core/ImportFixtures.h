#pragma once

#include "TestPaths.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QString>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

#include <functional>
#include <utility>
#include <vector>

namespace tutordesk::test {

// Test data of the import tests (tests/data/…).
inline QString importData(const QString& relative)
{
    return QStringLiteral(TUTORDESK_TEST_DATA_DIR "/") + relative;
}

// Zips the files of `folder` into `zipPath` (under `prefix`, as "Compress folder" does), then
// `extra` entries by the names given (which may be ones a real export never has: "../evil.csv").
// Districts send OneRoster as a zip; so do the tests.
inline bool zipFolder(const QString& folder, const QString& zipPath,
                      const std::vector<std::pair<QString, QByteArray>>& extra = {},
                      const QString& prefix = {})
{
    QuaZip zip(zipPath);
    if (!zip.open(QuaZip::mdCreate))
        return false;
    const auto add = [&zip](const QString& name, const QByteArray& bytes) {
        QuaZipFile out(&zip);
        if (!out.open(QIODevice::WriteOnly, QuaZipNewInfo(name)))
            return false;
        const bool written = out.write(bytes) == bytes.size();
        out.close();
        return written && out.getZipError() == 0;
    };
    for (const QFileInfo& file : QDir(folder).entryInfoList(QDir::Files, QDir::Name)) {
        QFile in(file.absoluteFilePath());
        if (!in.open(QIODevice::ReadOnly) || !add(prefix + file.fileName(), in.readAll()))
            return false;
    }
    for (const auto& [name, bytes] : extra) {
        if (!add(name, bytes))
            return false;
    }
    zip.close();
    return zip.getZipError() == 0;
}

// Copies the files of `from` into `to`, leaving out `skip`, and lets `edit` change a file's text
// (by its name) on the way: a roster with one bad cell, or one student fewer.
inline bool copyFolder(const QString& from, const QString& to, const QStringList& skip = {},
                       const std::function<QString(const QString& name, QString text)>& edit = {})
{
    if (!QDir().mkpath(to))
        return false;
    for (const QFileInfo& file : QDir(from).entryInfoList(QDir::Files)) {
        if (skip.contains(file.fileName()))
            continue;
        QFile in(file.absoluteFilePath());
        QFile out(QDir(to).filePath(file.fileName()));
        if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly))
            return false;
        QString text = QString::fromUtf8(in.readAll());
        if (edit)
            text = edit(file.fileName(), text);
        out.write(text.toUtf8());
    }
    return true;
}

} // namespace tutordesk::test
