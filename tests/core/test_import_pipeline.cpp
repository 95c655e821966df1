// The import pipeline (issue 6, import speed): ImportSession hands its rows to a writer thread. What it writes must
// be exactly what the sequential path writes (same rows, ids, bytes), an error in the writer must reach the reader and
// leave nothing, and a session destroyed mid-import (an error, a cancel) must stop and join its writer cleanly.
#include "TestSupport.h"

#include "case/CaseError.h"
#include "crypto/Sodium.h"
#include "ingest/CallDetailRecordImporter.h"
#include "ingest/ImportSession.h"
#include "ingest/RecordImporter.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"

#include <QDateTime>
#include <QFileInfo>
#include <QTimeZone>
#include <catch2/catch.hpp>
#include <csignal>
#include <sys/resource.h>

using namespace tessera;
using namespace tessera::test;

namespace {

/// Restores the pipeline switch when a test ends, however it ends.
struct PipelineSwitch {
    explicit PipelineSwitch(bool enabled) { ImportSession::setPipelined(enabled); }
    ~PipelineSwitch() { ImportSession::setPipelined(true); }
};

/// A bandicoot call-record return of `n` rows in New York wall-clock time through the November 2023 fall-back hour (so
/// some rows are ambiguous and some are settled by order), with a few unreadable rows (rejects), empty durations and
/// antennas, and a non-ASCII correspondent handle (UTF-8 through the non-ASCII path).
QByteArray cdr(int n, int seed) {
    QByteArray out = "interaction,direction,correspondent_id,datetime,call_duration,antenna_id\n";
    const QDateTime start(QDate(2023, 11, 4), QTime(12, 0), QTimeZone::utc()); // wall clock, read in the basis
    for (int i = 0; i < n; ++i) {
        const QDateTime t = start.addSecs(i * 7 + seed);
        const bool call = (i + seed) % 3 != 0;
        QByteArray party = i % 211 == 0 ? QByteArray("ŝtelisto-") + QByteArray::number(i % 5)
                                        : "412555" + QByteArray::number(1000 + (i * 31 + seed) % 180);
        QByteArray when = t.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")).toUtf8();
        if (i % 997 == 5)
            when = "not a time";
        out += (call ? "call," : "text,") + QByteArray(i % 2 ? "in," : "out,") + party + ',' + when + ',' +
               (call && i % 13 ? QByteArray::number(i % 600) : QByteArray()) + ',' +
               (i % 17 ? QByteArray::number(i % 90) : QByteArray()) + '\n';
    }
    return out;
}

/// An ads table of `n` rows: a record, its detail (title as summary) and three identifiers per row, quotes and
/// non-ASCII text, and a rejected row now and then.
QByteArray ads(int n) {
    QByteArray out = "Ad ID,Posted,Site,City,Phone,Email,Title,Text,Image Hash\n";
    for (int i = 0; i < n; ++i) {
        const QByteArray day = QByteArray::number(1 + i % 28).rightJustified(2, '0');
        const QByteArray posted = i % 401 == 7 ? QByteArray("someday") : "2023-03-" + day + " 21:" + QByteArray::number(10 + i % 50);
        out += QByteArray::number(100000 + i) + ',' + posted + ",example-classifieds,Pittsbürgh," + "412.555." +
               QByteArray::number(1000 + i % 300) + ",person" + QByteArray::number(i % 77) + "@example.com," +
               "\"Título " + QByteArray::number(i) + "\",\"text with \"\"quotes\"\"\nand a newline\"," +
               QByteArray::number(i * 2654435761u, 16) + '\n';
    }
    return out;
}

/// A contact export of `n` cards with two numbers each: identifiers without a record (record_id NULL).
QByteArray vcards(int n) {
    QByteArray out;
    for (int i = 0; i < n; ++i)
        out += "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Contact " + QByteArray::number(i) + "\r\nTEL;TYPE=cell:412555" +
               QByteArray::number(1000 + i % 9000) + "\r\nTEL;TYPE=work:+1 617 555 " + QByteArray::number(1000 + i % 8000) +
               "\r\nEND:VCARD\r\n";
    return out;
}

/// SHA-256 (hex) over every column of every row of `table`, in `order` (quote() renders BLOBs and NULLs exactly).
QString tableHash(Database& db, const char* table, const char* columns, const char* order = "id") {
    QByteArray expr;
    for (const QByteArray& c : QByteArray(columns).split(','))
        expr += (expr.isEmpty() ? "" : " || '|' || ") + ("quote(" + c.trimmed() + ")");
    Statement s = db.prepare("SELECT " + expr + " FROM " + table + " ORDER BY " + order);
    Sha256Stream h;
    qint64 rows = 0;
    while (s.step()) {
        h.add(s.text(0).toUtf8() + '\n');
        ++rows;
    }
    return QString::number(rows) + QLatin1Char(':') + QString::fromLatin1(h.finish().toHex());
}

constexpr const char* kRecordColumns = "id, exhibit_id, row_number, lower_utc, upper_utc, precision, time_text, "
                                       "time_basis, time_flags, record_type, direction, duration_s, originator, "
                                       "recipient, location, flags, fields, row_sha256";

/// Everything an import writes row by row, as hashes.
QStringList contentOf(Case& c) {
    Database& db = c.db();
    return {tableHash(db, "record", kRecordColumns),
            tableHash(db, "record_detail", "record_id, amount, currency, summary", "record_id"),
            tableHash(db, "record_identifier", "id, exhibit_id, record_id, row_number, kind, value, raw_value, label, flags"),
            tableHash(db, "import_reject", "id, exhibit_id, file_name, row_number, field, reason"),
            tableHash(db, "exhibit", "id, kind, sha256, size_bytes, record_count, flagged_count, rejected_count, time_basis")};
}

/// The same three imports into a new case: a call-record return, an ads table, a contact export.
QStringList importAll(Scratch& s, const QString& name, QStringList* summary = nullptr) {
    auto c = Case::create(s.path(name), QStringLiteral("pw"), testOptions());
    ImportOptions o;
    o.profile = QStringLiteral("cdr-bandicoot");
    o.timeBasis = QStringLiteral("America/New_York");
    o.subscriber = QStringLiteral("+1 412 555 0147");
    const ImportResult a = CallDetailRecordImporter::run(*c, s.path(QStringLiteral("cdr.csv")), o);
    o = {};
    o.profile = QStringLiteral("ads-csv");
    o.timeBasis = QStringLiteral("America/New_York");
    const ImportResult b = RecordImporter::run(*c, s.path(QStringLiteral("ads.csv")), o);
    o = {};
    o.profile = QStringLiteral("vcard");
    const ImportResult v = RecordImporter::run(*c, s.path(QStringLiteral("contacts.vcf")), o);
    if (summary)
        for (const ImportResult& r : {a, b, v})
            *summary << QStringLiteral("%1 records, %2 flagged, %3 rejected, %4 identifiers")
                            .arg(r.records)
                            .arg(r.flagged)
                            .arg(r.rejected)
                            .arg(r.identifiers);
    return contentOf(*c);
}

} // namespace

TEST_CASE("import pipeline: a multi-batch import through the writer thread writes exactly what the sequential path writes",
          "[import][pipeline]") {
    Scratch s;
    writeFile(s.path(QStringLiteral("cdr.csv")), cdr(30000, 3));
    writeFile(s.path(QStringLiteral("ads.csv")), ads(6000));
    writeFile(s.path(QStringLiteral("contacts.vcf")), vcards(3000));

    QStringList sequentialSummary, threadedSummary;
    QStringList sequential;
    {
        PipelineSwitch off(false);
        const qint64 threadsBefore = ImportSession::writerThreadsStarted();
        sequential = importAll(s, QStringLiteral("sequential.tessera"), &sequentialSummary);
        CHECK(ImportSession::writerThreadsStarted() == threadsBefore); // the oracle ran on the calling thread only
    }
    const qint64 threadsBefore = ImportSession::writerThreadsStarted();
    const QStringList threaded = importAll(s, QStringLiteral("threaded.tessera"), &threadedSummary);
    // Each of the three imports has more than one batch of operations, so each handed its rows to a writer thread.
    CHECK(ImportSession::writerThreadsStarted() - threadsBefore == 3);

    INFO(sequentialSummary.join(QStringLiteral("; ")).toStdString());
    CHECK(threadedSummary == sequentialSummary);
    REQUIRE(sequential.size() == threaded.size());
    for (int i = 0; i < sequential.size(); ++i) {
        INFO("table " << i);
        CHECK(threaded[i].toStdString() == sequential[i].toStdString());
    }
    // The files exercised what they were made for: rejects, ambiguous times, details and identifiers with and without
    // a record.
    auto c = Case::open(s.path(QStringLiteral("threaded.tessera")), QStringLiteral("pw"), false);
    Database& db = c->db();
    CHECK(db.scalar("SELECT count(*) FROM record") == 30000 - 31 + 6000 - 15);
    CHECK(db.scalar("SELECT count(*) FROM import_reject") == 31 + 15);
    CHECK(db.scalar("SELECT count(*) FROM record WHERE time_flags & 10") > 0);
    CHECK(db.scalar("SELECT count(*) FROM record_detail") == 6000 - 15);
    CHECK(db.scalar("SELECT count(*) FROM record_identifier WHERE record_id IS NULL") == 6000);
    CHECK(db.scalar("SELECT count(*) FROM record_identifier WHERE record_id IS NOT NULL") == 3 * (6000 - 15));
    // Ids are given by the session in row order, continuing across imports with no gap.
    CHECK(db.scalar("SELECT max(id) - min(id) + 1 - count(*) FROM record") == 0);
    CHECK(db.scalar("SELECT count(*) FROM record a JOIN record b ON b.id = a.id + 1 AND b.exhibit_id = a.exhibit_id "
                    "WHERE b.row_number <= a.row_number") == 0);
    CHECK(db.scalar("SELECT count(*) FROM record WHERE originator LIKE '%ŝtelisto%' OR recipient LIKE '%ŝtelisto%'") > 0);
    CHECK(db.integrityCheck() == QStringList{QStringLiteral("ok")});
    CHECK_FALSE(db.prepare("PRAGMA foreign_key_check").step()); // every reference in the case holds
}

TEST_CASE("import pipeline: a write that fails in the writer thread reaches the reader as the same error and leaves "
          "nothing",
          "[import][pipeline]") {
    Scratch s;
    const QString path = s.path(QStringLiteral("full.tessera"));
    auto c = Case::create(path, QStringLiteral("pw"), testOptions());
    const QString csv = s.path(QStringLiteral("cdr.csv"));
    writeFile(csv, cdr(40000, 11));
    const QStringList before = contentOf(*c);
    const qint64 sizeBefore = QFileInfo(path).size();
    // A small page cache makes SQLite write pages to the file while the rows are written, not only at commit; the
    // file-size limit then lets the native (about the CSV's size) in and stops the rows midway, in the writer thread.
    c->db().exec("PRAGMA cache_size = 64");
    const qint64 limit = sizeBefore + 2 * QFileInfo(csv).size() + (512 << 10);
    rlimit old{};
    REQUIRE(getrlimit(RLIMIT_FSIZE, &old) == 0);
    auto* oldHandler = std::signal(SIGXFSZ, SIG_IGN); // a write past the limit fails with EFBIG instead of a signal
    rlimit lowered = old;
    lowered.rlim_cur = static_cast<rlim_t>(limit);
    REQUIRE(setrlimit(RLIMIT_FSIZE, &lowered) == 0);

    ImportOptions o;
    o.profile = QStringLiteral("cdr-bandicoot");
    o.timeBasis = QStringLiteral("UTC");
    qint64 furthest = 0;
    o.progress = [&furthest](qint64 done, qint64) {
        furthest = std::max(furthest, done);
        return true;
    };
    const qint64 threadsBefore = ImportSession::writerThreadsStarted();
    bool threw = false;
    try {
        CallDetailRecordImporter::run(*c, csv, o);
    } catch (const CaseError& e) {
        threw = true;
        INFO(e.message().toStdString());
        CHECK(e.kind() == ErrorKind::Internal);
        CHECK(e.message().contains(QStringLiteral("disk is full")));
    }
    setrlimit(RLIMIT_FSIZE, &old);
    std::signal(SIGXFSZ, oldHandler);
    REQUIRE(threw);
    CHECK(c->db().foreignKeysEnforced()); // switched off for the pipeline's transaction, on again after its rollback
    // The rows had started (the reader reported progress) and a writer thread wrote them: the error came from there.
    CHECK(furthest > 0);
    CHECK(ImportSession::writerThreadsStarted() == threadsBefore + 1);
    // Nothing of the import is in the case, in this connection or after reopening.
    CHECK(contentOf(*c) == before);
    c.reset();
    CHECK(QFileInfo(path).size() == sizeBefore);
    c = Case::open(path, QStringLiteral("pw"), false);
    CHECK(contentOf(*c) == before);
    CHECK(c->db().integrityCheck() == QStringList{QStringLiteral("ok")});
    // And the case takes the same import once there is room.
    const ImportResult r = CallDetailRecordImporter::run(*c, csv, o);
    CHECK(r.records == 40000 - 41);
}

TEST_CASE("import pipeline: a session destroyed mid-import stops and joins its writer, and nothing is written",
          "[import][pipeline]") {
    Scratch s;
    auto c = Case::create(s.path(QStringLiteral("d.tessera")), QStringLiteral("pw"), testOptions());
    const QStringList before = contentOf(*c);
    // Destroyed right after the first hand-over (the writer just started), after many batches (the writer busy or
    // waiting for room), and with an operation group spanning the hand-over.
    for (const int rows : {700, 6000, 60000}) {
        DYNAMIC_SECTION("after " << rows << " rows") {
            const QString native = s.path(QStringLiteral("native-%1.csv").arg(rows));
            writeFile(native, "rows " + QByteArray::number(rows));
            const qint64 threadsBefore = ImportSession::writerThreadsStarted();
            {
                ImportResult result;
                result.timeBasis = QStringLiteral("UTC");
                result.timeBasisSource = QStringLiteral("option");
                NewExhibit meta;
                meta.kind = QStringLiteral("call-records");
                meta.importProfile = QStringLiteral("cdr-bandicoot");
                ImportSession session(*c, native, meta, result);
                qint64 firstId = 0, lastId = 0;
                for (int i = 1; i <= rows; ++i) {
                    SourceRecord r;
                    r.row = i + 1;
                    r.raw = "row " + QByteArray::number(i);
                    r.date = QDate(2024, 1, 1 + i % 28);
                    r.usOfDay = qint64(i % 86400) * 1000000;
                    r.timeText = QStringLiteral("t%1").arg(i);
                    r.recordType = QStringLiteral("call");
                    r.originator = QStringLiteral("+1412555%1").arg(1000 + i % 100);
                    r.summary = QStringLiteral("s");
                    r.identifiers.append({QStringLiteral("phone"), r.originator, r.originator, {}, {}});
                    lastId = session.add(r);
                    if (i == 1)
                        firstId = lastId;
                }
                CHECK(result.records == rows);
                CHECK(firstId == 1); // ids given at once, in order, before the writer has written them
                CHECK(lastId == rows);
            } // destroyed without finish(): the writer is stopped and joined, the transaction rolled back
            CHECK(ImportSession::writerThreadsStarted() == threadsBefore + 1);
            CHECK(c->db().foreignKeysEnforced());
            CHECK(contentOf(*c) == before);
            // The connection is free again and takes a real import.
            writeFile(s.path(QStringLiteral("ok.csv")), cdr(5000, rows));
            ImportOptions o;
            o.profile = QStringLiteral("cdr-bandicoot");
            o.timeBasis = QStringLiteral("UTC");
            const ImportResult r = CallDetailRecordImporter::run(*c, s.path(QStringLiteral("ok.csv")), o);
            CHECK(r.records == 5000 - 6);
            CHECK(c->db().integrityCheck() == QStringList{QStringLiteral("ok")});
        }
    }
}

TEST_CASE("import pipeline: a cancel while the writer thread writes leaves the case as it was", "[import][pipeline]") {
    Scratch s;
    auto c = Case::create(s.path(QStringLiteral("c.tessera")), QStringLiteral("pw"), testOptions());
    const QString csv = s.path(QStringLiteral("cdr.csv"));
    writeFile(csv, cdr(60000, 5));
    const QStringList before = contentOf(*c);
    ImportOptions o;
    o.profile = QStringLiteral("cdr-bandicoot");
    o.timeBasis = QStringLiteral("UTC");
    int calls = 0;
    o.progress = [&calls](qint64, qint64) { return ++calls < 8; }; // cancel after about 30,000 rows
    const qint64 threadsBefore = ImportSession::writerThreadsStarted();
    try {
        CallDetailRecordImporter::run(*c, csv, o);
        FAIL("the import was cancelled");
    } catch (const CaseError& e) {
        CHECK(e.kind() == ErrorKind::Usage);
        CHECK(e.message().contains(QStringLiteral("cancelled")));
    }
    CHECK(calls == 8);
    CHECK(ImportSession::writerThreadsStarted() == threadsBefore + 1);
    CHECK(contentOf(*c) == before);
    CHECK(c->db().foreignKeysEnforced());
    o.progress = {};
    CHECK(CallDetailRecordImporter::run(*c, csv, o).records == 60000 - 61);
    CHECK(c->db().foreignKeysEnforced());
}

TEST_CASE("import pipeline: foreign keys are off only for the import's transaction, and its rows' references hold",
          "[import][pipeline]") {
    Scratch s;
    auto c = Case::create(s.path(QStringLiteral("f.tessera")), QStringLiteral("pw"), testOptions());
    Database& db = c->db();
    {
        Transaction tx(db);
        CHECK_THROWS_AS(ForeignKeysOff(db), CaseError); // the pragma would be ignored inside a transaction
    }
    CHECK(db.foreignKeysEnforced());
    {
        ForeignKeysOff off(db);
        CHECK_FALSE(db.foreignKeysEnforced());
        Transaction tx(db);
        db.exec("INSERT INTO custody_entry(exhibit_id, utc, action, actor, detail) VALUES (424242, 0, 'x', 'y', 'z')");
        // The check the session makes before COMMIT finds the reference to a missing exhibit.
        CHECK_THROWS_AS(db.requireForeignKeys({"custody_entry"}), CaseError);
    } // rolled back, then enforced again
    CHECK(db.foreignKeysEnforced());
    CHECK(db.scalar("SELECT count(*) FROM custody_entry WHERE exhibit_id = 424242") == 0);

    // An identifier can only name a record the session itself wrote.
    writeFile(s.path(QStringLiteral("n.csv")), "n");
    ImportResult result;
    result.timeBasis = QStringLiteral("UTC");
    NewExhibit meta;
    meta.kind = QStringLiteral("contacts");
    ImportSession session(*c, s.path(QStringLiteral("n.csv")), meta, result);
    const SourceIdentifier id{QStringLiteral("phone"), QStringLiteral("+14125550147"), QStringLiteral("4125550147"), {}, {}};
    CHECK_THROWS_AS(session.addIdentifier(2, id, 1), CaseError);
    session.addIdentifier(2, id);
    session.finish();
    CHECK(db.foreignKeysEnforced());
    CHECK(db.scalar("SELECT count(*) FROM record_identifier WHERE record_id IS NULL") == 1);
}
