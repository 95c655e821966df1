#pragma once

#include <QString>
#include <QStringList>

namespace tessera {

class Case;
class ReportRenderer;

/// Options of a discovery production (CLI `export`).
struct ProductionOptions {
    QString outDir;                       ///< must not exist, or be empty
    QString designation = QStringLiteral("standard"); ///< standard, sensitive, aeo
    int maxReportTimelineRows = 5000;     ///< the report's timeline table; every record stays in the natives
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
 *     VERIFY.txt              how to check the packet with tessera-cli or OpenSSL
 *     seal-public-key.pem     the case's Ed25519 seal key (RFC 8410 SPKI)
 *     manifest.json           every file above with SHA-256, size, Bates range
 *     manifest.json.sig       Ed25519 signature of manifest.json's bytes (64 raw bytes)
 *     SHA256SUMS              `sha256sum -c` format, every file but itself
 *
 * Bates numbers continue from the case's last production (report pages first, then one number per native). Files
 * are written into a staging folder beside the target and renamed into place at the end; the production log,
 * custody entries and audit entry are one transaction, so a failure leaves neither a half packet nor a log entry.
 * Throws CaseError: Usage (folder not empty, unknown designation), Damaged (a stored native fails its hash),
 * Internal (disk full, rendering failed).
 */
class ProductionBuilder {
public:
    static ProductionResult build(Case& c, const ProductionOptions& options, ReportRenderer& renderer);
};

} // namespace tessera
