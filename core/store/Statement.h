#pragma once

#include <QByteArray>
#include <QDate>
#include <QString>

#include <cstdint>
#include <optional>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace tutordesk {

// One prepared SQLite statement with positional (?) or named (:name) parameters. Values are always bound,
// never spliced into SQL text. Errors throw StoreError.
class Statement final {
public:
    Statement(sqlite3* db, std::string_view sql);
    ~Statement();
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&& other) noexcept;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    // Binds each argument to the next parameter, starting from the first, after a reset.
    template <typename... Args> Statement& bindAll(const Args&... args)
    {
        reset();
        int index = 1;
        (bind(index++, args), ...);
        return *this;
    }

    void bind(int index, std::nullptr_t);
    void bind(int index, int value);
    void bind(int index, std::int64_t value);
    void bind(int index, double value);
    void bind(int index, bool value);
    void bind(int index, const QString& value);
    void bind(int index, std::string_view utf8);
    void bind(int index, const char* utf8) { bind(index, std::string_view(utf8)); }
    void bind(int index, const QDate& day);
    // Bytes as a BLOB (an export bundle's zip in the outbox). SQLite copies them.
    void bind(int index, const QByteArray& bytes);
    template <typename T> void bind(int index, const std::optional<T>& value)
    {
        if (value)
            bind(index, *value);
        else
            bind(index, nullptr);
    }

    // The index of a named parameter (":today"), for SQL shared between queries (core/progress/SeatFigures.h)
    // whose callers cannot know its position; 0 when the statement has no such parameter.
    int parameterIndex(const char* name) const;
    // Binds a named parameter when the statement has it (shared SQL fragments may not use every one).
    template <typename T> void bindNamed(const char* name, const T& value)
    {
        if (const int index = parameterIndex(name); index > 0)
            bind(index, value);
    }

    // Advances to the next row; false when there is none. Throws on error.
    bool step();
    // Runs a statement that returns no rows (or whose rows are not wanted).
    void run();
    void reset();

    int columnCount() const;
    bool isNull(int column) const;
    QString text(int column) const;
    // The column's UTF-8 as SQLite holds it, valid until the next step or reset: for writing hundreds of
    // thousands of cells (export bundles) without a QString for each.
    std::string_view utf8(int column) const;
    QByteArray blob(int column) const;
    enum class Type { Integer, Real, Text, Blob, Null };
    Type type(int column) const;
    std::int64_t integer(int column) const;
    double real(int column) const;
    std::optional<QString> optionalText(int column) const;
    std::optional<double> optionalReal(int column) const;
    std::optional<std::int64_t> optionalInteger(int column) const;

private:
    [[noreturn]] void fail(int code) const;

    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_stmt = nullptr;
};

} // namespace tutordesk
