#pragma once

#include <QString>
#include <QStringList>
#include <QVector>
#include <functional>

namespace tessera {

class Case;

/// Options of one import (CLI `import`).
struct ImportOptions {
    QString profile;      ///< an ImportProfile name
    QString timeBasis;    ///< IANA zone or "UTC"; empty = the case's display zone, marked assumed
    QString region;       ///< default region for phone numbers; empty = the case's region
    QString subscriber;   ///< the identifier whose records these are (cdr-bandicoot; without it that party is unknown)
    QString exhibitTitle; ///< empty = the file name
    qint64 returnOfProcess = 0; ///< legal process this file is the return of (ReturnScope checks each record), 0 = none
    /// The person whose own device, account or data this file comes from (an extraction of their phone, their
    /// contacts, calendar, mail, location log), 0 = none. For a person who was trafficked or a protected witness their
    /// `device-extraction` choice governs the import (ImportSession asks VictimChoicePolicy). A carrier's or
    /// provider's return about a number (--subscriber) is legal process, not the person's choice, and is not this.
    qint64 providedByPerson = 0;
    /// Called now and then with bytes parsed and the file size; return false to cancel (nothing is written).
    std::function<bool(qint64 done, qint64 total)> progress;
    QString dateOrder;    ///< "dmy", "mdy" or "ymd" for numeric dates a column cannot settle; empty = decide per column
    QList<QPair<QString, QString>> mapping; ///< FIELD=COLUMN overrides of a table profile (column name or 1-based number)
    QString profileFile;  ///< a saved profile (JSON; RecordImporter::loadProfileFile); empty = none
};

/// How many records of an import got one time basis, and where it came from (ImportResult::bases).
struct ImportBasisCount {
    QString basis;       ///< IANA zone, "UTC" or a fixed offset "+02:00"
    QString source;      ///< "file" (the record's own offset, zone column, epoch or the format's rule), "option"
                         ///< (--time-basis), "profile" (the layout states it) or "assumed" (the case's zone)
    qint64 records = 0;
};

/// What an import did.
struct ImportResult {
    qint64 exhibitId = 0;
    qint64 records = 0;
    qint64 flagged = 0;     ///< records kept with a flag (contradictory direction, invalid number…)
    qint64 quarantined = 0; ///< records outside the scope of returnOfProcess (kept, quarantined)
    qint64 rejected = 0;    ///< rows that could not be read (see the reject report in the case)
    /// Before reading: the basis for times without their own zone (set by the importer, with timeBasisSource).
    /// After ImportSession::finish(): what the records got — the one basis they all share, or "mixed" (see bases).
    QString timeBasis;
    /// After finish(): true when at least one record's zone was assumed (recordsZoneAssumed > 0).
    bool timeBasisAssumed = false;
    /// "option", "profile" or "assumed" before reading; after finish() the one source of every record's basis
    /// ("file", "option", "profile", "assumed") or "mixed".
    QString timeBasisSource;
    QVector<ImportBasisCount> bases; ///< per basis and source, in first-seen order
    qint64 recordsZoneAssumed = 0;   ///< records read in the case's zone because neither the source nor the user said
    QStringList warnings;
    qint64 identifiers = 0; ///< identifiers the source names (record_identifier rows: contacts, ad phones, plates)
    /// Records and identifiers of a person's own device outside the dates and apps they agreed to: not created.
    qint64 outsideScope = 0;
};

/**
 * Imports a call-detail-record return as one exhibit and its immutable records (DESIGN §4, §9), in one transaction.
 *
 * Each row becomes a record with its time as a TimeSpan in the stated time basis (or the case's zone, marked assumed),
 * its parties normalised (phone numbers to E.164 with libphonenumber where IsValidNumber holds; other values kept as
 * raw handles; invalid numbers flagged), its original fields as JSON and the SHA-256 of its bytes. Rows that cannot be
 * read are written to the reject report (file, row, field, reason — never the value) and the rest import.
 *
 * Throws CaseError: Usage (unknown profile or time basis), BadInput — with nothing written —
 * when the file cannot be read, its columns do not fit the profile, every row is rejected, or the same file (same
 * SHA-256) is already in the case.
 */
class CallDetailRecordImporter {
public:
    static ImportResult run(Case& c, const QString& filePath, const ImportOptions& options);
};

} // namespace tessera
