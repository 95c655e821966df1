// Offender-focused analysis (issue 3): statute templates, charges, element links, exhibit authentication and the
// proof board with its statuses, victim burden and minor logic (DESIGN §6).
#include "TestSupport.h"

#include "analysis/ProofBoard.h"
#include "case/CaseError.h"
#include "model/ChargeRepository.h"
#include "model/EventRepository.h"
#include "model/EvidenceLinks.h"
#include "model/ExhibitRepository.h"
#include "model/PersonRepository.h"
#include "statutes/StatuteCatalog.h"
#include "storage/Database.h"
#include "storage/Migrations.h"
#include "storage/Statement.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <catch2/catch.hpp>
#include <functional>

using namespace tessera;
using namespace tessera::test;

namespace {

ErrorKind kindOf(const std::function<void()>& f) {
    try {
        f();
    } catch (const CaseError& e) {
        return e.kind();
    }
    return ErrorKind::Internal; // nothing thrown: never what a test expects here
}

struct Scenario {
    Scratch s;
    std::unique_ptr<Case> c;
    StatuteCatalog catalog = StatuteCatalog::load();
    qint64 offender = 0;
    int files = 0;
    Scenario() {
        c = Case::create(s.path(QStringLiteral("proof.tessera")), QStringLiteral("pw"), testOptions());
        offender = PersonRepository::add(*c, {QStringLiteral("offender")}, QStringLiteral("Offender One"), {}).id;
    }
    qint64 victim(const QString& dob) {
        return PersonRepository::add(*c, {QStringLiteral("victim")}, QStringLiteral("Person %1").arg(++files), dob).id;
    }
    qint64 exhibit(const QString& kind, qint64 providedBy = 0) {
        const QString path = s.path(QStringLiteral("exhibit-%1.txt").arg(++files));
        writeFile(path, QStringLiteral("exhibit %1 of kind %2\n").arg(files).arg(kind).toUtf8());
        return EvidenceLinks::addExhibitFile(*c, path, kind, QStringLiteral("Exhibit %1").arg(files), providedBy);
    }
    qint64 event(const QString& when, const QString& category, qint64 other) {
        NewEvent e;
        e.when = when;
        e.category = category;
        e.summary = QStringLiteral("%1 event").arg(category);
        e.place = QStringLiteral("Newark, NJ");
        e.actors = {offender};
        if (other)
            e.others = {other};
        return EventRepository::add(*c, e);
    }
    qint64 charge(const QString& statute, qint64 victimId) {
        const Statute* st = catalog.find(statute);
        REQUIRE(st);
        return ChargeRepository::add(*c, *st, offender, victimId);
    }
    ProofBoardResult board() { return ProofBoard::build(*c, QDate(2026, 11, 29)); }
};

const ElementProof& element(const ProofBoardResult& b, qint64 chargeId, const QString& id) {
    for (const ChargeProof& cp : b.charges)
        if (cp.id == chargeId)
            for (const ElementProof& e : cp.elements)
                if (e.id == id)
                    return e;
    FAIL("no element " << id.toStdString() << " on charge " << chargeId);
    static ElementProof none;
    return none;
}

const ChargeProof& chargeOf(const ProofBoardResult& b, qint64 chargeId) {
    for (const ChargeProof& cp : b.charges)
        if (cp.id == chargeId)
            return cp;
    FAIL("no charge " << chargeId);
    static ChargeProof none;
    return none;
}

} // namespace

TEST_CASE("the catalog loads all sixteen templates with valid roles, evidence kinds and sources") {
    const StatuteCatalog catalog = StatuteCatalog::load();
    const QStringList ids{QStringLiteral("18-usc-1591-a1-ffc"), QStringLiteral("18-usc-1591-minor"),
                          QStringLiteral("18-usc-1591-a2"),     QStringLiteral("18-usc-1589"),
                          QStringLiteral("18-usc-1590"),        QStringLiteral("18-usc-1592"),
                          QStringLiteral("18-usc-1594"),        QStringLiteral("18-usc-2421"),
                          QStringLiteral("18-usc-2422-a"),      QStringLiteral("18-usc-2422-b"),
                          QStringLiteral("18-usc-2423"),        QStringLiteral("18-usc-1952"),
                          QStringLiteral("18-usc-1956"),        QStringLiteral("18-usc-1957"),
                          QStringLiteral("18-usc-1512-b"),      QStringLiteral("ny-pl-230-20")};
    REQUIRE(catalog.statutes().size() == ids.size());
    const QStringList roles{QStringLiteral("action"), QStringLiteral("means"), QStringLiteral("purpose"),
                            QStringLiteral("jurisdiction"), QStringLiteral("other")};
    for (const QString& id : ids) {
        INFO(id.toStdString());
        const Statute* st = catalog.find(id);
        REQUIRE(st);
        CHECK(!st->citation.isEmpty());
        CHECK(!st->version.isEmpty());
        CHECK(!st->venue.isEmpty());
        CHECK(!st->limitationSource.isEmpty());
        CHECK(!st->sources.isEmpty());
        REQUIRE(!st->elements.isEmpty());
        bool anyRequired = false;
        for (const StatuteElement& e : st->elements) {
            CHECK(roles.contains(e.role));
            CHECK(!e.text.isEmpty());
            CHECK(!e.evidence.isEmpty());
            anyRequired = anyRequired || e.required;
            CHECK_FALSE(e.text.contains(QStringLiteral("is trafficking"), Qt::CaseInsensitive));
        }
        CHECK(anyRequired);
    }
    // 1591 has no limitation period (18 U.S.C. 3299); 1512(b) the general five years (18 U.S.C. 3282).
    CHECK_FALSE(catalog.find(QStringLiteral("18-usc-1591-a1-ffc"))->limitationYears.has_value());
    CHECK(catalog.find(QStringLiteral("18-usc-1591-a1-ffc"))->limitationSource.contains(QStringLiteral("3299")));
    CHECK(catalog.find(QStringLiteral("18-usc-1512-b"))->limitationYears == 5);
    // Only the minor-aware templates mark an element as not required for a minor victim.
    for (const StatuteElement& e : catalog.find(QStringLiteral("18-usc-1591-a1-ffc"))->elements)
        CHECK_FALSE(e.notRequiredIfMinor);
    CHECK(catalog.find(QStringLiteral("18-usc-1591-minor"))->element(QStringLiteral("means"))->notRequiredIfMinor);
}

TEST_CASE("an agency folder adds and replaces templates, and an invalid template is named with its field") {
    Scratch s;
    const QString dir = s.path(QStringLiteral("statutes"));
    QDir().mkpath(dir);
    QJsonObject t = QJsonDocument::fromJson(StatuteCatalog::load().find(QStringLiteral("ny-pl-230-20"))->json).object();
    t[QStringLiteral("id")] = QStringLiteral("nj-2c-34-1");
    t[QStringLiteral("citation")] = QStringLiteral("N.J.S.A. 2C:34-1");
    writeFile(dir + QStringLiteral("/nj.json"), QJsonDocument(t).toJson());
    const StatuteCatalog withAgency = StatuteCatalog::load(dir);
    CHECK(withAgency.statutes().size() == 17);
    REQUIRE(withAgency.find(QStringLiteral("nj-2c-34-1")));
    CHECK(withAgency.find(QStringLiteral("nj-2c-34-1"))->origin.endsWith(QStringLiteral("nj.json")));

    QJsonArray els = t[QStringLiteral("elements")].toArray();
    QJsonObject first = els[0].toObject();
    first[QStringLiteral("role")] = QStringLiteral("motive");
    els[0] = first;
    t[QStringLiteral("elements")] = els;
    writeFile(dir + QStringLiteral("/bad.json"), QJsonDocument(t).toJson());
    try {
        StatuteCatalog::load(dir);
        FAIL("an unknown role was accepted");
    } catch (const CaseError& e) {
        CHECK(e.kind() == ErrorKind::BadInput);
        CHECK(e.message().contains(QStringLiteral("bad.json")));
        CHECK(e.message().contains(QStringLiteral("elements[0].role")));
    }
    CHECK(kindOf([&] { StatuteCatalog::load(s.path(QStringLiteral("missing"))); }) == ErrorKind::Usage);
}

TEST_CASE("statuses move from unsupported to victim-only to pending-authentication to independent") {
    Scenario sc;
    const qint64 v = sc.victim(QStringLiteral("1995-01-01"));
    const qint64 ch = sc.charge(QStringLiteral("18-usc-1591-a1-ffc"), v);
    const qint64 ad = sc.event(QStringLiteral("2023-06-10"), QStringLiteral("advertising"), v);
    const qint64 threat = sc.event(QStringLiteral("2023-06-12"), QStringLiteral("threat"), v);
    const qint64 sex = sc.event(QStringLiteral("2023-06-14"), QStringLiteral("commercial-sex"), v);
    const qint64 call = sc.event(QStringLiteral("2023-06-15"), QStringLiteral("communication"), v);
    ChargeRepository::linkElement(*sc.c, ch, QStringLiteral("action"), ad);
    ChargeRepository::linkElement(*sc.c, ch, QStringLiteral("means"), threat);
    ChargeRepository::linkElement(*sc.c, ch, QStringLiteral("purpose"), sex);
    ChargeRepository::linkElement(*sc.c, ch, QStringLiteral("commerce"), call);

    ProofBoardResult b = sc.board();
    CHECK(element(b, ch, QStringLiteral("action")).status == QStringLiteral("unsupported"));
    CHECK_FALSE(element(b, ch, QStringLiteral("action")).suggestions.isEmpty());
    CHECK(b.victimBurden == Approx(0.0));
    CHECK(chargeOf(b, ch).minor == MinorStatus::Adult);
    CHECK_FALSE(chargeOf(b, ch).earliestChargeableDate.has_value()); // 18 U.S.C. 3299: no limitation period
    CHECK(chargeOf(b, ch).places == QStringList{QStringLiteral("Newark, NJ")});

    // The victim's statement alone: every required element rests on the victim.
    const qint64 statement = sc.exhibit(QStringLiteral("victim-statement"), v);
    for (qint64 e : {ad, threat, sex, call})
        EvidenceLinks::linkEventExhibit(*sc.c, e, statement, false);
    b = sc.board();
    CHECK(element(b, ch, QStringLiteral("commerce")).status == QStringLiteral("victim-only"));
    CHECK(b.requiredElements == 4);
    CHECK(b.victimBurden == Approx(1.0));

    // Call records, not yet certified: independent in source, but no authentication path recorded.
    const qint64 records = sc.exhibit(QStringLiteral("call-records"));
    EvidenceLinks::linkEventExhibit(*sc.c, call, records, false);
    b = sc.board();
    const ElementProof& pending = element(b, ch, QStringLiteral("commerce"));
    CHECK(pending.status == QStringLiteral("pending-authentication"));
    CHECK(pending.exhibits == QVector<qint64>{statement, records});
    REQUIRE_FALSE(pending.suggestions.isEmpty());
    CHECK(pending.suggestions.first().contains(QStringLiteral("exhibit %1").arg(records)));
    CHECK(b.victimBurden == Approx(0.75));

    // Certified as a business record: independent.
    EvidenceLinks::certify(*sc.c, records, {QStringLiteral("business-record"), {}, QStringLiteral("2026-11-01"), {}});
    b = sc.board();
    CHECK(element(b, ch, QStringLiteral("commerce")).status == QStringLiteral("independent"));
    CHECK(element(b, ch, QStringLiteral("commerce")).suggestions.isEmpty());
    const auto stored = ExhibitRepository::get(sc.c->db(), records);
    CHECK(stored->authenticationMethod == QStringLiteral("business-record"));
    CHECK_FALSE(stored->authenticationVictimDependent);

    // Certified online ads close the action element: the burden keeps falling toward 0.
    const qint64 ads = sc.exhibit(QStringLiteral("online-ads"));
    EvidenceLinks::linkEventExhibit(*sc.c, ad, ads, false);
    EvidenceLinks::certify(*sc.c, ads, {QStringLiteral("hash-certificate"), {}, {}, {}});
    b = sc.board();
    CHECK(element(b, ch, QStringLiteral("action")).status == QStringLiteral("independent"));
    CHECK(b.victimBurden == Approx(0.5));
}

TEST_CASE("contradicting links never count as support") {
    Scenario sc;
    const qint64 v = sc.victim(QStringLiteral("1990-03-03"));
    const qint64 ch = sc.charge(QStringLiteral("18-usc-1591-a1-ffc"), v);
    const qint64 sex = sc.event(QStringLiteral("2023-07-01"), QStringLiteral("commercial-sex"), v);
    ChargeRepository::linkElement(*sc.c, ch, QStringLiteral("purpose"), sex);
    const qint64 bank = sc.exhibit(QStringLiteral("financial-records"));
    EvidenceLinks::certify(*sc.c, bank, {QStringLiteral("business-record"), {}, QStringLiteral("2026-10-01"), {}});
    EvidenceLinks::linkEventExhibit(*sc.c, sex, bank, true);
    ProofBoardResult b = sc.board();
    CHECK(element(b, ch, QStringLiteral("purpose")).status == QStringLiteral("unsupported"));
    CHECK(element(b, ch, QStringLiteral("purpose")).exhibits.isEmpty());
    CHECK(element(b, ch, QStringLiteral("purpose")).contradicting == QVector<qint64>{bank});

    const qint64 statement = sc.exhibit(QStringLiteral("victim-statement"));
    EvidenceLinks::linkEventExhibit(*sc.c, sex, statement, false);
    b = sc.board();
    CHECK(element(b, ch, QStringLiteral("purpose")).status == QStringLiteral("victim-only"));

    // Re-linking the same exhibit as support changes the direction.
    EvidenceLinks::linkEventExhibit(*sc.c, sex, bank, false);
    CHECK(element(sc.board(), ch, QStringLiteral("purpose")).status == QStringLiteral("independent"));
}

TEST_CASE("a minor victim makes means not required for 1591-minor and never changes 1591-a1-ffc") {
    Scenario sc;
    const qint64 v = sc.victim(QStringLiteral("2007-06-01"));
    const qint64 minorCharge = sc.charge(QStringLiteral("18-usc-1591-minor"), v);
    const qint64 ffc = sc.charge(QStringLiteral("18-usc-1591-a1-ffc"), v);
    const qint64 ad = sc.event(QStringLiteral("2023-06-10"), QStringLiteral("advertising"), v);
    ChargeRepository::linkElement(*sc.c, minorCharge, QStringLiteral("action"), ad);
    ChargeRepository::linkElement(*sc.c, ffc, QStringLiteral("action"), ad);
    const ProofBoardResult b = sc.board();
    CHECK(chargeOf(b, minorCharge).minor == MinorStatus::Minor);
    CHECK(element(b, minorCharge, QStringLiteral("means")).status == QStringLiteral("not-required"));
    CHECK_FALSE(element(b, minorCharge, QStringLiteral("means")).required);
    CHECK(element(b, minorCharge, QStringLiteral("age")).required);
    const ElementProof& ffcMeans = element(b, ffc, QStringLiteral("means"));
    CHECK(ffcMeans.status == QStringLiteral("unsupported"));
    CHECK(ffcMeans.required);
    CHECK(chargeOf(b, ffc).minorNote.contains(QStringLiteral("18-usc-1591-minor")));
    // 1591-minor: 6 elements, means not required → 5; 1591-a1-ffc: 4.
    CHECK(b.requiredElements == 9);
}

TEST_CASE("a range straddling the 18th birthday or an unknown age means the person may have been a minor") {
    Scenario sc;
    const qint64 straddling = sc.victim(QStringLiteral("2005-06-01"));
    const qint64 unknown = sc.victim({});
    const qint64 a = sc.charge(QStringLiteral("18-usc-1591-minor"), straddling);
    const qint64 b2 = sc.charge(QStringLiteral("18-usc-1591-minor"), unknown);
    const qint64 year = sc.event(QStringLiteral("2023"), QStringLiteral("advertising"), straddling); // all of 2023
    ChargeRepository::linkElement(*sc.c, a, QStringLiteral("action"), year);
    const ProofBoardResult b = sc.board();
    CHECK(chargeOf(b, a).minor == MinorStatus::MayHaveBeen);
    CHECK(chargeOf(b, a).minorNote.contains(QStringLiteral("may have been a minor")));
    CHECK(chargeOf(b, a).minorNote.contains(QStringLiteral("2023-06-01")));
    CHECK(element(b, a, QStringLiteral("means")).required);
    CHECK(element(b, a, QStringLiteral("means")).note.contains(QStringLiteral("may have been under 18")));
    CHECK(chargeOf(b, b2).minor == MinorStatus::MayHaveBeen);
    CHECK(chargeOf(b, b2).minorNote.contains(QStringLiteral("No date of birth")));
    CHECK(element(b, b2, QStringLiteral("means")).status == QStringLiteral("unsupported"));
}

TEST_CASE("charges and links are validated and audited") {
    Scenario sc;
    const qint64 v = sc.victim(QStringLiteral("1995-01-01"));
    const Statute& st = *sc.catalog.find(QStringLiteral("18-usc-1589"));
    CHECK(kindOf([&] { ChargeRepository::add(*sc.c, st, v, std::nullopt); }) == ErrorKind::Usage); // not an offender
    CHECK(kindOf([&] { ChargeRepository::add(*sc.c, st, sc.offender, sc.offender); }) == ErrorKind::Usage);
    CHECK(kindOf([&] { ChargeRepository::add(*sc.c, st, 999, std::nullopt); }) == ErrorKind::Usage);
    const qint64 ch = ChargeRepository::add(*sc.c, st, sc.offender, std::nullopt);
    const qint64 ev = sc.event(QStringLiteral("2024-03-01"), QStringLiteral("payment"), 0);
    CHECK(kindOf([&] { ChargeRepository::linkElement(*sc.c, ch, QStringLiteral("nope"), ev); }) == ErrorKind::Usage);
    CHECK(kindOf([&] { ChargeRepository::linkElement(*sc.c, ch, QStringLiteral("labor"), 999); }) == ErrorKind::Usage);
    CHECK(kindOf([&] { ChargeRepository::linkElement(*sc.c, 999, QStringLiteral("labor"), ev); }) == ErrorKind::Usage);
    ChargeRepository::linkElement(*sc.c, ch, QStringLiteral("labor"), ev);
    ChargeRepository::linkElement(*sc.c, ch, QStringLiteral("labor"), ev); // idempotent
    CHECK(ChargeRepository::links(sc.c->db(), ch).size() == 1);
    CHECK(chargeOf(sc.board(), ch).earliestChargeableDate == QDate(2016, 11, 29)); // 18 U.S.C. 3298: ten years
    CHECK(kindOf([&] { EvidenceLinks::certify(*sc.c, 999, {QStringLiteral("officer"), {}, {}, {}}); }) == ErrorKind::Usage);
    const qint64 x = sc.exhibit(QStringLiteral("lodging-records"));
    CHECK(kindOf([&] { EvidenceLinks::certify(*sc.c, x, {QStringLiteral("notary"), {}, {}, {}}); }) == ErrorKind::Usage);
    CHECK(kindOf([&] { EvidenceLinks::linkEventExhibit(*sc.c, 999, x, false); }) == ErrorKind::Usage);
    CHECK(sc.c->db().scalar("SELECT COUNT(*) FROM audit_entry WHERE action IN ('charge.add','element.link')") == 2);

    // A victim acting as custodian of their own records: the path depends on the victim.
    const qint64 own = sc.exhibit(QStringLiteral("financial-records"), v);
    CHECK(ExhibitRepository::get(sc.c->db(), own)->victimSourced);
    EvidenceLinks::certify(*sc.c, own, {QStringLiteral("custodian"), {}, {}, QStringLiteral("account holder")});
    CHECK(ExhibitRepository::get(sc.c->db(), own)->authenticationVictimDependent);
    // A certificate file is stored in the case as its own exhibit.
    const QString cert = sc.s.path(QStringLiteral("cert.pdf"));
    writeFile(cert, "certificate");
    EvidenceLinks::certify(*sc.c, x, {QStringLiteral("business-record"), cert, {}, {}});
    CHECK(ExhibitRepository::get(sc.c->db(), x)->authenticationDetail.contains(QStringLiteral("certificate_sha256")));
    CHECK(ExhibitRepository::list(sc.c->db()).size() == 3);
}

TEST_CASE("a case from before migration 0002 upgrades on open and keeps its data") {
    Scratch s;
    const QString path = s.path(QStringLiteral("old.tessera"));
    {
        auto c = Case::create(path, QStringLiteral("pw"), testOptions());
        PersonRepository::add(*c, {QStringLiteral("offender")}, QStringLiteral("Offender One"), {});
        // As a case written by a Tessera that knew only migration 0001: every table of a later migration dropped
        // (their triggers and indexes go with them), in reverse order of creation so references go first.
        QStringList later;
        {
            Statement t = c->db().prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT IN "
                                          "('case_setting','seal_key','person','person_role','pseudonym_counter',"
                                          "'identifier','exhibit','exhibit_chunk','custody_entry','record',"
                                          "'import_reject','event','event_person','event_record','event_exhibit',"
                                          "'production','production_item','audit_entry') AND name NOT LIKE 'sqlite_%' "
                                          "ORDER BY rowid DESC");
            while (t.step())
                later << t.text(0);
        }
        CHECK(later.contains(QStringLiteral("charge")));
        for (const QString& table : later)
            c->db().exec(QStringLiteral("DROP TABLE %1").arg(table));
        c->db().exec("PRAGMA user_version = 1");
    }
    auto c = Case::open(path, QStringLiteral("pw"));
    CHECK(Migrations::currentVersion(c->db()) == Migrations::latestVersion());
    CHECK(Migrations::latestVersion() >= 2);
    CHECK(PersonRepository::list(c->db()).size() == 1);
    const StatuteCatalog catalog = StatuteCatalog::load();
    const qint64 ch = ChargeRepository::add(*c, *catalog.find(QStringLiteral("18-usc-1589")),
                                            PersonRepository::list(c->db()).first().id, std::nullopt);
    CHECK(ChargeRepository::get(c->db(), ch).has_value());
}
