#include "ingest/ImportSession.h"

#include "casework/ReturnScope.h"
#include "checkpoints/VictimChoicePolicy.h"
#include "model/PersonRepository.h"
#include "case/Case.h"
#include "case/CaseError.h"
#include "crypto/Sodium.h"
#include "packet/ProtectedIdentityRedactor.h"
#include "storage/Database.h"
#include "time/LocalTimeResolver.h"

#include <QDateTime>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTimeZone>
#include <atomic>
#include <condition_variable>
#include <cstring>
#include <deque>
#include <exception>
#include <mutex>
#include <thread>
#include <vector>

namespace tessera {

namespace {

enum TimeFlag { kAssumed = 1, kAmbiguous = 2, kNonexistent = 4, kResolvedByOrder = 8 };

const QByteArray kSecondUtf8 = QByteArrayLiteral("second");

/// SHA-256 of the file, refusing one already in the case (same SHA-256).
QPair<QString, qint64> hashNew(Database& db, const QString& filePath) {
    const auto hashed = ExhibitRepository::hashFile(filePath);
    if (const auto existing = ExhibitRepository::findBySha256(db, hashed.first))
        throw CaseError(ErrorKind::BadInput, QStringLiteral("%1: this file (same SHA-256) is already in the case as "
                                                            "exhibit %2; nothing was imported")
                                                 .arg(QFileInfo(filePath).fileName())
                                                 .arg(*existing));
    return hashed;
}

/// YYYY-MM-DD (UTC) of a UTC microsecond instant.
QString utcDate(qint64 us) {
    return QDateTime::fromMSecsSinceEpoch(us / 1000, QTimeZone::utc()).date().toString(Qt::ISODate);
}

/// The names under which a person may have agreed to the "app" a record or identifier comes from: the fields a
/// forensic timeline names it by (data_type "android:messaging:whatsapp", source_long, parser, app, package) and
/// their segments, the record type, and the kind of data (contacts, calendar, email, location).
QStringList itemNamesOf(const QString& exhibitKind, const QString& recordType, const QByteArray& fieldsJson) {
    QStringList names{exhibitKind, recordType};
    if (exhibitKind == QLatin1String("location-log"))
        names << QStringLiteral("location");
    else if (exhibitKind == QLatin1String("email"))
        names << QStringLiteral("mail");
    else if (exhibitKind == QLatin1String("call-records"))
        names << QStringLiteral("calls") << QStringLiteral("phone");
    static const QStringList appKeys{QStringLiteral("app"),          QStringLiteral("application"),
                                     QStringLiteral("app_name"),     QStringLiteral("package"),
                                     QStringLiteral("data_type"),    QStringLiteral("source"),
                                     QStringLiteral("source_short"), QStringLiteral("source_long"),
                                     QStringLiteral("parser")};
    static const QRegularExpression separators(QStringLiteral("[:/._\\s]+"));
    if (!fieldsJson.isEmpty()) {
        const QJsonObject o = QJsonDocument::fromJson(fieldsJson).object();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (!appKeys.contains(it.key().trimmed(), Qt::CaseInsensitive))
                continue;
            const QString v = it.value().toString().trimmed();
            if (v.isEmpty())
                continue;
            names << v << v.split(separators, Qt::SkipEmptyParts);
        }
    }
    return names;
}

std::atomic<bool> g_pipelined{true};
std::atomic<qint64> g_writerThreadsStarted{0};

/// The four inserts of an import, in the order a batch writes them (a record before the details and identifiers that
/// refer to it).
enum class Table : quint8 { Record, Detail, Identifier, Reject };
constexpr int kTables = 4;

/**
 * One batch of inserts handed from the reader's thread to the writer: per table, its rows' parameters (cells) in
 * order, and one byte arena holding every text and BLOB value as UTF-8, bound from there without a copy. Rows keep
 * their order within each table; the tables are written one after the other (records first), which gives the same
 * rows and ids: records carry their id, and the other tables' ids follow their own order.
 */
struct Batch {
    struct Cell {
        enum Type : quint8 { Null, Int, Text, Blob, Static };
        Type type = Null;
        qsizetype size = 0;
        union {
            qint64 value = 0;  ///< Int
            qsizetype offset;  ///< Text, Blob: in the arena
            const char* data;  ///< Static: bytes that outlive the session (constants, the session's time basis)
        };
    };
    /// Hand over at this many rows or arena bytes: small enough to stay in the cache, large enough that the hand-over
    /// (a lock, a wake-up) costs nothing per row.
    static constexpr qsizetype kMaxRows = 2048;
    static constexpr qsizetype kMaxArena = 1 << 20;

    std::vector<Cell> cells[kTables];
    qsizetype rows[kTables] = {};
    qsizetype totalRows = 0;
    std::vector<char> arena; ///< grows, never shrinks: a reused batch allocates nothing
    qsizetype used = 0;      ///< bytes of the arena in use
    std::vector<Cell>* current = &cells[0];

    bool empty() const { return totalRows == 0; }
    bool full() const { return totalRows >= kMaxRows || used >= kMaxArena; }
    void clear() {
        for (int t = 0; t < kTables; ++t) {
            cells[t].clear();
            rows[t] = 0;
        }
        totalRows = 0;
        used = 0;
    }
    char* reserve(qsizetype n) {
        if (used + n > static_cast<qsizetype>(arena.size()))
            arena.resize(std::max<std::size_t>(arena.size() * 2, static_cast<std::size_t>(used + n) + 4096));
        return arena.data() + used;
    }
    /// Starts a row of `table`; the cells that follow are its parameters.
    void row(Table table) {
        current = &cells[static_cast<int>(table)];
        ++rows[static_cast<int>(table)];
        ++totalRows;
    }
    void null() { current->push_back(Cell{}); }
    void integer(qint64 v) {
        Cell c;
        c.type = Cell::Int;
        c.value = v;
        current->push_back(c);
    }
    /// Bytes that stay valid and unchanged for the whole session (bound without copying them into the arena).
    void constant(const QByteArray& bytes) {
        Cell c;
        c.type = Cell::Static;
        c.data = bytes.constData();
        c.size = bytes.size();
        current->push_back(c);
    }
    void bytes(Cell::Type type, const char* p, qsizetype n) {
        std::memcpy(reserve(n), p, static_cast<std::size_t>(n));
        commit(type, n);
    }
    void utf8(QByteArrayView v) { bytes(Cell::Text, v.data(), v.size()); }
    void blob(const QByteArray& v) { bytes(Cell::Blob, v.constData(), v.size()); }
    /// `s` as UTF-8 TEXT (a null string binds the empty string, as Statement::bindText). ASCII is copied unit by unit;
    /// anything else goes through QString::toUtf8(), so the bytes are exactly what the sequential path bound.
    void text(const QString& s) {
        const qsizetype n = s.size();
        const char16_t* u = reinterpret_cast<const char16_t*>(s.constData());
        char* out = reserve(n);
        qsizetype i = 0;
        for (; i < n && u[i] < 0x80; ++i)
            out[i] = static_cast<char>(u[i]);
        if (i < n)
            return utf8(s.toUtf8());
        commit(Cell::Text, n);
    }
    /// SQL NULL for an empty string, else its text.
    void textOrNull(const QString& s) {
        if (s.isEmpty())
            null();
        else
            text(s);
    }
    /// SQL NULL for a null string (Statement::bind(QString)), else its text.
    void textUnlessNull(const QString& s) {
        if (s.isNull())
            null();
        else
            text(s);
    }

private:
    /// The `n` bytes just written at the end of the arena become a cell.
    void commit(Cell::Type type, qsizetype n) {
        Cell c;
        c.type = type;
        c.offset = used;
        c.size = n;
        used += n;
        current->push_back(c);
    }
};

const QByteArray kEmptyJsonObject = QByteArrayLiteral("{}");
const QByteArray kEmpty = QByteArrayLiteral("");

/// How each table is inserted: the INSERT's head, the parameters the same for every row (?1 …, bound once), and the
/// cells per row.
struct TableInsert {
    const char* head;
    int constants;
    int cells;
};
constexpr TableInsert kInserts[kTables] = {
    {"INSERT INTO record(exhibit_id, id, row_number, lower_utc, upper_utc, precision, time_text, time_basis, "
     "time_flags, record_type, direction, duration_s, originator, recipient, location, flags, fields, row_sha256)",
     1, 17},
    {"INSERT INTO record_detail(record_id, amount, currency, summary)", 0, 4},
    {"INSERT INTO record_identifier(exhibit_id, record_id, row_number, kind, value, raw_value, label, flags)", 1, 7},
    {"INSERT INTO import_reject(exhibit_id, file_name, row_number, field, reason)", 2, 3},
};

/// Rows per multi-row INSERT: the parameters stay within SQLite's default limit of 999 (SQLITE_MAX_VARIABLE_NUMBER).
int rowsPerStatement(const TableInsert& t) { return std::min(64, (999 - t.constants) / t.cells); }

/// `head` VALUES (?1, …, ?constants, ?a, …), … for `rows` rows: row k binds the parameters constants + 1 + k × cells on.
/// `orFail`: INSERT OR FAIL (see RowWriter).
QByteArray insertSql(const TableInsert& t, int rows, bool orFail) {
    QByteArray sql = t.head;
    if (orFail)
        sql.replace("INSERT INTO", "INSERT OR FAIL INTO");
    sql += " VALUES ";
    int param = t.constants + 1;
    for (int k = 0; k < rows; ++k) {
        sql += k ? ",(" : "(";
        for (int c = 1; c <= t.constants; ++c)
            sql += '?' + QByteArray::number(c) + ',';
        for (int j = 0; j < t.cells; ++j)
            sql += '?' + QByteArray::number(param++) + (j + 1 < t.cells ? "," : "");
        sql += ')';
    }
    return sql;
}

} // namespace

/**
 * Binds and steps the session's batched inserts: on its own thread from the first full batch on, or on the calling
 * thread (a small import, at finish(); or the sequential path). The parameters the same for every row (the exhibit id,
 * the file name) are bound once.
 *
 * Pipelined, a table's rows go in multi-row INSERTs of up to 64 rows: one statement run, its cursors opened once, for
 * many rows (the record table's cursor stays at its end, so appending needs no descent). A statement that writes many
 * rows and may abort makes SQLite keep a statement journal — under SQLCipher every page the statement touches is then
 * encrypted once more into it, which costs more than the multi-row INSERT saves (measured: 2.4× the writer's time).
 * Two things remove that need: INSERT OR FAIL (a NOT NULL or duplicate-id violation stops the statement without undoing
 * its earlier rows — the session's transaction is rolled back on any error anyway) and foreign keys not enforced
 * during the session (ForeignKeysOff; `PRAGMA defer_foreign_keys` does not help: an immediate foreign key in a
 * multi-row statement needs the journal whatever the pragma). Sequential, one plain INSERT per row with foreign keys
 * enforced, exactly as before the pipeline.
 */
class ImportSession::RowWriter {
public:
    RowWriter(Database& db, qint64 exhibitId, const QString& fileName, bool pipelined)
        : m_pipelined(pipelined), m_threaded(pipelined), m_filling(std::make_unique<Batch>()) {
        for (int t = 0; t < kTables; ++t) {
            m_one[t] = std::make_unique<Statement>(db.prepare(insertSql(kInserts[t], 1, m_pipelined).constData()));
            m_manyRows[t] = rowsPerStatement(kInserts[t]);
            if (m_pipelined)
                m_many[t] = std::make_unique<Statement>(
                    db.prepare(insertSql(kInserts[t], m_manyRows[t], true).constData()));
            for (Statement* s : {m_one[t].get(), m_many[t].get()}) {
                if (!s)
                    continue;
                if (kInserts[t].constants >= 1)
                    s->bind(1, exhibitId);
                if (kInserts[t].constants >= 2)
                    s->bind(2, fileName);
            }
        }
    }

    /// Stops the thread (at the next statement) and joins it; what it wrote is rolled back by the session's
    /// transaction. Then the statements are finalised.
    ~RowWriter() { stop(); }

    /// The batch the reader's thread fills.
    Batch& batch() { return *m_filling; }

    /// After each row (or group of rows): hands the batch over when it is full. Rethrows the writer's error.
    void maybeSubmit() {
        if (m_filling->full())
            submit();
    }

    /// Writes what is left, waits for the writer and joins it; rethrows its error. Afterwards the connection is the
    /// calling thread's again.
    void finish() {
        if (!m_thread.joinable()) {
            writeInline();
            return;
        }
        {
            std::lock_guard lock(m_mutex);
            if (!m_error) {
                if (!m_filling->empty())
                    m_queue.push_back(std::move(m_filling));
                m_closed = true;
            }
        }
        m_changed.notify_all();
        m_thread.join();
        if (m_error)
            std::rethrow_exception(m_error);
    }

    /// Stops and joins the thread without writing what is queued (the session is being destroyed unfinished).
    void stop() {
        if (!m_thread.joinable())
            return;
        m_abort.store(true, std::memory_order_relaxed);
        {
            std::lock_guard lock(m_mutex);
            m_closed = true;
        }
        m_changed.notify_all();
        m_thread.join();
    }

private:
    static constexpr std::size_t kQueueDepth = 3; ///< full batches waiting at most (memory stays bounded)

    void writeInline() {
        write(*m_filling);
        m_filling->clear();
    }

    void submit() {
        if (!m_threaded)
            return writeInline();
        if (!m_thread.joinable()) {
            try {
                m_thread = std::thread([this] { run(); });
                ++g_writerThreadsStarted;
            } catch (const std::system_error&) {
                m_threaded = false; // no thread to be had: write on this one
                return writeInline();
            }
        }
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_error || m_queue.size() < kQueueDepth; });
        if (m_error)
            std::rethrow_exception(m_error);
        m_queue.push_back(std::move(m_filling));
        if (!m_free.empty()) {
            m_filling = std::move(m_free.back());
            m_free.pop_back();
        }
        lock.unlock();
        m_changed.notify_all();
        if (!m_filling)
            m_filling = std::make_unique<Batch>();
    }

    /// The writer thread: writes batches in order until closed, stopped, or an error (kept for the reader).
    void run() {
        for (;;) {
            std::unique_ptr<Batch> b;
            {
                std::unique_lock lock(m_mutex);
                m_changed.wait(lock, [this] { return m_closed || !m_queue.empty(); });
                if (m_abort.load(std::memory_order_relaxed) || m_queue.empty())
                    return;
                b = std::move(m_queue.front());
                m_queue.pop_front();
            }
            m_changed.notify_all(); // room in the queue
            try {
                write(*b);
            } catch (...) {
                {
                    std::lock_guard lock(m_mutex);
                    m_error = std::current_exception();
                }
                m_changed.notify_all();
                return;
            }
            b->clear();
            std::lock_guard lock(m_mutex);
            m_free.push_back(std::move(b));
        }
    }

    /// Binds `rows` rows of cells from `cell` on to `s`, row k from parameter first + k × cells, and runs it.
    static void run(Statement& s, const Batch& b, const Batch::Cell* cell, int rows, int first, int cells) {
        int param = first;
        for (const Batch::Cell* end = cell + qsizetype(rows) * cells; cell != end; ++cell, ++param) {
            switch (cell->type) {
            case Batch::Cell::Null: s.bindNull(param); break;
            case Batch::Cell::Int: s.bind(param, cell->value); break;
            case Batch::Cell::Text: s.bindStaticUtf8(param, b.arena.data() + cell->offset, cell->size); break;
            case Batch::Cell::Blob: s.bindStaticBlob(param, b.arena.data() + cell->offset, cell->size); break;
            case Batch::Cell::Static: s.bindStaticUtf8(param, cell->data, cell->size); break;
            }
        }
        s.execKeepingBindings();
    }

    void write(const Batch& b) {
        for (int t = 0; t < kTables; ++t) {
            const TableInsert& spec = kInserts[t];
            const Batch::Cell* cell = b.cells[t].data();
            qsizetype left = b.rows[t];
            while (left > 0) {
                if (m_abort.load(std::memory_order_relaxed))
                    return;
                const bool many = m_many[t] && left >= m_manyRows[t];
                const int rows = many ? m_manyRows[t] : 1;
                run(many ? *m_many[t] : *m_one[t], b, cell, rows, spec.constants + 1, spec.cells);
                cell += qsizetype(rows) * spec.cells;
                left -= rows;
            }
        }
    }

    bool m_pipelined;
    bool m_threaded;
    std::unique_ptr<Statement> m_one[kTables];  ///< one row per INSERT
    std::unique_ptr<Statement> m_many[kTables]; ///< m_manyRows rows per INSERT (pipelined only)
    int m_manyRows[kTables] = {};
    std::unique_ptr<Batch> m_filling;
    std::thread m_thread;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<std::unique_ptr<Batch>> m_queue; ///< full batches, in order
    std::vector<std::unique_ptr<Batch>> m_free; ///< written batches, to reuse
    bool m_closed = false;                      ///< no more batches will come
    std::atomic<bool> m_abort{false};
    std::exception_ptr m_error;
};

void ImportSession::setPipelined(bool enabled) { g_pipelined.store(enabled); }
bool ImportSession::pipelined() { return g_pipelined.load(); }
qint64 ImportSession::writerThreadsStarted() { return g_writerThreadsStarted.load(); }

ImportSession::ImportSession(Case& c, const QString& filePath, const NewExhibit& givenMeta, ImportResult& result,
                             qint64 providedBy)
    : m_case(c), m_result(result), m_fileName(QFileInfo(filePath).fileName()), m_profile(givenMeta.importProfile),
      m_basis(result.timeBasis), m_basisUtf8(result.timeBasis.toUtf8()) {
    NewExhibit meta = givenMeta;
    m_kind = meta.kind;
    std::optional<Person> person;
    if (providedBy != 0) {
        // The person's own device or data: their device-extraction choice governs it, asked here in the one
        // record-writing path so neither the GUI nor the CLI can bypass it (DESIGN §7). Nothing is written yet.
        person = PersonRepository::get(c.db(), providedBy);
        if (!person)
            throw CaseError(ErrorKind::Usage, QStringLiteral("--provided-by: no person with id %1").arg(providedBy));
        VictimChoicePolicy::require(c.db(), VictimAction::ExtractDevice, providedBy);
        // Creating records from it is reviewing the data: the agreed scope (dates, apps) is checked per record below.
        m_scope = VictimChoicePolicy::require(c.db(), VictimAction::ReviewDeviceData, providedBy);
        if (person->roles.contains(QLatin1String("victim")))
            meta.victimSourced = true;
        if (m_scope) {
            QStringList parts;
            if (!m_scope->scopeFrom.isEmpty() || !m_scope->scopeTo.isEmpty())
                parts << QStringLiteral("dates %1 to %2")
                             .arg(m_scope->scopeFrom.isEmpty() ? QStringLiteral("(open)") : m_scope->scopeFrom,
                                  m_scope->scopeTo.isEmpty() ? QStringLiteral("(open)") : m_scope->scopeTo);
            if (!m_scope->scopeItems.isEmpty())
                parts << QStringLiteral("apps %1").arg(m_scope->scopeItems.join(QStringLiteral(", ")));
            m_scopeLine = QStringLiteral("provided by %1 under their device-extraction decision %2 (%3)")
                              .arg(person->label())
                              .arg(m_scope->id)
                              .arg(parts.isEmpty() ? QStringLiteral("no limit on dates or apps") : parts.join(QStringLiteral("; ")));
        } else {
            m_scopeLine = QStringLiteral("provided by %1").arg(person->label());
        }
    }
    const auto [sha, size] = hashNew(c.db(), filePath);
    m_sha = sha;
    m_size = size;
    if (ProtectedIdentityRedactor(c.db()).containsProtected(meta.title.isEmpty() ? m_fileName : meta.title))
        result.warnings << QStringLiteral("the exhibit title (or file name) holds the name or an identifier of a person "
                                          "whose identity is protected; productions show the pseudonym instead");
    const bool pipeline = pipelined();
    if (pipeline)
        m_foreignKeysOff.emplace(c.db()); // before BEGIN: SQLite ignores the pragma inside a transaction
    m_tx = std::make_unique<Transaction>(c.db());
    result.exhibitId = ExhibitRepository::insertFromFile(c, filePath, meta, m_sha);
    if (providedBy != 0) {
        // Whose device or data this is: a later withdrawal of their choice seals this exhibit (CheckpointLedger).
        Statement u = c.db().prepare("UPDATE exhibit SET provided_by_person_id = ? WHERE id = ?");
        u.bind(1, providedBy).bind(2, result.exhibitId);
        u.exec();
    }
    // Records are never deleted (triggers) and this transaction holds the write lock: the ids SQLite would give are
    // MAX(id) + 1 onwards, so the session gives them itself and the reader has each id before the row is written.
    m_nextRecordId = m_firstRecordId = c.db().scalar("SELECT COALESCE(MAX(id), 0) FROM record") + 1;
    m_writer = std::make_unique<RowWriter>(c.db(), result.exhibitId, m_fileName, pipeline);
}

bool ImportSession::withinScope(const SourceRecord& r, const TimeSpan& span) const {
    VictimActionContext ctx;
    ctx.date = utcDate(span.lowerUtcUs);
    ctx.lastDate = utcDate(span.upperUtcUs);
    ctx.itemNames = itemNamesOf(m_kind, r.recordType, r.fieldsJson);
    return VictimChoicePolicy::withinScope(*m_scope, ctx);
}

ImportSession::~ImportSession() {
    m_writer.reset(); // stop and join the writer, finalise its statements; then the transaction rolls back
}

Database& ImportSession::db() { return m_case.db(); }

qint64 ImportSession::add(SourceRecord& r) {
    const bool ownBasis = !r.basis.isEmpty();
    const QString& basis = ownBasis ? r.basis : m_basis;
    const bool assumed = !ownBasis && m_result.timeBasisAssumed;
    TimeSpan span = r.span;
    if (!span.isValid()) {
        if (r.precision == TimePrecision::Day && r.lastDate.isValid())
            span = LocalTimeResolver::resolveDays(r.date, r.lastDate, TimePrecision::Day, basis, assumed, r.timeText);
        else
            span = LocalTimeResolver::resolveMicroseconds(r.date, r.usOfDay, r.precision, basis, assumed, r.timeText);
    }
    if (!span.isValid()) {
        reject(r.row, QStringLiteral("time"), QStringLiteral("time cannot be placed in the time basis"));
        return 0;
    }
    if (m_scope && !withinScope(r, span)) {
        ++m_result.outsideScope; // outside the dates or apps the person agreed to: not created (DESIGN §7)
        return 0;
    }
    int timeFlags = assumed ? kAssumed : 0;
    countBasis(ownBasis ? basis : m_basis, ownBasis ? QStringLiteral("file") : m_result.timeBasisSource);
    if (span.ambiguous) {
        // A repeated local time (DST fall-back). DESIGN §5: in a source that is in time order, the order can settle
        // it — when the earlier instant would put this row before the row above it, only the later instant fits.
        // Otherwise both instants stay the bounds. The inference is recorded in the flags.
        const qint64 width = timePrecisionUnitUs(span.precision);
        const qint64 laterLower = span.upperUtcUs - width + 1;
        if (width > 0 && m_inOrder && m_rows > 0 && m_prevLower > span.lowerUtcUs && m_prevLower <= laterLower) {
            span.lowerUtcUs = laterLower;
            timeFlags |= kResolvedByOrder;
            r.flags << QStringLiteral("repeated-local-time-resolved-by-source-order");
        } else {
            timeFlags |= kAmbiguous;
            r.flags << QStringLiteral("ambiguous-local-time");
        }
    }
    if (m_rows > 0 && span.lowerUtcUs < m_prevLower)
        m_inOrder = false;
    m_prevLower = span.lowerUtcUs;
    ++m_rows;
    if (span.nonexistent) {
        timeFlags |= kNonexistent;
        r.flags << QStringLiteral("nonexistent-local-time");
    }
    const qint64 id = m_nextRecordId++;
    Batch& b = m_writer->batch();
    b.row(Table::Record);
    b.integer(id);
    b.integer(r.row);
    b.integer(span.lowerUtcUs);
    b.integer(span.upperUtcUs);
    if (span.precision == TimePrecision::Second)
        b.constant(kSecondUtf8);
    else
        b.text(timePrecisionName(span.precision));
    b.text(r.timeText);
    if (ownBasis)
        b.text(basis);
    else
        b.constant(m_basisUtf8);
    b.integer(timeFlags);
    b.text(r.recordType);
    b.textOrNull(r.direction);
    if (r.durationS >= 0)
        b.integer(r.durationS);
    else
        b.null();
    b.textOrNull(r.originator);
    b.textOrNull(r.recipient);
    b.textOrNull(r.location);
    if (r.flags.isEmpty())
        b.constant(kEmpty);
    else
        b.text(r.flags.join(QLatin1Char(',')));
    if (r.fieldsJson.isEmpty())
        b.constant(kEmptyJsonObject);
    else
        b.utf8(r.fieldsJson);
    b.blob(sha256(r.raw));
    if (!r.amount.isEmpty() || !r.currency.isEmpty() || !r.summary.isEmpty()) {
        b.row(Table::Detail);
        b.integer(id);
        b.textOrNull(r.amount);
        b.textOrNull(r.currency);
        b.textOrNull(r.summary);
    }
    ++m_result.records;
    if (!r.flags.isEmpty())
        ++m_result.flagged;
    m_writer->maybeSubmit();
    for (const SourceIdentifier& i : r.identifiers)
        addIdentifier(r.row, i, id);
    return id;
}

void ImportSession::countBasis(const QString& basis, const QString& source) {
    const QString src = source.isEmpty() ? QStringLiteral("option") : source;
    if (src == QLatin1String("assumed"))
        ++m_result.recordsZoneAssumed;
    if (!m_result.bases.isEmpty() && m_result.bases.last().basis == basis && m_result.bases.last().source == src) {
        ++m_result.bases.last().records; // the common case: one basis for the whole file
        return;
    }
    for (ImportBasisCount& b : m_result.bases)
        if (b.basis == basis && b.source == src) {
            ++b.records;
            return;
        }
    m_result.bases.append({basis, src, 1});
}

void ImportSession::settleTimeBasis() {
    Database& db = m_case.db();
    if (m_result.records > 0 && !m_result.bases.isEmpty()) {
        QString basis = m_result.bases.first().basis, source = m_result.bases.first().source;
        for (const ImportBasisCount& b : m_result.bases) {
            if (b.basis != basis)
                basis = QStringLiteral("mixed");
            if (b.source != source)
                source = QStringLiteral("mixed");
        }
        m_result.timeBasis = basis;
        m_result.timeBasisSource = source;
        m_result.timeBasisAssumed = m_result.recordsZoneAssumed > 0;
        ExhibitRepository::setTimeBasis(db, m_result.exhibitId, basis, m_result.timeBasisAssumed);
    }
    if (m_result.recordsZoneAssumed > 0) {
        QString zone;
        for (const ImportBasisCount& b : m_result.bases)
            if (b.source == QLatin1String("assumed"))
                zone = b.basis;
        m_result.warnings << QStringLiteral("%1: %2 of %3 records carry no time zone of their own and none was given: "
                                            "read in the case's zone %4 and marked assumed (state it with --time-basis)")
                                 .arg(m_fileName)
                                 .arg(m_result.recordsZoneAssumed)
                                 .arg(m_result.records)
                                 .arg(zone);
    }
}

void ImportSession::addIdentifier(qint64 row, const SourceIdentifier& i, qint64 recordId) {
    if (m_scope && recordId <= 0) {
        // An undated identifier (a contact card's number): within scope only when the agreed apps include its kind
        // of data and the scope is not limited by dates.
        VictimActionContext ctx;
        ctx.undated = true;
        ctx.itemNames = itemNamesOf(m_kind, QString(), QByteArray());
        if (!VictimChoicePolicy::withinScope(*m_scope, ctx)) {
            ++m_result.outsideScope;
            return;
        }
    }
    if (recordId > 0 && (recordId < m_firstRecordId || recordId >= m_nextRecordId))
        throw CaseError(ErrorKind::Internal, QStringLiteral("%1: row %2: an identifier names record %3, which this import "
                                                            "did not write")
                                                 .arg(m_fileName)
                                                 .arg(row)
                                                 .arg(recordId));
    Batch& b = m_writer->batch();
    b.row(Table::Identifier);
    if (recordId > 0)
        b.integer(recordId);
    else
        b.null();
    b.integer(row);
    b.text(i.kind);
    b.text(i.value);
    b.text(i.raw);
    b.text(i.label);
    b.text(i.flags);
    m_writer->maybeSubmit();
    ++m_identifiers;
    m_result.identifiers = m_identifiers;
}

void ImportSession::reject(qint64 row, const QString& field, const QString& reason) {
    Batch& b = m_writer->batch();
    b.row(Table::Reject);
    b.integer(row);
    b.textUnlessNull(field);
    b.textUnlessNull(reason);
    m_writer->maybeSubmit();
    ++m_result.rejected;
}

void ImportSession::setReturnOf(qint64 processId) {
    if (processId)
        ReturnScope::requireProcess(m_case.db(), processId);
    m_returnOf = processId;
}

void ImportSession::finish(const QString& detail) {
    // Every row written (the writer joined) before anything else touches the connection on this thread.
    m_writer->finish();
    m_writer.reset();
    Database& db = m_case.db();
    if (m_result.records == 0 && m_identifiers == 0 && m_result.rejected > 0) {
        // The reject report rolls back with the import, so the message carries why: each field and reason with its
        // row count and first row (never a value).
        Statement s = db.prepare("SELECT field, reason, count(*), min(row_number) FROM import_reject WHERE exhibit_id = ? "
                                 "GROUP BY field, reason ORDER BY min(row_number) LIMIT 4");
        s.bind(1, m_result.exhibitId);
        QStringList why;
        while (s.step())
            why << (why.size() == 3 ? QStringLiteral("…")
                                    : QStringLiteral("field %1: %2 (%3 row(s), first at row %4)")
                                          .arg(s.text(0), s.text(1))
                                          .arg(s.int64(2))
                                          .arg(s.int64(3)));
        throw CaseError(ErrorKind::BadInput, QStringLiteral("%1: every row was rejected (%2 rows) — %3; nothing was imported")
                                                 .arg(m_fileName)
                                                 .arg(m_result.rejected)
                                                 .arg(why.join(QStringLiteral("; "))));
    }
    if (m_result.records == 0 && m_identifiers == 0 && m_result.outsideScope > 0)
        throw CaseError(ErrorKind::HeldByVictimChoice,
                        QStringLiteral("%1: held by the person's recorded choice: every record lies outside the scope of "
                                       "decision point 'device-extraction' (dates and apps agreed to); nothing was "
                                       "imported")
                            .arg(m_fileName));
    if (m_result.outsideScope > 0)
        m_result.warnings << QStringLiteral("%1: %2 records or identifiers lie outside the dates and apps agreed at "
                                            "decision point 'device-extraction' and were not created")
                                 .arg(m_fileName)
                                 .arg(m_result.outsideScope);
    if (m_result.records == 0 && m_identifiers == 0)
        m_result.warnings << QStringLiteral("%1: the file holds no records; kept as an exhibit").arg(m_fileName);
    settleTimeBasis();
    ExhibitRepository::setCounts(db, m_result.exhibitId, m_result.records, m_result.flagged, m_result.rejected);
    if (m_returnOf) // scope check in the same transaction (issue 10)
        m_result.quarantined = ReturnScope::applyToImport(m_case, m_result.exhibitId, m_returnOf);
    QString line = QStringLiteral("%1 records (%2 flagged, %3 rejected rows) with profile %4, time basis %5%6")
                       .arg(m_result.records)
                       .arg(m_result.flagged)
                       .arg(m_result.rejected)
                       .arg(m_profile, m_result.timeBasis,
                            m_result.timeBasisAssumed ? QStringLiteral(" (assumed)") : QString());
    if (m_identifiers > 0)
        line += QStringLiteral(", %1 identifiers").arg(m_identifiers);
    if (!detail.isEmpty())
        line += QStringLiteral(", ") + detail;
    if (!m_scopeLine.isEmpty())
        line += QStringLiteral("; ") + m_scopeLine;
    if (m_result.outsideScope > 0)
        line += QStringLiteral("; %1 outside the agreed scope not created").arg(m_result.outsideScope);
    ExhibitRepository::addCustody(db, m_result.exhibitId, QStringLiteral("imported"), m_case.actor(), line);
    QJsonObject audit{{QStringLiteral("profile"), m_profile},
                      {QStringLiteral("records"), m_result.records},
                      {QStringLiteral("flagged"), m_result.flagged},
                      {QStringLiteral("rejected"), m_result.rejected},
                      {QStringLiteral("sha256"), m_sha},
                      {QStringLiteral("time_basis"), m_result.timeBasis},
                      {QStringLiteral("time_basis_assumed"), m_result.timeBasisAssumed},
                      {QStringLiteral("time_basis_source"), m_result.timeBasisSource},
                      {QStringLiteral("records_zone_assumed"), m_result.recordsZoneAssumed}};
    if (m_identifiers > 0)
        audit.insert(QStringLiteral("identifiers"), m_identifiers);
    if (m_scope) {
        audit.insert(QStringLiteral("checkpoint_decision"), m_scope->id);
        audit.insert(QStringLiteral("outside_scope"), m_result.outsideScope);
    }
    m_case.audit(QStringLiteral("import"), QStringLiteral("exhibit:%1").arg(m_result.exhibitId), audit);
    if (m_foreignKeysOff) // what the session does not write itself and so cannot vouch for (record ids, exhibit id)
        db.requireForeignKeys({"exhibit", "exhibit_chunk", "custody_entry", "legal_process_return", "record_quarantine"});
    m_tx->commit();
    m_foreignKeysOff.reset(); // enforced again from here on
}

} // namespace tessera
