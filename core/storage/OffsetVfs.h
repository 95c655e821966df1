#pragma once

#include <QByteArray>

namespace tessera {

/**
 * A SQLite VFS shim ("tessera-offset") over the default unix VFS that places the main database after Tessera's
 * fixed-size case header, the pattern of SQLite's own appendvfs (DESIGN §3, STACK-NOTES "Header + SQLCipher").
 *
 * - Main database I/O is offset by kCaseHeaderBytes (4096, a multiple of the 4096-byte cipher page); xFileSize
 *   subtracts it, xTruncate and SQLITE_FCNTL_SIZE_HINT add it; memory-mapped I/O (xFetch) is disabled.
 * - A main file that is shorter than the header or does not start with the case magic is refused (SQLITE_CANTOPEN),
 *   so the shim never writes into a file that is not a case.
 * - The rollback journal is renamed from "-journal" to "-tjournal" (xOpen, xAccess, xDelete): a stock sqlite3 or
 *   sqlcipher tool that opens a crashed case then finds no hot journal and cannot replay it at un-offset positions,
 *   which would overwrite the header and destroy the case (STACK-NOTES, reproduced three times).
 * - Locks pass through (POSIX advisory locks at SQLite's fixed offsets near 1 GiB of the real file).
 */
namespace OffsetVfs {

/// Size of the case header in bytes; the database starts at this offset.
constexpr int kCaseHeaderBytes = 4096;
/// The 16 bytes every case file starts with.
QByteArray caseMagic();
/// The VFS name to pass to sqlite3_open_v2.
const char* name();
/// Registers the VFS once (not as the default). Throws CaseError(Internal) if SQLite refuses.
void ensureRegistered();
/// The journal suffix used instead of "-journal".
constexpr const char* kJournalSuffix = "-tjournal";

} // namespace OffsetVfs
} // namespace tessera
