#pragma once

#include "checkpoints/CheckpointLedger.h"
#include "ingest/CallDetailRecordImporter.h"
#include "model/ExhibitRepository.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"
#include "time/TimeSpan.h"

#include <QByteArray>
#include <QDate>
#include <QString>
#include <QStringList>
#include <QVector>
#include <memory>
#include <optional>

namespace tessera {

class Case;
class Database;

/// An identifier a source names (a contact's number, an ad's e-mail, a plate): what the source says, normalised.
struct SourceIdentifier {
    QString kind;   ///< phone, email, handle, payment-handle, plate, imei, address, ad-id, account
    QString value;  ///< normalised (E.164 for a valid phone number; see PhoneNormalizer::normalizeIdentifier)
    QString raw;    ///< as received
    QString label;  ///< the source's label (contact name, TEL type); may be empty
    QString flags;  ///< comma-separated (invalid-number, ambiguous-number)
};

/**
 * One record as a reader produced it, ready for ImportSession::add(). The time is one of:
 * - `span` set (isValid()): already resolved (epoch timestamps, times with their own offset resolved by the reader);
 * - `date` (+ `usOfDay`, `precision`): wall-clock time in `basis` when set, else in the import's time basis;
 *   precision Day with `lastDate` set covers whole days date … lastDate (all-day events, a hotel stay).
 */
struct SourceRecord {
    qint64 row = 0;           ///< 1-based row, line or entry number in the source
    QByteArray raw;           ///< the source bytes of the record (hashed into row_sha256)
    TimeSpan span;
    QDate date;
    QDate lastDate;
    qint64 usOfDay = 0;
    TimePrecision precision = TimePrecision::Second;
    QString basis;            ///< the time's own zone (IANA, "UTC" or "+hh:mm"); empty = the import's basis
    QString timeText;         ///< as received
    QString recordType;       ///< call, text, payment, timeline-event, calendar-event, email, location-point, …
    QString direction;        ///< in, out or empty
    qint64 durationS = -1;
    QString originator, recipient, location;
    QString amount, currency, summary;
    QStringList flags;
    QByteArray fieldsJson;    ///< JSON object of the original fields (UTF-8)
    QVector<SourceIdentifier> identifiers;
};

/// Appends `utf8` as a JSON string (RFC 8259 escaping) to `out`.
void appendJsonString(QByteArray& out, QByteArrayView utf8);

/// Builds a JSON object of original fields, in source order, without QJsonObject's cost.
class JsonFields {
public:
    void add(QByteArrayView key, QByteArrayView utf8Value);
    void addText(const QString& key, const QString& value) { add(QByteArrayView(key.toUtf8()), QByteArrayView(value.toUtf8())); }
    QByteArray take();
    bool isEmpty() const { return m_out.isEmpty(); }

private:
    QByteArray m_out;
};

/**
 * Where a reader puts what it read: records, identifiers without a record, and rejected rows. ImportSession writes
 * them into the case; the fuzz targets count them.
 */
class RecordSink {
public:
    virtual ~RecordSink() = default;
    /// Takes one record (and its identifiers); returns its id (> 0), or 0 when the time cannot be placed (rejected).
    virtual qint64 add(SourceRecord& r) = 0;
    /// An identifier that belongs to no timed record (a contact card's number); or, with `recordId`, to the record
    /// add() returned that id for.
    virtual void addIdentifier(qint64 row, const SourceIdentifier& id, qint64 recordId = 0) = 0;
    /// A row that could not be read: row, field and reason — never the value.
    virtual void reject(qint64 row, const QString& field, const QString& reason) = 0;
};

/**
 * The one record-writing path of every import (DESIGN §4, §9): refuses a file already in the case (same SHA-256,
 * CaseError BadInput), opens one Transaction, stores the native as the exhibit, writes records, their identifiers and
 * the reject report (file, row, field, reason — never a value), and at finish() the counts, a custody entry and the
 * audit entry, then commits. Destroyed without finish() (an error or a cancel), nothing is written.
 *
 * Time flags (record.time_flags): 1 basis assumed, 2 ambiguous (DST repeat), 4 nonexistent (DST gap), 8 repeat
 * resolved by source order — a repeated local time is settled by source order only when the rows are in time order
 * (DESIGN §5).
 *
 * Two threads (issue 6, import speed): the calling thread (the reader, the producer) does all the per-row work up to
 * values ready to bind — time resolution, flags, scope checks, the row hash, UTF-8 text — and packs each insert
 * (record, record_detail, record_identifier, import_reject) into batches of about 2,048 operations; a writer thread
 * binds and steps them in order, so the reader's work runs beside SQLite's. At most 3 full batches wait (bounded
 * memory). Record ids are allocated by the session (MAX(id) + 1 onwards, as SQLite would: records are never deleted),
 * so add() returns the id at once. The writer owns the connection from its first batch until finish() has joined it;
 * readers never touch the database between (they only see RecordSink). The thread starts with the first full batch:
 * an import of fewer rows is written on the calling thread at finish(). An error in the writer (a full disk, a
 * constraint) is rethrown to the reader by the next add() that hands over a batch, or by finish(); destroying the
 * session (an error, a cancel) stops and joins the writer before the transaction rolls back. The writer inserts up to
 * 64 rows per INSERT; for that, foreign keys are not enforced during the transaction (ForeignKeysOff): the rows'
 * references are the session's own exhibit and record ids, and the other tables the import writes are checked with
 * PRAGMA foreign_key_check before COMMIT.
 */
class ImportSession final : public RecordSink {
public:
    /**
     * `result.timeBasis`/`timeBasisAssumed`/`timeBasisSource` must be set. Throws CaseError BadInput for a duplicate file.
     *
     * `providedBy` (ImportOptions::providedByPerson): the person whose own device or data the file is. For a person
     * who was trafficked or a protected witness, VictimChoicePolicy (action extract-device, point
     * `device-extraction`) is asked before anything is written — CaseError(HeldByVictimChoice) naming the point when
     * it is missing, deferred, declined or withdrawn (DESIGN §7) — and each record and identifier is then checked
     * against the agreed scope (review-device-data: dates, apps); what lies outside is not created
     * (ImportResult::outsideScope). The exhibit is marked provided by the person (victim-sourced when a victim), so a
     * later withdrawal seals it. Usage for an unknown person.
     */
    ImportSession(Case& c, const QString& filePath, const NewExhibit& meta, ImportResult& result, qint64 providedBy = 0);
    ~ImportSession() override;

    /// Writes one record (and its identifiers); returns its id, or 0 when the time cannot be placed (rejected).
    qint64 add(SourceRecord& r) override;
    /// Writes an identifier that belongs to no timed record (a contact card's number), or (`recordId` > 0) to a record
    /// this session's add() returned; CaseError(Internal) for any other record id.
    void addIdentifier(qint64 row, const SourceIdentifier& id, qint64 recordId = 0) override;
    /// A row that could not be read.
    void reject(qint64 row, const QString& field, const QString& reason) override;
    qint64 identifiers() const { return m_identifiers; }
    /// Marks this file as the return of legal process `processId` (0: none): finish() then checks each record against
    /// the process's scope and quarantines what falls outside (ReturnScope, issue 10), in the same transaction.
    /// Throws CaseError(Usage) when the process does not exist.
    void setReturnOf(qint64 processId);
    /// Finishes: throws BadInput when every row was rejected; warns on a file with no records and on records whose
    /// zone was assumed; sets the result's time basis from what the records got; counts, custody, audit; commits. `detail` is appended to the custody line (e.g. the detected encoding).
    void finish(const QString& detail = {});

    /// The case's database, for the reader's setup before the first add(); not to be used between the first add()
    /// and finish() (the writer thread owns the connection then).
    Database& db();
    const QString& fileName() const { return m_fileName; }
    qint64 fileSize() const { return m_size; }

    /// For tests and benchmarks: whether sessions made from now on use the pipeline (true, the default: a writer
    /// thread, multi-row INSERTs) or the sequential path (false: one INSERT per row, all on the calling thread — the
    /// oracle of test_import_pipeline). The rows, ids and bytes written are the same either way.
    static void setPipelined(bool enabled);
    static bool pipelined();
    /// How many sessions in this process have handed rows to a writer thread so far (for tests: proof that the
    /// threaded path ran).
    static qint64 writerThreadsStarted();

private:
    class RowWriter;
    /// Counts one record under its basis and where the basis came from (ImportResult::bases).
    void countBasis(const QString& basis, const QString& source);
    /// At finish(): the result's and the exhibit's time basis from what the records got, and the assumed-zone warning
    /// (the same for every profile).
    void settleTimeBasis();
    Case& m_case;
    ImportResult& m_result;
    QString m_fileName;
    QString m_sha;
    QString m_profile;
    QString m_kind;
    qint64 m_size = 0;
    /// Pipelined: foreign keys are not enforced during the session's transaction (made before m_tx, destroyed after
    /// it); the session guarantees the row tables' references itself and checks the others before COMMIT.
    std::optional<ForeignKeysOff> m_foreignKeysOff;
    std::unique_ptr<Transaction> m_tx;
    QString m_basis;
    QByteArray m_basisUtf8;
    qint64 m_prevLower = 0;
    qint64 m_rows = 0;
    bool m_inOrder = true;
    qint64 m_identifiers = 0;
    qint64 m_returnOf = 0;
    /// Whether this record (span) lies within the agreed scope of the person's device-extraction choice.
    bool withinScope(const SourceRecord& r, const TimeSpan& span) const;
    std::optional<CheckpointDecision> m_scope; ///< set when the person's choice governs this import
    QString m_scopeLine;                      ///< for the custody entry
    qint64 m_firstRecordId = 1;               ///< the first id this session gives
    qint64 m_nextRecordId = 1;                ///< the id the next record gets (explicit in the INSERT)
    /// Binds and steps the batched inserts (on its thread, or inline) with its own statements. Declared last:
    /// destroyed — its thread stopped and joined, its statements finalised — before the transaction rolls back.
    std::unique_ptr<RowWriter> m_writer;
};

} // namespace tessera
