#pragma once

#include "case/CaseError.h"
#include "case/CaseSettings.h"
#include "crypto/CaseHeader.h"
#include "crypto/SecureBuffer.h"

#include <QJsonObject>
#include <QString>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

class QLockFile;

namespace tessera {

class Database;
class SealKey;

/// Initial settings for a new case (CLI `create`). Empty strings take the CaseSettings defaults.
struct NewCaseOptions {
    QString title;
    QString caseNumber;
    QString displayZone;
    QString region;
    QString batesPrefix;
    QString agency;
    QString investigator;
    KdfParameters kdf = KdfParameters::releaseDefault();
};

/**
 * An open, unlocked case file: the header, the SQLCipher database behind it, and the single-writer lock
 * (DESIGN §3). Closing (destruction) wipes the data key and releases the lock.
 *
 * While a Case is open, a `QLockFile` named `<case>.lock` beside the file is held; a second open (any process) fails
 * with CaseError(OpenElsewhere). A stale lock from a crashed process is detected (PID and host) and taken over.
 * When the folder cannot take the lock file (read-only folder or file system, full disk), open() still opens the case
 * read-only, without the lock: reads work, every write throws the CaseError that says why (readOnlyReason()).
 */
class Case {
public:
    /**
     * Creates a new case file at `path` (which must not exist) with a passphrase slot, the schema and a fresh seal
     * key. Nothing is left behind on failure. Throws CaseError: Usage (file exists or bad setting), Internal.
     */
    static std::unique_ptr<Case> create(const QString& path, const QString& passphrase, const NewCaseOptions& options);
    /**
     * Opens an existing case. Throws CaseError: WrongPassphrase (file bytes unchanged), OpenElsewhere,
     * Unsupported (newer format or schema: untouched), Damaged (not a case, header or database altered).
     * With `takeBackup`, a rolling backup is taken once the database is consistent when one is due (CaseBackups::take
     * with the case settings BackupKeep and BackupIntervalMinutes; always before a schema upgrade); a failed backup
     * does not stop the open but is reported by backupWarning().
     */
    static std::unique_ptr<Case> open(const QString& path, const QString& passphrase, bool takeBackup = true);
    /**
     * Opens a case with the agency's X25519 secret key (a supervisor, when the investigator is gone) through its
     * agency recovery slot, and records that in the audit log. Otherwise as open(); an interrupted key rotation is
     * left for the next passphrase open to finish. Throws CaseError: WrongPassphrase when the case has no recovery
     * slot for this key, and what open() throws.
     */
    static std::unique_ptr<Case> openWithRecoveryKey(const QString& path, const SecureBuffer& agencySecretKey,
                                                     bool takeBackup = true);
    /**
     * Restores backup `backupId` of the case at `casePath` as a new case file `outPath` (which must not exist):
     * copies it, opens the copy with `passphrase` to verify it, and records the restore in the copy's audit log.
     * Nothing is left at `outPath` on failure. Throws CaseError: Usage (unknown id, `outPath` exists), and what
     * open() throws (WrongPassphrase, Damaged…).
     */
    static void restoreBackup(const QString& casePath, const QString& backupId, const QString& outPath,
                              const QString& passphrase);
    /// Why the case was opened read-only without its lock (one plain line: its folder is read-only, or the disk is
    /// full), or empty when it holds the lock. A read-only file in a writable folder holds the lock: empty.
    QString readOnlyReason() const { return m_readOnlyReason; }
    /// Why the backup on opening failed (one plain line), or empty.
    QString backupWarning() const { return m_backupWarning; }
    ~Case();
    Case(const Case&) = delete;
    Case& operator=(const Case&) = delete;

    QString path() const { return m_path; }
    Database& db() { return *m_db; }
    /**
     * True when the case file could only be opened for reading (the user may not write it, e.g. `chmod 400`): it
     * reads as usual, but every change throws CaseError::readOnly(). The GUI says so and disables its edits.
     */
    bool isReadOnly() const;
    CaseSettings settings() { return CaseSettings(*m_db); }
    /// The case's Ed25519 seal key (loaded on demand from the encrypted database).
    SealKey sealKey();
    /// Who is acting, for audit and custody entries: the case's investigator setting, else the OS user name.
    QString actor();
    /// Appends an audit entry inside the caller's transaction.
    void audit(const QString& action, const QString& subject, const QJsonObject& detail = {});

    /**
     * Changes the passphrase: rewrites the passphrase slot (Argon2id with `kdf`) in the header's copies one after the
     * other, each fsynced, so a crash at any moment leaves a file that opens with exactly one of the two passphrases
     * (the newer generation wins; a stale copy is rewritten at the next open). Verifies by re-reading the header from
     * disk and unlocking it with the new passphrase before returning. The database is not touched (the data key does
     * not change). Then every backup (CaseBackups) under the same data key gets the same new passphrase slot, so the
     * old passphrase opens nothing; a backup under another data key is removed. Throws CaseError: Usage when the file
     * or a backup cannot be written (read-only: the old passphrase still works, nothing changed), Internal when the
     * verification fails.
     */
    void changePassphrase(const QString& newPassphrase, const KdfParameters& kdf = KdfParameters::releaseDefault());
    /**
     * Full key rotation for a suspected compromise: a new random data key, every page re-encrypted with it
     * (sqlite3_rekey_v2), and a new passphrase. Crash-safe in three steps: (1) the header holds the current and the
     * new key, both under the new passphrase; (2) the pages are re-encrypted in one journaled transaction; (3) the
     * header keeps only the new key. After step 1 only the new passphrase opens the case, and opening tries the
     * keys in order and finishes an interrupted rotation. `testStopAfterStep` (1 or 2) simulates a crash for tests.
     * Afterwards the old backups (under the old data key, which may be compromised) are removed and one fresh
     * backup under the new key is taken.
     * Throws CaseError: Usage when the file cannot be written, Internal when verification fails.
     */
    void rotateDataKey(const QString& newPassphrase, const KdfParameters& kdf = KdfParameters::releaseDefault(),
                       int testStopAfterStep = 0);
    /// True when `passphrase` opens this case's passphrase slot (asked again before a passphrase change, so an
    /// unattended open case cannot be re-keyed by someone else). Costs one Argon2id derivation.
    bool checkPassphrase(const QString& passphrase) const;

    /**
     * Adds (or replaces) the agency recovery slot: the data key sealed to `agencyPublicKey` (32-byte X25519) with
     * crypto_box_seal, written to both header copies in turn and verified from disk; backups get the same slot. Later
     * passphrase changes and key rotations keep it sealed to the current key. Audited with the key's fingerprint.
     * Throws CaseError: Usage (not a 32-byte key, file or a backup not writable), Internal (verification failed).
     */
    void addRecoverySlot(const QByteArray& agencyPublicKey);
    /**
     * Hands the case over to another investigator: a full key rotation (rotateDataKey: new data key, every page
     * re-encrypted, old backups removed) to `newPassphrase`, so the departing investigator's passphrase and any copy
     * of the old key open nothing written from now on; then a `case.handover` audit entry with `note`, the previous
     * and (when given, also stored as the Investigator setting) the new investigator. The agency recovery slot is
     * kept. Throws as rotateDataKey, and CaseError(Usage) for an empty note.
     */
    void handOver(const QString& newPassphrase, const QString& note, const QString& newInvestigator,
                  const KdfParameters& kdf = KdfParameters::releaseDefault());

    /// Wipes the data key and closes the database; the Case is unusable afterwards.
    void close();

private:
    Case() = default;
    /// open() and openWithRecoveryKey(): lock, header, `unlock` → candidate data keys (current first), database,
    /// stale journal, backup, migrations, header repair. `passphrase` (may be null) lets an interrupted rotation finish.
    static std::unique_ptr<Case> openWith(const QString& path,
                                          const std::function<std::vector<SecureBuffer>(const CaseHeader&)>& unlock,
                                          const QString* passphrase, bool takeBackup);
    /// Removes a rollback journal (`-tjournal`) that SQLite found not hot on opening (stale: left by a kill before
    /// its header was written). Called only after the database opened, so a hot journal has been rolled back.
    void removeStaleJournal();
    /// Throws the read-only CaseError when the case was opened without its lock (before any change to the file).
    void requireWritable() const;
    /// Throws CaseError(Usage) naming the first backup that cannot be written (checked before any change).
    void requireWritableBackups() const;
    /// Gives every backup authenticated by the current data key one passphrase slot for `passphrase` (other slots
    /// kept); removes the rest. Returns {rewritten, removed}.
    QPair<int, int> rekeyBackups(const QString& passphrase, const KdfParameters& kdf);
    /// Applies `change` to the header of every backup authenticated by the current data key (both copies in turn);
    /// removes the rest. Returns {rewritten, removed}.
    QPair<int, int> updateBackupHeaders(const std::function<void(CaseHeader&)>& change);
    /// CaseBackups::take with the case's BackupKeep and BackupIntervalMinutes settings (the interval waived when a
    /// schema upgrade is pending); a failure goes to m_backupWarning.
    void takeBackup();
    QString m_backupWarning;
    /// Writes one header copy in place and fsyncs it. Throws CaseError(Usage) if the file is not writable.
    void writeHeaderCopy(int offset, const QByteArray& bytes);
    /// Writes the next generation of `updated` to both copies in turn and makes it the current header.
    void writeHeaderBothCopies(CaseHeader& updated);
    /// Re-reads the header from disk and checks that `passphrase` unwraps the current data key.
    void verifyHeaderOnDisk(const QString& passphrase);
    QString m_path;
    std::unique_ptr<QLockFile> m_lock;
    std::optional<CaseError> m_readOnly; ///< set when opened without the lock: what a write throws
    QString m_readOnlyReason;
    SecureBuffer m_dataKey;
    CaseHeader m_header;
    std::unique_ptr<Database> m_db;
};

} // namespace tessera
