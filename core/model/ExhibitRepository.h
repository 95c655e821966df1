#pragma once

#include <atomic>

#include <QString>
#include <QVector>
#include <optional>

class QIODevice;

namespace tessera {

class Case;
class Database;

/// An exhibit (evidence item) as stored: the native file as received plus what is known about it (DESIGN §4).
struct Exhibit {
    qint64 id = 0;
    QString kind;
    QString title;
    QString originalFileName;
    QString sha256;          ///< lower-case hex of the native
    qint64 sizeBytes = 0;
    bool victimSourced = false;
    QString provenance;
    QString authenticationMethod; ///< empty when not yet recorded
    QString authenticationDetail;
    bool authenticationVictimDependent = false;
    QString importProfile;
    QString timeBasis;
    bool timeBasisAssumed = false;
    QString subscriber;
    qint64 recordCount = 0;
    qint64 flaggedCount = 0;
    qint64 rejectedCount = 0;
    qint64 createdUtc = 0;   ///< UTC microseconds
};

/// What a caller says about a new exhibit.
struct NewExhibit {
    QString kind;
    QString title;
    QString provenance;
    bool victimSourced = false;
    QString importProfile;
    QString timeBasis;
    bool timeBasisAssumed = false;
    QString subscriber;
};

/**
 * Exhibits and their natives, stored inside the encrypted case in 1 MiB chunks, and their chain of custody
 * (append-only). Writes run inside the caller's Transaction.
 */
class ExhibitRepository {
public:
    static constexpr qint64 kChunkBytes = 1 << 20;

    /**
     * Checks, by stat alone (never opening it, so a named pipe cannot block), that `path` is a regular file (or a
     * link to one). Throws CaseError(BadInput) naming the file: "no such file", "is a folder, not a file", or "not a
     * regular file" (a named pipe, a device such as /dev/zero, a socket): nothing is read from those.
     */
    static void requireRegularFile(const QString& path);
    /// SHA-256 (lower-case hex) and size in bytes of a file. Throws CaseError(BadInput) naming the file if unreadable
    /// or not a regular file (requireRegularFile).
    static QPair<QString, qint64> hashFile(const QString& path);
    /// The exhibit whose native has this SHA-256, if any.
    static std::optional<qint64> findBySha256(Database& db, const QString& sha256Hex);
    /**
     * Stores the file at `path` as a new exhibit with a "received" custody entry; verifies while streaming that the
     * bytes stored hash to `expectedSha256Hex` (the file must not change during import). Returns the id.
     * Throws CaseError(BadInput) if the file changed or cannot be read.
     */
    static qint64 insertFromFile(Case& c, const QString& path, const NewExhibit& meta, const QString& expectedSha256Hex);
    /// Updates the counts after an import (inside the same transaction).
    static void setCounts(Database& db, qint64 id, qint64 records, qint64 flagged, qint64 rejected);
    /// Sets the exhibit's time basis to what its records got ("mixed" when they differ) and whether any record's zone
    /// was assumed; called once by ImportSession::finish() in the import's transaction.
    static void setTimeBasis(Database& db, qint64 id, const QString& basis, bool assumed);
    static QVector<Exhibit> list(Database& db);
    static std::optional<Exhibit> get(Database& db, qint64 id);
    /**
     * Writes the native, byte for byte, to `out`, checking its SHA-256 against the stored one. Throws
     * CaseError(Damaged) when it does not match, CaseError(Internal) when writing fails or when `cancel` (optional,
     * checked before each stored chunk) is set.
     */
    static void writeNative(Database& db, qint64 id, QIODevice& out, const std::atomic<bool>* cancel = nullptr);
    /// Appends a chain-of-custody entry (UTC now).
    static void addCustody(Database& db, qint64 exhibitId, const QString& action, const QString& actor,
                           const QString& detail);
    /// Chain of custody, oldest first, one display line each ("2026-11-29T…Z — received — by … — detail").
    static QStringList custody(Database& db, qint64 exhibitId);
};

} // namespace tessera
