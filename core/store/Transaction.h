#pragma once

#include "store/Database.h"

namespace tutordesk {

// A write transaction that rolls back unless commit() is reached, so an exception or an early
// return leaves the database exactly as it was. BEGIN IMMEDIATE takes the write lock up front.
class Transaction final {
public:
    explicit Transaction(Database& db)
        : m_db(db)
    {
        m_db.execute("BEGIN IMMEDIATE");
    }
    ~Transaction()
    {
        if (!m_done) {
            try {
                m_db.execute("ROLLBACK");
            } catch (...) { // NOLINT(bugprone-empty-catch): nothing more can be done in a destructor
            }
        }
    }
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    void commit()
    {
        m_db.execute("COMMIT");
        m_done = true;
    }

private:
    Database& m_db;
    bool m_done = false;
};

} // namespace tutordesk
