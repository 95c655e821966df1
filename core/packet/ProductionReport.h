#pragma once

#include <QString>
#include <QStringList>
#include <QVector>
#include <QtGlobal>

namespace tessera {

/// One lane of the offender timeline chart: a person (victims by pseudonym) with the instants of their records
/// (drawn as density) and their events (drawn as marks). Times are UTC microseconds (lower bounds).
struct TimelineChartLane {
    QString label;
    QVector<qint64> recordTimesUtcUs;
    QVector<qint64> eventTimesUtcUs;
    QStringList eventLabels; ///< one per eventTimesUtcUs entry
};

/// Everything the timeline chart draws; the same data feeds the screen and the PDF (DESIGN §10).
struct TimelineChartData {
    qint64 fromUtcUs = 0; ///< left edge, UTC microseconds
    qint64 toUtcUs = 0;   ///< right edge, UTC microseconds
    QString displayZone;  ///< IANA zone id used for axis labels
    QVector<TimelineChartLane> lanes;
};

/// A row of the report's timeline table, already formatted for display in the case's display zone.
struct ReportTimelineRow {
    QString when;      ///< e.g. "2014-03-02 07:13:30 EST" or "on or about March 2014"
    QString kind;      ///< "record" or "event"
    QString category;  ///< event category or record type ("call", "text")
    QString actors;    ///< labels, comma-separated (victims by pseudonym)
    QString others;    ///< labels, comma-separated
    QString summary;   ///< one line, protected identifiers already replaced by pseudonyms
    QString exhibit;   ///< Bates number of the exhibit the row comes from
};

/// A person as listed in a production: victims and other protected people by pseudonym only.
struct ReportPerson {
    QString label;      ///< pseudonym ("V-1") for protected people, else the name
    QStringList roles;  ///< e.g. {"offender"}
    int identifierCount = 0;
};

/// One exhibit in the production's exhibit index.
struct ReportExhibit {
    QString batesBegin;     ///< e.g. "TSR-000004"
    QString batesEnd;       ///< same as batesBegin for a one-number exhibit
    QString kind;           ///< exhibit kind, e.g. "call-records"
    QString title;
    QString provenance;     ///< how and when it was obtained, one line
    QString authentication; ///< how it can be admitted, or "not yet recorded"
    QString sha256;         ///< 64 lower-case hex digits of the native file
    qint64 sizeBytes = 0;
    qint64 recordCount = 0;
    QString nativePath;     ///< path inside the packet, e.g. "natives/TSR-000004.csv"
    QStringList custody;    ///< chain-of-custody entries, oldest first, one line each
    QString sealed;         ///< empty, or why it is sealed after a withdrawal of consent (flag for the prosecutor)
};

/**
 * The discovery-production report (tier 1 of DESIGN §10) as plain data, built by core/packet and drawn by
 * tessera_render. Every string is final display text: the renderer formats nothing from the case itself.
 */
struct ProductionReport {
    QString caseTitle;
    QString caseNumber;
    QString agency;
    QString investigator;
    QString productionNumber;   ///< e.g. "1"
    QString designation;        ///< "Standard", "Sensitive — subject to protective order", "Attorneys' eyes only"
    QString sealFingerprint;    ///< SHA-256 of the Ed25519 public key, grouped hex
    QString generatedAt;        ///< display text of the production time
    QString displayZone;        ///< IANA zone id of the display times
    QString batesPrefix;        ///< e.g. "TSR"
    int firstBatesNumber = 1;   ///< number stamped on the first page
    int batesDigits = 6;        ///< zero-padded width
    QStringList summary;        ///< paragraphs of the summary ("on or about" wording)
    TimelineChartData chart;
    QVector<ReportTimelineRow> timeline;
    QVector<ReportPerson> people;
    QVector<ReportExhibit> exhibits;
    QString lastBatesNumber;    ///< filled by the builder for the certificate of completeness
};

/// Formats a Bates number: prefix, a hyphen, and the number zero-padded to `digits` ("TSR-000001").
inline QString formatBatesNumber(const QString& prefix, int number, int digits = 6) {
    return prefix + QLatin1Char('-') + QString::number(number).rightJustified(digits, QLatin1Char('0'));
}

/**
 * Draws a ProductionReport into a PDF file. Implemented in tessera_render (Qt Gui); core depends only on this
 * interface so it never links a Gui library (DESIGN §2).
 */
class ReportRenderer {
public:
    virtual ~ReportRenderer() = default;
    /**
     * Writes the report to `pdfPath` (atomically, through QSaveFile), stamping each page bottom right with its
     * Bates number starting at report.firstBatesNumber. Returns the page count, or -1 with `error` set.
     */
    virtual int render(const ProductionReport& report, const QString& pdfPath, QString* error) = 0;
    /// Lays the report out as render() would, writing nothing; returns the page count, or -1 with `error` set.
    /// The page count must not depend on report.firstBatesNumber, so a caller can number what follows the report.
    virtual int countPages(const ProductionReport& report, QString* error) const = 0;
};

} // namespace tessera
