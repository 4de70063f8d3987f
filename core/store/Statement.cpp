#include "store/Statement.h"

#include "store/StoreError.h"

#include <sqlite3.h>

#include <utility>

namespace tutordesk {

Statement::Statement(sqlite3* db, std::string_view sql)
    : m_db(db)
{
    const int rc = sqlite3_prepare_v2(m_db, sql.data(), static_cast<int>(sql.size()), &m_stmt, nullptr);
    if (rc != SQLITE_OK)
        fail(rc);
}

Statement::~Statement()
{
    sqlite3_finalize(m_stmt);
}

Statement::Statement(Statement&& other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
    , m_stmt(std::exchange(other.m_stmt, nullptr))
{}

Statement& Statement::operator=(Statement&& other) noexcept
{
    if (this != &other) {
        sqlite3_finalize(m_stmt);
        m_db = std::exchange(other.m_db, nullptr);
        m_stmt = std::exchange(other.m_stmt, nullptr);
    }
    return *this;
}

void Statement::fail(int code) const
{
    QString message = QString::fromUtf8(sqlite3_errmsg(m_db));
    if (m_stmt) {
        if (const char* sql = sqlite3_sql(m_stmt))
            message += QStringLiteral(" [%1]").arg(QString::fromUtf8(sql).simplified().left(160));
    }
    throw StoreError(message, code);
}

void Statement::bind(int index, std::nullptr_t)
{
    if (const int rc = sqlite3_bind_null(m_stmt, index); rc != SQLITE_OK)
        fail(rc);
}

void Statement::bind(int index, int value)
{
    if (const int rc = sqlite3_bind_int(m_stmt, index, value); rc != SQLITE_OK)
        fail(rc);
}

void Statement::bind(int index, std::int64_t value)
{
    if (const int rc = sqlite3_bind_int64(m_stmt, index, value); rc != SQLITE_OK)
        fail(rc);
}

void Statement::bind(int index, double value)
{
    if (const int rc = sqlite3_bind_double(m_stmt, index, value); rc != SQLITE_OK)
        fail(rc);
}

void Statement::bind(int index, bool value)
{
    bind(index, value ? 1 : 0);
}

void Statement::bind(int index, const QString& value)
{
    const QByteArray utf8 = value.toUtf8();
    if (const int rc = sqlite3_bind_text(m_stmt, index, utf8.constData(), static_cast<int>(utf8.size()),
                                         SQLITE_TRANSIENT);
        rc != SQLITE_OK)
        fail(rc);
}

void Statement::bind(int index, std::string_view utf8)
{
    if (const int rc =
            sqlite3_bind_text(m_stmt, index, utf8.data(), static_cast<int>(utf8.size()), SQLITE_TRANSIENT);
        rc != SQLITE_OK)
        fail(rc);
}

void Statement::bind(int index, const QDate& day)
{
    if (day.isValid())
        bind(index, day.toString(Qt::ISODate));
    else
        bind(index, nullptr);
}

int Statement::parameterIndex(const char* name) const
{
    return sqlite3_bind_parameter_index(m_stmt, name);
}

bool Statement::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    const int code = rc;
    sqlite3_reset(m_stmt);
    fail(code);
}

void Statement::run()
{
    while (step()) {
    }
    sqlite3_reset(m_stmt);
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

int Statement::columnCount() const
{
    return sqlite3_column_count(m_stmt);
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

void Statement::bind(int index, const QByteArray& bytes)
{
    // A null QByteArray has no data pointer, and SQLite would store NULL: an empty BLOB is meant.
    static const char nothing = 0;
    const char* data = bytes.isNull() ? &nothing : bytes.constData();
    if (const int rc = sqlite3_bind_blob64(m_stmt, index, data, static_cast<sqlite3_uint64>(bytes.size()),
                                           SQLITE_TRANSIENT);
        rc != SQLITE_OK)
        fail(rc);
}

std::string_view Statement::utf8(int column) const
{
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    return data ? std::string_view(data, static_cast<std::size_t>(sqlite3_column_bytes(m_stmt, column)))
                : std::string_view();
}

QByteArray Statement::blob(int column) const
{
    const auto* data = static_cast<const char*>(sqlite3_column_blob(m_stmt, column));
    return data ? QByteArray(data, sqlite3_column_bytes(m_stmt, column)) : QByteArray();
}

Statement::Type Statement::type(int column) const
{
    switch (sqlite3_column_type(m_stmt, column)) {
    case SQLITE_INTEGER:
        return Type::Integer;
    case SQLITE_FLOAT:
        return Type::Real;
    case SQLITE_TEXT:
        return Type::Text;
    case SQLITE_BLOB:
        return Type::Blob;
    default:
        return Type::Null;
    }
}

QString Statement::text(int column) const
{
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    return data ? QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column)) : QString();
}

std::int64_t Statement::integer(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

double Statement::real(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

std::optional<QString> Statement::optionalText(int column) const
{
    return isNull(column) ? std::nullopt : std::optional<QString>(text(column));
}

std::optional<double> Statement::optionalReal(int column) const
{
    return isNull(column) ? std::nullopt : std::optional<double>(real(column));
}

std::optional<std::int64_t> Statement::optionalInteger(int column) const
{
    return isNull(column) ? std::nullopt : std::optional<std::int64_t>(integer(column));
}

} // namespace tutordesk
