#pragma once

#include <QString>
#include <QVector>

#include <functional>

namespace tessera {

/// One rolling backup of a case: an encrypted copy of the whole case file (same header, same key slots).
struct BackupInfo {
    QString id;           ///< "20261130T002512123Z": the UTC time it was taken, to the millisecond
    QString path;         ///< absolute path of the copy
    qint64 createdUtcUs = 0;
    qint64 bytes = 0;
};

/**
 * Rolling encrypted backups of a case file (issue 8 §6), in the folder `<case>.backups/` beside the case
 * (mode 0700, files 0600). A backup is a byte copy of the encrypted case, so it needs the case's passphrase (or
 * recovery key) to open; Case keeps the copies' key slots in step with the case (passphrase change, key rotation).
 * No plaintext ever reaches the folder. File names are `<id>.tessera`.
 */
class CaseBackups {
public:
    /// The backup folder of the case at `casePath` (`<casePath>.backups`).
    static QString folderFor(const QString& casePath);
    /// The backups of a case, newest first (empty when there are none). Never throws.
    static QVector<BackupInfo> list(const QString& casePath);
    /// The backup with `id`, or a BackupInfo with an empty id. Never throws.
    static BackupInfo find(const QString& casePath, const QString& id);

    /**
     * Whether a new backup is due (never throws): not when a backup already holds this version of the case (same
     * size and modification time); otherwise yes when `always`, or when the newest backup taken at or before
     * `nowUtcMs` (UTC milliseconds) is at least `minIntervalMinutes` old, or there is none. Backups dated after
     * `nowUtcMs` (the clock was set back) are passed over, so they cannot hold new ones back. `minIntervalMinutes` 0
     * takes one on every change. The throttle bounds the copying (every CLI command opens the case) while leaving
     * at most one interval of work, plus the session since, outside the newest backup.
     */
    static bool due(const QString& casePath, int minIntervalMinutes, bool always, qint64 nowUtcMs);

    /**
     * Copies the case file into a new backup when due() says so (at the current time), then deletes the oldest so
     * that `keep` remain (also when none was taken); `keep` 0 takes none and deletes none.
     * The copy is consistent only while the caller holds the case lock with no transaction open and no hot journal
     * (Case::open calls it after SQLite has rolled back any). Written through QSaveFile (temporary file, fsync,
     * rename), so a crash leaves no partial backup. Returns true when a backup was written. Throws CaseError(Usage)
     * when the folder or the copy cannot be written (e.g. a full disk); the case itself is never touched.
     * `verifySource`, when given, runs only when a backup is due and before anything is copied or deleted: it throws
     * (CaseError(Damaged)) when the case fails its integrity check, and then no backup is taken and none is deleted —
     * a damaged file must never push the good backups out of the rotation.
     */
    static bool take(const QString& casePath, int keep, int minIntervalMinutes = 0, bool always = false,
                     const std::function<void()>& verifySource = {});

    /**
     * Copies backup `id` of the case to `outPath` (which must not exist) through QSaveFile, mode 0600. Throws
     * CaseError(Usage): unknown id, `outPath` exists or cannot be written.
     */
    static void restoreTo(const QString& casePath, const QString& id, const QString& outPath);
};

} // namespace tessera
