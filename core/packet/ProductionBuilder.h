#pragma once

#include <atomic>

#include <QString>
#include <QStringList>

namespace tessera {

class Case;
class ExhibitStamper;
class ReportRenderer;

/// Options of a discovery production (CLI `export`).
struct ProductionOptions {
    QString outDir;                       ///< must not exist, or be empty
    QString designation = QStringLiteral("standard"); ///< standard, sensitive, aeo
    int maxReportTimelineRows = 5000;     ///< the report's timeline table; every record stays in the natives
    /// Only what is new since the last production (exhibits never produced, events recorded since, the new exhibits'
    /// records); Bates numbers continue. Refused (Usage) when there is no production yet or nothing is new.
    bool supplemental = false;
    /// The production's time, UTC microseconds (0: now); fixed for reproducible output (SOURCE_DATE_EPOCH).
    qint64 createdUtcUs = 0;
    /// Set (from a signal handler: a lock-free atomic store is async-signal-safe) to stop the export: the writer checks
    /// it between files, records and chunks, removes the staging folder and throws CaseError (Internal, "interrupted").
    const std::atomic<bool>* cancel = nullptr;
};

/// What a production wrote.
struct ProductionResult {
    int productionNumber = 0;
    QString firstBates;
    QString lastBates;
    int reportPages = 0;
    QStringList files;      ///< paths relative to the packet folder
    QString sealFingerprint;
};

/**
 * Writes the discovery production (tier 1 of DESIGN §10) of a case:
 *
 *     report.pdf              cover, summary ("on or about"), timeline chart and table, people by pseudonym,
 *                             exhibit index with Bates ranges and SHA-256, chain of custody, certificate
 *     natives/<BATES>.<ext>   each exhibit as received, byte-identical
 *     analyst/timeline.csv, analyst/timeline-timesketch.csv, analyst/exhibit-index.csv
 *                             the timeline and exhibit index as formula-safe CSV (AnalystCsv), one for Timesketch
 *     CERTIFICATE-FRE-902-14-TEMPLATE.txt
 *                             a certificate in the style of FRE 902(14) listing each native's SHA-256, to sign
 *     VERIFY.txt              how to check the packet with tessera-cli or OpenSSL
 *     seal-public-key.pem     the case's Ed25519 seal key (RFC 8410 SPKI)
 *     manifest.json           every file above with SHA-256, size, Bates range
 *     manifest.json.sig       Ed25519 signature of manifest.json's bytes (64 raw bytes)
 *     SHA256SUMS              `sha256sum -c` format, every file but itself
 *
 * Bates numbers continue from the case's last production (report pages first, then each native's range). The
 * report also holds the disclosure register (DisclosureRegister: Brady, Jencks, Giglio). With options.supplemental
 * only what is new since the last production is in it. Files
 * are written into a staging folder beside the target (`<OUT>.partial-<ms>-<pid>`, created mode 0700, with a
 * `.tessera-staging` marker naming the process) and renamed into place at the end, when every file is made
 * user-only (folders 0700, files 0600: a production holds plaintext evidence; the user shares it by copying). Before
 * it starts, stale staging folders of earlier interrupted exports beside the target (marker present, owned by this
 * user, their process gone) are removed. The production log,
 * custody entries and audit entry are one transaction, so a failure leaves neither a half packet nor a log entry.
 * Throws CaseError: Usage (folder not empty, unknown designation), Damaged (a stored native fails its hash),
 * Internal (disk full, rendering failed).
 */
class ProductionBuilder {
public:
    /// `stamper` (optional) gives PDF exhibits one Bates number per page with a stamped copy
    /// (natives/<BEGIN>-<END>.stamped.pdf) and other files a slip sheet (slipsheets/<BATES>.pdf); without it every
    /// exhibit is one number.
    static ProductionResult build(Case& c, const ProductionOptions& options, ReportRenderer& renderer,
                                  ExhibitStamper* stamper = nullptr);
};

} // namespace tessera
