#pragma once

#include "TestPaths.h"
#include "roster/ColumnMapping.h"
#include "roster/CsvReader.h"
#include "roster/GenericRosterReader.h"
#include "support/TestText.h"

#include <QStringList>

#include <gtest/gtest.h>

#include <vector>

namespace tutordesk::test {

// A roster file under tests/data/roster.
inline QString rosterFile(const char* name)
{
    return QStringLiteral(TUTORDESK_TEST_DATA_DIR "/roster/") + u(name);
}

inline QString joined(const std::vector<QString>& notes)
{
    return QStringList(notes.begin(), notes.end()).join(QLatin1Char('\n'));
}

// The mapping TutorDesk proposes for the file's header, as the coordinator first sees it.
inline ColumnMapping proposalFor(const QString& path)
{
    const auto head = CsvReader::readFile(path, [](const CsvRecord&) { return false; });
    EXPECT_TRUE(head.ok());
    return ColumnMapping::propose(QLatin1String(GenericRosterReader::mappingKind),
                                  GenericRosterReader::fields(), head.ok() ? head->header : QStringList());
}

// Reads a roster with the proposed mapping; a file that cannot be read fails the test.
inline RosterRead readRoster(const QString& path)
{
    auto read = GenericRosterReader::read(path, proposalFor(path));
    if (!read.ok()) {
        ADD_FAILURE() << read.error().message.toStdString();
        return {};
    }
    return std::move(read).value();
}

} // namespace tutordesk::test
