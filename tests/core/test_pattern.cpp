// Identifier linking across exhibits and the offender's pattern summary (issue 3, DESIGN §6).
#include "TestSupport.h"

#include "analysis/IdentifierLinks.h"
#include "analysis/PatternSummary.h"
#include "case/CaseError.h"
#include "model/EventRepository.h"
#include "model/EvidenceLinks.h"
#include "model/IdentifierRepository.h"
#include "model/PersonRepository.h"

#include <catch2/catch.hpp>

using namespace tessera;
using namespace tessera::test;

TEST_CASE("the same normalised identifier links exhibits, and one exhibit alone links nothing") {
    Scratch s;
    auto c = Case::create(s.path(QStringLiteral("links.tessera")), QStringLiteral("pw"), testOptions());
    auto file = [&](const QString& name, const QString& kind) {
        writeFile(s.path(name), name.toUtf8());
        return EvidenceLinks::addExhibitFile(*c, s.path(name), kind, name);
    };
    const qint64 ad = file(QStringLiteral("ad.txt"), QStringLiteral("online-ads"));
    const qint64 pay = file(QStringLiteral("pay.txt"), QStringLiteral("financial-records"));
    const qint64 folio = file(QStringLiteral("folio.txt"), QStringLiteral("lodging-records"));
    CHECK(IdentifierLinks::addToExhibit(*c, ad, QStringLiteral("phone"), QStringLiteral("(412) 555-0147")) ==
          QStringLiteral("+14125550147"));
    CHECK(IdentifierLinks::links(c->db()).isEmpty()); // one exhibit only
    IdentifierLinks::addToExhibit(*c, pay, QStringLiteral("phone"), QStringLiteral("+1 412 555 0147"));
    IdentifierLinks::addToExhibit(*c, pay, QStringLiteral("phone"), QStringLiteral("412-555-0147")); // idempotent
    IdentifierLinks::addToExhibit(*c, folio, QStringLiteral("plate"), QStringLiteral("ABC 123"));
    const qint64 offender = PersonRepository::add(*c, {QStringLiteral("offender")}, QStringLiteral("O"), {}).id;
    IdentifierRepository::add(*c, offender, QStringLiteral("phone"), QStringLiteral("4125550147"), {}, {}, {});

    const QVector<IdentifierLink> links = IdentifierLinks::links(c->db());
    REQUIRE(links.size() == 1);
    CHECK(links[0].value == QStringLiteral("+14125550147"));
    CHECK(links[0].kind == QStringLiteral("phone"));
    REQUIRE(links[0].exhibits.size() == 2);
    CHECK(links[0].exhibits[0].exhibitId == ad);
    CHECK(links[0].exhibits[1].exhibitId == pay);
    CHECK(links[0].people.size() == 1);
    CHECK(IdentifierLinks::linksOf(c->db(), folio).isEmpty());
    CHECK(IdentifierLinks::linksOf(c->db(), pay).size() == 1);

    auto kind = [&](const std::function<void()>& f) {
        try {
            f();
        } catch (const CaseError& e) {
            return e.kind();
        }
        return ErrorKind::Internal;
    };
    CHECK(kind([&] { IdentifierLinks::addToExhibit(*c, 999, QStringLiteral("phone"), QStringLiteral("1")); }) == ErrorKind::Usage);
    CHECK(kind([&] { IdentifierLinks::addToExhibit(*c, ad, QStringLiteral("shoe"), QStringLiteral("1")); }) == ErrorKind::Usage);
    CHECK(kind([&] { IdentifierLinks::addToExhibit(*c, ad, QStringLiteral("phone"), QStringLiteral(" ")); }) == ErrorKind::Usage);
}

TEST_CASE("a pattern summary counts acts by category and local month, victims by pseudonym and places") {
    Scratch s;
    auto c = Case::create(s.path(QStringLiteral("pattern.tessera")), QStringLiteral("pw"), testOptions());
    const qint64 o = PersonRepository::add(*c, {QStringLiteral("offender")}, QStringLiteral("Offender"), {}).id;
    const qint64 v1 = PersonRepository::add(*c, {QStringLiteral("victim")}, QStringLiteral("Name One"), {}).id;
    const qint64 v2 = PersonRepository::add(*c, {QStringLiteral("victim")}, QStringLiteral("Name Two"), {}).id;
    const qint64 buyer = PersonRepository::add(*c, {QStringLiteral("sex-buyer")}, QStringLiteral("Buyer"), {}).id;
    auto event = [&](const QString& when, const QString& category, QVector<qint64> others, const QString& place,
                     const QString& basis = {}) {
        NewEvent e;
        e.when = when;
        e.timeBasis = basis;
        e.category = category;
        e.summary = category;
        e.place = place;
        e.actors = {o};
        e.others = others;
        return EventRepository::add(*c, e);
    };
    // 02:00 UTC on 1 March is still 29 February in New York (the case's display zone): counted in February.
    event(QStringLiteral("2024-03-01T02:00:00Z"), QStringLiteral("advertising"), {v1}, QStringLiteral("Newark, NJ"), QStringLiteral("UTC"));
    event(QStringLiteral("2024-03-02"), QStringLiteral("lodging"), {v1, buyer}, QStringLiteral("Newark, NJ"));
    event(QStringLiteral("2024-03-20"), QStringLiteral("advertising"), {v2}, QStringLiteral("Philadelphia, PA"));
    event(QStringLiteral("2024-04-02"), QStringLiteral("payment"), {}, QString());
    // An event where the offender is not an actor is not theirs.
    NewEvent other;
    other.when = QStringLiteral("2024-05-01");
    other.category = QStringLiteral("threat");
    other.summary = QStringLiteral("someone else");
    other.others = {o};
    EventRepository::add(*c, other);

    const PatternSummary p = PatternSummary::build(c->db(), o, QStringLiteral("America/New_York"));
    CHECK(p.events == 4);
    CHECK(p.actsByCategory.value(QStringLiteral("advertising")) == QMap<QString, int>{{QStringLiteral("2024-02"), 1}, {QStringLiteral("2024-03"), 1}});
    CHECK(p.actsByCategory.value(QStringLiteral("payment")) == QMap<QString, int>{{QStringLiteral("2024-04"), 1}});
    CHECK_FALSE(p.actsByCategory.contains(QStringLiteral("threat")));
    REQUIRE(p.victims.size() == 2); // the sex buyer is not a victim
    CHECK(p.victims[0].label == QStringLiteral("V-1"));
    CHECK(p.victims[0].events == 2);
    CHECK(p.victims[0].categories == QStringList{QStringLiteral("advertising"), QStringLiteral("lodging")});
    CHECK(p.victims[1].label == QStringLiteral("V-2"));
    REQUIRE(p.places.size() == 2);
    CHECK(p.places[0].place == QStringLiteral("Newark, NJ"));
    CHECK(p.places[0].events == 2);
    CHECK(PatternSummary::buildAll(c->db(), QStringLiteral("America/New_York")).size() == 1);
    try {
        PatternSummary::build(c->db(), 999, QStringLiteral("UTC"));
        FAIL("unknown person accepted");
    } catch (const CaseError& e) {
        CHECK(e.kind() == ErrorKind::Usage);
    }
}
