#pragma once

#include "store/Statement.h"

#include <QString>

#include <memory>
#include <string_view>

struct sqlite3;

namespace tutordesk {

// The one owned SQLite connection. Store opens it; modules borrow it through Store.
class Database final {
public:
    enum class Mode { OpenExisting, CreateIfMissing };

    // Opens the file; throws StoreError when SQLite cannot.
    Database(const QString& path, Mode mode);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    Statement prepare(std::string_view sql) { return Statement(m_db.get(), sql); }
    // Runs one or more statements that take no parameters (pragmas, migrations, BEGIN/COMMIT).
    void execute(std::string_view sql);

    // First column of the first row, for single-value queries.
    template <typename... Args> std::int64_t queryInteger(std::string_view sql, const Args&... args)
    {
        Statement st = prepare(sql);
        st.bindAll(args...);
        return st.step() ? st.integer(0) : 0;
    }
    template <typename... Args> QString queryText(std::string_view sql, const Args&... args)
    {
        Statement st = prepare(sql);
        st.bindAll(args...);
        return st.step() ? st.text(0) : QString();
    }
    template <typename... Args> void run(std::string_view sql, const Args&... args)
    {
        Statement st = prepare(sql);
        st.bindAll(args...);
        st.run();
    }

    std::int64_t lastInsertId() const;
    int changes() const;
    // Whether a transaction is open on this connection.
    bool inTransaction() const;
    // A value that changes whenever the database changes, through this connection (its total count of
    // changed rows) or another (SQLite's data_version): temp tables derived from the data are current while
    // it stands still.
    QString changeStamp();
    sqlite3* handle() const { return m_db.get(); }

private:
    struct Closer {
        void operator()(sqlite3* db) const;
    };
    std::unique_ptr<sqlite3, Closer> m_db;
};

} // namespace tutordesk
