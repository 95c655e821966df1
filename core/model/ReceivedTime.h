#pragma once

#include <QHash>
#include <QString>
#include <optional>

namespace tessera {

class Case;
class Database;

/// A correction of when an exhibit was received (migration 0013), recorded beside the exhibit, never in it.
struct ReceivedTimeCorrection {
    qint64 id = 0;
    qint64 exhibitId = 0;
    qint64 lowerUtcUs = 0;   ///< UTC microseconds, the corrected time's lower bound
    qint64 upperUtcUs = 0;   ///< UTC microseconds, inclusive upper bound
    QString precision;       ///< TimePrecision name ("day", "second" …)
    QString edtf;            ///< as entered, normalised (EDTF / ISO 8601)
    QString timeBasis;       ///< IANA zone the text was read in
    QString reason;          ///< why the entry time was wrong (free text, shown in the production's chain of custody)
    QString recordedBy;
    qint64 recordedUtcUs = 0;
    qint64 enteredUtcUs = 0; ///< the exhibit's own created_utc: when it entered the case (unchanged)
};

/**
 * When an exhibit was received, as opposed to when it entered the case file. An exhibit's created_utc is the
 * workstation's clock at import; when the agency received the file earlier (a return delivered on a disc and imported
 * weeks later) or the clock was wrong, `correct` records the received time as an annotation beside the exhibit —
 * exhibits are never edited (DESIGN §4) — with a chain-of-custody entry, so a production shows both the entry time
 * and the corrected received time. Append-only: the latest correction rules.
 */
class ReceivedTime {
public:
    /**
     * Records that exhibit `exhibitId` was received at `when` (EDTF or ISO 8601, read in the case's display zone unless
     * it carries an offset) because `reason`. One Transaction: the correction row, a custody entry "received time
     * corrected", an audit entry `exhibit.received-time` (no reason text: it may hold a name). Returns the row id.
     * Throws CaseError(Usage) for an unknown exhibit, an unreadable or future time, or an empty reason.
     */
    static qint64 correct(Case& c, qint64 exhibitId, const QString& when, const QString& reason);
    /// The latest correction of one exhibit, if any.
    static std::optional<ReceivedTimeCorrection> latest(Database& db, qint64 exhibitId);
    /// The latest correction of every corrected exhibit, by exhibit id.
    static QHash<qint64, ReceivedTimeCorrection> latestAll(Database& db);
    /// "on or about March 3, 2023 (corrected; entered in the case 2026-11-30)" in `displayZone`.
    static QString describe(const ReceivedTimeCorrection& correction, const QString& displayZone);
};

} // namespace tessera
