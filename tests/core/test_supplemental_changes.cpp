// A supplemental production holds what is new or changed since the last production (issue 7): exhibits whose
// authentication or chain of custody gained an entry, events whose corroboration or notes changed, new note versions,
// new benefits and interviews. And the disclosure register's Jencks index: statement exhibits, recorded interviews and
// notes about a victim or witness, victims by pseudonym.
#include "TestSupport.h"

#include "case/CaseError.h"
#include "casework/NoteRepository.h"
#include "checkpoints/BenefitLedger.h"
#include "checkpoints/CheckpointLedger.h"
#include "checkpoints/InterviewLedger.h"
#include "model/EventRepository.h"
#include "model/EvidenceLinks.h"
#include "model/PersonRepository.h"
#include "packet/ChangesSince.h"
#include "packet/PacketVerifier.h"
#include "packet/ProductionBuilder.h"
#include "packet/ProductionReport.h"

#include <QFileInfo>
#include <QSaveFile>
#include <catch2/catch.hpp>

using namespace tessera;
using namespace tessera::test;

namespace {

/// Keeps the whole report of the last render, and claims two pages.
class KeepingRenderer : public ReportRenderer {
public:
    int render(const ProductionReport& r, const QString& path, QString*) override {
        last = r;
        QSaveFile f(path);
        f.open(QIODevice::WriteOnly);
        f.write("%PDF-1.4 fake\n");
        f.commit();
        return 2;
    }
    int countPages(const ProductionReport&, QString*) const override { return 2; }
    ProductionReport last;

    QString timelineText() const {
        QStringList l;
        for (const ReportTimelineRow& r : last.timeline)
            l << r.kind + QLatin1Char(' ') + r.summary;
        return l.join(QLatin1Char('\n'));
    }
    static QString rowsText(const QVector<ReportDisclosureRow>& rows) {
        QStringList l;
        for (const ReportDisclosureRow& r : rows)
            l << QStringList{r.person, r.what, r.when, r.reference}.join(QStringLiteral(" | "));
        return l.join(QLatin1Char('\n'));
    }
};

struct Scenario {
    Scratch s;
    std::unique_ptr<Case> c;
    Person offender, victim, witness;
    qint64 e1 = 0, e2 = 0, e3 = 0, bank = 0, statement = 0, note = 0;
    Scenario() {
        c = Case::create(s.path(QStringLiteral("s.tessera")), QStringLiteral("pw"), testOptions());
        offender = PersonRepository::add(*c, {QStringLiteral("offender")}, QStringLiteral("Marcus Webb"), {});
        victim = PersonRepository::add(*c, {QStringLiteral("victim")}, QStringLiteral("Jane Roe"), QStringLiteral("1990-01-01"));
        witness = PersonRepository::add(*c, {QStringLiteral("witness")}, QStringLiteral("Paul Brennan"), {});
        e1 = event(QStringLiteral("2023-03-02"), QStringLiteral("payment"), QStringLiteral("Paid for the ad"));
        e2 = event(QStringLiteral("2023-03-05"), QStringLiteral("lodging"), QStringLiteral("Booked the motel room"));
        e3 = event(QStringLiteral("2023-03-09"), QStringLiteral("transport"), QStringLiteral("Drove to Trenton"));
        writeFile(s.path(QStringLiteral("bank.csv")), "date,amount\n2023-03-02,-89.50\n");
        bank = EvidenceLinks::addExhibitFile(*c, s.path(QStringLiteral("bank.csv")), QStringLiteral("financial-records"),
                                             QStringLiteral("Bank records"));
        EvidenceLinks::linkEventExhibit(*c, e1, bank, false);
        writeFile(s.path(QStringLiteral("statement.txt")), "Statement of the motel clerk\n");
        statement = EvidenceLinks::addExhibitFile(*c, s.path(QStringLiteral("statement.txt")),
                                                  QStringLiteral("witness-statement"), QStringLiteral("Clerk's statement"),
                                                  witness.id);
        note = NoteRepository::add(*c, QStringLiteral("Clerk says the room was booked by phone."),
                                   NoteSubject{QStringLiteral("event"), e2});
    }
    qint64 event(const QString& when, const QString& category, const QString& summary) {
        NewEvent e;
        e.when = when;
        e.category = category;
        e.summary = summary;
        e.actors = {offender.id};
        e.others = {victim.id};
        return EventRepository::add(*c, e);
    }
    void agreeToInterview() {
        NewCheckpointDecision d;
        d.personId = victim.id;
        d.point = QStringLiteral("interview");
        d.decision = QStringLiteral("agreed");
        d.explained = true;
        CheckpointLedger::record(*c, d);
    }
    qint64 interview() {
        NewInterview in;
        in.personId = victim.id;
        in.lead = QStringLiteral("forensic interviewer");
        in.noteTaker = QStringLiteral("Det. Test");
        return InterviewLedger::add(*c, in).id;
    }
};

} // namespace

TEST_CASE("a supplemental holds what changed since the last production, not only what is new", "[supplemental]") {
    Scenario f;
    KeepingRenderer renderer;
    ProductionOptions o;
    o.outDir = f.s.path(QStringLiteral("prod1"));
    o.createdUtcUs = 1'700'000'000'000'000; // a fixed production date (SOURCE_DATE_EPOCH) must not matter
    const ProductionResult first = ProductionBuilder::build(*f.c, o, renderer);
    REQUIRE(renderer.last.exhibits.size() == 2);
    const ReportExhibit bankBefore = renderer.last.exhibits[0].title == QLatin1String("Bank records")
                                         ? renderer.last.exhibits[0]
                                         : renderer.last.exhibits[1];

    o.supplemental = true;
    o.outDir = f.s.path(QStringLiteral("none"));
    CHECK(ChangesSince::read(f.c->db(), 1).isEmpty());
    REQUIRE_THROWS_AS(ProductionBuilder::build(*f.c, o, renderer), CaseError); // nothing new or changed

    // Changes, none of them a new exhibit or a new event:
    Certification cert;
    cert.method = QStringLiteral("business-record");
    EvidenceLinks::certify(*f.c, f.bank, cert);               // authentication + custody entry; e1's corroboration
    NoteRepository::revise(*f.c, f.note, QStringLiteral("Clerk says the room was booked by phone, paid in cash."));
    BenefitLedger::add(*f.c, f.victim.id, QStringLiteral("lodging"), QStringLiteral("2023-04-01"), QStringLiteral("125.50"),
                       QStringLiteral("two nights"));
    f.agreeToInterview();
    const qint64 interview = f.interview();

    const ChangesSince changes = ChangesSince::read(f.c->db(), 1);
    CHECK(changes.exhibits == QSet<qint64>{f.bank});
    CHECK(changes.events == QSet<qint64>{f.e1, f.e2});
    CHECK(changes.addedEvents.isEmpty());
    CHECK(changes.noteVersions == QSet<QPair<qint64, int>>{{f.note, 2}});
    CHECK(changes.interviews == QSet<qint64>{interview});
    CHECK(changes.benefits.size() == 1);

    o.outDir = f.s.path(QStringLiteral("prod2"));
    const ProductionResult second = ProductionBuilder::build(*f.c, o, renderer);
    CHECK(second.firstBates == QStringLiteral("TSR-%1").arg(first.lastBates.mid(4).toInt() + 1, 6, 10, QLatin1Char('0')));
    CHECK(second.lastBates == QStringLiteral("TSR-%1").arg(first.lastBates.mid(4).toInt() + 2, 6, 10, QLatin1Char('0')));
    // The changed exhibit is listed under the numbers it was produced with, its native not produced again.
    REQUIRE(renderer.last.exhibits.size() == 1);
    const ReportExhibit& changed = renderer.last.exhibits[0];
    CHECK(changed.title == QStringLiteral("Bank records"));
    CHECK(changed.producedIn == 1);
    CHECK(changed.batesBegin == bankBefore.batesBegin);
    CHECK(changed.nativePath == bankBefore.nativePath);
    CHECK(changed.authentication == QStringLiteral("business-record"));
    CHECK(changed.custody.join(QLatin1Char('\n')).contains(QStringLiteral("authentication recorded")));
    CHECK_FALSE(QFileInfo::exists(o.outDir + QLatin1Char('/') + bankBefore.nativePath));
    const QByteArray index = readFile(o.outDir + QStringLiteral("/analyst/exhibit-index.csv"));
    CHECK(index.contains("Bank records"));
    CHECK(index.contains("produced_in"));
    CHECK_FALSE(index.contains("Clerk's statement"));
    // Changed events are in the timeline, marked; unchanged ones are not.
    const QString timeline = renderer.timelineText();
    CHECK(timeline.contains(QStringLiteral("Paid for the ad")));
    CHECK(timeline.contains(QStringLiteral("Booked the motel room")));
    CHECK(timeline.contains(QStringLiteral("[changed since production 1]")));
    CHECK_FALSE(timeline.contains(QStringLiteral("Drove to Trenton")));
    CHECK_FALSE(timeline.contains(QStringLiteral("record "))); // no new exhibit, so no records
    // Only the new note version, the new benefit, the new interview.
    const QByteArray notes = readFile(o.outDir + QStringLiteral("/notes.csv"));
    CHECK(notes.contains("paid in cash"));
    CHECK_FALSE(notes.contains(QByteArray::number(f.note) + ",1,"));
    CHECK(renderer.last.giglio.size() == 1);
    CHECK(KeepingRenderer::rowsText(renderer.last.giglio).contains(QStringLiteral("125.50")));
    const QString jencks = KeepingRenderer::rowsText(renderer.last.jencks);
    CHECK(jencks.contains(QStringLiteral("interview record #%1").arg(interview)));
    CHECK_FALSE(jencks.contains(QStringLiteral("Clerk's statement"))); // produced before, unchanged
    CHECK(renderer.last.summary.join(QLatin1Char(' ')).contains(QStringLiteral("new or changed")));
    CHECK(readFile(o.outDir + QStringLiteral("/CERTIFICATE-FRE-902-14-TEMPLATE.txt")).contains("no exhibits in this production"));
    CHECK(PacketVerifier::verify(o.outDir).ok);

    // Right after it, nothing is new or changed.
    o.outDir = f.s.path(QStringLiteral("prod3"));
    REQUIRE_THROWS_AS(ProductionBuilder::build(*f.c, o, renderer), CaseError);
    // An event removed since is named, so the earlier listing is known to be withdrawn.
    EventRepository::remove(*f.c, f.e3);
    CHECK(ChangesSince::read(f.c->db(), 2).removedEvents == QSet<qint64>{f.e3});
    const ProductionResult removal = ProductionBuilder::build(*f.c, o, renderer);
    CHECK(renderer.last.summary.join(QLatin1Char(' ')).contains(QStringLiteral("Event(s) #%1 were removed").arg(f.e3)));
    CHECK(renderer.last.timeline.isEmpty());
    o.outDir = f.s.path(QStringLiteral("prod4"));
    // A new exhibit alone: produced with new numbers, and the earlier exhibit is not listed again.
    writeFile(f.s.path(QStringLiteral("ads.csv")), "ad,posted\n1,2023-03-01\n");
    EvidenceLinks::addExhibitFile(*f.c, f.s.path(QStringLiteral("ads.csv")), QStringLiteral("other"),
                                  QStringLiteral("Ad archive"));
    const ProductionResult third = ProductionBuilder::build(*f.c, o, renderer);
    REQUIRE(renderer.last.exhibits.size() == 1);
    CHECK(renderer.last.exhibits[0].producedIn == 0);
    CHECK(third.lastBates == QStringLiteral("TSR-%1").arg(removal.lastBates.mid(4).toInt() + 3, 6, 10, QLatin1Char('0')));
}

TEST_CASE("the Jencks index lists statements, recorded interviews and notes about a witness, victims by pseudonym",
          "[disclosure]") {
    Scenario f;
    f.agreeToInterview();
    const qint64 interview = f.interview();
    NoteRepository::add(*f.c, QStringLiteral("Jane Roe called back about the motel."),
                        NoteSubject{QStringLiteral("person"), f.victim.id});
    const qint64 witnessNote = NoteRepository::add(*f.c, QStringLiteral("Clerk recognised the car."),
                                                   NoteSubject{QStringLiteral("person"), f.witness.id});
    NoteRepository::revise(*f.c, witnessNote, QStringLiteral("Clerk recognised the car and its plate."));
    NoteRepository::add(*f.c, QStringLiteral("Offender seen at the motel."),
                        NoteSubject{QStringLiteral("person"), f.offender.id});
    KeepingRenderer renderer;
    ProductionOptions o;
    o.outDir = f.s.path(QStringLiteral("prod"));
    ProductionBuilder::build(*f.c, o, renderer);
    const QVector<ReportDisclosureRow>& rows = renderer.last.jencks;
    const QString text = KeepingRenderer::rowsText(rows);
    INFO(text.toStdString());
    REQUIRE(rows.size() == 4); // the statement, the interview, a note about the victim, a note about the witness
    CHECK(text.contains(QStringLiteral("witness-statement: Clerk's statement")));
    CHECK(text.contains(QStringLiteral("interview (led by forensic interviewer, notes by Det. Test)")));
    CHECK(text.contains(QStringLiteral("interview record #%1").arg(interview)));
    CHECK(text.contains(QStringLiteral("notes.csv, note %1, versions 1–2").arg(witnessNote)));
    CHECK_FALSE(text.contains(QStringLiteral("Offender seen"))); // the offender is not a witness
    CHECK_FALSE(text.contains(QStringLiteral("Jane Roe")));      // victims by pseudonym, in text too
    CHECK_FALSE(text.contains(QStringLiteral("Jane")));
    int victimRows = 0;
    for (const ReportDisclosureRow& r : rows) {
        CHECK_FALSE(r.when.isEmpty());
        CHECK_FALSE(r.reference.isEmpty());
        if (r.person == QStringLiteral("V-1"))
            ++victimRows;
    }
    CHECK(victimRows == 2); // the interview and the note, both under the pseudonym
    // Rows are grouped by person.
    QStringList people;
    for (const ReportDisclosureRow& r : rows)
        if (people.isEmpty() || people.last() != r.person)
            people << r.person;
    CHECK(people.size() == 2);
}
