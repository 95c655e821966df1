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

/**
 * Foreign-key enforcement switched off for one bulk write, and back on afterwards (RAII). SQLite ignores
 * `PRAGMA foreign_keys` inside a transaction, so this is made before the write's Transaction and destroyed after it
 * (declare it first). Used by ImportSession's pipeline: a multi-row INSERT that may abort on a foreign key makes
 * SQLite keep a statement journal, which SQLCipher encrypts page by page. The writer must then guarantee the
 * references it writes itself and check the tables it cannot vouch for with Database::requireForeignKeys() before
 * COMMIT.
 */
class ForeignKeysOff {
public:
    /// Throws CaseError(Internal) when a transaction is already open or enforcement did not switch off.
    explicit ForeignKeysOff(Database& db);
    /// Switches enforcement back on. Should a failed ROLLBACK have left the transaction open, rolls it back first
    /// (otherwise the pragma would be ignored). Never throws.
    ~ForeignKeysOff();
    ForeignKeysOff(const ForeignKeysOff&) = delete;
    ForeignKeysOff& operator=(const ForeignKeysOff&) = delete;

private:
    Database& m_db;
};

} // namespace tessera
