// Imports of a person's own device or data (issue 4, gap 1): every profile family goes through VictimChoicePolicy in
// ImportSession — missing/declined/withdrawn device-extraction choice: nothing written; agreed: only the records
// within the agreed dates and apps are created; a later withdrawal seals the exhibit (DESIGN §7).
#include "TestSupport.h"

#include "case/CaseError.h"
#include "checkpoints/CheckpointLedger.h"
#include "checkpoints/VictimChoicePolicy.h"
#include "ingest/RecordImporter.h"
#include "model/PersonRepository.h"
#include "storage/Database.h"

#include <catch2/catch.hpp>
#include <functional>

using namespace tessera;
using namespace tessera::test;

namespace {

CaseError errorOf(const std::function<void()>& f) {
    try {
        f();
    } catch (const CaseError& e) {
        return e;
    }
    return CaseError(ErrorKind::Internal, QStringLiteral("nothing thrown"));
}

/// One small file per profile family: two items dated in March 2025 (one WhatsApp, one SMS) and one in May 2025.
struct Source {
    QString profile;
    QString name;
    QByteArray bytes;
    qint64 all;        ///< records (or identifiers) it holds
    qint64 marchApp;   ///< of them, within 2025-03-01 … 2025-03-31 and app "WhatsApp" (or the family's own name)
    QString app;       ///< the scope item that names the family's data
};

QVector<Source> sources() {
    return {
        {QStringLiteral("timesketch-jsonl"), QStringLiteral("device.jsonl"),
         "{\"message\":\"m1\",\"datetime\":\"2025-03-05T10:00:00+00:00\",\"timestamp_desc\":\"Message sent\","
         "\"data_type\":\"android:messaging:whatsapp\"}\n"
         "{\"message\":\"m2\",\"datetime\":\"2025-03-06T10:00:00+00:00\",\"timestamp_desc\":\"Message sent\","
         "\"data_type\":\"android:sms\"}\n"
         "{\"message\":\"m3\",\"datetime\":\"2025-05-01T10:00:00+00:00\",\"timestamp_desc\":\"Message sent\","
         "\"data_type\":\"android:messaging:whatsapp\"}\n",
         3, 1, QStringLiteral("WhatsApp")},
        {QStringLiteral("timesketch-csv"), QStringLiteral("device.csv"),
         "message,datetime,timestamp_desc,data_type\n"
         "m1,2025-03-05T10:00:00+00:00,Message sent,android:messaging:whatsapp\n"
         "m2,2025-03-06T10:00:00+00:00,Message sent,android:sms\n"
         "m3,2025-05-01T10:00:00+00:00,Message sent,android:messaging:whatsapp\n",
         3, 1, QStringLiteral("WhatsApp")},
        {QStringLiteral("ics"), QStringLiteral("calendar.ics"),
         "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//t//EN\r\n"
         "BEGIN:VEVENT\r\nUID:1\r\nDTSTART:20250305T100000Z\r\nDTEND:20250305T110000Z\r\nSUMMARY:a\r\nEND:VEVENT\r\n"
         "BEGIN:VEVENT\r\nUID:2\r\nDTSTART:20250501T100000Z\r\nDTEND:20250501T110000Z\r\nSUMMARY:b\r\nEND:VEVENT\r\n"
         "END:VCALENDAR\r\n",
         2, 1, QStringLiteral("calendar")},
        {QStringLiteral("gpx"), QStringLiteral("track.gpx"),
         "<?xml version=\"1.0\"?><gpx version=\"1.1\" creator=\"t\" xmlns=\"http://www.topografix.com/GPX/1/1\"><trk><trkseg>"
         "<trkpt lat=\"40.7\" lon=\"-74.0\"><time>2025-03-05T10:00:00Z</time></trkpt>"
         "<trkpt lat=\"40.8\" lon=\"-74.1\"><time>2025-05-01T10:00:00Z</time></trkpt>"
         "</trkseg></trk></gpx>\n",
         2, 1, QStringLiteral("location")},
        {QStringLiteral("eml"), QStringLiteral("message.eml"),
         "From: a@example.org\r\nTo: b@example.org\r\nSubject: s\r\nDate: Wed, 05 Mar 2025 10:00:00 +0000\r\n\r\nbody\r\n",
         1, 1, QStringLiteral("email")},
        {QStringLiteral("cdr-bandicoot"), QStringLiteral("phone.csv"),
         "interaction,direction,correspondent_id,datetime,call_duration,antenna_id\n"
         "text,out,+12125550101,2025-03-05 10:00:00,,1\n"
         "call,in,+12125550102,2025-05-01 10:00:00,60,1\n",
         2, 1, QStringLiteral("calls")},
    };
}

struct Fixture {
    Scratch s;
    std::unique_ptr<Case> c;
    qint64 offender = 0;
    qint64 victim = 0;
    Fixture() {
        c = Case::create(s.path(QStringLiteral("vi.tessera")), QStringLiteral("pw"), testOptions());
        offender = PersonRepository::add(*c, {QStringLiteral("offender")}, QStringLiteral("Offender One"), {}).id;
        victim = PersonRepository::add(*c, {QStringLiteral("victim")}, QStringLiteral("Ana Example"), {}).id;
    }
    void decide(const QString& decision, const QString& from = {}, const QString& to = {}, const QStringList& items = {}) {
        NewCheckpointDecision d;
        d.personId = victim;
        d.point = QStringLiteral("device-extraction");
        d.decision = decision;
        d.scopeFrom = from;
        d.scopeTo = to;
        d.scopeItems = items;
        d.explained = true;
        CheckpointLedger::record(*c, d);
    }
    ImportResult import(const Source& src, qint64 person, const QString& suffix = {}) {
        const QString path = s.path(suffix + src.name);
        writeFile(path, src.bytes + suffix.toUtf8());
        ImportOptions o;
        o.profile = src.profile;
        o.timeBasis = QStringLiteral("UTC");
        o.providedByPerson = person;
        return RecordImporter::run(*c, path, o);
    }
    qint64 count(const char* sql) { return c->db().scalar(sql); }
};

} // namespace

TEST_CASE("importing a victim's device data through any profile needs their device-extraction choice first",
          "[checkpoint][victim-import]") {
    for (const Source& src : sources()) {
        INFO(src.profile.toStdString());
        Fixture f;
        // No decision yet: held, naming the point and that it is missing; nothing written.
        const CaseError missing = errorOf([&] { f.import(src, f.victim); });
        CHECK(missing.kind() == ErrorKind::HeldByVictimChoice);
        CHECK(missing.message().contains(QStringLiteral("'device-extraction' is missing")));
        CHECK_FALSE(missing.message().contains(QStringLiteral("Ana")));
        CHECK(f.count("SELECT count(*) FROM exhibit") == 0);
        CHECK(f.count("SELECT count(*) FROM record") == 0);
        // Declined: held, with the offender-focused alternatives.
        f.decide(QStringLiteral("declined"));
        const CaseError declined = errorOf([&] { f.import(src, f.victim); });
        CHECK(declined.kind() == ErrorKind::HeldByVictimChoice);
        CHECK(declined.message().contains(QStringLiteral("is declined")));
        CHECK(declined.message().contains(QStringLiteral("suspect's device")));
        CHECK(f.count("SELECT count(*) FROM exhibit") == 0);
        // The same file from the offender's own device: never held, everything imported.
        const ImportResult offender = f.import(src, f.offender);
        CHECK(offender.records == src.all);
        CHECK(offender.outsideScope == 0);
    }
}

TEST_CASE("only records within the agreed dates and apps of a victim's device are created", "[checkpoint][victim-import]") {
    for (const Source& src : sources()) {
        INFO(src.profile.toStdString());
        Fixture f;
        f.decide(QStringLiteral("agreed"), QStringLiteral("2025-03-01"), QStringLiteral("2025-03-31"), {src.app});
        const ImportResult r = f.import(src, f.victim);
        CHECK(r.records == src.marchApp);
        CHECK(r.outsideScope == src.all - src.marchApp);
        CHECK(f.count("SELECT count(*) FROM record") == src.marchApp);
        CHECK(f.count("SELECT count(*) FROM record WHERE lower_utc >= 1743465600000000") == 0); // nothing from April on
        // The exhibit is the victim's, victim-sourced, and its custody says under which decision and scope.
        CHECK(f.count("SELECT provided_by_person_id FROM exhibit") == f.victim);
        CHECK(f.count("SELECT victim_sourced FROM exhibit") == 1);
        CHECK(f.count("SELECT count(*) FROM custody_entry WHERE detail LIKE '%device-extraction decision%' "
                      "AND detail LIKE '%outside the agreed scope not created%'") == (src.all > src.marchApp ? 1 : 0));
    }
}

TEST_CASE("an app the person did not agree to yields nothing, and a contact list needs contacts in scope",
          "[checkpoint][victim-import]") {
    Fixture f;
    f.decide(QStringLiteral("agreed"), {}, {}, {QStringLiteral("Signal")});
    const CaseError none = errorOf([&] { f.import(sources().front(), f.victim); });
    CHECK(none.kind() == ErrorKind::HeldByVictimChoice);
    CHECK(none.message().contains(QStringLiteral("outside the scope of decision point 'device-extraction'")));
    CHECK(f.count("SELECT count(*) FROM exhibit") == 0);

    const Source vcard{QStringLiteral("vcard"), QStringLiteral("contacts.vcf"),
                       "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Contact One\r\nTEL:+12125550103\r\nEND:VCARD\r\n"
                       "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Contact Two\r\nTEL:+12125550104\r\nEND:VCARD\r\n",
                       2, 2, QStringLiteral("contacts")};
    // Only Signal agreed: the contact list is outside; nothing is imported.
    CHECK(errorOf([&] { f.import(vcard, f.victim); }).kind() == ErrorKind::HeldByVictimChoice);
    // Contacts agreed but only for March: undated contact cards cannot be shown to lie within the dates.
    f.decide(QStringLiteral("agreed"), QStringLiteral("2025-03-01"), QStringLiteral("2025-03-31"), {QStringLiteral("contacts")});
    CHECK(errorOf([&] { f.import(vcard, f.victim); }).kind() == ErrorKind::HeldByVictimChoice);
    // Contacts agreed without dates: both cards' numbers are imported.
    f.decide(QStringLiteral("agreed"), {}, {}, {QStringLiteral("contacts")});
    const ImportResult r = f.import(vcard, f.victim);
    CHECK(r.identifiers == 2);
    CHECK(r.outsideScope == 0);
}

TEST_CASE("after a withdrawal, an imported device exhibit is sealed and no further import is possible",
          "[checkpoint][victim-import]") {
    Fixture f;
    f.decide(QStringLiteral("agreed"));
    const Source src = sources().front();
    const ImportResult r = f.import(src, f.victim);
    CHECK(r.records == 3);
    f.decide(QStringLiteral("withdrawn"));
    // Kept, sealed and flagged for the prosecutor — never purged.
    CHECK(CheckpointLedger::seals(f.c->db()).contains(r.exhibitId));
    CHECK(f.count("SELECT count(*) FROM record") == 3);
    const CaseError held = errorOf([&] { f.import(src, f.victim, QStringLiteral("2")); });
    CHECK(held.kind() == ErrorKind::HeldByVictimChoice);
    CHECK(held.message().contains(QStringLiteral("is withdrawn")));
    CHECK(f.count("SELECT count(*) FROM exhibit") == 1);
    // And reviewing the person's device data is held too.
    CHECK(VictimChoicePolicy::check(f.c->db(), VictimAction::ReviewDeviceData, f.victim).verdict ==
          PolicyAnswer::Verdict::Declined);
}

TEST_CASE("an import naming an unknown person is a usage error and writes nothing", "[checkpoint][victim-import]") {
    Fixture f;
    const CaseError e = errorOf([&] { f.import(sources().front(), 999); });
    CHECK(e.kind() == ErrorKind::Usage);
    CHECK(e.message().contains(QStringLiteral("--provided-by")));
    CHECK(f.count("SELECT count(*) FROM exhibit") == 0);
}
