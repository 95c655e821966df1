#pragma once

#include "case/CaseSettings.h"
#include "crypto/CaseHeader.h"
#include "crypto/SecureBuffer.h"

#include <QJsonObject>
#include <QString>
#include <memory>

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
     */
    static std::unique_ptr<Case> open(const QString& path, const QString& passphrase);
    ~Case();
    Case(const Case&) = delete;
    Case& operator=(const Case&) = delete;

    QString path() const { return m_path; }
    Database& db() { return *m_db; }
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
     * not change). Throws CaseError: Usage when the file cannot be written (read-only: the old passphrase still
     * works), Internal when the verification fails.
     */
    void changePassphrase(const QString& newPassphrase, const KdfParameters& kdf = KdfParameters::releaseDefault());
    /**
     * Full key rotation for a suspected compromise: a new random data key, every page re-encrypted with it
     * (sqlite3_rekey_v2), and a new passphrase. Crash-safe in three steps: (1) the header holds the current and the
     * new key, both under the new passphrase; (2) the pages are re-encrypted in one journaled transaction; (3) the
     * header keeps only the new key. After step 1 only the new passphrase opens the case, and opening tries the
     * keys in order and finishes an interrupted rotation. `testStopAfterStep` (1 or 2) simulates a crash for tests.
     * Throws CaseError: Usage when the file cannot be written, Internal when verification fails.
     */
    void rotateDataKey(const QString& newPassphrase, const KdfParameters& kdf = KdfParameters::releaseDefault(),
                       int testStopAfterStep = 0);
    /// True when `passphrase` opens this case's passphrase slot (asked again before a passphrase change, so an
    /// unattended open case cannot be re-keyed by someone else). Costs one Argon2id derivation.
    bool checkPassphrase(const QString& passphrase) const;

    /// Wipes the data key and closes the database; the Case is unusable afterwards.
    void close();

private:
    Case() = default;
    /// Removes a rollback journal (`-tjournal`) that SQLite found not hot on opening (stale: left by a kill before
    /// its header was written). Called only after the database opened, so a hot journal has been rolled back.
    void removeStaleJournal();
    /// Writes one header copy in place and fsyncs it. Throws CaseError(Usage) if the file is not writable.
    void writeHeaderCopy(int offset, const QByteArray& bytes);
    /// Writes the next generation of `updated` to both copies in turn and makes it the current header.
    void writeHeaderBothCopies(CaseHeader& updated);
    /// Re-reads the header from disk and checks that `passphrase` unwraps the current data key.
    void verifyHeaderOnDisk(const QString& passphrase);
    QString m_path;
    std::unique_ptr<QLockFile> m_lock;
    SecureBuffer m_dataKey;
    CaseHeader m_header;
    std::unique_ptr<Database> m_db;
};

} // namespace tessera
