#pragma once

#include <QString>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace tutordesk::test {

// A fresh folder per test for real database files; removed when the test ends.
class TempDirTest : public ::testing::Test {
protected:
    QString file(const QString& name) const { return m_dir.filePath(name); }
    QString dbPath() const { return file(QStringLiteral("school.tutordesk")); }

private:
    QTemporaryDir m_dir;
};

} // namespace tutordesk::test
