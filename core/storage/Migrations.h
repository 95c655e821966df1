#pragma once

namespace tessera {

class Database;

/**
 * Numbered, append-only schema migrations compiled in from core/storage/migrations (0001_initial.sql, …), stamped
 * in PRAGMA user_version (STYLE).
 */
namespace Migrations {

/// The schema version this build writes (the highest migration number).
int latestVersion();
/// The schema version stored in the open case.
int currentVersion(Database& db);
/**
 * Brings the case up to latestVersion(), each migration in its own transaction. Throws CaseError(Unsupported) —
 * touching nothing — when the case's schema is newer than this build knows.
 */
void migrate(Database& db);

} // namespace Migrations
} // namespace tessera
