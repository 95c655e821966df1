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
    // Optional (the screen's chart; a production may leave them empty): one entry per eventTimesUtcUs entry.
    QVector<qint64> eventUpperUtcUs; ///< upper bounds (inclusive): a span wider than a mark is drawn as a band
    QStringList eventCategories;     ///< category ids (advertising, lodging…): each has its own glyph and legend item
    QVector<qint64> eventIds;        ///< event ids, for selection and hit testing
};

/// Everything the timeline chart draws; the same data feeds the screen and the PDF (DESIGN §10).
struct TimelineChartData {
    qint64 fromUtcUs = 0; ///< left edge, UTC microseconds
    qint64 toUtcUs = 0;   ///< right edge, UTC microseconds
    QString displayZone;  ///< IANA zone id used for axis labels
    QVector<TimelineChartLane> lanes;
    QVector<qint64> selectedEventIds; ///< events drawn with a selection ring (screen only)
    bool showRecords = true;          ///< false: the density strips are hidden (a chart filter)
    /// Said in place of the lanes when there are none (e.g. "No records or events for Zebedee"); empty: the
    /// painter's own "No records or events".
    QString emptyText;
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
    /// 0: the native is in this production. Otherwise the number of the earlier production that holds the native
    /// (a supplemental lists an exhibit that changed since — authentication, chain of custody, notes — under the
    /// Bates numbers it was produced with; nativePath is then its path in that production).
    int producedIn = 0;
};

/// One line of the disclosure register (Brady, Jencks or Giglio): who, what, when, and where it is in the production.
struct ReportDisclosureRow {
    QString person;     ///< label (victims by pseudonym); empty when the item concerns no one person
    QString what;       ///< e.g. "exhibit linked as contradicting event #12", "lodging, 125.50"
    QString when;       ///< display date or time in the case's display zone
    QString reference;  ///< Bates number(s) or event number the item refers to
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
    qint64 createdUtcUs = 0;    ///< the production's time, UTC microseconds: the PDF's creation date (0: now)
    // Disclosure register (DESIGN §10): what the prosecution must disclose, each with its place in the production.
    QVector<ReportDisclosureRow> brady;  ///< potentially favourable: contradicting links, flagged records
    /// prior statements of each witness or victim: statement exhibits, recorded interviews, notes about the person
    QVector<ReportDisclosureRow> jencks;
    QVector<ReportDisclosureRow> giglio; ///< benefits and promises to a victim or witness
    QString giglioNote;                  ///< said when there is no benefit ledger to read
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

/**
 * Gives exhibits their Bates ranges on paper (DESIGN §10): a PDF exhibit gets one number per page, in a Bates-stamped
 * copy beside the untouched native; any other file gets one number and a slip sheet that stands in for it in a printed
 * set. Implemented in tessera_render (QPdfWriter + libqpdf); core depends only on this interface. Files are written
 * through QSaveFile.
 */
class ExhibitStamper {
public:
    virtual ~ExhibitStamper() = default;
    /// The page count of the PDF at `path`, or -1 when it is not a PDF that can be read (it is then one number).
    virtual int pdfPageCount(const QString& path) = 0;
    /**
     * Writes to `outPath` a copy of the PDF at `nativePath` whose page i carries "BATES" (prefix, first + i, digits
     * wide) bottom right and the designation bottom left, drawn over the page. Returns false with `error` set.
     */
    virtual bool stampPdf(const QString& nativePath, const QString& outPath, const QString& prefix, int first, int digits,
                          const QString& designation, QString* error) = 0;
    /// Writes a one-page slip sheet (Letter) for a native produced as a file: its Bates number (also stamped bottom
    /// right), title, path in the production, size and SHA-256. Returns false with `error` set.
    virtual bool slipSheet(const QString& outPath, const ReportExhibit& exhibit, const QString& designation,
                           QString* error) = 0;
};

} // namespace tessera
