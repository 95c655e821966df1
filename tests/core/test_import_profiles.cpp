// Every import profile on the real files in ../shared/data/real (skipped cleanly when that folder is not beside the
// checkout) and on small hand-made files: counts and a few exact values each (issue 6 points 3, 6 and 9).
#include "TestSupport.h"

#include "case/CaseError.h"
#include "ingest/ImportProfile.h"
#include "ingest/RecordImporter.h"
#include "storage/Database.h"
#include "storage/Statement.h"

#include <QDateTime>
#include <QDir>
#include <QTimeZone>
#include <QJsonDocument>
#include <catch2/catch.hpp>

using namespace tessera;
using namespace tessera::test;

namespace Catch {
template <> struct StringMaker<QString> {
    static std::string convert(const QString& s) { return '"' + s.toStdString() + '"'; }
};
template <> struct StringMaker<QStringList> {
    static std::string convert(const QStringList& l) { return '[' + l.join(QStringLiteral(" | ")).toStdString() + ']'; }
};
} // namespace Catch

namespace {

QString realDir() { return QStringLiteral(TESSERA_REAL_DATA_DIR); }
bool haveReal() {
    if (QDir(realDir()).exists())
        return true;
    WARN("shared/data/real is not beside the checkout: real-file checks skipped");
    return false;
}
QString real(const QString& rel) { return realDir() + QLatin1Char('/') + rel; }

struct Fixture {
    Scratch s;
    std::unique_ptr<Case> c = Case::create(s.path(QStringLiteral("p.tessera")), QStringLiteral("pw"), testOptions());
    ImportResult import(const QString& path, const QString& profile, const QString& basis = {},
                        const QString& dateOrder = {}, const QList<QPair<QString, QString>>& map = {}) {
        ImportOptions o;
        o.profile = profile;
        o.timeBasis = basis;
        o.dateOrder = dateOrder;
        o.mapping = map;
        return RecordImporter::run(*c, path, o);
    }
    QString file(const QString& name, const QByteArray& bytes) {
        const QString p = s.path(name);
        writeFile(p, bytes);
        return p;
    }
    /// One column of the records of an exhibit, in row order (SQL expression over r = record, d = record_detail).
    QStringList col(qint64 exhibit, const char* expr) {
        Statement st = c->db().prepare(QByteArray("SELECT ") + expr +
                                       " FROM record r LEFT JOIN record_detail d ON d.record_id = r.id "
                                       "WHERE r.exhibit_id = ? ORDER BY r.row_number, r.id");
        st.bind(1, exhibit);
        QStringList out;
        while (st.step())
            out << st.text(0);
        return out;
    }
    QStringList ids(qint64 exhibit, const char* expr = "kind || ':' || value") {
        Statement st = c->db().prepare(QByteArray("SELECT ") + expr +
                                       " FROM record_identifier WHERE exhibit_id = ? ORDER BY row_number, id");
        st.bind(1, exhibit);
        QStringList out;
        while (st.step())
            out << st.text(0);
        return out;
    }
};

/// UTC instant as ISO text, for readable expectations.
QString iso(const QString& us) {
    return QDateTime::fromMSecsSinceEpoch(us.toLongLong() / 1000, Qt::UTC).toString(Qt::ISODateWithMs);
}

} // namespace

TEST_CASE("profiles: every contract name is listed") {
    for (const char* name : {"cdr-bandicoot", "cdr-orange", "cdr-carrier", "bank-csv", "ofx", "timesketch-csv",
                             "timesketch-jsonl", "vcard", "ics", "eml", "gpx", "ads-csv", "lodging-csv", "lpr-csv"})
        CHECK(ImportProfile::find(QString::fromLatin1(name)) != nullptr);
}

TEST_CASE("real bank CSVs: counts, exact amounts, dates by column, encodings") {
    if (!haveReal())
        return;
    Fixture f;
    const QString d = QStringLiteral("bank-csv-csv2ofx/");
    auto schwab = f.import(real(d + "schwab-checking.csv"), QStringLiteral("bank-csv"), QStringLiteral("America/Chicago"));
    CHECK(schwab.records == 4);
    CHECK(f.col(schwab.exhibitId, "d.amount") == QStringList{"20.00", "-103.00", "-75.00", "-57.27"});
    CHECK(f.col(schwab.exhibitId, "r.time_text").first() == QStringLiteral("08/17/2022"));
    CHECK(f.col(schwab.exhibitId, "r.precision").first() == QStringLiteral("day"));

    auto cap = f.import(real(d + "capitalone.csv"), QStringLiteral("bank-csv"), QStringLiteral("UTC"));
    CHECK(cap.records == 2);
    CHECK(f.col(cap.exhibitId, "d.amount") == QStringList{"-1000.00", "1000.00"});
    CHECK(f.ids(cap.exhibitId) == QStringList{"account:1234", "account:1234"}); // identifiers kept as text

    auto pc = f.import(real(d + "pcmastercard.csv"), QStringLiteral("bank-csv"), QStringLiteral("America/Toronto"));
    CHECK(pc.records == 2);
    // 01/10/2019 06:50 PM in Toronto (EST, UTC-5) = 23:50Z; 12/15/2018 05:08 PM → 22:08Z. 12/15 makes the column month-first.
    CHECK(iso(f.col(pc.exhibitId, "r.lower_utc")[0]) == QStringLiteral("2019-01-10T23:50:00.000Z"));
    CHECK(iso(f.col(pc.exhibitId, "r.lower_utc")[1]) == QStringLiteral("2018-12-15T22:08:00.000Z"));

    auto mint = f.import(real(d + "mint.csv"), QStringLiteral("bank-csv"), QStringLiteral("UTC")); // CR-only lines
    CHECK(mint.records == 4);
    CHECK(f.col(mint.exhibitId, "d.amount").first() == QStringLiteral("-1000.00")); // "1,000.00" with type debit
    CHECK(f.col(mint.exhibitId, "r.row_number") == QStringList{"2", "3", "4", "5"});

    auto cu = f.import(real(d + "creditunion.csv"), QStringLiteral("bank-csv"), QStringLiteral("UTC"));
    CHECK(cu.records == 8);
    CHECK(f.col(cu.exhibitId, "d.summary").first() == QStringLiteral("Ằdøłƥh Noƴa"));

    auto gls = f.import(real(d + "gls.csv"), QStringLiteral("bank-csv"), QStringLiteral("Europe/Berlin"));
    CHECK(gls.records == 1);
    CHECK(gls.warnings.join(' ').contains(QStringLiteral("Windows-1252")));
    CHECK(f.col(gls.exhibitId, "d.amount") == QStringList{"-98.76"});
    CHECK(f.col(gls.exhibitId, "d.currency") == QStringList{"EUR"});
    CHECK(f.col(gls.exhibitId, "r.fields").first().contains(QStringLiteral("Auftraggeber/Empfänger")));

    auto outbank = f.import(real(d + "outbank.csv"), QStringLiteral("bank-csv"), QStringLiteral("Europe/Berlin"));
    CHECK(outbank.records == 4);
    CHECK(f.col(outbank.exhibitId, "d.amount").mid(0, 2) == QStringList{"100.00", "-63.89"}); // M/D/YY with decimal comma
    CHECK(f.col(outbank.exhibitId, "r.time_text").at(1) == QStringLiteral("2/8/19"));
    CHECK(iso(f.col(outbank.exhibitId, "r.lower_utc").at(1)).startsWith(QStringLiteral("2019-02-07T23:00")));

    // Payoneer: 05/03/2021 cannot be told apart; without --date-order nothing is written and the column is named.
    try {
        f.import(real(d + "payoneer.csv"), QStringLiteral("bank-csv"));
        FAIL("an ambiguous date column must stop the import");
    } catch (const CaseError& e) {
        CHECK(e.kind() == ErrorKind::BadInput);
        CHECK(e.message().contains(QStringLiteral("\"Transaction Date\"")));
    }
    auto pay = f.import(real(d + "payoneer.csv"), QStringLiteral("bank-csv"), {}, QStringLiteral("dmy"));
    CHECK(pay.records == 2);
    CHECK(f.col(pay.exhibitId, "r.time_basis").first() == QStringLiteral("UTC")); // from its Time Zone column
    CHECK(iso(f.col(pay.exhibitId, "r.lower_utc").first()) == QStringLiteral("2021-03-05T12:31:46.000Z"));
    CHECK(f.col(pay.exhibitId, "d.amount") == QStringList{"-100", "120"});
}

TEST_CASE("real OFX: SGML 1.02 and XML 2.11, offsets in brackets, no-zone times, empty statements") {
    if (!haveReal())
        return;
    Fixture f;
    auto checking = f.import(real(QStringLiteral("bank-ofx-ofxparse/checking.ofx")), QStringLiteral("ofx"));
    CHECK(checking.records == 3);
    CHECK(f.col(checking.exhibitId, "r.time_basis").first() == QStringLiteral("UTC"));
    CHECK(f.col(checking.exhibitId, "r.flags").first() == QStringLiteral("zone-not-stated"));
    auto medium = f.import(real(QStringLiteral("bank-ofx-ofxparse/bank_medium.ofx")), QStringLiteral("ofx"));
    CHECK(medium.records == 3);
    CHECK(f.col(medium.exhibitId, "r.time_basis").first() == QStringLiteral("-05:00"));
    CHECK(f.col(medium.exhibitId, "d.currency").first() == QStringLiteral("CAD"));
    CHECK(f.col(medium.exhibitId, "d.summary").join('|').contains(QStringLiteral("Joe's Bald Hairstyles")));
    auto empty = f.import(real(QStringLiteral("bank-ofx-ofxparse/ofx-v102-empty-tags.ofx")), QStringLiteral("ofx"));
    CHECK(empty.records == 1);
    auto multi = f.import(real(QStringLiteral("bank-ofx-ofxparse/multiple_accounts.ofx")), QStringLiteral("ofx"));
    CHECK(multi.records == 0);
    CHECK(multi.exhibitId > 0);
    CHECK(multi.warnings.join(' ').contains(QStringLiteral("no records")));
}

TEST_CASE("real Timesketch CSV and JSONL: datetime spellings, epoch microseconds, disagreements flagged") {
    if (!haveReal())
        return;
    Fixture f;
    const QString d = QStringLiteral("timeline-timesketch/");
    auto sigma = f.import(real(d + "sigma_events.csv"), QStringLiteral("timesketch-csv"));
    CHECK(sigma.records == 4);
    CHECK(sigma.flagged == 0);
    CHECK(iso(f.col(sigma.exhibitId, "r.lower_utc").first()) == QStringLiteral("2015-07-24T19:01:01.000Z"));
    CHECK(f.col(sigma.exhibitId, "d.summary").first() == QStringLiteral("A message"));
    CHECK(f.col(sigma.exhibitId, "r.record_type").first() == QStringLiteral("write time"));
    auto conv = f.import(real(d + "validate_timestamp_conversion.csv"), QStringLiteral("timesketch-csv"));
    CHECK(conv.records == 3);
    CHECK(iso(f.col(conv.exhibitId, "r.lower_utc")[1]) == QStringLiteral("2022-07-24T19:01:01.000Z"));
    CHECK(iso(f.col(conv.exhibitId, "r.lower_utc")[2]) == QStringLiteral("2015-07-25T02:01:01.000Z"));
    auto none = f.import(real(d + "validate_no_datetime_timestamps.csv"), QStringLiteral("timesketch-csv"));
    CHECK(none.records == 5); // empty datetime: the timestamp; empty timestamp: the datetime
    CHECK(iso(f.col(none.exhibitId, "r.lower_utc")[0]) == QStringLiteral("2015-07-01T22:27:41.000Z"));
    auto precision = f.import(real(d + "validate_time_precision.csv"), QStringLiteral("timesketch-csv"));
    CHECK(precision.records == 2);
    CHECK(f.col(precision.exhibitId, "r.lower_utc")[0].endsWith(QStringLiteral("877297")));
    CHECK(f.col(precision.exhibitId, "r.precision")[0] == QStringLiteral("microsecond"));
    CHECK(f.col(precision.exhibitId, "r.flags")[0] == QStringLiteral("timestamp-disagrees-with-datetime"));
    auto asDatetime = f.import(real(d + "csv_timestamp_as_datetime.csv"), QStringLiteral("timesketch-csv"));
    CHECK(asDatetime.records == 4);
    CHECK(f.col(asDatetime.exhibitId, "r.lower_utc")[0] == QStringLiteral("1723474994349345"));
    auto last = f.import(real(d + "csv_datetime_last_column.csv"), QStringLiteral("timesketch-csv"));
    CHECK(last.records == 4);
    auto jsonl = f.import(real(d + "sigma_events.jsonl"), QStringLiteral("timesketch-jsonl"));
    CHECK(jsonl.records == 5);
    CHECK(jsonl.flagged >= 4); // "timestamp": 123456789 against a 2015 datetime
    CHECK(f.col(jsonl.exhibitId, "d.summary").last().contains(QStringLiteral("\\")));
}

TEST_CASE("real vCards: 2.1 quoted-printable, folded lines, mixed endings; numbers and e-mails become identifiers") {
    if (!haveReal())
        return;
    Fixture f;
    const QString d = QStringLiteral("vcard-ezvcard/");
    auto android = f.import(real(d + "John_Doe_ANDROID.vcf"), QStringLiteral("vcard"));
    CHECK(android.records == 0);
    CHECK(android.identifiers == 14);
    CHECK(android.warnings.join(' ').contains(QStringLiteral("no records")) == false);
    const QStringList labels = f.ids(android.exhibitId, "label");
    CHECK(labels.contains(QStringLiteral("Ñ Ñ Ñ Ñ Ñ (cell)"))); // quoted-printable UTF-8 name
    auto bb = f.import(real(d + "John_Doe_BLACK_BERRY.vcf"), QStringLiteral("vcard"));
    CHECK(f.ids(bb.exhibitId) == QStringList{"phone:+96123456789"});
    auto gmail = f.import(real(d + "John_Doe_GMAIL.vcf"), QStringLiteral("vcard"));
    CHECK(f.ids(gmail.exhibitId).contains(QStringLiteral("phone:+19055551234")));
    auto mac = f.import(real(d + "John_Doe_MAC_ADDRESS_BOOK.vcf"), QStringLiteral("vcard"));
    CHECK(f.ids(mac.exhibitId).contains(QStringLiteral("phone:+19057771234")));
    auto outlook = f.import(real(d + "John_Doe_MS_OUTLOOK.vcf"), QStringLiteral("vcard"));
    CHECK(f.ids(outlook.exhibitId).contains(QStringLiteral("phone:+19055551234")));
    auto o2003 = f.import(real(d + "outlook-2003.vcf"), QStringLiteral("vcard"));
    CHECK(f.ids(o2003.exhibitId, "value || '/' || flags").contains(QStringLiteral("BusinessPhone/not-a-number")));
    auto single = f.import(real(d + "gmail-single2.vcf"), QStringLiteral("vcard"));
    CHECK(f.ids(single.exhibitId, "raw_value").contains(QStringLiteral("5555551111")));
}

TEST_CASE("real iCalendar: zones, all-day dates, floating times, bad TZIDs, an empty calendar with a BOM") {
    if (!haveReal())
        return;
    Fixture f;
    const QString d = QStringLiteral("ics-icalendar/");
    auto tb = f.import(real(d + "alarm_thunderbird_future.ics"), QStringLiteral("ics"));
    CHECK(tb.records == 1);
    CHECK(f.col(tb.exhibitId, "r.time_basis") == QStringList{"Europe/London"});
    CHECK(iso(f.col(tb.exhibitId, "r.lower_utc").first()) == QStringLiteral("2024-10-23T14:00:00.000Z")); // BST
    auto etar = f.import(real(d + "alarm_etar_future.ics"), QStringLiteral("ics"));
    CHECK(etar.records == 1);
    auto ex = f.import(real(d + "example.ics"), QStringLiteral("ics"));
    CHECK(ex.records == 3);
    CHECK(f.col(ex.exhibitId, "r.precision").first() == QStringLiteral("day"));
    CHECK(f.col(ex.exhibitId, "r.flags").first().contains(QStringLiteral("all-day")));
    auto ny = f.import(real(d + "america_new_york.ics"), QStringLiteral("ics"));
    CHECK(ny.records == 1);
    CHECK(f.col(ny.exhibitId, "r.time_basis") == QStringList{"America/New_York"});
    auto bad = f.import(real(d + "issue_218_bad_tzid.ics"), QStringLiteral("ics"));
    CHECK(bad.records >= 1);
    auto bom = f.import(real(d + "bom_calendar.ics"), QStringLiteral("ics"));
    CHECK(bom.records == 0);
    CHECK(bom.warnings.join(' ').contains(QStringLiteral("no records")));
}

TEST_CASE("real e-mails: RFC 2047 subjects, numeric offsets, addresses as identifiers") {
    if (!haveReal())
        return;
    Fixture f;
    const QString d = QStringLiteral("eml-php-mime-mail-parser/");
    auto m1 = f.import(real(d + "m0001.eml"), QStringLiteral("eml"));
    CHECK(m1.records == 1);
    CHECK(f.col(m1.exhibitId, "r.time_basis") == QStringList{"+02:00"});
    CHECK(f.col(m1.exhibitId, "d.summary").first().contains(QStringLiteral("attaché")));
    auto m22 = f.import(real(d + "m0022.eml"), QStringLiteral("eml"));
    CHECK(m22.records == 1);
    CHECK(f.col(m22.exhibitId, "r.fields").first().contains(QStringLiteral("sendeär")));
    auto m14 = f.import(real(d + "m0014.eml"), QStringLiteral("eml"));
    CHECK(f.col(m14.exhibitId, "r.time_basis") == QStringList{"-04:00"});
    auto m13 = f.import(real(d + "m0013.eml"), QStringLiteral("eml"));
    CHECK(m13.records == 1);
    CHECK(m13.identifiers >= 2);
}

TEST_CASE("real GPX: placeholder times flagged, untimed points counted, empty segments") {
    if (!haveReal())
        return;
    Fixture f;
    const QString d = QStringLiteral("gps-gpxpy/");
    auto moj = f.import(real(d + "Mojstrovka.gpx"), QStringLiteral("gpx"));
    CHECK(moj.records == 184);
    CHECK(moj.flagged == 184);
    CHECK(f.col(moj.exhibitId, "r.flags").first() == QStringLiteral("placeholder-time"));
    auto korita = f.import(real(d + "korita-zbevnica.gpx"), QStringLiteral("gpx"));
    CHECK(korita.records + korita.warnings.join(' ').section(QStringLiteral(": "), 1).split(' ').first().toLongLong() == 873);
    auto empty = f.import(real(d + "track-with-empty-segment.gpx"), QStringLiteral("gpx"));
    CHECK(empty.records == 9);
    CHECK(f.col(empty.exhibitId, "r.time_basis").first() == QStringLiteral("UTC"));
    auto all = f.import(real(d + "gpx1.1_with_all_fields.gpx"), QStringLiteral("gpx"), QStringLiteral("Europe/Ljubljana"));
    CHECK(all.records == 3);
    CHECK(f.col(all.exhibitId, "r.time_basis").contains(QStringLiteral("Europe/Ljubljana"))); // the zone-less time
    auto untimed = f.import(real(d + "cerknicko-without-times.gpx"), QStringLiteral("gpx"));
    CHECK(untimed.records == 5);
    CHECK(untimed.warnings.join(' ').contains(QStringLiteral("298 points carry no time")));
}

TEST_CASE("real call records through the profiles: the bandicoot files import, antennas are a reference table") {
    if (!haveReal())
        return;
    Fixture f;
    CHECK(f.import(real(QStringLiteral("cdr-bandicoot/ego.csv")), QStringLiteral("cdr-bandicoot"), QStringLiteral("UTC")).records == 314);
    CHECK(f.import(real(QStringLiteral("cdr-bandicoot/A.csv")), QStringLiteral("cdr-bandicoot"), QStringLiteral("UTC")).records == 42);
    CHECK(f.import(real(QStringLiteral("cdr-bandicoot/manual_A.csv")), QStringLiteral("cdr-bandicoot"), QStringLiteral("UTC")).records == 7);
    ImportOptions o;
    o.profile = QStringLiteral("cdr-orange");
    o.timeBasis = QStringLiteral("Africa/Dakar");
    o.region = QStringLiteral("SN");
    CHECK(RecordImporter::run(*f.c, real(QStringLiteral("cdr-bandicoot/u_test.csv")), o).records == 500);
}

TEST_CASE("cdr-carrier: separate date and time columns, UTC basis, duration as HH:MM:SS, repeated header skipped") {
    Fixture f;
    const QString p = f.file(QStringLiteral("carrier.csv"),
                             "Date,Time (UTC),Calling Number,Called Number,Direction,Duration,Cell ID,Type\r\n"
                             "15/04/2023,23:59:58,4125550147,(617) 555-0199,OUT,00:01:05,310-260-1234-99,Voice\r\n"
                             "Date,Time (UTC),Calling Number,Called Number,Direction,Duration,Cell ID,Type\r\n"
                             "02/05/2023,00:00:10,6175550199,4125550147,IN,12,310-260-1234-98,SMS\r\n");
    auto r = f.import(p, QStringLiteral("cdr-carrier"));
    CHECK(r.records == 2);
    CHECK_FALSE(r.timeBasisAssumed);
    CHECK(r.timeBasis == QStringLiteral("UTC"));
    CHECK(f.col(r.exhibitId, "r.originator") == QStringList{"+14125550147", "+16175550199"});
    CHECK(f.col(r.exhibitId, "r.duration_s") == QStringList{"65", "12"});
    CHECK(f.col(r.exhibitId, "r.record_type") == QStringList{"call", "text"});
    CHECK(f.col(r.exhibitId, "r.direction") == QStringList{"out", "in"});
    CHECK(iso(f.col(r.exhibitId, "r.lower_utc")[0]) == QStringLiteral("2023-04-15T23:59:58.000Z"));
    CHECK(iso(f.col(r.exhibitId, "r.lower_utc")[1]) == QStringLiteral("2023-05-02T00:00:10.000Z")); // 15/04 → day-first
    CHECK(f.col(r.exhibitId, "r.location").first() == QStringLiteral("310-260-1234-99"));
}

TEST_CASE("Column mapping: --map names the columns of an unfamiliar layout, a headerless file by position, and a saved profile file") {
    Fixture f;
    const QString p = f.file(QStringLiteral("odd.csv"), "When|Who|Whom|Secs\n2023-01-02 10:00|4125550147|6175550199|30\n");
    CHECK_THROWS_AS(f.import(p, QStringLiteral("cdr-carrier")), CaseError);
    auto r = f.import(p, QStringLiteral("cdr-carrier"), {}, {},
                      {{QStringLiteral("datetime"), QStringLiteral("When")}, {QStringLiteral("originator"), QStringLiteral("who")},
                       {QStringLiteral("recipient"), QStringLiteral("Whom")}, {QStringLiteral("duration"), QStringLiteral("Secs")}});
    CHECK(r.records == 1);
    CHECK(f.col(r.exhibitId, "r.recipient") == QStringList{"+16175550199"});

    const QString headerless = f.file(QStringLiteral("nohead.csv"), "2023-01-02;10:00:00;4125550147;6175550199\n");
    const QString profile = f.file(QStringLiteral("carrier.tessera-profile.json"),
                                   QJsonDocument(RecordImporter::profileJson([] {
                                       ImportOptions o;
                                       o.profile = QStringLiteral("cdr-carrier");
                                       o.mapping = {{QStringLiteral("date"), QStringLiteral("1")}, {QStringLiteral("time"), QStringLiteral("2")},
                                                    {QStringLiteral("originator"), QStringLiteral("3")}, {QStringLiteral("recipient"), QStringLiteral("4")}};
                                       o.timeBasis = QStringLiteral("America/Chicago");
                                       return o;
                                   }())).toJson());
    ImportOptions o;
    o.profileFile = profile;
    auto h = RecordImporter::run(*f.c, headerless, o);
    CHECK(h.records == 1);
    CHECK(h.timeBasis == QStringLiteral("America/Chicago"));
    CHECK(iso(f.col(h.exhibitId, "r.lower_utc").first()) == QStringLiteral("2023-01-02T16:00:00.000Z"));
    ImportOptions bad;
    bad.profile = QStringLiteral("cdr-carrier");
    bad.mapping = {{QStringLiteral("colour"), QStringLiteral("1")}};
    try {
        RecordImporter::run(*f.c, headerless, bad);
        FAIL("an unknown --map field is a usage error");
    } catch (const CaseError& e) {
        CHECK(e.kind() == ErrorKind::Usage);
    }
}

TEST_CASE("ads, lodging and plate-reader tables: records, spans and identifiers") {
    Fixture f;
    const QString ads = f.file(QStringLiteral("ads.csv"),
                               "Ad ID,Posted,Site,City,Phone,Email,Title,Text,Image Hash\n"
                               "000123,2023-03-04 21:15,example-classifieds,Pittsburgh,412.555.0147,Some.One@Example.com,"
                               "\"New in town\",\"text with \"\"quotes\"\"\nand a newline\",ab12cd\n");
    auto a = f.import(ads, QStringLiteral("ads-csv"), QStringLiteral("America/New_York"));
    CHECK(a.records == 1);
    CHECK(f.ids(a.exhibitId) == QStringList{"phone:+14125550147", "email:some.one@example.com", "ad-id:000123"});
    CHECK(f.col(a.exhibitId, "r.record_type") == QStringList{"advertisement"});
    CHECK(f.col(a.exhibitId, "r.location") == QStringList{"Pittsburgh"});
    CHECK(f.col(a.exhibitId, "d.summary") == QStringList{"New in town"});

    const QString lodging = f.file(QStringLiteral("lodging.csv"),
                                   "Property,Room,Check-In,Check-Out,Guest Phone,Plate,Total\n"
                                   "Motel 9,112,03/04/2023 15:00,03/06/2023 11:00,4125550147,abc-1234,\"$1,036.47\"\n");
    auto l = f.import(lodging, QStringLiteral("lodging-csv"), QStringLiteral("UTC"), QStringLiteral("mdy"));
    CHECK(l.records == 1);
    CHECK(iso(f.col(l.exhibitId, "r.lower_utc").first()) == QStringLiteral("2023-03-04T15:00:00.000Z"));
    CHECK(iso(f.col(l.exhibitId, "r.upper_utc").first()) == QStringLiteral("2023-03-06T11:00:59.999Z"));
    CHECK(f.col(l.exhibitId, "d.amount") == QStringList{"1036.47"});
    CHECK(f.ids(l.exhibitId) == QStringList{"phone:+14125550147", "plate:ABC1234"});

    const QString lpr = f.file(QStringLiteral("lpr.csv"),
                               "Plate,Read Time,Camera,Latitude,Longitude\n"
                               "ABC 1234,2023-03-05 02:14:09,I-376 EB mm 70,40.4406,-79.9959\n"
                               "XYZ9,2023-03-05 02:20:00,I-376 EB mm 72,40.44,-79.99\n");
    auto p = f.import(lpr, QStringLiteral("lpr-csv"), QStringLiteral("America/New_York"));
    CHECK(p.records == 2);
    CHECK(f.col(p.exhibitId, "r.originator") == QStringList{"ABC1234", "XYZ9"});
    CHECK(f.col(p.exhibitId, "r.location").first() == QStringLiteral("I-376 EB mm 70 40.4406,-79.9959"));
}

TEST_CASE("hand-made files: UTF-16 and Windows-1252 tables, Excel serial dates, an empty calendar, a duplicate") {
    Fixture f;
    QByteArray u16("\xFF\xFE", 2);
    for (const QChar ch : QStringLiteral("Date\tAmount\tDescription\r\n2023-01-05\t1.355,90\tCafé\r\n"))
        u16 += QByteArray(reinterpret_cast<const char*>(&ch), 2);
    auto u = f.import(f.file(QStringLiteral("u16.csv"), u16), QStringLiteral("bank-csv"), QStringLiteral("UTC"));
    CHECK(u.records == 1);
    CHECK(f.col(u.exhibitId, "d.amount") == QStringList{"1355.90"});
    CHECK(f.col(u.exhibitId, "d.summary") == QStringList{"Café"});

    auto serial = f.import(f.file(QStringLiteral("serial.csv"), "Date,Amount,Description\n43831,12.5,x\n43832.5,7,y\n"),
                           QStringLiteral("bank-csv"), QStringLiteral("UTC"));
    CHECK(iso(f.col(serial.exhibitId, "r.lower_utc")[0]) == QStringLiteral("2020-01-01T00:00:00.000Z"));
    CHECK(iso(f.col(serial.exhibitId, "r.lower_utc")[1]) == QStringLiteral("2020-01-02T12:00:00.000Z"));

    const QString cal = f.file(QStringLiteral("empty.ics"), "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n");
    auto e = f.import(cal, QStringLiteral("ics"));
    CHECK(e.records == 0);
    CHECK(e.exhibitId > 0);
    try {
        f.import(cal, QStringLiteral("ics"));
        FAIL("the same file twice must be refused");
    } catch (const CaseError& err) {
        CHECK(err.kind() == ErrorKind::BadInput);
        CHECK(err.message().contains(QStringLiteral("same SHA-256")));
    }
    CHECK_THROWS_AS(f.import(f.file(QStringLiteral("not.ics"), "hello\n"), QStringLiteral("ics")), CaseError);
}

TEST_CASE("vCard 4.0 and folded lines, a floating calendar time in the given basis, a cancelled import writes nothing") {
    Fixture f;
    const QString v4 = f.file(QStringLiteral("v4.vcf"), "BEGIN:VCARD\nVERSION:4.0\nFN:Test Person\nTEL;VALUE=uri;TYPE=cell:tel:+1-412-55\n 5-0147\n"
                                                         "EMAIL:x@example.org\nIMPP:xmpp:someone@example.org\nEND:VCARD\n");
    auto v = f.import(v4, QStringLiteral("vcard"));
    CHECK(f.ids(v.exhibitId) == QStringList{"phone:+14125550147", "email:x@example.org", "handle:xmpp:someone@example.org"});
    CHECK(f.ids(v.exhibitId, "label").first() == QStringLiteral("Test Person (cell)"));

    const QString floating = f.file(QStringLiteral("f.ics"), "BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART:20240101T090000\n"
                                                            "SUMMARY:Meet\\, then go\nEND:VEVENT\nEND:VCALENDAR\n");
    auto c = f.import(floating, QStringLiteral("ics"), QStringLiteral("America/Chicago"));
    CHECK(f.col(c.exhibitId, "r.flags") == QStringList{"floating-time"});
    CHECK(iso(f.col(c.exhibitId, "r.lower_utc").first()) == QStringLiteral("2024-01-01T15:00:00.000Z"));
    CHECK(f.col(c.exhibitId, "d.summary") == QStringList{"Meet, then go"});

    QByteArray big = "Date,Amount,Description\n";
    for (int i = 0; i < 10000; ++i)
        big += "2023-01-05,1.00,x" + QByteArray::number(i) + "\n";
    ImportOptions o;
    o.profile = QStringLiteral("bank-csv");
    o.progress = [](qint64, qint64) { return false; };
    const qint64 before = f.c->db().scalar("SELECT count(*) FROM exhibit");
    CHECK_THROWS_AS(RecordImporter::run(*f.c, f.file(QStringLiteral("big.csv"), big), o), CaseError);
    CHECK(f.c->db().scalar("SELECT count(*) FROM exhibit") == before);
    CHECK(f.c->db().scalar("SELECT count(*) FROM record_identifier WHERE exhibit_id > 100") == 0);
}

TEST_CASE("fuzz finding: a Timesketch timestamp beyond any representable time is rejected, not converted") {
    // fuzz_jsonl found "timestamp": 1.2345e20 (undefined behaviour when cast to an integer) with an unreadable datetime.
    Fixture f;
    const QString p = f.file(QStringLiteral("big-ts.jsonl"),
                             "{\"message\": \"A message\", \"timestamp\": 1.2345e20, \"datetime\": \"1007-source_name1:01+00:00\"}\n"
                             "{\"message\": \"B\", \"timestamp\": 1437764461000000, \"datetime\": \"\"}\n"
                             "{\"message\": \"C\", \"timestamp\": \"99999999999999999999\"}\n");
    auto r = f.import(p, QStringLiteral("timesketch-jsonl"));
    CHECK(r.records == 1);
    CHECK(r.rejected == 2);
    CHECK(f.col(r.exhibitId, "r.lower_utc") == QStringList{"1437764461000000"});
    const QString csv = f.file(QStringLiteral("big-ts.csv"), "message,timestamp,datetime,timestamp_desc\nx,999999999999999999,,t\ny,1437764461000000,,t\n");
    auto c = f.import(csv, QStringLiteral("timesketch-csv"));
    CHECK(c.records == 1);
    CHECK(c.rejected == 1);
}
