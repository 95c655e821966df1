#pragma once

#include <QJsonObject>
#include <QString>

namespace tessera {

class Database;

/**
 * The case's tamper-evident audit log (DESIGN §3): append-only rows in `audit_entry`, each hash =
 * SHA-256(previous hash ‖ canonical entry), with 32 zero bytes before the first. Any edit, deletion or reordering
 * breaks the chain from that entry on. Details never hold a protected identity or a cell value.
 */
namespace AuditLog {

/// Appends one entry inside the caller's transaction. `utcUs` is UTC microseconds. Throws CaseError.
void append(Database& db, const QString& actor, const QString& action, const QString& subject,
            const QJsonObject& detail = {}, qint64 utcUs = 0);

/// Result of verify(): number of entries and the id of the first entry whose hash does not hold (0 when intact).
struct Verification {
    qint64 entries = 0;
    qint64 firstBadId = 0;
};
/// Recomputes the whole chain. Throws CaseError only for storage errors.
Verification verify(Database& db);

} // namespace AuditLog
} // namespace tessera
