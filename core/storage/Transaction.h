#pragma once

namespace tessera {

class Database;

/**
 * One write transaction (BEGIN IMMEDIATE … COMMIT). Rolls back on destruction unless commit() was called, so an
 * exception anywhere in a write leaves the case as it was (every write is one transaction).
 */
class Transaction {
public:
    explicit Transaction(Database& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    /// Commits; throws CaseError if SQLite cannot commit (the transaction is then rolled back).
    void commit();

private:
    Database& m_db;
    bool m_done = false;
};

} // namespace tessera
