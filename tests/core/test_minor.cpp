// Minor logic (issue 3, DESIGN §6): the 18th-birthday boundary, where a date of birth comes from, identity protection
// by default for a victim or witness who is or may have been a minor, the minor-victim template suggestions, and the
// force-fraud-coercion charge whose elements never change.
#include "TestSupport.h"

#include "analysis/MinorLogic.h"
#include "analysis/ProofBoard.h"
#include "case/CaseError.h"
#include "model/ChargeRepository.h"
#include "model/EventRepository.h"
#include "model/EvidenceLinks.h"
#include "model/PersonRepository.h"
#include "statutes/StatuteCatalog.h"

#include <QDateTime>
#include <catch2/catch.hpp>

using namespace tessera;
using namespace tessera::test;

namespace {

const QTimeZone kNewYork("America/New_York");

qint64 us(const QDateTime& t) {
    return t.toMSecsSinceEpoch() * 1000;
}

/// A local day in New York as conduct bounds: from midnight to the last microsecond of the day.
ConductBounds day(const QDate& d) {
    const qint64 lower = us(QDateTime(d, QTime(0, 0), kNewYork));
    return {lower, us(QDateTime(d.addDays(1), QTime(0, 0), kNewYork)) - 1};
}

struct MinorCase {
    Scratch s;
    std::unique_ptr<Case> c = Case::create(s.path(QStringLiteral("minor.tessera")), QStringLiteral("pw"), testOptions());
    StatuteCatalog catalog = StatuteCatalog::load();
    qint64 offender = PersonRepository::add(*c, {QStringLiteral("offender")}, QStringLiteral("Offender"), {}).id;
    qint64 event(const QString& when, qint64 other, const QString& category = QStringLiteral("commercial-sex")) {
        NewEvent e;
        e.when = when;
        e.category = category;
        e.summary = QStringLiteral("event");
        e.actors = {offender};
        e.others = {other};
        return EventRepository::add(*c, e);
    }
    const ChargeProof& charge(const ProofBoardResult& b, qint64 id) {
        for (const ChargeProof& cp : b.charges)
            if (cp.id == id)
                return cp;
        FAIL("no charge");
        static ChargeProof none;
        return none;
    }
    const ElementProof& element(const ChargeProof& cp, const QString& id) {
        for (const ElementProof& e : cp.elements)
            if (e.id == id)
                return e;
        FAIL("no element");
        static ElementProof none;
        return none;
    }
};

} // namespace

TEST_CASE("the 18th birthday starts at local midnight: the day before is a minor, the day itself an adult") {
    const QDate birth(2006, 3, 1);
    const qint64 adultFrom = MinorLogic::eighteenthBirthdayUtcUs(birth, kNewYork);
    CHECK(adultFrom == us(QDateTime(QDate(2024, 3, 1), QTime(5, 0), QTimeZone::utc()))); // EST = UTC−5
    CHECK(MinorLogic::assess(birth, {day(QDate(2024, 2, 29))}, kNewYork) == MinorStatus::Minor);
    CHECK(MinorLogic::assess(birth, {day(QDate(2024, 3, 1))}, kNewYork) == MinorStatus::Adult);
    CHECK(MinorLogic::assess(birth, {{adultFrom - 1, adultFrom - 1}}, kNewYork) == MinorStatus::Minor);
    CHECK(MinorLogic::assess(birth, {{adultFrom, adultFrom}}, kNewYork) == MinorStatus::Adult);
    // A range over the birthday, or one span on each side: may have been a minor.
    CHECK(MinorLogic::assess(birth, {{day(QDate(2024, 2, 29)).lowerUtcUs, day(QDate(2024, 3, 1)).upperUtcUs}},
                             kNewYork) == MinorStatus::MayHaveBeen);
    CHECK(MinorLogic::assess(birth, {day(QDate(2024, 2, 1)), day(QDate(2024, 4, 1))}, kNewYork) ==
          MinorStatus::MayHaveBeen);
    // Unknown age, or no dated conduct: may have been a minor.
    CHECK(MinorLogic::assess(QDate(), {day(QDate(2024, 2, 1))}, kNewYork) == MinorStatus::MayHaveBeen);
    CHECK(MinorLogic::assess(birth, {}, kNewYork) == MinorStatus::MayHaveBeen);
    // Born on 29 February: 18 on 28 February of a common year.
    CHECK(MinorLogic::assess(QDate(2004, 2, 29), {day(QDate(2022, 2, 28))}, kNewYork) == MinorStatus::Adult);
    CHECK(MinorLogic::assess(QDate(2004, 2, 29), {day(QDate(2022, 2, 27))}, kNewYork) == MinorStatus::Minor);
}

TEST_CASE("the board at the 18th birthday: 1591-minor drops means only for a minor and 1591-a1-ffc never changes") {
    MinorCase m;
    const qint64 v = PersonRepository::add(*m.c, {QStringLiteral("victim")}, QStringLiteral("Person A"),
                                           QStringLiteral("2006-03-01"), QStringLiteral("document")).id;
    const qint64 minorCharge = ChargeRepository::add(*m.c, *m.catalog.find(QStringLiteral("18-usc-1591-minor")), m.offender, v);
    const qint64 ffcCharge = ChargeRepository::add(*m.c, *m.catalog.find(QStringLiteral("18-usc-1591-a1-ffc")), m.offender, v);

    SECTION("the day before the birthday: a minor") {
        const qint64 e = m.event(QStringLiteral("2024-02-29"), v);
        ChargeRepository::linkElement(*m.c, minorCharge, QStringLiteral("action"), e);
        ChargeRepository::linkElement(*m.c, ffcCharge, QStringLiteral("action"), e);
        const ProofBoardResult b = ProofBoard::build(*m.c, QDate(2026, 11, 30));
        CHECK(m.charge(b, minorCharge).minor == MinorStatus::Minor);
        CHECK(m.element(m.charge(b, minorCharge), QStringLiteral("means")).status == QStringLiteral("not-required"));
        CHECK_FALSE(m.element(m.charge(b, minorCharge), QStringLiteral("means")).required);
        // Force, fraud or coercion stays an element of its own charge; the minor templates are suggested instead.
        const ChargeProof& ffc = m.charge(b, ffcCharge);
        CHECK(ffc.minor == MinorStatus::Minor);
        CHECK(m.element(ffc, QStringLiteral("means")).required);
        CHECK(m.element(ffc, QStringLiteral("means")).status == QStringLiteral("unsupported"));
        CHECK(ffc.elements.size() == 4);
        CHECK(ffc.suggestedStatutes.contains(QStringLiteral("18-usc-1591-minor")));
        CHECK(m.charge(b, minorCharge).suggestedStatutes.isEmpty());
    }
    SECTION("the birthday itself: an adult, and means is required again") {
        const qint64 e = m.event(QStringLiteral("2024-03-01"), v);
        ChargeRepository::linkElement(*m.c, minorCharge, QStringLiteral("action"), e);
        ChargeRepository::linkElement(*m.c, ffcCharge, QStringLiteral("action"), e);
        const ProofBoardResult b = ProofBoard::build(*m.c, QDate(2026, 11, 30));
        CHECK(m.charge(b, minorCharge).minor == MinorStatus::Adult);
        CHECK(m.element(m.charge(b, minorCharge), QStringLiteral("means")).required);
        CHECK(m.element(m.charge(b, minorCharge), QStringLiteral("means")).status == QStringLiteral("unsupported"));
        CHECK(m.charge(b, ffcCharge).suggestedStatutes.isEmpty());
    }
    SECTION("a range over the birthday: may have been a minor, means stays required") {
        const qint64 e = m.event(QStringLiteral("2024-02-29/2024-03-01"), v);
        ChargeRepository::linkElement(*m.c, minorCharge, QStringLiteral("action"), e);
        const ProofBoardResult b = ProofBoard::build(*m.c, QDate(2026, 11, 30));
        CHECK(m.charge(b, minorCharge).minor == MinorStatus::MayHaveBeen);
        CHECK(m.element(m.charge(b, minorCharge), QStringLiteral("means")).required);
        CHECK(m.element(m.charge(b, minorCharge), QStringLiteral("means")).note.contains(QStringLiteral("may have been")));
    }
}

TEST_CASE("a date of birth known only from the victim's statement makes proof of age victim-sourced") {
    MinorCase m;
    const qint64 fromStatement = PersonRepository::add(*m.c, {QStringLiteral("victim")}, QStringLiteral("Person B"),
                                                       QStringLiteral("2007-05-05"), QStringLiteral("victim-statement")).id;
    const qint64 fromDocument = PersonRepository::add(*m.c, {QStringLiteral("victim")}, QStringLiteral("Person C"),
                                                      QStringLiteral("2007-05-05"), QStringLiteral("record")).id;
    CHECK(PersonRepository::get(m.c->db(), fromStatement)->dobSource == QStringLiteral("victim-statement"));
    const Statute& minor = *m.catalog.find(QStringLiteral("18-usc-1591-minor"));
    const qint64 a = ChargeRepository::add(*m.c, minor, m.offender, fromStatement);
    const qint64 b = ChargeRepository::add(*m.c, minor, m.offender, fromDocument);
    ChargeRepository::linkElement(*m.c, a, QStringLiteral("action"), m.event(QStringLiteral("2023-06-01"), fromStatement));
    ChargeRepository::linkElement(*m.c, b, QStringLiteral("action"), m.event(QStringLiteral("2023-06-01"), fromDocument));
    const ProofBoardResult board = ProofBoard::build(*m.c, QDate(2026, 11, 30));
    const ElementProof& ageA = m.element(m.charge(board, a), QStringLiteral("age"));
    CHECK(ageA.status == QStringLiteral("victim-only"));
    CHECK(ageA.note.contains(QStringLiteral("own statement")));
    CHECK(m.charge(board, a).minorNote.contains(QStringLiteral("victim-sourced")));
    CHECK(m.element(m.charge(board, b), QStringLiteral("age")).status == QStringLiteral("unsupported"));
    // Two charges, five required elements each (means not required): only A's age rests on the victim.
    CHECK(board.requiredElements == 10);
    CHECK(board.victimOnlyElements == 1);

    auto kind = [&](const QString& dob, const QString& source) {
        try {
            PersonRepository::add(*m.c, {QStringLiteral("victim")}, QStringLiteral("X"), dob, source);
        } catch (const CaseError& e) {
            return e.kind();
        }
        return ErrorKind::Internal;
    };
    CHECK(kind(QStringLiteral("2007-05-05"), QStringLiteral("rumour")) == ErrorKind::Usage);
    CHECK(kind(QString(), QStringLiteral("document")) == ErrorKind::Usage);
}

TEST_CASE("a witness who was a minor during an event becomes protected by default, an adult witness does not") {
    MinorCase m;
    // Adults today, so not protected when added.
    const Person wasMinor = PersonRepository::add(*m.c, {QStringLiteral("witness")}, QStringLiteral("Witness Young"),
                                                  QStringLiteral("2001-07-01"));
    const Person adult = PersonRepository::add(*m.c, {QStringLiteral("witness")}, QStringLiteral("Witness Old"),
                                               QStringLiteral("1980-01-01"));
    const Person buyer = PersonRepository::add(*m.c, {QStringLiteral("sex-buyer")}, QStringLiteral("Buyer Young"),
                                               QStringLiteral("2001-07-01"));
    REQUIRE_FALSE(wasMinor.isProtected);
    REQUIRE_FALSE(adult.isProtected);
    // The event straddles the 18th birthday (2019-07-01): may have been a minor.
    m.event(QStringLiteral("2019-06/2019-08"), wasMinor.id, QStringLiteral("recruitment"));
    m.event(QStringLiteral("2019-06"), adult.id, QStringLiteral("recruitment"));
    m.event(QStringLiteral("2019-06"), buyer.id, QStringLiteral("commercial-sex"));
    const auto young = PersonRepository::get(m.c->db(), wasMinor.id);
    CHECK(young->isProtected);
    CHECK(young->pseudonym == QStringLiteral("W-1"));
    CHECK(young->label() == QStringLiteral("W-1"));
    CHECK_FALSE(PersonRepository::get(m.c->db(), adult.id)->isProtected);
    CHECK_FALSE(PersonRepository::get(m.c->db(), buyer.id)->isProtected); // only victims and witnesses
    // The witness an hour after the 18th birthday in an event of their own stays as they are (already protected).
    m.event(QStringLiteral("2019-07-01T01:00:00"), wasMinor.id, QStringLiteral("communication"));
    CHECK(PersonRepository::get(m.c->db(), wasMinor.id)->pseudonym == QStringLiteral("W-1"));
    const Person later = PersonRepository::add(*m.c, {QStringLiteral("witness")}, QStringLiteral("Witness Later"),
                                               QStringLiteral("2001-07-01"));
    m.event(QStringLiteral("2019-07-01T00:00:00"), later.id, QStringLiteral("communication"));
    CHECK_FALSE(PersonRepository::get(m.c->db(), later.id)->isProtected); // 18 from that midnight
}
