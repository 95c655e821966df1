#include "storage/Database.h"

#include "case/CaseError.h"
#include "crypto/SecureBuffer.h"
#include "storage/OffsetVfs.h"

#include <QStringList>
#include <sodium.h>
#include <sqlcipher/sqlite3.h>

namespace tessera {
namespace {
/// x'<64 hex digits>' built in secure memory: SQLCipher's raw-key form (67 bytes, plus a NUL for sodium_bin2hex).
SecureBuffer rawKeyLiteral(const SecureBuffer& rawKey) {
    SecureBuffer hexKey(2 + 2 * rawKey.size() + 2);
    char* h = reinterpret_cast<char*>(hexKey.data());
    h[0] = 'x';
    h[1] = '\'';
    sodium_bin2hex(h + 2, 2 * rawKey.size() + 1, rawKey.data(), rawKey.size());
    h[2 + 2 * rawKey.size()] = '\'';
    return hexKey;
}
} // namespace

Database::Database(const QString& path, const SecureBuffer& rawKey, bool create, const std::optional<CaseError>& readOnly)
    : m_readOnly(readOnly) {
    OffsetVfs::ensureRegistered();
    const int flags = (readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | (create ? SQLITE_OPEN_CREATE : 0)) |
                      SQLITE_OPEN_NOMUTEX;
    const QByteArray p = path.toUtf8();
    int rc = sqlite3_open_v2(p.constData(), &m_db, flags, OffsetVfs::name());
    if (rc != SQLITE_OK) {
        sqlite3_close(m_db);
        m_db = nullptr;
        throw CaseError(ErrorKind::Damaged, QStringLiteral("%1: cannot open the case database").arg(path));
    }
    SecureBuffer hexKey = rawKeyLiteral(rawKey);
    rc = sqlite3_key_v2(m_db, "main", hexKey.data(), static_cast<int>(3 + 2 * rawKey.size()));
    hexKey.wipe();
    if (rc != SQLITE_OK) {
        sqlite3_close(m_db);
        m_db = nullptr;
        throw CaseError(ErrorKind::Internal, QStringLiteral("%1: the encryption layer refused the key").arg(path));
    }
    try {
        exec("PRAGMA cipher_page_size = 4096; PRAGMA kdf_iter = 64000; PRAGMA cipher_use_hmac = ON;");
        if (cipherVersion().isEmpty())
            throw CaseError(ErrorKind::Internal,
                            QStringLiteral("the linked SQLite library is not SQLCipher; refusing to write plaintext"));
        // First read: a key that does not fit fails here with SQLITE_NOTADB.
        scalar("SELECT count(*) FROM sqlite_master");
        exec("PRAGMA journal_mode = DELETE; PRAGMA synchronous = FULL; PRAGMA temp_store = MEMORY; "
             "PRAGMA foreign_keys = ON; PRAGMA cache_size = -65536; PRAGMA secure_delete = ON;");
    } catch (...) {
        sqlite3_close(m_db);
        m_db = nullptr;
        throw;
    }
}

void Database::rekey(const SecureBuffer& newRawKey) {
    SecureBuffer hexKey = rawKeyLiteral(newRawKey);
    const int rc = sqlite3_rekey_v2(m_db, "main", hexKey.data(), static_cast<int>(3 + 2 * newRawKey.size()));
    hexKey.wipe();
    if (rc != SQLITE_OK)
        throw CaseError(ErrorKind::Internal, QStringLiteral("re-encrypting the case failed (%1)")
                                                 .arg(QString::fromUtf8(sqlite3_errmsg(m_db))));
    scalar("SELECT count(*) FROM sqlite_master"); // read back under the new key
}

Database::~Database() {
    if (m_db)
        sqlite3_close_v2(m_db);
}

void Database::exec(const char* sql) {
    char* err = nullptr;
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, &err);
    if (rc != SQLITE_OK) {
        const QString msg = QString::fromUtf8(err ? err : sqlite3_errstr(rc));
        sqlite3_free(err);
        const int primary = rc & 0xff;
        if (primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB)
            throw CaseError(ErrorKind::Damaged, QStringLiteral("case file is damaged or altered (%1)").arg(msg));
        if (sqlite3_extended_errcode(m_db) == SQLITE_READONLY_ROLLBACK)
            throw CaseError(ErrorKind::OpenElsewhere, readOnlyRollbackMessage());
        if (primary == SQLITE_READONLY && m_readOnly)
            throw *m_readOnly;
        if (primary == SQLITE_READONLY)
            throw CaseError::readOnly();
        if (primary == SQLITE_BUSY || primary == SQLITE_LOCKED)
            throw CaseError(ErrorKind::OpenElsewhere, QStringLiteral("case file is busy (%1)").arg(msg));
        if (primary == SQLITE_FULL || isWriteFailure(sqlite3_extended_errcode(m_db)))
            throw CaseError(ErrorKind::Internal, QStringLiteral("the disk is full or refused a write; nothing was saved (%1)").arg(msg));
        throw CaseError(ErrorKind::Internal, msg);
    }
}

Statement Database::prepare(const char* sql) { return Statement(m_db, sql); }

qint64 Database::scalar(const char* sql) {
    Statement s(m_db, sql);
    return s.step() ? s.int64(0) : 0;
}

qint64 Database::lastInsertRowId() const { return sqlite3_last_insert_rowid(m_db); }

int Database::changes() const { return sqlite3_changes(m_db); }

bool Database::isReadOnly() const {
    return m_db && sqlite3_db_readonly(m_db, "main") == 1;
}

bool Database::inTransaction() const { return m_db && sqlite3_get_autocommit(m_db) == 0; }

bool Database::foreignKeysEnforced() { return scalar("PRAGMA foreign_keys") == 1; }

void Database::requireForeignKeys(std::initializer_list<const char*> tables) {
    for (const char* table : tables) {
        Statement s(m_db, (QByteArray("PRAGMA foreign_key_check(") + table + ')').constData());
        if (s.step())
            throw CaseError(ErrorKind::Internal, QStringLiteral("table %1 refers to a row that does not exist (foreign "
                                                                "key check); nothing was saved")
                                                     .arg(QString::fromLatin1(table)));
    }
}

QString Database::cipherVersion() {
    Statement s(m_db, "PRAGMA cipher_version");
    return s.step() ? s.text(0) : QString();
}

QStringList Database::integrityCheck() {
    QStringList out;
    Statement s(m_db, "PRAGMA integrity_check");
    while (s.step())
        out << s.text(0);
    return out;
}

QString Database::linkedCipherVersion() {
    sqlite3* db = nullptr;
    if (sqlite3_open_v2(":memory:", &db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
        sqlite3_close(db);
        return {};
    }
    QString v;
    {
        Statement s(db, "PRAGMA cipher_version");
        if (s.step())
            v = s.text(0);
    }
    sqlite3_close(db);
    return v;
}

} // namespace tessera
