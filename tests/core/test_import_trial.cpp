// Defects a new-user trial found in import and the timeline (session 3): date-only records shown a day early, the
// content of records dropped from the summary, the time basis misreported, short rows imported, blank files, bad-date
// messages, and values not checked (regions, reversed periods, identifier shapes).
#include "TestSupport.h"

#include "analysis/Timeline.h"
#include "case/CaseError.h"
#include "case/CaseSettings.h"
#include "ingest/PhoneNormalizer.h"
#include "ingest/RecordImporter.h"
#include "model/ExhibitRepository.h"
#include "model/IdentifierRepository.h"
#include "model/PersonRepository.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"
#include "time/LocalTimeResolver.h"
#include "time/TimeFormat.h"

#include <QFileInfo>
#include <catch2/catch.hpp>

using namespace tessera;
using namespace tessera::test;

namespace Catch {
template <> struct StringMaker<QString> {
    static std::string convert(const QString& s) { return '"' + s.toStdString() + '"'; }
};
} // namespace Catch

namespace {

struct TrialFixture {
    Scratch s;
    std::unique_ptr<Case> c = Case::create(s.path(QStringLiteral("t.tessera")), QStringLiteral("pw"), testOptions());
    QString file(const QString& name, const QByteArray& bytes) {
        const QString p = s.path(name);
        writeFile(p, bytes);
        return p;
    }
    ImportResult import(const QString& path, const QString& profile, const QString& basis = {}) {
        ImportOptions o;
        o.profile = profile;
        o.timeBasis = basis;
        return RecordImporter::run(*c, path, o);
    }
    QVector<TimelineItem> records() {
        QVector<TimelineItem> out;
        Timeline(c->db()).scan(TimelineFilter{}, std::nullopt, 0, [&](const TimelineItem& i) {
            if (i.kind == QLatin1String("record"))
                out.append(i);
            return true;
        });
        return out;
    }
    ErrorKind importError(const QString& path, const QString& profile, QString* message = nullptr) {
        try {
            import(path, profile);
        } catch (const CaseError& e) {
            if (message)
                *message = e.message();
            return e.kind();
        }
        return ErrorKind::Internal; // "no error" — never what these tests expect
    }
};

const QByteArray kAllDayCalendar = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nX-WR-TIMEZONE:Etc/GMT\r\n"
                                   "BEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20220101\r\nSUMMARY:New Year's Day\r\n"
                                   "LOCATION:Town hall\\, room 2\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";

} // namespace

TEST_CASE("a date-only record shows as its own calendar day in any display zone", "[trial]") {
    TrialFixture f;
    f.import(f.file(QStringLiteral("holidays.ics"), kAllDayCalendar), QStringLiteral("ics"));
    // OFX-like: a bank day stated in UTC by a per-row zone column.
    f.import(f.file(QStringLiteral("bank.csv"), "Date,Description,Amount,Time Zone\n2018-05-07,Shop,-1.00,UTC\n"),
             QStringLiteral("bank-csv"));
    const QVector<TimelineItem> items = f.records();
    REQUIRE(items.size() == 2);
    const QStringList zones{QStringLiteral("America/New_York"), QStringLiteral("Pacific/Honolulu"),
                            QStringLiteral("Asia/Tokyo"), QStringLiteral("UTC")};
    for (const QString& zone : zones) {
        INFO(zone.toStdString());
        CHECK(timelineWhen(items[0], zone) == QStringLiteral("2018-05-07"));
        CHECK(timelineWhen(items[1], zone) == QStringLiteral("2022-01-01"));
        // On a chart drawn in that zone, the record sits on its own day too.
        const auto local = LocalTimeResolver::toLocal(displayAxisUs(timelineItemSpan(items[1]), zone), zone);
        REQUIRE(local);
        CHECK(local->date == QDate(2022, 1, 1));
    }
    // The GUI chart's positions come from the same rule.
    Timeline t(f.c->db());
    const QVector<qint64> axis = t.recordAxisTimes(TimelineFilter{}, QStringLiteral("America/New_York"));
    REQUIRE(axis.size() == 2);
    CHECK(LocalTimeResolver::toLocal(axis[0], QStringLiteral("America/New_York"))->date == QDate(2018, 5, 7));
    // A time of day still moves with the display zone.
    f.import(f.file(QStringLiteral("t.csv"), "Date,Time,Description,Amount,Time Zone\n2018-05-08,02:00,Bar,-2.00,UTC\n"),
             QStringLiteral("bank-csv"));
    CHECK(timelineWhen(f.records()[1], QStringLiteral("America/New_York")) == QStringLiteral("2018-05-07 22:00 EDT"));
}

TEST_CASE("each reader's descriptive field is the record's summary in the timeline", "[trial]") {
    TrialFixture f;
    f.import(f.file(QStringLiteral("holidays.ics"), kAllDayCalendar), QStringLiteral("ics"));
    f.import(f.file(QStringLiteral("m.eml"), "From: A <a@example.org>\r\nTo: b@example.org\r\nSubject: Room 12 tonight\r\n"
                                             "Date: Sun, 16 Jun 2013 17:50:12 +0200\r\n\r\nbody\r\n"),
             QStringLiteral("eml"));
    f.import(f.file(QStringLiteral("sketch.csv"), "message,datetime,timestamp_desc\n"
                                                  "Browser visited the ad page,2019-02-03T04:05:06+00:00,Visit\n"),
             QStringLiteral("timesketch-csv"));
    const QVector<TimelineItem> items = f.records();
    REQUIRE(items.size() == 3);
    CHECK(items[0].summary == QStringLiteral("E-mail, direction unknown: a@example.org → b@example.org: "
                                             "\u201CRoom 12 tonight\u201D"));
    CHECK(items[1].summary.contains(QStringLiteral("\u201CBrowser visited the ad page\u201D")));
    CHECK(items[2].summary.startsWith(QStringLiteral("Calendar event: \u201CNew Year's Day\u201D at Town hall, room 2")));
    CHECK_FALSE(items[2].summary.contains(QStringLiteral("unknown")));
}

TEST_CASE("recordSummary keeps calls as they were and does not repeat a payee", "[trial]") {
    CHECK(recordSummary(QStringLiteral("call"), QStringLiteral("out"), QStringLiteral("V-1"), QString(), 30, {}, {}, {},
                        QStringLiteral("310-260-1234"), {}) == QStringLiteral("Call, outgoing: V-1 → unknown (30 s)"));
    CHECK(recordSummary(QStringLiteral("payment"), QStringLiteral("out"), QString(), QStringLiteral("ACME"), -1,
                        QStringLiteral("-34.51"), QStringLiteral("USD"), QStringLiteral("ACME \u2014 bill 7"), {}, {}) ==
          QStringLiteral("Payment, outgoing: unknown → ACME, -34.51 USD: \u201Cbill 7\u201D"));
}

TEST_CASE("the import reports the time basis its records got", "[trial]") {
    TrialFixture f;
    SECTION("a per-row zone column: from the file, nothing assumed, no warning") {
        const ImportResult r = f.import(f.file(QStringLiteral("p.csv"), "Date,Description,Amount,Time Zone\n"
                                                                       "2018-05-07,Shop,-1.00,UTC\n2018-05-08,Bar,-2.00,UTC\n"),
                                        QStringLiteral("bank-csv"));
        CHECK(r.timeBasis == QStringLiteral("UTC"));
        CHECK_FALSE(r.timeBasisAssumed);
        CHECK(r.timeBasisSource == QStringLiteral("file"));
        REQUIRE(r.bases.size() == 1);
        CHECK(r.bases[0].records == 2);
        CHECK(r.recordsZoneAssumed == 0);
        CHECK(r.warnings.filter(QStringLiteral("assumed")).isEmpty());
        const Exhibit e = ExhibitRepository::list(f.c->db()).first();
        CHECK(e.timeBasis == QStringLiteral("UTC"));
        CHECK_FALSE(e.timeBasisAssumed);
    }
    SECTION("an e-mail's own offset") {
        const ImportResult r = f.import(f.file(QStringLiteral("m.eml"), "From: a@example.org\r\nDate: Sun, 16 Jun 2013 "
                                                                        "17:50:12 +0200\r\n\r\n"),
                                        QStringLiteral("eml"));
        CHECK(r.timeBasis == QStringLiteral("+02:00"));
        CHECK_FALSE(r.timeBasisAssumed);
    }
    SECTION("mixed: counted per basis, the assumed ones warned about as for call records") {
        const ImportResult r = f.import(f.file(QStringLiteral("m.csv"), "Date,Description,Amount,Time Zone\n"
                                                                       "2018-05-07,Shop,-1.00,UTC\n2018-05-08,Bar,-2.00,\n"),
                                        QStringLiteral("bank-csv"));
        CHECK(r.timeBasis == QStringLiteral("mixed"));
        CHECK(r.timeBasisSource == QStringLiteral("mixed"));
        CHECK(r.timeBasisAssumed);
        CHECK(r.recordsZoneAssumed == 1);
        REQUIRE(r.bases.size() == 2);
        CHECK(r.bases[1].basis == QStringLiteral("America/New_York"));
        CHECK(r.bases[1].source == QStringLiteral("assumed"));
        CHECK(r.warnings.filter(QStringLiteral("1 of 2 records")).size() == 1);
    }
    SECTION("floating calendar times are assumed and warned about like a call detail record return") {
        const ImportResult r = f.import(f.file(QStringLiteral("f.ics"), "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\n"
                                                                        "DTSTART:20220101T100000\r\nEND:VEVENT\r\n"
                                                                        "END:VCALENDAR\r\n"),
                                        QStringLiteral("ics"));
        CHECK(r.timeBasisAssumed);
        CHECK(r.warnings.filter(QStringLiteral("marked assumed")).size() == 1);
        const ImportResult cdr = f.import(f.file(QStringLiteral("ego.csv"), "interaction,direction,correspondent_id,"
                                                                            "datetime,call_duration,antenna_id\n"
                                                                            "call,out,4125550199,2014-03-02 07:13:30,30,a1\n"),
                                          QStringLiteral("cdr-bandicoot"));
        CHECK(cdr.warnings.filter(QStringLiteral("marked assumed")).size() == 1);
    }
    SECTION("a stated --time-basis is not assumed") {
        const ImportResult r = f.import(f.file(QStringLiteral("s.csv"), "Date,Description,Amount\n2018-05-07,Shop,-1.00\n"),
                                        QStringLiteral("bank-csv"), QStringLiteral("Europe/Berlin"));
        CHECK(r.timeBasis == QStringLiteral("Europe/Berlin"));
        CHECK(r.timeBasisSource == QStringLiteral("option"));
        CHECK_FALSE(r.timeBasisAssumed);
    }
}

TEST_CASE("a table row with fewer fields than the header is rejected and never read into the wrong fields", "[trial]") {
    TrialFixture f;
    const ImportResult r = f.import(f.file(QStringLiteral("short.csv"), "Date,Description,Amount\n2024-01-05,ok\n"
                                                                       "2024-01-06,fine,3.00\n"),
                                    QStringLiteral("bank-csv"));
    CHECK(r.records == 1);
    CHECK(r.rejected == 1);
    Statement s = f.c->db().prepare("SELECT row_number, field, reason FROM import_reject");
    REQUIRE(s.step());
    CHECK(s.int64(0) == 2);
    CHECK(s.text(1) == QStringLiteral("(row)"));
    CHECK(s.text(2) == QStringLiteral("expected 3 fields, found 2"));
}

TEST_CASE("empty and blank files and files whose every row is rejected", "[trial]") {
    TrialFixture f;
    QString message;
    CHECK(f.importError(f.file(QStringLiteral("blank.csv"), "\r\n\r\n"), QStringLiteral("bank-csv"), &message) ==
          ErrorKind::BadInput);
    CHECK(message.contains(QStringLiteral("empty")));
    CHECK(f.importError(f.file(QStringLiteral("empty.csv"), ""), QStringLiteral("bank-csv")) == ErrorKind::BadInput);
    CHECK(f.importError(f.file(QStringLiteral("blank-cdr.csv"), "\n \n"), QStringLiteral("cdr-bandicoot")) ==
          ErrorKind::BadInput);
    CHECK(f.importError(f.file(QStringLiteral("blank.ics"), "\r\n"), QStringLiteral("ics")) == ErrorKind::BadInput);
    // Every date bad: the header still names the columns, so the message says every row was rejected, and why.
    CHECK(f.importError(f.file(QStringLiteral("bad.csv"), "Date,Description,Amount\nnot a date,a,x\nxx,b,y\n"),
                        QStringLiteral("bank-csv"), &message) == ErrorKind::BadInput);
    CHECK(message.contains(QStringLiteral("every row was rejected")));
    CHECK(message.contains(QStringLiteral("field Date: not a date and time (2 row(s), first at row 2)")));
    CHECK_FALSE(message.contains(QStringLiteral("do not fit")));
    CHECK(ExhibitRepository::list(f.c->db()).isEmpty());
    // A header only is well-formed: an exhibit with a warning.
    const ImportResult r = f.import(f.file(QStringLiteral("header.csv"), "Date,Description,Amount\r\n"),
                                    QStringLiteral("bank-csv"));
    CHECK(r.records == 0);
    CHECK(r.warnings.filter(QStringLiteral("no records")).size() == 1);
}

TEST_CASE("phone regions are checked against libphonenumber", "[trial]") {
    CHECK(PhoneNormalizer::isKnownRegion(QStringLiteral("US")));
    CHECK(PhoneNormalizer::isKnownRegion(QStringLiteral("sn")));
    CHECK_FALSE(PhoneNormalizer::isKnownRegion(QStringLiteral("ZZ")));
    CHECK_FALSE(PhoneNormalizer::isKnownRegion(QString()));
    Scratch s;
    NewCaseOptions o = testOptions();
    o.region = QStringLiteral("ZZ");
    const QString path = s.path(QStringLiteral("zz.tessera"));
    CHECK_THROWS_AS(Case::create(path, QStringLiteral("pw"), o), CaseError);
    CHECK_FALSE(QFileInfo::exists(path));
    TrialFixture f;
    Transaction tx(f.c->db());
    CHECK_THROWS_AS(f.c->settings().setValue(CaseSettings::Key::Region, QStringLiteral("ZZ")), CaseError);
    f.c->settings().setValue(CaseSettings::Key::Region, QStringLiteral("gb"));
    CHECK(f.c->settings().value(CaseSettings::Key::Region) == QStringLiteral("GB"));
    tx.commit();
    ImportOptions io;
    io.profile = QStringLiteral("bank-csv");
    io.region = QStringLiteral("ZZ");
    try {
        RecordImporter::run(*f.c, f.file(QStringLiteral("r.csv"), "Date,Description,Amount\n2018-05-07,Shop,-1.00\n"), io);
        FAIL("an unknown --region was accepted");
    } catch (const CaseError& e) {
        CHECK(e.kind() == ErrorKind::Usage);
        CHECK(e.message().startsWith(QStringLiteral("--region")));
    }
}

TEST_CASE("identifier values are checked for their kind and periods for their order", "[trial]") {
    TrialFixture f;
    const qint64 p = PersonRepository::add(*f.c, {QStringLiteral("offender")}, QStringLiteral("Sam Offender"), QString()).id;
    auto usage = [&](const QString& kind, const QString& value, const QString& from = {}, const QString& to = {},
                     const QString& region = {}) {
        try {
            IdentifierRepository::add(*f.c, p, kind, value, region, from, to);
        } catch (const CaseError& e) {
            return e.kind() == ErrorKind::Usage;
        }
        return false;
    };
    CHECK(usage(QStringLiteral("phone"), QStringLiteral("+1 412 555 0147"), QStringLiteral("2014-05-01"),
                QStringLiteral("2014-01-01")));
    CHECK(usage(QStringLiteral("email"), QStringLiteral("Some Name")));
    CHECK(usage(QStringLiteral("email"), QStringLiteral("a@b@example.org")));
    CHECK(usage(QStringLiteral("email"), QStringLiteral("name@localhost")));
    CHECK(usage(QStringLiteral("phone"), QStringLiteral("Some Name")));
    CHECK(usage(QStringLiteral("phone"), QStringLiteral("+1 412 555 0147"), {}, {}, QStringLiteral("ZZ")));
    CHECK(IdentifierRepository::forPerson(f.c->db(), p).isEmpty());
    const auto ok = IdentifierRepository::add(*f.c, p, QStringLiteral("email"), QStringLiteral("Name@Example.org"), {},
                                              QStringLiteral("2014-01-01"), QStringLiteral("2014-01-01"));
    CHECK(ok.identifier.value == QStringLiteral("name@example.org"));
    CHECK(ok.flags.isEmpty());
    const auto invalid = IdentifierRepository::add(*f.c, p, QStringLiteral("phone"), QStringLiteral("+1 999 555"), {}, {}, {});
    CHECK(invalid.flags == QStringList{QStringLiteral("invalid-number")});
    CHECK(invalid.identifier.value == QStringLiteral("+1 999 555"));
}
