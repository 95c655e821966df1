// Issue 3 "Done when": an offender who advertises, books lodging and receives payments, with one victim's statement
// and independent records. The board shows which elements are proven independently, which are pending
// authentication, which rest on the statement alone, and what would close each gap. The same scenario runs through
// tessera-cli in tests/cli/test_proof_scenario.sh.
#include "TestSupport.h"

#include "analysis/ProofBoard.h"
#include "model/ChargeRepository.h"
#include "model/EventRepository.h"
#include "model/EvidenceLinks.h"
#include "model/PersonRepository.h"
#include "statutes/StatuteCatalog.h"

#include <catch2/catch.hpp>

using namespace tessera;
using namespace tessera::test;

namespace {

struct Harbor {
    Scratch s;
    std::unique_ptr<Case> c = Case::create(s.path(QStringLiteral("harbor.tessera")), QStringLiteral("pw"), testOptions());
    StatuteCatalog catalog = StatuteCatalog::load();
    qint64 offender = PersonRepository::add(*c, {QStringLiteral("offender")}, QStringLiteral("Marcus Webb"), {}).id;
    qint64 victim = PersonRepository::add(*c, {QStringLiteral("victim")}, QStringLiteral("Jane Roe"),
                                          QStringLiteral("1999-06-15"), QStringLiteral("document")).id;
    int n = 0;
    qint64 exhibit(const QString& kind, qint64 providedBy = 0, bool certified = false) {
        const QString path = s.path(QStringLiteral("x%1.txt").arg(++n));
        writeFile(path, QStringLiteral("exhibit %1 %2\n").arg(n).arg(kind).toUtf8());
        const qint64 id = EvidenceLinks::addExhibitFile(*c, path, kind, kind, providedBy);
        if (certified) {
            Certification cert;
            cert.method = QStringLiteral("business-record");
            cert.noticeServed = QStringLiteral("2026-11-20");
            EvidenceLinks::certify(*c, id, cert);
        }
        return id;
    }
    qint64 event(const QString& when, const QString& category, const QString& place, qint64 exhibitId, bool withVictim) {
        NewEvent e;
        e.when = when;
        e.category = category;
        e.summary = category;
        e.place = place;
        e.actors = {offender};
        if (withVictim)
            e.others = {victim};
        const qint64 id = EventRepository::add(*c, e);
        EvidenceLinks::linkEventExhibit(*c, id, exhibitId, false);
        return id;
    }
};

const ElementProof& el(const ChargeProof& cp, const QString& id) {
    for (const ElementProof& e : cp.elements)
        if (e.id == id)
            return e;
    FAIL("no element " << id.toStdString());
    static ElementProof none;
    return none;
}

} // namespace

TEST_CASE("Done when: the board tells independent, pending, victim-only apart and says what closes each gap") {
    Harbor h;
    const qint64 ads = h.exhibit(QStringLiteral("online-ads"), 0, true);
    const qint64 folio = h.exhibit(QStringLiteral("lodging-records"));          // not certified yet
    const qint64 payments = h.exhibit(QStringLiteral("financial-records"), 0, true);
    const qint64 calls = h.exhibit(QStringLiteral("call-records"), 0, true);
    const qint64 statement = h.exhibit(QStringLiteral("victim-statement"), h.victim);

    const qint64 ad = h.event(QStringLiteral("2024-02-27"), QStringLiteral("advertising"), QStringLiteral("Newark, NJ"), ads, true);
    const qint64 lodging = h.event(QStringLiteral("2024-03-01/2024-03-04"), QStringLiteral("lodging"), QStringLiteral("Newark, NJ"), folio, true);
    const qint64 pay = h.event(QStringLiteral("2024-03-02"), QStringLiteral("payment"), QStringLiteral("Jersey City, NJ"), payments, false);
    const qint64 threat = h.event(QStringLiteral("2024-03~"), QStringLiteral("threat"), QStringLiteral("Newark, NJ"), statement, true);
    const qint64 call = h.event(QStringLiteral("2024-03-02"), QStringLiteral("communication"), QStringLiteral("Philadelphia, PA"), calls, false);

    const qint64 ffc = ChargeRepository::add(*h.c, *h.catalog.find(QStringLiteral("18-usc-1591-a1-ffc")), h.offender, h.victim);
    const qint64 travel = ChargeRepository::add(*h.c, *h.catalog.find(QStringLiteral("18-usc-1952")), h.offender, std::nullopt);
    ChargeRepository::linkElement(*h.c, ffc, QStringLiteral("action"), lodging);
    ChargeRepository::linkElement(*h.c, ffc, QStringLiteral("means"), threat);
    ChargeRepository::linkElement(*h.c, ffc, QStringLiteral("purpose"), pay);
    ChargeRepository::linkElement(*h.c, ffc, QStringLiteral("purpose"), ad);
    ChargeRepository::linkElement(*h.c, ffc, QStringLiteral("commerce"), call);
    ChargeRepository::linkElement(*h.c, travel, QStringLiteral("travel-or-facility"), call);
    ChargeRepository::linkElement(*h.c, travel, QStringLiteral("intent"), ad);
    ChargeRepository::linkElement(*h.c, travel, QStringLiteral("act"), pay);

    ProofBoardResult b = ProofBoard::build(*h.c, QDate(2026, 11, 30));
    REQUIRE(b.charges.size() == 2);
    const ChargeProof& one = b.charges[0];
    CHECK(el(one, QStringLiteral("action")).status == QStringLiteral("pending-authentication"));
    CHECK(el(one, QStringLiteral("means")).status == QStringLiteral("victim-only"));
    CHECK(el(one, QStringLiteral("purpose")).status == QStringLiteral("independent"));
    CHECK(el(one, QStringLiteral("commerce")).status == QStringLiteral("independent"));
    for (const ElementProof& e : b.charges[1].elements)
        CHECK(e.status == QStringLiteral("independent"));
    CHECK(b.requiredElements == 7);
    CHECK(b.victimOnlyElements == 1);
    CHECK(b.victimBurden == Approx(1.0 / 7.0));

    // What would close each gap.
    CHECK(el(one, QStringLiteral("action")).suggestions.join(QLatin1Char('\n')).contains(QStringLiteral("exhibit %1").arg(folio)));
    const QString means = el(one, QStringLiteral("means")).suggestions.join(QLatin1Char('\n'));
    CHECK(means.contains(QStringLiteral("victim-sourced evidence alone")));
    CHECK(means.contains(QStringLiteral("call records")));
    CHECK(el(one, QStringLiteral("purpose")).suggestions.isEmpty());
    // Which event each exhibit supports, for the click through.
    CHECK(el(one, QStringLiteral("purpose")).support.contains(qMakePair(ad, ads)));

    // Charging notes: no limitation for 1591 (18 U.S.C. 3299), five years for 1952; districts from the event places.
    CHECK_FALSE(one.earliestChargeableDate.has_value());
    CHECK(b.charges[1].earliestChargeableDate == QDate(2021, 11, 30));
    QStringList districts;
    for (const DistrictSuggestion& d : one.districts)
        districts << d.district;
    districts.sort();
    CHECK(districts.join(QLatin1Char('|')) == QStringLiteral("D.N.J.|D.N.J.|E.D. Pa."));
    CHECK(one.minor == MinorStatus::Adult);
    CHECK(one.victimLabel == QStringLiteral("V-1"));

    // Certifying the folio and adding an independent witness to the threat lifts the burden to zero.
    Certification cert;
    cert.method = QStringLiteral("custodian");
    cert.witness = QStringLiteral("hotel records custodian");
    EvidenceLinks::certify(*h.c, folio, cert);
    const qint64 observation = h.exhibit(QStringLiteral("officer-observation"));
    EvidenceLinks::linkEventExhibit(*h.c, threat, observation, false);
    Certification officer;
    officer.method = QStringLiteral("officer");
    officer.witness = QStringLiteral("Det. R. Alvarez");
    EvidenceLinks::certify(*h.c, observation, officer);
    b = ProofBoard::build(*h.c, QDate(2026, 11, 30));
    CHECK(el(b.charges[0], QStringLiteral("action")).status == QStringLiteral("independent"));
    CHECK(el(b.charges[0], QStringLiteral("means")).status == QStringLiteral("independent"));
    CHECK(b.victimBurden == Approx(0.0));
}
