#pragma once

#include <QByteArray>
#include <QString>
#include <QVariant>

struct sqlite3;
struct sqlite3_stmt;

namespace tessera {

/// True for SQLite extended result codes that mean a write did not reach the disk (write, fsync, truncate): how a
/// full disk (ENOSPC) or a file-size limit (EFBIG) shows up besides SQLITE_FULL. For error messages only.
bool isWriteFailure(int extendedCode);
/// The message for SQLITE_READONLY_ROLLBACK: a hot rollback journal beside a case opened read-only (a read-only
/// file, or a folder that cannot take the case lock), which SQLite must roll back before anything can be read.
QString readOnlyRollbackMessage();

/**
 * A prepared SQL statement (RAII over sqlite3_stmt; finalised on destruction). Parameters are 1-based as in SQLite;
 * columns are 0-based. Text is UTF-8. Errors throw CaseError (Damaged for SQLITE_CORRUPT/NOTADB, Internal otherwise)
 * naming the SQLite error, never a bound value.
 */
class Statement {
public:
    Statement(sqlite3* db, const char* sql);
    ~Statement();
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&&) = delete;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    Statement& bind(int index, qint64 value);
    Statement& bind(int index, int value) { return bind(index, static_cast<qint64>(value)); }
    Statement& bind(int index, bool value) { return bind(index, static_cast<qint64>(value ? 1 : 0)); }
    Statement& bind(int index, double value);
    /// Binds UTF-8 text; a null QString binds SQL NULL.
    Statement& bind(int index, const QString& value);
    /// Binds UTF-8 text; a null QString binds the empty string (for NOT NULL text columns).
    Statement& bindText(int index, const QString& value);
    /// Binds bytes that are already UTF-8 as TEXT (no conversion); a null array binds the empty string.
    Statement& bindUtf8Text(int index, const QByteArray& utf8);
    /// Binds a BLOB; a null QByteArray binds SQL NULL.
    Statement& bind(int index, const QByteArray& value);
    Statement& bindNull(int index);
    /// Binds `size` bytes of UTF-8 at `utf8` as TEXT without copying them (SQLITE_STATIC): the bytes must stay valid
    /// and unchanged until the statement is stepped and rebound or reset with reset(). For bulk writers that keep the
    /// values in their own buffer (ImportSession's batches).
    Statement& bindStaticUtf8(int index, const char* utf8, qsizetype size);
    /// Binds `size` bytes at `data` as a BLOB without copying them (SQLITE_STATIC); same lifetime rule as
    /// bindStaticUtf8().
    Statement& bindStaticBlob(int index, const void* data, qsizetype size);

    /// Steps once. Returns true when a row is available, false when done.
    bool step();
    /// Steps to completion, expecting no row (INSERT/UPDATE/DELETE).
    void exec();
    /// Resets the statement and clears its bindings so it can be executed again.
    void reset();
    /// Steps to completion like exec(), then resets the statement but keeps its bindings: parameters bound once (an
    /// exhibit id the same for every row) need not be bound again. Every other parameter must be rebound before the
    /// next run, and bytes bound with bindStaticUtf8()/bindStaticBlob() must still be valid if they are not.
    void execKeepingBindings();

    qint64 int64(int column) const;
    int int32(int column) const { return static_cast<int>(int64(column)); }
    double real(int column) const;
    QString text(int column) const;
    QByteArray blob(int column) const;
    bool isNull(int column) const;

private:
    void check(int rc) const;
    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_stmt = nullptr;
};

} // namespace tessera
