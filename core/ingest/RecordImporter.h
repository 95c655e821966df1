#pragma once

#include "ingest/CallDetailRecordImporter.h"

#include <QJsonObject>

namespace tessera {

/**
 * The import entry point for every profile (DESIGN §9, issue 6): decodes the file (TextDecoder), picks the reader the
 * profile names (call-detail CSV, a mapped table, OFX, Timesketch JSONL, vCard, iCalendar, EML, GPX) and writes
 * through ImportSession — one exhibit, its immutable records and identifiers, the reject report, one transaction.
 *
 * A saved profile file (`--profile-file`, the GUI wizard's output) is a JSON object:
 * `{"tessera_profile": 1, "profile": "bank-csv", "map": {"date": "Buchungstag", …}, "date_order": "dmy",
 *   "time_basis": "Europe/Berlin", "region": "DE", "subscriber": "…"}`; options given on the command line win.
 *
 * Throws CaseError: Usage (unknown profile, bad --map field, bad --date-order, unknown time basis); BadInput with
 * nothing written — unreadable or undecodable file, columns that do not fit, a date column whose day/month order
 * cannot be told without --date-order (the message names the column), every row rejected, the same file (same
 * SHA-256) already in the case, or a cancel (ErrorKind::Usage "import cancelled").
 */
class RecordImporter {
public:
    /// What the import wizard shows before importing: the first rows as the reader will see them.
    struct Preview {
        QString encoding;              ///< TextDecoder::name()
        QChar delimiter;               ///< tables: the detected delimiter; null for other formats
        bool hasHeader = false;
        QStringList columns;           ///< header names, or column_N; one "line" column for non-table formats
        QVector<QStringList> rows;     ///< the first rows as parsed (decoded, unquoted)
        QStringList fieldOf;           ///< per column: the field it fills (mapping, else the profile's names); "" none
        QStringList kindOf;            ///< per column: date-dmy, date-mdy, date-ymd, date-ambiguous, time, amount-comma,
                                       ///< amount-point, number, empty or text — from the values alone, all rows read
                                       ///< (up to 100,000). Digits alone are a number (kept as text), never a time:
                                       ///< "000123" is as likely an ad id as 00:01:23.
        QVector<bool> readsAsTime;     ///< per column: every value reads as a time of day, compact HHMMSS included
        QString problem;               ///< why there is no preview (unreadable, undecodable); empty when there is one
    };
    /// A preview of `path` under `options` (profile, mapping): `maxRows` rows shown, types judged from `scanRows` rows
    /// (from the first 64 MiB; 1 MiB when scanRows ≤ 1000). Never writes; never throws for a bad file (see
    /// `problem`); Usage for an unknown profile.
    static Preview preview(const QString& path, const ImportOptions& options, int maxRows = 20, int scanRows = 100000);
    /// The type the wizard shows for `column` of `p` when it fills `field` (a table field name, or empty): an
    /// identifier field (phone, email, ad-id, … and the record's parties) is "identifier" — identifiers are kept as
    /// text whatever they look like (issue 6 point 2); the time field over values that all read as times (HHMMSS
    /// included) is "time"; otherwise the kind from the values (Preview::kindOf).
    static QString columnKind(const Preview& p, int column, const QString& field);

    static ImportResult run(Case& c, const QString& filePath, const ImportOptions& options);
    /// `options` with a saved profile file's settings filled in where the options leave them empty. Throws
    /// CaseError BadInput when the file cannot be read or is not a profile, Usage when it names an unknown profile.
    static ImportOptions loadProfileFile(const ImportOptions& options, const QString& path);
    /// The JSON of a saved profile (see the class comment) for `options` (profile, mapping, date order, basis, region).
    static QJsonObject profileJson(const ImportOptions& options);
};

} // namespace tessera
