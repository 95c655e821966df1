// Import of call detail records: the bundled real samples, rejects, flags, atomicity, and linking to people.
#include "TestSupport.h"

#include "analysis/Timeline.h"
#include "case/CaseError.h"
#include "ingest/CallDetailRecordImporter.h"
#include "ingest/CsvReader.h"
#include "ingest/PhoneNormalizer.h"
#include "model/ExhibitRepository.h"
#include "model/IdentifierRepository.h"
#include "model/PersonRepository.h"
#include "storage/Database.h"
#include "time/TimeFormat.h"

#include <QJsonDocument>
#include <QMap>
#include <QJsonObject>
#include <catch2/catch.hpp>

using namespace tessera;
using namespace tessera::test;

namespace {
QVector<TimelineItem> all(Case& c, const TimelineFilter& f = {}) {
    QVector<TimelineItem> out;
    Timeline t(c.db());
    t.scan(f, std::nullopt, 0, [&](const TimelineItem& i) {
        out.append(i);
        return true;
    });
    return out;
}
ImportOptions opts(const QString& profile, const QString& basis, const QString& subscriber = {}, const QString& region = {}) {
    ImportOptions o;
    o.profile = profile;
    o.timeBasis = basis;
    o.subscriber = subscriber;
    o.region = region;
    return o;
}
} // namespace

TEST_CASE("CSV reader: quotes, doubled quotes, embedded newlines, CRLF and CR endings, BOM") {
    const QByteArray data = "\xEF\xBB\xBF" "a,b,c\r\n1,\"x, y\",\"say \"\"hi\"\"\"\r\n2,\"line1\nline2\",z\r3,,\n";
    CsvReader r(data.constData(), data.size(), ',');
    CsvReader::Row row;
    REQUIRE(r.next(row));
    REQUIRE(row.fields == QVector<QByteArray>{"a", "b", "c"});
    REQUIRE(r.next(row));
    REQUIRE(row.fields == QVector<QByteArray>{"1", "x, y", "say \"hi\""});
    REQUIRE(row.lineNumber == 2);
    REQUIRE(r.next(row));
    REQUIRE(row.fields == QVector<QByteArray>{"2", "line1\nline2", "z"});
    REQUIRE(row.lineNumber == 3);
    REQUIRE(r.next(row));
    REQUIRE(row.fields == QVector<QByteArray>{"3", "", ""});
    REQUIRE(row.lineNumber == 5);
    REQUIRE_FALSE(r.next(row));
}

TEST_CASE("phone numbers: E.164 where valid, flagged when invalid, handles kept raw") {
    auto v = PhoneNormalizer::normalize(QStringLiteral("(412) 555-0147"), QStringLiteral("US"));
    REQUIRE(v.status == PhoneNormalizer::Status::Valid);
    REQUIRE(v.e164 == QStringLiteral("+14125550147"));
    REQUIRE(PhoneNormalizer::normalize(QStringLiteral("770000005"), QStringLiteral("US")).status ==
            PhoneNormalizer::Status::Invalid);
    REQUIRE(PhoneNormalizer::normalize(QStringLiteral("770000005"), QStringLiteral("SN")).value ==
            QStringLiteral("+221770000005"));
    const auto handle = PhoneNormalizer::normalize(QStringLiteral("7b0e5e1a"), QStringLiteral("US"));
    REQUIRE(handle.status == PhoneNormalizer::Status::NotANumber);
    REQUIRE(handle.value == QStringLiteral("7b0e5e1a"));
}

TEST_CASE("the bundled bandicoot sample imports with the right count and times in its time basis") {
    Scratch s;
    auto c = Case::create(s.path(QStringLiteral("a.tessera")), QStringLiteral("pw"), testOptions());
    const ImportResult r = CallDetailRecordImporter::run(*c, sample(QStringLiteral("cdr-bandicoot/ego.csv")),
                                                         opts(QStringLiteral("cdr-bandicoot"), QStringLiteral("America/New_York"),
                                                              QStringLiteral("+1 412 555 0147")));
    REQUIRE(r.records == 314);
    REQUIRE(r.rejected == 0);
    REQUIRE_FALSE(r.timeBasisAssumed);
    const auto items = all(*c);
    REQUIRE(items.size() == 314);
    // First row: "text,in,A,2014-03-02 07:13:30,,1" — EST is UTC−5.
    REQUIRE(formatIsoUtc(items[0].lowerUtcUs) == QStringLiteral("2014-03-02T12:13:30.000000Z"));
    REQUIRE(formatIsoUtc(items[0].upperUtcUs) == QStringLiteral("2014-03-02T12:13:30.999999Z"));
    REQUIRE(items[0].timeText == QStringLiteral("2014-03-02 07:13:30"));
    REQUIRE(items[0].category == QStringLiteral("text"));
    for (int i = 1; i < items.size(); ++i)
        REQUIRE_FALSE(items[i].key < items[i - 1].key);
    const auto ex = ExhibitRepository::list(c->db());
    REQUIRE(ex.size() == 1);
    REQUIRE(ex[0].subscriber == QStringLiteral("+14125550147"));
    REQUIRE(ex[0].sha256.size() == 64);
}

TEST_CASE("the headerless Orange sample imports — contradictory rows are kept and flagged — numbers become E.164") {
    Scratch s;
    auto c = Case::create(s.path(QStringLiteral("a.tessera")), QStringLiteral("pw"), testOptions());
    const ImportResult r = CallDetailRecordImporter::run(
        *c, sample(QStringLiteral("cdr-bandicoot/u_test.csv")),
        opts(QStringLiteral("cdr-orange"), QStringLiteral("UTC"), {}, QStringLiteral("SN")));
    REQUIRE(r.records == 500);
    REQUIRE(r.flagged == 175); // 84 rows of 1;21 and 91 of 2;22 (README of the sample)
    const auto items = all(*c);
    REQUIRE(items[0].summary.contains(QStringLiteral("+221770000000")));
    REQUIRE(formatIsoUtc(items[0].lowerUtcUs) == QStringLiteral("2013-12-16T07:30:30.000000Z"));
    int contradictory = 0;
    for (const auto& i : items)
        contradictory += i.flags.contains(QStringLiteral("contradictory-direction")) ? 1 : 0;
    REQUIRE(contradictory == 175);
}

TEST_CASE("without a stated time basis the case's zone is used and marked assumed") {
    Scratch s;
    auto c = Case::create(s.path(QStringLiteral("a.tessera")), QStringLiteral("pw"), testOptions());
    const ImportResult r = CallDetailRecordImporter::run(*c, sample(QStringLiteral("cdr-bandicoot/A.csv")),
                                                         opts(QStringLiteral("cdr-bandicoot"), {}, QStringLiteral("A")));
    REQUIRE(r.timeBasisAssumed);
    REQUIRE(r.timeBasis == QStringLiteral("America/New_York"));
    REQUIRE((all(*c)[0].timeFlags & 1) == 1);
}

TEST_CASE("unreadable rows go to the reject report (row and field, never the value) and the rest import") {
    Scratch s;
    const QString file = s.path(QStringLiteral("mixed.csv"));
    writeFile(file, "interaction,direction,correspondent_id,datetime,call_duration,antenna_id\n"
                    "call,out,4125550147,2014-03-02 07:13:30,60,1\n"
                    "call,out,4125550147,SECRETVALUE,60,1\n"
                    "call,sideways,4125550147,2014-03-02 08:00:00,60,1\n");
    auto c = Case::create(s.path(QStringLiteral("a.tessera")), QStringLiteral("pw"), testOptions());
    const ImportResult r = CallDetailRecordImporter::run(*c, file, opts(QStringLiteral("cdr-bandicoot"), QStringLiteral("UTC"), QStringLiteral("x")));
    REQUIRE(r.records == 1);
    REQUIRE(r.rejected == 2);
    Statement q = c->db().prepare("SELECT file_name, row_number, field, reason FROM import_reject ORDER BY row_number");
    REQUIRE(q.step());
    REQUIRE(q.text(0) == QStringLiteral("mixed.csv"));
    REQUIRE(q.int64(1) == 3);
    REQUIRE(q.text(2) == QStringLiteral("datetime"));
    REQUIRE_FALSE(q.text(3).contains(QStringLiteral("SECRETVALUE")));
    REQUIRE(q.step());
    REQUIRE(q.int64(1) == 4);
    REQUIRE(q.text(2) == QStringLiteral("direction"));
}

TEST_CASE("a file that does not fit the profile, or whose every row is rejected, writes nothing") {
    Scratch s;
    auto c = Case::create(s.path(QStringLiteral("a.tessera")), QStringLiteral("pw"), testOptions());
    const qint64 auditBefore = c->db().scalar("SELECT count(*) FROM audit_entry");
    const QString bad = s.path(QStringLiteral("bad.csv"));
    writeFile(bad, "not,a,call,record\n");
    REQUIRE_THROWS_AS(CallDetailRecordImporter::run(*c, bad, opts(QStringLiteral("cdr-bandicoot"), QStringLiteral("UTC"))), CaseError);
    const QString allBad = s.path(QStringLiteral("allbad.csv"));
    writeFile(allBad, "1;99;770000000;770000005;2013-12-16 07:30:30;0;1;1\n");
    try {
        CallDetailRecordImporter::run(*c, allBad, opts(QStringLiteral("cdr-orange"), QStringLiteral("UTC")));
        FAIL("expected BadInput");
    } catch (const CaseError& e) {
        REQUIRE(e.kind() == ErrorKind::BadInput);
    }
    REQUIRE(c->db().scalar("SELECT count(*) FROM exhibit") == 0);
    REQUIRE(c->db().scalar("SELECT count(*) FROM record") == 0);
    REQUIRE(c->db().scalar("SELECT count(*) FROM import_reject") == 0);
    REQUIRE(c->db().scalar("SELECT count(*) FROM audit_entry") == auditBefore);
}

TEST_CASE("the same file imported twice is refused") {
    Scratch s;
    auto c = Case::create(s.path(QStringLiteral("a.tessera")), QStringLiteral("pw"), testOptions());
    const auto o = opts(QStringLiteral("cdr-bandicoot"), QStringLiteral("UTC"), QStringLiteral("x"));
    CallDetailRecordImporter::run(*c, sample(QStringLiteral("cdr-bandicoot/A.csv")), o);
    try {
        CallDetailRecordImporter::run(*c, sample(QStringLiteral("cdr-bandicoot/A.csv")), o);
        FAIL("expected BadInput");
    } catch (const CaseError& e) {
        REQUIRE(e.kind() == ErrorKind::BadInput);
    }
    REQUIRE(c->db().scalar("SELECT count(*) FROM record") == 42);
}

TEST_CASE("imported records are immutable") {
    Scratch s;
    auto c = Case::create(s.path(QStringLiteral("a.tessera")), QStringLiteral("pw"), testOptions());
    CallDetailRecordImporter::run(*c, sample(QStringLiteral("cdr-bandicoot/A.csv")), opts(QStringLiteral("cdr-bandicoot"), QStringLiteral("UTC"), QStringLiteral("x")));
    REQUIRE_THROWS_AS(c->db().exec("UPDATE record SET time_text = 'x'"), CaseError);
    REQUIRE_THROWS_AS(c->db().exec("DELETE FROM record"), CaseError);
}

TEST_CASE("identifiers link records to people, including records imported before — victims appear by pseudonym") {
    Scratch s;
    auto c = Case::create(s.path(QStringLiteral("a.tessera")), QStringLiteral("pw"), testOptions());
    const Person offender = PersonRepository::add(*c, {QStringLiteral("offender")}, QStringLiteral("Marcus Webb"), {});
    const Person victim = PersonRepository::add(*c, {QStringLiteral("victim")}, QStringLiteral("Jane Roe"), {});
    const Person victim2 = PersonRepository::add(*c, {QStringLiteral("victim")}, QStringLiteral("Ann Doe"), {});
    REQUIRE(offender.pseudonym.isEmpty());
    REQUIRE(victim.pseudonym == QStringLiteral("V-1"));
    REQUIRE(victim2.pseudonym == QStringLiteral("V-2"));
    CallDetailRecordImporter::run(*c, sample(QStringLiteral("cdr-bandicoot/ego.csv")),
                                  opts(QStringLiteral("cdr-bandicoot"), QStringLiteral("America/New_York"), QStringLiteral("4125550147")));
    const auto added = IdentifierRepository::add(*c, offender.id, QStringLiteral("phone"), QStringLiteral("(412) 555-0147"), {}, {}, {});
    REQUIRE(added.identifier.value == QStringLiteral("+14125550147"));
    REQUIRE(added.linkedRecords == 314);
    IdentifierRepository::add(*c, victim.id, QStringLiteral("handle"), QStringLiteral("A"), {}, {}, {});
    TimelineFilter f;
    f.personId = victim.id;
    const auto items = all(*c, f);
    REQUIRE(items.size() > 0);
    for (const auto& i : items) {
        REQUIRE_FALSE(i.summary.contains(QStringLiteral("Jane")));
        REQUIRE((i.summary.contains(QStringLiteral("V-1"))));
    }
    // Period attribution: an identifier valid only after the records links none of them.
    const auto later = IdentifierRepository::add(*c, victim2.id, QStringLiteral("handle"), QStringLiteral("E"), {},
                                                 QStringLiteral("2020-01-01"), {});
    REQUIRE(later.linkedRecords == 0);
}

TEST_CASE("timeline pages fetched from anchors equal one full scan") {
    Scratch s;
    auto c = Case::create(s.path(QStringLiteral("a.tessera")), QStringLiteral("pw"), testOptions());
    CallDetailRecordImporter::run(*c, sample(QStringLiteral("cdr-bandicoot/ego.csv")), opts(QStringLiteral("cdr-bandicoot"), QStringLiteral("UTC"), QStringLiteral("x")));
    CallDetailRecordImporter::run(*c, sample(QStringLiteral("cdr-bandicoot/A.csv")), opts(QStringLiteral("cdr-bandicoot"), QStringLiteral("UTC"), QStringLiteral("A")));
    const auto full = all(*c);
    REQUIRE(full.size() == 356);
    Timeline t(c->db());
    qint64 total = 0;
    const auto anchors = t.anchors({}, 50, &total);
    REQUIRE(total == 356);
    REQUIRE(anchors.size() == 8);
    QVector<qint64> paged;
    for (const auto& a : anchors)
        t.scan({}, a, 50, [&](const TimelineItem& i) {
            paged.append(i.id);
            return true;
        });
    REQUIRE(paged.size() == 356);
    for (int i = 0; i < full.size(); ++i)
        REQUIRE(paged[i] == full[i].id);
    // Same instant in both files (A.csv and ego.csv both hold 2014-03-02 07:13:30): source order (exhibit, row) decides.
}

TEST_CASE("each record keeps its original fields exactly, as JSON, including quotes, backslashes and newlines") {
    Scratch s;
    const QString file = s.path(QStringLiteral("quoted.csv"));
    writeFile(file, "interaction,direction,correspondent_id,datetime,call_duration,antenna_id,note\n"
                    "text,in,\"a \"\"quoted\"\" \\\\ handle\",2014-03-02 07:13:30,,\"1\",\"two\nlines\tand \xC3\xA9\"\n");
    auto c = Case::create(s.path(QStringLiteral("a.tessera")), QStringLiteral("pw"), testOptions());
    REQUIRE(CallDetailRecordImporter::run(*c, file, opts(QStringLiteral("cdr-bandicoot"), QStringLiteral("UTC"), QStringLiteral("x"))).records == 1);
    Statement q = c->db().prepare("SELECT fields, recipient FROM record");
    REQUIRE(q.step());
    const QJsonObject o = QJsonDocument::fromJson(q.text(0).toUtf8()).object();
    REQUIRE(o.value(QStringLiteral("correspondent_id")).toString() == QStringLiteral("a \"quoted\" \\\\ handle"));
    REQUIRE(o.value(QStringLiteral("note")).toString() == QStringLiteral("two\nlines\tand \u00E9"));
    REQUIRE(o.value(QStringLiteral("call_duration")).toString().isEmpty());
    REQUIRE(q.text(1) == QStringLiteral("x"));
}

TEST_CASE("a row that is not UTF-8 is rejected, never imported with replacement characters") {
    Scratch s;
    const QString file = s.path(QStringLiteral("latin1.csv"));
    writeFile(file, "interaction,direction,correspondent_id,datetime,call_duration,antenna_id\n"
                    "text,in,Jos\xE9,2014-03-02 07:13:30,,1\n"
                    "text,in,A,2014-03-02 07:14:30,,1\n");
    auto c = Case::create(s.path(QStringLiteral("a.tessera")), QStringLiteral("pw"), testOptions());
    const auto r = CallDetailRecordImporter::run(*c, file, opts(QStringLiteral("cdr-bandicoot"), QStringLiteral("UTC"), QStringLiteral("x")));
    REQUIRE(r.records == 1);
    REQUIRE(r.rejected == 1);
}

TEST_CASE("a repeated local time (DST fall-back) is settled by source order only when the order forces it") {
    Scratch s;
    const QString file = s.path(QStringLiteral("fallback.csv"));
    writeFile(file, "interaction,direction,correspondent_id,datetime,call_duration,antenna_id\n"
                    "text,out,A,2014-11-02 00:50:00,,1\n"
                    "text,out,A,2014-11-02 01:10:00,,1\n"  // first 01:10 (EDT) or second (EST): not forced
                    "text,out,A,2014-11-02 01:50:00,,1\n"
                    "text,out,A,2014-11-02 01:05:00,,1\n"  // after 01:50 EDT in a time-ordered file: must be EST
                    "text,out,A,2014-11-02 02:10:00,,1\n");
    auto c = Case::create(s.path(QStringLiteral("a.tessera")), QStringLiteral("pw"), testOptions());
    CallDetailRecordImporter::run(*c, file, opts(QStringLiteral("cdr-bandicoot"), QStringLiteral("America/New_York"), QStringLiteral("x")));
    QMap<qint64, TimelineItem> byRow;
    for (const auto& i : all(*c))
        byRow.insert(i.rowNumber, i);
    REQUIRE(formatIsoUtc(byRow[3].lowerUtcUs) == QStringLiteral("2014-11-02T05:10:00.000000Z"));
    REQUIRE(formatIsoUtc(byRow[3].upperUtcUs) == QStringLiteral("2014-11-02T06:10:00.999999Z"));
    REQUIRE(byRow[3].flags.contains(QStringLiteral("ambiguous-local-time")));
    REQUIRE(formatIsoUtc(byRow[5].lowerUtcUs) == QStringLiteral("2014-11-02T06:05:00.000000Z"));
    REQUIRE(formatIsoUtc(byRow[5].upperUtcUs) == QStringLiteral("2014-11-02T06:05:00.999999Z"));
    REQUIRE(byRow[5].flags.contains(QStringLiteral("repeated-local-time-resolved-by-source-order")));
    REQUIRE(byRow[6].flags.isEmpty());
}
