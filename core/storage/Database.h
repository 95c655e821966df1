#pragma once

#include "storage/Statement.h"

#include "case/CaseError.h"

#include <QString>
#include <initializer_list>
#include <optional>

struct sqlite3;

namespace tessera {

class SecureBuffer;

/**
 * The case's SQLCipher 3.4.1 connection (RAII over sqlite3*), opened through the OffsetVfs shim. The only place
 * raw sqlite3_* calls live, with Statement and Transaction (STYLE: one small RAII wrapper).
 *
 * Cipher settings are set explicitly on every open, right after keying and before the first read (DESIGN §3):
 * cipher_page_size 4096, kdf_iter 64000 (unused with a raw key, fixed so a future SQLCipher cannot change it),
 * cipher_use_hmac ON; then journal_mode DELETE (3.4.1's WAL lacks later corruption fixes), synchronous FULL,
 * temp_store MEMORY, foreign_keys ON, cache_size 64 MiB.
 */
class Database {
public:
    /**
     * Opens (or, with `create`, creates the database part of) the case file at `path`, which must already carry
     * the case header. `rawKey` is the 32-byte data key in secure memory, handed to sqlite3_key_v2 as a raw key
     * (x'…'), so SQLCipher's PBKDF2 is skipped. Throws CaseError: WrongPassphrase is never raised here (the key
     * slot's AEAD already decides that); a key that does not open the database raises Damaged.
     *
     * With `readOnly`, the database is opened SQLITE_OPEN_READONLY (a case opened without its lock, Case::open):
     * every write (BEGIN IMMEDIATE of a Transaction) throws that CaseError instead of SQLite's generic read-only
     * error, so the message says why (folder not writable, disk full). A hot rollback journal cannot be rolled back
     * read-only: the open fails with CaseError(OpenElsewhere) saying so (SQLITE_READONLY_ROLLBACK).
     */
    Database(const QString& path, const SecureBuffer& rawKey, bool create,
             const std::optional<CaseError>& readOnly = std::nullopt);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    /// Executes one or more SQL statements without results. Throws CaseError.
    void exec(const char* sql);
    void exec(const QString& sql) { exec(sql.toUtf8().constData()); }
    /// Prepares a statement. Throws CaseError.
    Statement prepare(const char* sql);
    /// Runs a query that returns one integer (first column of the first row; 0 when there is no row).
    qint64 scalar(const char* sql);
    qint64 lastInsertRowId() const;
    /// True when the connection cannot write (sqlite3_db_readonly): the file was opened read-only because the user
    /// may not write it (e.g. mode 0400), so every write would fail with CaseError::readOnly().
    bool isReadOnly() const;
    int changes() const;
    /// True while a transaction is open on this connection (sqlite3_get_autocommit() is 0).
    bool inTransaction() const;
    /// Whether foreign keys are enforced (`PRAGMA foreign_keys`).
    bool foreignKeysEnforced();
    /**
     * Runs `PRAGMA foreign_key_check(table)` for each of `tables` (fixed table names, not user input) and throws
     * CaseError(Internal) naming the first table with a reference to a missing row. For writes made while enforcement
     * was switched off (ForeignKeysOff), before their COMMIT.
     */
    void requireForeignKeys(std::initializer_list<const char*> tables);

    /**
     * Re-encrypts every page under `newRawKey` (sqlite3_rekey_v2 with a raw key; one journaled transaction, so an
     * interruption rolls back to the old key at the next open). Throws CaseError.
     */
    void rekey(const SecureBuffer& newRawKey);

    /// `PRAGMA cipher_version`; empty when the linked library is not SQLCipher (then nothing would be encrypted).
    QString cipherVersion();
    /// `PRAGMA integrity_check` result lines ("ok" when intact).
    QStringList integrityCheck();
    /// SQLCipher's compiled-in version ("3.4.1"), checked without opening a case; empty if not SQLCipher.
    static QString linkedCipherVersion();

private:
    sqlite3* m_db = nullptr;
    std::optional<CaseError> m_readOnly; ///< why writes are refused, when opened read-only
};

} // namespace tessera
