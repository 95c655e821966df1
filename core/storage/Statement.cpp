#include "storage/Statement.h"

#include "case/CaseError.h"

#include <sqlcipher/sqlite3.h>
#include <utility>

namespace tessera {

bool isWriteFailure(int extendedCode) {
    // EFBIG (a file-size limit) and ENOSPC surface as write, fsync or truncate I/O errors, not always SQLITE_FULL.
    return extendedCode == SQLITE_IOERR_WRITE || extendedCode == SQLITE_IOERR_FSYNC ||
           extendedCode == SQLITE_IOERR_TRUNCATE || extendedCode == SQLITE_IOERR_DIR_FSYNC;
}

QString readOnlyRollbackMessage() {
    return QStringLiteral("an interrupted write left a rollback journal (-tjournal) beside the case, and it cannot be "
                          "rolled back while the case file or its folder is read-only; nothing was read (make them "
                          "writable and open the case again, or close it where it is being written)");
}

namespace {
[[noreturn]] void throwSqlite(sqlite3* db, int rc, const char* what) {
    const int primary = rc & 0xff;
    const QString msg = QStringLiteral("%1: %2").arg(QString::fromUtf8(what), QString::fromUtf8(sqlite3_errmsg(db)));
    if (primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB)
        throw CaseError(ErrorKind::Damaged, QStringLiteral("case file is damaged or altered (%1)").arg(msg));
    if (sqlite3_extended_errcode(db) == SQLITE_READONLY_ROLLBACK)
        throw CaseError(ErrorKind::OpenElsewhere, readOnlyRollbackMessage());
    if (primary == SQLITE_FULL || isWriteFailure(sqlite3_extended_errcode(db)))
        throw CaseError(ErrorKind::Internal, QStringLiteral("the disk is full or refused a write; nothing was saved (%1)").arg(msg));
    if (primary == SQLITE_READONLY)
        throw CaseError::readOnly();
    if (primary == SQLITE_BUSY || primary == SQLITE_LOCKED)
        throw CaseError(ErrorKind::OpenElsewhere, QStringLiteral("case file is busy in another program (%1)").arg(msg));
    throw CaseError(ErrorKind::Internal, msg);
}
} // namespace


Statement::Statement(sqlite3* db, const char* sql) : m_db(db) {
    const int rc = sqlite3_prepare_v2(db, sql, -1, &m_stmt, nullptr);
    if (rc != SQLITE_OK)
        throwSqlite(db, rc, "prepare");
}

Statement::~Statement() { sqlite3_finalize(m_stmt); }

Statement::Statement(Statement&& other) noexcept
    : m_db(std::exchange(other.m_db, nullptr)), m_stmt(std::exchange(other.m_stmt, nullptr)) {}

void Statement::check(int rc) const {
    if (rc != SQLITE_OK)
        throwSqlite(m_db, rc, "bind");
}

Statement& Statement::bind(int index, qint64 value) {
    check(sqlite3_bind_int64(m_stmt, index, value));
    return *this;
}
Statement& Statement::bind(int index, double value) {
    check(sqlite3_bind_double(m_stmt, index, value));
    return *this;
}
Statement& Statement::bind(int index, const QString& value) {
    if (value.isNull())
        return bindNull(index);
    const QByteArray utf8 = value.toUtf8();
    check(sqlite3_bind_text64(m_stmt, index, utf8.constData(), static_cast<sqlite3_uint64>(utf8.size()),
                              SQLITE_TRANSIENT, SQLITE_UTF8));
    return *this;
}
Statement& Statement::bindText(int index, const QString& value) {
    if (value.isNull()) {
        check(sqlite3_bind_text(m_stmt, index, "", 0, SQLITE_STATIC));
        return *this;
    }
    return bind(index, value);
}
Statement& Statement::bindUtf8Text(int index, const QByteArray& utf8) {
    check(sqlite3_bind_text64(m_stmt, index, utf8.isNull() ? "" : utf8.constData(),
                              static_cast<sqlite3_uint64>(utf8.size()), SQLITE_TRANSIENT, SQLITE_UTF8));
    return *this;
}
Statement& Statement::bind(int index, const QByteArray& value) {
    if (value.isNull())
        return bindNull(index);
    check(sqlite3_bind_blob64(m_stmt, index, value.constData(), static_cast<sqlite3_uint64>(value.size()),
                              SQLITE_TRANSIENT));
    return *this;
}
Statement& Statement::bindNull(int index) {
    check(sqlite3_bind_null(m_stmt, index));
    return *this;
}

Statement& Statement::bindStaticUtf8(int index, const char* utf8, qsizetype size) {
    check(sqlite3_bind_text64(m_stmt, index, utf8 ? utf8 : "", static_cast<sqlite3_uint64>(size), SQLITE_STATIC,
                              SQLITE_UTF8));
    return *this;
}
Statement& Statement::bindStaticBlob(int index, const void* data, qsizetype size) {
    check(sqlite3_bind_blob64(m_stmt, index, data ? data : "", static_cast<sqlite3_uint64>(size), SQLITE_STATIC));
    return *this;
}

bool Statement::step() {
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    throwSqlite(m_db, rc, "step");
}

void Statement::exec() {
    while (step()) {
    }
    reset();
}

void Statement::execKeepingBindings() {
    while (step()) {
    }
    sqlite3_reset(m_stmt);
}

void Statement::reset() {
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

qint64 Statement::int64(int column) const { return sqlite3_column_int64(m_stmt, column); }
double Statement::real(int column) const { return sqlite3_column_double(m_stmt, column); }
QString Statement::text(int column) const {
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    if (!p)
        return {};
    return QString::fromUtf8(p, sqlite3_column_bytes(m_stmt, column));
}
QByteArray Statement::blob(int column) const {
    const void* p = sqlite3_column_blob(m_stmt, column);
    const int n = sqlite3_column_bytes(m_stmt, column);
    return p ? QByteArray(static_cast<const char*>(p), n) : QByteArray();
}
bool Statement::isNull(int column) const { return sqlite3_column_type(m_stmt, column) == SQLITE_NULL; }

} // namespace tessera
