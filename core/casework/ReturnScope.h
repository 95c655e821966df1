#pragma once

#include <QString>
#include <QVector>

namespace tessera {

class Case;
class Database;

/// A record kept but quarantined as outside the scope of the process it was returned under.
struct QuarantinedRecord {
    qint64 recordId = 0;
    qint64 exhibitId = 0;
    qint64 rowNumber = 0;   ///< 1-based row in the native as received
    qint64 processId = 0;
    QString reason;         ///< outside-time-window, identifier-not-in-scope, or both (comma-separated)
};

/**
 * Checks an imported return against the scope of the legal process it answers (CLI `import --return-of`; DESIGN §10):
 * a record is in scope when its time span lies wholly inside the process's window (when it has one) and its originator,
 * its recipient or the exhibit's subscriber is one of the process's identifiers (normalised values; when it names any).
 * Out-of-scope records stay (records are immutable) and are listed in `record_quarantine`, which every analysis
 * (Timeline, event corroboration, the proof board) and every document Tessera derives leaves out; the native is still
 * produced as received and the prosecutor gets the list.
 */
class ReturnScope {
public:
    /// Throws CaseError(Usage) naming --return-of when `processId` is not legal process in this case or was withdrawn.
    static void requireProcess(Database& db, qint64 processId);
    /**
     * Inside the caller's import Transaction: records exhibit `exhibitId` as the return of `processId` (its provenance
     * names the process), quarantines its out-of-scope records, and appends an audit entry with the counts. Returns the
     * number quarantined. Throws CaseError on storage errors.
     */
    static qint64 applyToImport(Case& c, qint64 exhibitId, qint64 processId);
    /// Quarantined records, by exhibit and row; `processId` 0 = all.
    static QVector<QuarantinedRecord> list(Database& db, qint64 processId = 0);
    /// The SQL condition (on a record alias `r`) that keeps quarantined records out of analysis.
    static const char* notQuarantinedSql();
};

} // namespace tessera
