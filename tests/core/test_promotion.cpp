// Rule-promoted events (issue 3): the buyer-contact rule proposes one communication event per offender, sex buyer and
// local day from call records; accepting one promotes its records; records chosen by hand make a proposal too.
#include "TestSupport.h"

#include "analysis/PromotionRules.h"
#include "analysis/Timeline.h"
#include "case/CaseError.h"
#include "ingest/CallDetailRecordImporter.h"
#include "model/ChargeRepository.h"
#include "model/EventRepository.h"
#include "model/IdentifierRepository.h"
#include "model/PersonRepository.h"
#include "statutes/StatuteCatalog.h"
#include "storage/Database.h"
#include "storage/Statement.h"

#include <QSet>
#include <catch2/catch.hpp>

using namespace tessera;
using namespace tessera::test;

TEST_CASE("the buyer-contact rule proposes one event per offender, buyer and day, and forgets what was accepted") {
    Scratch s;
    auto c = Case::create(s.path(QStringLiteral("promote.tessera")), QStringLiteral("pw"), testOptions());
    const qint64 offender = PersonRepository::add(*c, {QStringLiteral("offender")}, QStringLiteral("Offender"), {}).id;
    const qint64 buyer = PersonRepository::add(*c, {QStringLiteral("sex-buyer")}, QStringLiteral("Buyer"), {}).id;
    const qint64 friendOf = PersonRepository::add(*c, {QStringLiteral("associate")}, QStringLiteral("Friend"), {}).id;
    IdentifierRepository::add(*c, offender, QStringLiteral("phone"), QStringLiteral("412-555-0147"), {}, {}, {});
    IdentifierRepository::add(*c, buyer, QStringLiteral("handle"), QStringLiteral("E"), {}, {}, {});
    IdentifierRepository::add(*c, friendOf, QStringLiteral("handle"), QStringLiteral("B"), {}, {}, {});
    ImportOptions o;
    o.profile = QStringLiteral("cdr-bandicoot");
    o.timeBasis = QStringLiteral("America/New_York");
    o.subscriber = QStringLiteral("412-555-0147");
    CallDetailRecordImporter::run(*c, sample(QStringLiteral("cdr-bandicoot/ego.csv")), o);
    const qint64 contactRecords = c->db().scalar("SELECT COUNT(*) FROM record WHERE originator = 'E' OR recipient = 'E'");
    REQUIRE(contactRecords == 70);

    const QString zone = QStringLiteral("America/New_York");
    QVector<EventProposal> proposals = PromotionRules::propose(c->db(), zone);
    REQUIRE_FALSE(proposals.isEmpty());
    qint64 covered = 0;
    QSet<QString> days;
    for (const EventProposal& p : proposals) {
        CHECK(p.rule == QStringLiteral("buyer-contact"));
        CHECK(p.category == QStringLiteral("communication"));
        CHECK(p.actors == QVector<qint64>{offender});
        CHECK(p.others == QVector<qint64>{buyer}); // never the associate
        CHECK(p.when.size() == 10);                 // one local day
        CHECK_FALSE(days.contains(p.when));
        days.insert(p.when);
        covered += p.records.size();
    }
    CHECK(covered == contactRecords);

    // Accepting the first promotes its records; the rule then proposes the rest only.
    const EventProposal first = proposals.first();
    NewEvent ev;
    ev.when = first.when;
    ev.timeBasis = first.timeBasis;
    ev.category = first.category;
    ev.summary = first.summary;
    ev.actors = first.actors;
    ev.others = first.others;
    ev.fromRecords = first.records;
    const qint64 event = EventRepository::add(*c, ev);
    CHECK(eventCorroboration(c->db(), event) == QStringLiteral("pending-authentication"));
    proposals = PromotionRules::propose(c->db(), zone);
    for (const EventProposal& p : proposals)
        CHECK(p.key != first.key);
    CHECK(proposals.size() == days.size() - 1);

    // Undo of a promotion removes the event; its records are proposed again. Linked events cannot be removed.
    EventRepository::remove(*c, event);
    CHECK(PromotionRules::propose(c->db(), zone).size() == days.size());
    const qint64 again = EventRepository::add(*c, ev);
    const StatuteCatalog catalog = StatuteCatalog::load();
    const qint64 charge = ChargeRepository::add(*c, *catalog.find(QStringLiteral("18-usc-1952")), offender, std::nullopt);
    ChargeRepository::linkElement(*c, charge, QStringLiteral("travel-or-facility"), again);
    CHECK_THROWS_AS(EventRepository::remove(*c, again), CaseError);
}

TEST_CASE("records chosen by hand make a proposal spanning their times") {
    Scratch s;
    auto c = Case::create(s.path(QStringLiteral("select.tessera")), QStringLiteral("pw"), testOptions());
    const qint64 offender = PersonRepository::add(*c, {QStringLiteral("offender")}, QStringLiteral("Offender"), {}).id;
    IdentifierRepository::add(*c, offender, QStringLiteral("phone"), QStringLiteral("412-555-0147"), {}, {}, {});
    ImportOptions o;
    o.profile = QStringLiteral("cdr-bandicoot");
    o.timeBasis = QStringLiteral("America/New_York");
    o.subscriber = QStringLiteral("412-555-0147");
    CallDetailRecordImporter::run(*c, sample(QStringLiteral("cdr-bandicoot/ego.csv")), o);
    // The first two rows of ego.csv: texts on 2014-03-02 at 07:13:30 and 07:53:30 New York time; row 2 and 3.
    QVector<qint64> ids;
    Statement st = c->db().prepare("SELECT id FROM record ORDER BY row_number LIMIT 2");
    while (st.step())
        ids << st.int64(0);
    const QString zone = QStringLiteral("America/New_York");
    const EventProposal one = PromotionRules::fromRecords(c->db(), {ids[0]}, zone);
    CHECK(one.when == QStringLiteral("2014-03-02T07:13:30"));
    CHECK(one.category == QStringLiteral("communication"));
    CHECK(one.actors == QVector<qint64>{offender});
    const EventProposal two = PromotionRules::fromRecords(c->db(), ids, zone);
    CHECK(two.when == QStringLiteral("2014-03-02"));
    CHECK(two.records == ids);
    CHECK_THROWS_AS(PromotionRules::fromRecords(c->db(), {}, zone), CaseError);
    CHECK_THROWS_AS(PromotionRules::fromRecords(c->db(), {999999}, zone), CaseError);
}
