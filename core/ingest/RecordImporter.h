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
    static ImportResult run(Case& c, const QString& filePath, const ImportOptions& options);
    /// `options` with a saved profile file's settings filled in where the options leave them empty. Throws
    /// CaseError BadInput when the file cannot be read or is not a profile, Usage when it names an unknown profile.
    static ImportOptions loadProfileFile(const ImportOptions& options, const QString& path);
    /// The JSON of a saved profile (see the class comment) for `options` (profile, mapping, date order, basis, region).
    static QJsonObject profileJson(const ImportOptions& options);
};

} // namespace tessera
