// The prosecution memo's pattern analysis by place (issue 7; rows lost in a merge and brought back): per offender, one
// row per place with its number of events and their categories; victims with their categories; and, in the charging
// notes, the federal district each place of a charge's events suggests.
#include "TestSupport.h"

#include "model/ChargeRepository.h"
#include "model/EventRepository.h"
#include "model/PersonRepository.h"
#include "packet/MemoBuilder.h"
#include "statutes/StatuteCatalog.h"

#include <catch2/catch.hpp>

using namespace tessera;
using namespace tessera::test;

namespace {

/// The table of `section` (by title prefix) whose header row is `headers`, or nullptr.
const MemoBlock* findTable(const ProsecutionMemo& m, const QString& section, const QStringList& headers) {
    for (const MemoSection& s : m.sections)
        if (s.title.startsWith(section))
            for (const MemoBlock& b : s.blocks)
                if (b.kind == MemoBlock::Kind::Table && b.headers == headers)
                    return &b;
    return nullptr;
}

} // namespace

TEST_CASE("the memo's offender pattern has one row per place, with events and categories", "[memo]") {
    Scratch s;
    auto c = Case::create(s.path(QStringLiteral("m.tessera")), QStringLiteral("pw"), testOptions());
    const Person offender = PersonRepository::add(*c, {QStringLiteral("offender")}, QStringLiteral("Marcus Webb"), {});
    const Person victim = PersonRepository::add(*c, {QStringLiteral("victim")}, QStringLiteral("Jane Roe"), QStringLiteral("1990-01-01"));
    auto event = [&](const QString& when, const QString& category, const QString& place) {
        NewEvent e;
        e.when = when;
        e.category = category;
        e.summary = category + QStringLiteral(" by the offender");
        e.place = place;
        e.actors = {offender.id};
        e.others = {victim.id};
        return EventRepository::add(*c, e);
    };
    event(QStringLiteral("2023-03-02"), QStringLiteral("recruitment"), QStringLiteral("Newark, NJ"));
    event(QStringLiteral("2023-03-11"), QStringLiteral("advertising"), QStringLiteral("Newark, NJ"));
    event(QStringLiteral("2023-03-20"), QStringLiteral("transport"), QStringLiteral("Trenton, NJ"));
    const qint64 lodging = event(QStringLiteral("2023-04-02"), QStringLiteral("lodging"), QStringLiteral("Philadelphia, PA"));
    event(QStringLiteral("2023-04-05"), QStringLiteral("payment"), {});
    const StatuteCatalog catalog = StatuteCatalog::load();
    const qint64 charge = ChargeRepository::add(*c, *catalog.find(QStringLiteral("18-usc-1591-a1-ffc")), offender.id,
                                                victim.id);
    ChargeRepository::linkElement(*c, charge, QStringLiteral("action"), lodging);

    MemoOptions o;
    const ProsecutionMemo memo = MemoBuilder::compose(*c, o, nullptr);
    const MemoBlock* places = findTable(memo, QStringLiteral("5."),
                                        {QStringLiteral("Place"), QStringLiteral("Events"), QStringLiteral("Categories")});
    REQUIRE(places != nullptr);
    REQUIRE(places->rows.size() == 3); // the event without a place has no row
    CHECK(places->rows[0] == QStringList{QStringLiteral("Newark, NJ"), QStringLiteral("2"),
                                         QStringLiteral("advertising, recruitment")});
    CHECK(places->rows.contains(QStringList{QStringLiteral("Trenton, NJ"), QStringLiteral("1"), QStringLiteral("transport")}));
    CHECK(places->rows.contains(QStringList{QStringLiteral("Philadelphia, PA"), QStringLiteral("1"), QStringLiteral("lodging")}));

    const MemoBlock* victims = findTable(memo, QStringLiteral("5."),
                                         {QStringLiteral("Person who was trafficked"), QStringLiteral("Events"),
                                          QStringLiteral("When"), QStringLiteral("Categories")});
    REQUIRE(victims != nullptr);
    REQUIRE(victims->rows.size() == 1);
    CHECK(victims->rows[0][0] == QStringLiteral("V-1"));
    CHECK(victims->rows[0][1] == QStringLiteral("5"));
    CHECK(victims->rows[0][3].contains(QStringLiteral("lodging")));

    const MemoBlock* notes = findTable(memo, QStringLiteral("4."), {QStringLiteral("Note"), QStringLiteral("Detail")});
    REQUIRE(notes != nullptr);
    bool district = false;
    for (const QStringList& row : notes->rows)
        if (row[0] == QStringLiteral("Federal district suggested by each place")) {
            district = true;
            CHECK(row[1].contains(QStringLiteral("Philadelphia, PA")));
            CHECK(row[1].contains(QStringLiteral("Pa.")));
        }
    CHECK(district);
}
