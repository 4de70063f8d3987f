#pragma once

#include <QString>

#include <stdexcept>

namespace tutordesk {

// Thrown inside core when SQLite refuses a statement. A call that changes data catches it and
// returns an Error after its Transaction has rolled back. A call that only reads (a page of
// students, a count) lets it through: it means the disk or the file failed, not the input, and
// the page that asked shows it.
class StoreError final : public std::runtime_error {
public:
    StoreError(const QString& message, int sqliteCode)
        : std::runtime_error(message.toStdString())
        , m_message(message)
        , m_code(sqliteCode)
    {}

    const QString& message() const { return m_message; }
    int sqliteCode() const { return m_code; }

private:
    QString m_message;
    int m_code;
};

} // namespace tutordesk
