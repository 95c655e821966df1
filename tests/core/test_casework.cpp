// Casework (issue 10): notes, leads, legal process and its deadlines, returns checked against scope, the activity log,
// the deconfliction export and the casework part of a production.
#include "TestSupport.h"

#include "analysis/ProofBoard.h"
#include "analysis/Timeline.h"
#include "case/CaseError.h"
#include "casework/ActivityLog.h"
#include "casework/DeconflictionExport.h"
#include "casework/LeadRepository.h"
#include "casework/LegalProcessRepository.h"
#include "casework/NoteRepository.h"
#include "casework/ReturnScope.h"
#include "ingest/CallDetailRecordImporter.h"
#include "model/ChargeRepository.h"
#include "model/EventRepository.h"
#include "model/EvidenceLinks.h"
#include "model/ExhibitRepository.h"
#include "model/IdentifierRepository.h"
#include "model/PersonRepository.h"
#include "statutes/StatuteCatalog.h"
#include "storage/Database.h"

#include <catch2/catch.hpp>
#include <functional>

using namespace tessera;
using namespace tessera::test;

namespace {

/// Legal process as a caller states it (named fields, so no aggregate initialisation warnings).
NewLegalProcess newProcess(const QString& kind, const QString& provider, const QString& served = {}, const QString& due = {},
                        const QString& expires = {}) {
    NewLegalProcess p;
    p.kind = kind;
    p.provider = provider;
    p.served = served;
    p.due = due;
    p.expires = expires;
    return p;
}

ErrorKind kindOf(const std::function<void()>& f) {
    try {
        f();
    } catch (const CaseError& e) {
        return e.kind();
    }
    return ErrorKind::Internal; // nothing thrown: never what a test expects here
}

struct Casework {
    Scratch s;
    std::unique_ptr<Case> c;
    qint64 offender = 0;
    qint64 victim = 0;
    qint64 offenderPhone = 0; // identifier id
    Casework() {
        c = Case::create(s.path(QStringLiteral("casework.tessera")), QStringLiteral("pw"), testOptions());
        offender = PersonRepository::add(*c, {QStringLiteral("offender")}, QStringLiteral("Offender One"), {}).id;
        victim = PersonRepository::add(*c, {QStringLiteral("victim")}, QStringLiteral("Rosa Example"), {}).id;
        offenderPhone = IdentifierRepository::add(*c, offender, QStringLiteral("phone"), QStringLiteral("412-555-0147"),
                                                  {}, {}, {}).identifier.id;
        IdentifierRepository::add(*c, victim, QStringLiteral("phone"), QStringLiteral("412-555-0199"), {}, {}, {});
    }
    /// A bandicoot return of the offender's phone: rows 2 and 3 in July 2023 (UTC), row 4 in August, row 5 in June.
    QString returnFile(const QString& name, const QByteArray& extra = {}) {
        const QString path = s.path(name);
        writeFile(path, "interaction,direction,correspondent_id,datetime,call_duration,antenna_id\n"
                        "text,out,4125550148,2023-07-01 10:00:00,,1\n"
                        "call,in,4125550149,2023-07-10 22:15:00,61,2\n"
                        "text,out,4125550148,2023-08-15 09:00:00,,1\n"
                        "text,in,4125550150,2023-06-20 12:00:00,,3\n" + extra);
        return path;
    }
    ImportResult importReturn(const QString& path, qint64 process) {
        ImportOptions o;
        o.profile = QStringLiteral("cdr-bandicoot");
        o.timeBasis = QStringLiteral("UTC");
        o.subscriber = QStringLiteral("412-555-0147");
        o.returnOfProcess = process;
        return CallDetailRecordImporter::run(*c, path, o);
    }
    qint64 recordsOnTimeline() {
        qint64 n = 0;
        Timeline(c->db()).scan(TimelineFilter{{}, {}, {}, TimelineLayer::Records}, std::nullopt, 0, [&](const TimelineItem&) {
            ++n;
            return true;
        });
        return n;
    }
};

} // namespace

TEST_CASE("preservation lasts 90 days from service and is renewed once for 90 more (18 U.S.C. 2703(f)(2))", "[casework]") {
    struct Row {
        const char* served;
        const char* expires;
        const char* renewedExpires;
    };
    const Row rows[] = {
        {"2024-01-01", "2024-03-31", "2024-06-29"},
        {"2023-12-15", "2024-03-14", "2024-06-12"}, // across a leap February
        {"2023-02-01", "2023-05-02", "2023-07-31"},
        {"2024-11-30", "2025-02-28", "2025-05-29"},
    };
    Casework w;
    for (const Row& r : rows) {
        INFO(r.served);
        const QDate served = QDate::fromString(QString::fromLatin1(r.served), Qt::ISODate);
        CHECK(LegalProcessRepository::preservationExpiry(served).toString(Qt::ISODate) == QLatin1String(r.expires));
        NewLegalProcess p;
        p.kind = QStringLiteral("preservation");
        p.provider = QStringLiteral("Carrier");
        p.served = QString::fromLatin1(r.served);
        const qint64 id = LegalProcessRepository::add(*w.c, p);
        CHECK(LegalProcessRepository::get(w.c->db(), id)->expires.toString(Qt::ISODate) == QLatin1String(r.expires));
        const QDate renewed = LegalProcessRepository::renew(*w.c, id, served.addDays(80));
        CHECK(renewed.toString(Qt::ISODate) == QLatin1String(r.renewedExpires));
        const auto after = LegalProcessRepository::get(w.c->db(), id);
        CHECK(after->expires.toString(Qt::ISODate) == QLatin1String(r.renewedExpires));
        CHECK(after->originalExpires.toString(Qt::ISODate) == QLatin1String(r.expires));
        CHECK(after->renewed());
        // A second renewal is refused: the statute allows one extension.
        CHECK(kindOf([&] { LegalProcessRepository::renew(*w.c, id, served.addDays(85)); }) == ErrorKind::BadInput);
    }
    SECTION("an explicit --expires wins over the 90 days") {
        NewLegalProcess p = newProcess(QStringLiteral("preservation"), QStringLiteral("Carrier"), QStringLiteral("2024-01-01"), {},
                          QStringLiteral("2024-02-15"));
        CHECK(LegalProcessRepository::get(w.c->db(), LegalProcessRepository::add(*w.c, p))->expires == QDate(2024, 2, 15));
    }
    SECTION("a renewal after the period ended, or of anything but preservation, is refused") {
        NewLegalProcess p = newProcess(QStringLiteral("preservation"), QStringLiteral("Carrier"), QStringLiteral("2024-01-01"));
        const qint64 id = LegalProcessRepository::add(*w.c, p);
        CHECK(kindOf([&] { LegalProcessRepository::renew(*w.c, id, QDate(2024, 4, 1)); }) == ErrorKind::BadInput);
        CHECK(kindOf([&] { LegalProcessRepository::renew(*w.c, id, QDate(2023, 12, 31)); }) == ErrorKind::BadInput);
        CHECK_FALSE(LegalProcessRepository::get(w.c->db(), id)->renewed());
        NewLegalProcess sub = newProcess(QStringLiteral("subpoena"), QStringLiteral("Carrier"), QStringLiteral("2024-01-01"));
        const qint64 subId = LegalProcessRepository::add(*w.c, sub);
        CHECK(kindOf([&] { LegalProcessRepository::renew(*w.c, subId, QDate(2024, 1, 5)); }) == ErrorKind::Usage);
    }
    SECTION("a delayed-notice order needs its own end date, and bad input is refused") {
        NewLegalProcess dn = newProcess(QStringLiteral("delayed-notice"), QStringLiteral("Court"), QStringLiteral("2024-01-01"));
        CHECK(kindOf([&] { LegalProcessRepository::add(*w.c, dn); }) == ErrorKind::Usage);
        dn.expires = QStringLiteral("2024-03-01");
        CHECK(LegalProcessRepository::get(w.c->db(), LegalProcessRepository::add(*w.c, dn))->expires == QDate(2024, 3, 1));
        NewLegalProcess bad = newProcess(QStringLiteral("letter"), QStringLiteral("Carrier"));
        CHECK(kindOf([&] { LegalProcessRepository::add(*w.c, bad); }) == ErrorKind::Usage);
        bad.kind = QStringLiteral("subpoena");
        bad.served = QStringLiteral("2024-13-01");
        CHECK(kindOf([&] { LegalProcessRepository::add(*w.c, bad); }) == ErrorKind::Usage);
        bad.served.clear();
        bad.identifierIds = {999};
        CHECK(kindOf([&] { LegalProcessRepository::add(*w.c, bad); }) == ErrorKind::Usage);
    }
    SECTION("the ledger refuses edits") {
        NewLegalProcess p = newProcess(QStringLiteral("preservation"), QStringLiteral("Carrier"), QStringLiteral("2024-01-01"));
        LegalProcessRepository::add(*w.c, p);
        CHECK_THROWS_AS(w.c->db().exec("UPDATE legal_process SET expires_date = '2030-01-01'"), CaseError);
        CHECK_THROWS_AS(w.c->db().exec("DELETE FROM legal_process"), CaseError);
    }
}

TEST_CASE("the due-and-expiring view lists what needs action soonest first", "[casework]") {
    Casework w;
    auto add = [&](const char* kind, const char* served, const char* due, const char* expires) {
        NewLegalProcess p;
        p.kind = QString::fromLatin1(kind);
        p.provider = QStringLiteral("Provider %1").arg(QString::fromLatin1(kind));
        p.served = QString::fromLatin1(served);
        p.due = QString::fromLatin1(due);
        p.expires = QString::fromLatin1(expires);
        return LegalProcessRepository::add(*w.c, p);
    };
    const qint64 courtOrder = add("court-order", "2024-02-01", "2024-06-01", "");
    const qint64 subpoena = add("subpoena", "2024-02-20", "2024-03-20", "");
    const qint64 preservation = add("preservation", "2024-01-05", "", "");   // ends 2024-04-04
    const qint64 warrant = add("search-warrant", "2024-02-01", "2024-02-20", ""); // overdue return
    const qint64 delayed = add("delayed-notice", "2024-01-10", "", "2024-03-05");
    add("preservation", "2023-06-01", "", ""); // ended 2023-08-30: nothing left to do
    const QDate today(2024, 3, 1);

    auto ids = [](const QVector<DueProcess>& v) {
        QVector<qint64> out;
        for (const DueProcess& d : v)
            out << d.process.id;
        return out;
    };
    const auto all = LegalProcessRepository::due(w.c->db(), today);
    CHECK(ids(all) == QVector<qint64>{warrant, delayed, subpoena, preservation, courtOrder});
    REQUIRE(all.size() == 5);
    CHECK(all[0].deadlines.first().daysLeft == -10);
    CHECK(all[0].deadlines.first().action.startsWith(QStringLiteral("return due")));
    CHECK(all[1].deadlines.first().action.contains(QStringLiteral("2705")));
    CHECK(all[3].deadlines.first().date == QDate(2024, 4, 4));
    CHECK(all[3].deadlines.first().action.contains(QStringLiteral("renew")));
    CHECK(ids(LegalProcessRepository::due(w.c->db(), today, 7)) == QVector<qint64>{warrant, delayed});
    CHECK(ids(LegalProcessRepository::due(w.c->db(), today, 30)) == QVector<qint64>{warrant, delayed, subpoena});
    CHECK(ids(LegalProcessRepository::due(w.c->db(), today, 0)) == QVector<qint64>{warrant});

    // A return imported under the warrant takes its "return due" off the list.
    w.importReturn(w.returnFile(QStringLiteral("warrant-return.csv")), warrant);
    CHECK(ids(LegalProcessRepository::due(w.c->db(), today, 7)) == QVector<qint64>{delayed});
}

TEST_CASE("notes are append-only and versioned, and attach to the case, a person, an exhibit or an event", "[casework]") {
    Casework w;
    const qint64 n1 = NoteRepository::add(*w.c, QStringLiteral("Spoke with the hotel manager."));
    const qint64 n2 = NoteRepository::add(*w.c, QStringLiteral("Ad posted from the offender's phone."),
                                          NoteSubject::parse(QStringLiteral("person:%1").arg(w.offender)));
    CHECK(NoteRepository::revise(*w.c, n1, QStringLiteral("Spoke with the hotel night manager.")) == 2);
    CHECK(NoteRepository::revise(*w.c, n1, QStringLiteral("Spoke with the hotel night manager on 3 July.")) == 3);
    const auto notes = NoteRepository::list(w.c->db());
    REQUIRE(notes.size() == 2);
    CHECK(notes[0].id == n1);
    CHECK(notes[0].versions.size() == 3);
    CHECK(notes[0].versions[0].text == QStringLiteral("Spoke with the hotel manager."));
    CHECK(notes[0].current().text.endsWith(QStringLiteral("3 July.")));
    CHECK(notes[0].current().author == QStringLiteral("Det. Test"));
    CHECK(notes[1].about.text() == QStringLiteral("person:%1").arg(w.offender));
    CHECK(NoteRepository::about(w.c->db(), NoteSubject::parse(QStringLiteral("person:%1").arg(w.offender))).size() == 1);
    CHECK(n2 > n1);

    CHECK(kindOf([&] { NoteRepository::add(*w.c, QStringLiteral("x"), NoteSubject::parse(QStringLiteral("event:99"))); })
          == ErrorKind::Usage);
    CHECK(kindOf([] { NoteSubject::parse(QStringLiteral("victim:1")); }) == ErrorKind::Usage);
    CHECK(kindOf([&] { NoteRepository::add(*w.c, QStringLiteral("  ")); }) == ErrorKind::Usage);
    CHECK(kindOf([&] { NoteRepository::revise(*w.c, 99, QStringLiteral("x")); }) == ErrorKind::Usage);
    CHECK_THROWS_AS(w.c->db().exec("UPDATE note_version SET text = 'gone'"), CaseError);
    CHECK_THROWS_AS(w.c->db().exec("DELETE FROM note_version"), CaseError);
    CHECK_THROWS_AS(w.c->db().exec("DELETE FROM note"), CaseError);
    CHECK(w.c->db().scalar("SELECT count(*) FROM note_version") == 4);

    // The activity log reads the audit chain, newest first, without the note's text.
    const auto log = ActivityLog::recent(w.c->db(), 3);
    REQUIRE(log.size() == 3);
    CHECK(log[0].text == QStringLiteral("Note %1 revised (version 3)").arg(n1));
    CHECK(log[2].action == QStringLiteral("note.add"));
    for (const Activity& a : ActivityLog::recent(w.c->db(), 0))
        CHECK_FALSE(a.text.contains(QStringLiteral("manager")));
}

TEST_CASE("a return with in-scope and out-of-scope rows: the out-of-scope ones are kept, quarantined and left out", "[casework]") {
    Casework w;
    NewLegalProcess p;
    p.kind = QStringLiteral("subpoena");
    p.provider = QStringLiteral("Carrier");
    p.served = QStringLiteral("2023-08-01");
    p.identifierIds = {w.offenderPhone};
    p.scopeFrom = QStringLiteral("2023-07-01");
    p.scopeTo = QStringLiteral("2023-07-31");
    const qint64 process = LegalProcessRepository::add(*w.c, p);

    const ImportResult r = w.importReturn(w.returnFile(QStringLiteral("return.csv")), process);
    CHECK(r.records == 4);    // every row kept
    CHECK(r.quarantined == 2);
    const auto q = ReturnScope::list(w.c->db());
    REQUIRE(q.size() == 2);
    CHECK(q[0].rowNumber == 4);
    CHECK(q[1].rowNumber == 5);
    CHECK(q[0].reason == QStringLiteral("outside-time-window"));
    CHECK(q[0].exhibitId == r.exhibitId);
    CHECK(w.recordsOnTimeline() == 2);
    CHECK(w.c->db().scalar("SELECT count(*) FROM record") == 4);
    const auto exhibit = ExhibitRepository::get(w.c->db(), r.exhibitId);
    CHECK(exhibit->provenance.contains(QStringLiteral("return of legal process %1 (subpoena to Carrier").arg(process)));
    CHECK(LegalProcessRepository::get(w.c->db(), process)->returns == QVector<qint64>{r.exhibitId});
    CHECK_THROWS_AS(w.c->db().exec("DELETE FROM record_quarantine"), CaseError);

    SECTION("identifiers: a record carrying none of the scope's identifiers is out of scope") {
        const qint64 correspondent = IdentifierRepository::add(*w.c, w.offender, QStringLiteral("phone"),
                                                               QStringLiteral("412-555-0148"), {}, {}, {}).identifier.id;
        NewLegalProcess byId = newProcess(QStringLiteral("court-order"), QStringLiteral("Carrier 2"));
        byId.identifierIds = {correspondent};
        const qint64 order = LegalProcessRepository::add(*w.c, byId);
        ImportOptions o;
        o.profile = QStringLiteral("cdr-bandicoot");
        o.timeBasis = QStringLiteral("UTC");
        o.returnOfProcess = order; // no subscriber: only the correspondent can match
        const ImportResult r2 = CallDetailRecordImporter::run(*w.c, w.returnFile(QStringLiteral("r2.csv"), "text,in,4125550148,2023-07-02 10:00:00,,1\n"), o);
        CHECK(r2.records == 5);
        CHECK(r2.quarantined == 2); // rows 3 and 5 (correspondents 0149 and 0150)
        const auto q2 = ReturnScope::list(w.c->db(), order);
        REQUIRE(q2.size() == 2);
        CHECK(q2[0].rowNumber == 3);
        CHECK(q2[1].rowNumber == 5);
        CHECK(q2[0].reason == QStringLiteral("identifier-not-in-scope"));
    }
    SECTION("an unknown process is refused before anything is written") {
        CHECK(kindOf([&] { w.importReturn(w.returnFile(QStringLiteral("r3.csv"), "text,in,4125550148,2023-07-03 10:00:00,,1\n"), 99); })
              == ErrorKind::Usage);
        CHECK(w.c->db().scalar("SELECT count(*) FROM exhibit") == 1);
    }
}

TEST_CASE("a lead created from a gap and closed by a return makes the element independent once certified", "[casework]") {
    Casework w;
    const StatuteCatalog catalog = StatuteCatalog::load();
    const qint64 charge = ChargeRepository::add(*w.c, *catalog.find(QStringLiteral("18-usc-1591-a1-ffc")), w.offender, w.victim);
    // The advertising act is known from the victim's statement alone.
    const QString stmt = w.s.path(QStringLiteral("statement.txt"));
    writeFile(stmt, "statement\n");
    const qint64 statement = EvidenceLinks::addExhibitFile(*w.c, stmt, QStringLiteral("victim-statement"), QStringLiteral("Statement"));
    NewEvent e;
    e.when = QStringLiteral("2023-07");
    e.category = QStringLiteral("advertising");
    e.summary = QStringLiteral("Ads posted with the offender's phone number");
    e.actors = {w.offender};
    e.others = {w.victim};
    const qint64 event = EventRepository::add(*w.c, e);
    EvidenceLinks::linkEventExhibit(*w.c, event, statement, false);
    ChargeRepository::linkElement(*w.c, charge, QStringLiteral("action"), event);

    auto status = [&] {
        for (const ChargeProof& cp : ProofBoard::build(*w.c).charges)
            for (const ElementProof& el : cp.elements)
                if (cp.id == charge && el.id == QLatin1String("action"))
                    return el.status;
        return QString();
    };
    CHECK(status() == QStringLiteral("victim-only"));

    bool found = false;
    for (const ProofGap& g : LeadRepository::gaps(*w.c))
        if (g.chargeId == charge && g.elementId == QLatin1String("action")) {
            found = true;
            CHECK(LeadRepository::titleForGap(g).startsWith(QStringLiteral("Get online ads for the action element")));
        }
    CHECK(found);
    const qint64 lead = LeadRepository::addFromGap(*w.c, charge, QStringLiteral("action"), QStringLiteral("Det. Test"),
                                                   QStringLiteral("2023-09-01"));
    auto leads = LeadRepository::list(w.c->db());
    REQUIRE(leads.size() == 1);
    CHECK(leads[0].status == QStringLiteral("open"));
    CHECK(leads[0].chargeId == charge);
    CHECK(leads[0].elementId == QStringLiteral("action"));

    NewLegalProcess p = newProcess(QStringLiteral("subpoena"), QStringLiteral("Carrier"), QStringLiteral("2023-08-01"));
    p.identifierIds = {w.offenderPhone};
    p.scopeFrom = QStringLiteral("2023-07-01");
    p.scopeTo = QStringLiteral("2023-07-31");
    p.leadId = lead;
    const qint64 process = LegalProcessRepository::add(*w.c, p);
    const QString letter = LegalProcessRepository::letterDraft(*w.c, process);
    CHECK(letter.startsWith(QStringLiteral("DRAFT")));
    CHECK(letter.contains(QStringLiteral("+14125550147")));
    CHECK(letter.contains(QStringLiteral("2023-07-01 through 2023-07-31")));
    CHECK(letter.contains(QStringLiteral("Get online ads")));

    const ImportResult r = w.importReturn(w.returnFile(QStringLiteral("return.csv")), process);
    const LeadClosed closed = LeadRepository::close(*w.c, lead, QStringLiteral("Carrier records obtained"), {r.exhibitId});
    CHECK(closed.linkedEvents == QVector<qint64>{event});
    leads = LeadRepository::list(w.c->db());
    CHECK(leads[0].status == QStringLiteral("closed"));
    CHECK(leads[0].exhibits == QVector<qint64>{r.exhibitId});
    CHECK(status() == QStringLiteral("pending-authentication"));
    CHECK(kindOf([&] { LeadRepository::close(*w.c, lead, QStringLiteral("again"), {}); }) == ErrorKind::Usage);

    Certification cert;
    cert.method = QStringLiteral("business-record");
    cert.noticeServed = QStringLiteral("2023-09-10");
    EvidenceLinks::certify(*w.c, r.exhibitId, cert);
    CHECK(status() == QStringLiteral("independent"));
    CHECK(kindOf([&] { LeadRepository::addFromGap(*w.c, charge, QStringLiteral("action")); }) == ErrorKind::Usage);
    NewLead bad;
    bad.title = QStringLiteral("x");
    bad.chargeId = charge;
    bad.elementId = QStringLiteral("nope");
    CHECK(kindOf([&] { LeadRepository::add(*w.c, bad); }) == ErrorKind::Usage);
}

TEST_CASE("the deconfliction export holds offender-side identifiers only, never a victim's", "[casework]") {
    Casework w;
    IdentifierRepository::add(*w.c, w.offender, QStringLiteral("plate"), QStringLiteral("NJ ABC123"), {}, {}, {});
    const qint64 both = PersonRepository::add(*w.c, {QStringLiteral("offender"), QStringLiteral("victim")},
                                              QStringLiteral("Bottom Example"), {}).id;
    IdentifierRepository::add(*w.c, both, QStringLiteral("phone"), QStringLiteral("412-555-0177"), {}, {}, {});
    const QString out = w.s.path(QStringLiteral("deconfliction.csv"));
    const DeconflictionResult r = DeconflictionExport::write(*w.c, out);
    CHECK(r.people == 1);
    CHECK(r.rows == 2);
    const QByteArray csv = readFile(out);
    CHECK(csv.startsWith("person_id,name,roles,kind,value"));
    CHECK(csv.contains("+14125550147"));
    CHECK(csv.contains("NJ ABC123"));
    CHECK_FALSE(csv.contains("+14125550199")); // the victim's phone
    CHECK_FALSE(csv.contains("Rosa"));
    CHECK_FALSE(csv.contains("+14125550177")); // a person who is also a victim
    CHECK(ActivityLog::recent(w.c->db(), 1).first().action == QStringLiteral("deconfliction.export"));
}
