// Victim-choice checkpoints (issue 4): the catalogue, the append-only decision ledger, the single policy and its
// registry of victim-touching actions, sealing after a withdrawal, interviews and the benefit ledger (DESIGN §7).
#include "TestSupport.h"

#include "analysis/Timeline.h"
#include "audit/AuditLog.h"
#include "case/CaseError.h"
#include "checkpoints/BenefitLedger.h"
#include "checkpoints/CheckpointCatalog.h"
#include "checkpoints/CheckpointLedger.h"
#include "checkpoints/InterviewLedger.h"
#include "checkpoints/VictimChoicePolicy.h"
#include "model/EventRepository.h"
#include "model/EvidenceLinks.h"
#include "model/ExhibitRepository.h"
#include "model/PersonRepository.h"
#include "model/Roles.h"
#include "storage/Database.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
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

struct Fixture {
    Scratch s;
    std::unique_ptr<Case> c;
    qint64 offender = 0;
    qint64 victim = 0;
    int files = 0;
    Fixture() {
        c = Case::create(s.path(QStringLiteral("cp.tessera")), QStringLiteral("pw"), testOptions());
        offender = PersonRepository::add(*c, {QStringLiteral("offender")}, QStringLiteral("Offender One"), {}).id;
        victim = PersonRepository::add(*c, {QStringLiteral("victim")}, QStringLiteral("Ana Example"), QStringLiteral("1990-01-01")).id;
    }
    qint64 decide(const QString& point, const QString& decision, const QString& from = {}, const QString& to = {},
                  const QStringList& items = {}) {
        NewCheckpointDecision d;
        d.personId = victim;
        d.point = point;
        d.decision = decision;
        d.scopeFrom = from;
        d.scopeTo = to;
        d.scopeItems = items;
        d.explained = true;
        return CheckpointLedger::record(*c, d);
    }
    qint64 exhibit(const QString& kind, qint64 providedBy) {
        const QString path = s.path(QStringLiteral("exhibit-%1.bin").arg(++files));
        writeFile(path, QStringLiteral("exhibit %1 %2\n").arg(files).arg(kind).toUtf8());
        return EvidenceLinks::addExhibitFile(*c, path, kind, QStringLiteral("Exhibit %1").arg(files), providedBy);
    }
    NewInterview interview() const {
        NewInterview i;
        i.personId = victim;
        i.lead = QStringLiteral("SA Lee");
        i.noteTaker = QStringLiteral("Det. Park");
        return i;
    }
};

} // namespace

TEST_CASE("the checkpoint catalogue holds every decision point of the contract, each complete", "[checkpoint]") {
    const CheckpointCatalog& cat = CheckpointCatalog::builtIn();
    CHECK_FALSE(cat.version().isEmpty());
    for (const QString& id : CheckpointCatalog::requiredPoints()) {
        const CheckpointPoint* p = cat.find(id);
        REQUIRE(p);
        CHECK_FALSE(p->explain.isEmpty());
        CHECK_FALSE(p->ifDeclined.isEmpty());
        CHECK_FALSE(p->whoDecides.isEmpty());
        CHECK_FALSE(p->withdrawalHow.isEmpty());
    }
    const CheckpointPoint* cp = cat.find(QStringLiteral("continued-presence"));
    CHECK(cp->neverConditionedOnCooperation);
    CHECK(cp->explain.join(QLatin1Char(' ')).contains(QStringLiteral("never conditioned on cooperation")));
    CHECK(cat.find(QStringLiteral("device-extraction"))->scoped);
    CHECK_FALSE(cat.find(QStringLiteral("interview"))->scoped);
}

TEST_CASE("a catalogue without a required point or in another format is refused, naming the field", "[checkpoint]") {
    const CaseError missing = errorOf([] {
        CheckpointCatalog::fromJson(R"({"format":1,"version":"x","points":[]})", QStringLiteral("c.json"));
    });
    CHECK(missing.kind() == ErrorKind::BadInput);
    CHECK(missing.message().contains(QStringLiteral("'interview' is missing")));
    const CaseError format = errorOf([] { CheckpointCatalog::fromJson(R"({"format":2})", QStringLiteral("c.json")); });
    CHECK(format.message().startsWith(QStringLiteral("c.json: format")));
}

TEST_CASE("every registered action that touches victim data maps to a decision point of the catalogue", "[checkpoint]") {
    QSet<int> seen;
    for (const VictimActionInfo& a : VictimChoicePolicy::actions()) {
        INFO(a.id.toStdString());
        CHECK_FALSE(seen.contains(static_cast<int>(a.action)));
        seen.insert(static_cast<int>(a.action));
        if (a.touchesVictimData) {
            REQUIRE_FALSE(a.point.isEmpty());
            CHECK(CheckpointCatalog::builtIn().find(a.point) != nullptr);
        }
        CHECK(&VictimChoicePolicy::info(a.action) == &a);
    }
    // Every value of the enum is registered (the enum's last value is MediaRelease).
    for (int v = 0; v <= static_cast<int>(VictimAction::MediaRelease); ++v)
        CHECK(seen.contains(v));
    // Exhibits created by an action on the person themself go through the policy (EvidenceLinks::addExhibitFile).
    for (const QString& kind : {QStringLiteral("victim-device-extraction"), QStringLiteral("device-extraction"),
                                QStringLiteral("medical"), QStringLiteral("victim-photograph")}) {
        INFO(kind.toStdString());
        CHECK(Vocabulary::exhibitKinds().contains(kind));
        CHECK(VictimChoicePolicy::actionForExhibitKind(kind).has_value());
    }
}

TEST_CASE("the policy answers needs-decision, declined with alternatives, allowed, and never concerns the offender",
          "[checkpoint]") {
    Fixture f;
    Database& db = f.c->db();
    auto a = VictimChoicePolicy::check(db, VictimAction::RecordInterview, f.victim);
    CHECK(a.verdict == PolicyAnswer::Verdict::NeedsDecision);
    CHECK(a.state() == QStringLiteral("missing"));
    f.decide(QStringLiteral("interview"), QStringLiteral("deferred"));
    CHECK(VictimChoicePolicy::check(db, VictimAction::RecordInterview, f.victim).verdict ==
          PolicyAnswer::Verdict::NeedsDecision);
    f.decide(QStringLiteral("interview"), QStringLiteral("declined"));
    a = VictimChoicePolicy::check(db, VictimAction::RecordInterview, f.victim);
    CHECK(a.verdict == PolicyAnswer::Verdict::Declined);
    CHECK(a.alternatives.join(QLatin1Char(' ')).contains(QStringLiteral("records")));
    const CaseError held = errorOf([&] { VictimChoicePolicy::require(db, VictimAction::RecordInterview, f.victim); });
    CHECK(held.kind() == ErrorKind::HeldByVictimChoice);
    CHECK(exitCodeFor(held.kind()) == 6);
    CHECK(held.message().contains(QStringLiteral("'interview' is declined")));
    CHECK(held.message().contains(QStringLiteral("V-1")));
    CHECK_FALSE(held.message().contains(QStringLiteral("Ana")));
    f.decide(QStringLiteral("interview"), QStringLiteral("agreed"));
    CHECK(VictimChoicePolicy::check(db, VictimAction::RecordInterview, f.victim).allowed());
    // Other points are independent: declining an interview never blocks another choice.
    CHECK(VictimChoicePolicy::check(db, VictimAction::ExtractDevice, f.victim).verdict ==
          PolicyAnswer::Verdict::NeedsDecision);
    // The offender is not a person the policy protects.
    CHECK(VictimChoicePolicy::check(db, VictimAction::ExtractDevice, f.offender).allowed());
}

TEST_CASE("the decision ledger is append-only, oldest first, the latest rules, and each decision is audited",
          "[checkpoint]") {
    Fixture f;
    Database& db = f.c->db();
    const qint64 auditBefore = db.scalar("SELECT count(*) FROM audit_entry");
    f.decide(QStringLiteral("medical-exam"), QStringLiteral("declined"));
    f.decide(QStringLiteral("medical-exam"), QStringLiteral("agreed"), QStringLiteral("2026-01-01"));
    CHECK(db.scalar("SELECT count(*) FROM audit_entry") == auditBefore + 2);
    const auto list = CheckpointLedger::list(db, f.victim);
    REQUIRE(list.size() == 2);
    CHECK(list[0].decision == QStringLiteral("declined"));
    CHECK(list[1].decision == QStringLiteral("agreed"));
    CHECK(list[1].scopeFrom == QStringLiteral("2026-01-01"));
    CHECK(list[1].catalogueVersion == CheckpointCatalog::builtIn().version());
    CHECK(list[1].recordedUtcUs > 0);
    CHECK(CheckpointLedger::latest(db, f.victim, QStringLiteral("medical-exam"))->id == list[1].id);
    CHECK_THROWS(db.exec("UPDATE checkpoint_decision SET decision = 'agreed' WHERE id = 1"));
    CHECK_THROWS(db.exec("DELETE FROM checkpoint_decision"));
    CHECK(CheckpointLedger::list(db, f.victim).size() == 2);
    CHECK(AuditLog::verify(db).firstBadId == 0);
    // A scope only where the point takes one; from not after to.
    CHECK(errorOf([&] { f.decide(QStringLiteral("interview"), QStringLiteral("agreed"), QStringLiteral("2026-01-01")); })
              .kind() == ErrorKind::Usage);
    CHECK(errorOf([&] {
              f.decide(QStringLiteral("device-extraction"), QStringLiteral("agreed"), QStringLiteral("2026-02-01"),
                       QStringLiteral("2026-01-01"));
          }).kind() == ErrorKind::Usage);
    CHECK(errorOf([&] { f.decide(QStringLiteral("no-such-point"), QStringLiteral("agreed")); }).kind() == ErrorKind::Usage);
}

TEST_CASE("review of a device extraction stays within the agreed dates and apps", "[checkpoint]") {
    Fixture f;
    Database& db = f.c->db();
    f.decide(QStringLiteral("device-extraction"), QStringLiteral("agreed"), QStringLiteral("2025-06-01"),
             QStringLiteral("2025-08-31"), {QStringLiteral("WhatsApp")});
    auto review = [&](const QString& date, const QString& app) {
        return VictimChoicePolicy::check(db, VictimAction::ReviewDeviceData, f.victim, {date, app}).verdict;
    };
    CHECK(review(QStringLiteral("2025-07-04"), QStringLiteral("whatsapp")) == PolicyAnswer::Verdict::Allowed);
    CHECK(review(QStringLiteral("2025-05-31"), QStringLiteral("WhatsApp")) == PolicyAnswer::Verdict::OutOfScope);
    CHECK(review(QStringLiteral("2025-09-01"), QStringLiteral("WhatsApp")) == PolicyAnswer::Verdict::OutOfScope);
    CHECK(review(QStringLiteral("2025-07-04"), QStringLiteral("Photos")) == PolicyAnswer::Verdict::OutOfScope);
    const CaseError e = errorOf([&] {
        VictimChoicePolicy::require(db, VictimAction::ReviewDeviceData, f.victim, {QStringLiteral("2025-07-04"), QStringLiteral("Photos")});
    });
    CHECK(e.kind() == ErrorKind::HeldByVictimChoice);
    CHECK(e.message().contains(QStringLiteral("outside the agreed scope")));
}

TEST_CASE("withdrawal stops further collection and seals what was obtained, never purging it", "[checkpoint]") {
    Fixture f;
    Database& db = f.c->db();
    // No decision yet: the extraction is held, nothing written.
    const qint64 exhibitsBefore = db.scalar("SELECT count(*) FROM exhibit");
    const CaseError missing = errorOf([&] { f.exhibit(QStringLiteral("victim-device-extraction"), f.victim); });
    CHECK(missing.kind() == ErrorKind::HeldByVictimChoice);
    CHECK(missing.message().contains(QStringLiteral("'device-extraction' is missing")));
    CHECK(db.scalar("SELECT count(*) FROM exhibit") == exhibitsBefore);
    // Whose device it is must be said: otherwise the choice could not be asked.
    CHECK(errorOf([&] { f.exhibit(QStringLiteral("victim-device-extraction"), 0); }).kind() == ErrorKind::Usage);
    // The offender's phone (by warrant) is never held by the victim's choice.
    f.exhibit(QStringLiteral("device-extraction"), 0);
    f.exhibit(QStringLiteral("device-extraction"), f.offender);

    f.decide(QStringLiteral("device-extraction"), QStringLiteral("agreed"), QStringLiteral("2025-06-01"), {},
             {QStringLiteral("WhatsApp")});
    const qint64 extraction = f.exhibit(QStringLiteral("victim-device-extraction"), f.victim);
    const qint64 records = f.exhibit(QStringLiteral("financial-records"), f.victim);
    CHECK(CheckpointLedger::seals(db).isEmpty());
    NewEvent e;
    e.when = QStringLiteral("2025-07");
    e.category = QStringLiteral("communication");
    e.summary = QStringLiteral("messages from the offender");
    e.actors = {f.offender};
    const qint64 event = EventRepository::add(*f.c, e);
    EvidenceLinks::linkEventExhibit(*f.c, event, extraction, false);
    EvidenceLinks::certify(*f.c, extraction, {QStringLiteral("hash-certificate"), {}, {}, {}});
    CHECK(eventCorroboration(db, event) == QStringLiteral("victim-only"));
    f.decide(QStringLiteral("device-extraction"), QStringLiteral("withdrawn"));
    const auto seals = CheckpointLedger::seals(db);
    REQUIRE(seals.size() == 1);
    CHECK(seals.contains(extraction));
    CHECK_FALSE(seals.contains(records));
    CHECK(seals[extraction].point == QStringLiteral("device-extraction"));
    CHECK(seals[extraction].displayText().contains(QStringLiteral("V-1")));
    CHECK_FALSE(seals[extraction].displayText().contains(QStringLiteral("Ana")));
    // Kept, byte for byte, with a custody entry.
    REQUIRE(ExhibitRepository::get(db, extraction).has_value());
    CHECK(ExhibitRepository::custody(db, extraction).join(QLatin1Char('\n')).contains(QStringLiteral("sealed")));
    CHECK_THROWS(db.exec("DELETE FROM exhibit_seal"));
    // Excluded from analysis: an event it supported is no longer corroborated by it (DESIGN §10).
    CHECK(eventCorroboration(db, event) == QStringLiteral("unsupported"));
    // Further collection stops.
    const CaseError held = errorOf([&] { f.exhibit(QStringLiteral("victim-device-extraction"), f.victim); });
    CHECK(held.kind() == ErrorKind::HeldByVictimChoice);
    CHECK(held.message().contains(QStringLiteral("'device-extraction' is withdrawn")));
    CHECK(VictimChoicePolicy::check(db, VictimAction::ReviewDeviceData, f.victim).verdict == PolicyAnswer::Verdict::Declined);
}

TEST_CASE("an interview needs the interview choice while advocate, interpreter and recording block nothing, and interviews are counted",
          "[checkpoint]") {
    Fixture f;
    Database& db = f.c->db();
    const CaseError missing = errorOf([&] { InterviewLedger::add(*f.c, f.interview()); });
    CHECK(missing.kind() == ErrorKind::HeldByVictimChoice);
    CHECK(missing.message().contains(QStringLiteral("'interview' is missing")));
    f.decide(QStringLiteral("interview"), QStringLiteral("declined"));
    CHECK(errorOf([&] { InterviewLedger::add(*f.c, f.interview()); }).message().contains(QStringLiteral("declined")));
    CHECK(InterviewLedger::count(db, f.victim) == 0);
    CHECK(InterviewLedger::repeatWarning(db, f.victim).isEmpty());

    f.decide(QStringLiteral("interview"), QStringLiteral("agreed"));
    NewInterview i = f.interview();
    i.advocate = QStringLiteral("Advocate from the shelter");
    const InterviewAdded first = InterviewLedger::add(*f.c, i);
    CHECK(first.number == 1);
    CHECK_FALSE(first.recorded);
    CHECK(first.reminders.size() == 3);
    const QString warning = InterviewLedger::repeatWarning(db, f.victim);
    CHECK(warning.contains(QStringLiteral("1 time(s)")));
    CHECK(warning.contains(QStringLiteral("interview 2")));
    CHECK(warning.contains(QStringLiteral("records")));
    f.decide(QStringLiteral("recording"), QStringLiteral("agreed"));
    const InterviewAdded second = InterviewLedger::add(*f.c, f.interview());
    CHECK(second.number == 2);
    CHECK(second.recorded);
    const auto list = InterviewLedger::list(db, f.victim);
    REQUIRE(list.size() == 2);
    CHECK(list[0].advocate == QStringLiteral("Advocate from the shelter"));
    CHECK(list[1].noteTaker == QStringLiteral("Det. Park"));
    NewInterview noNoteTaker = f.interview();
    noNoteTaker.noteTaker.clear();
    CHECK(errorOf([&] { InterviewLedger::add(*f.c, noNoteTaker); }).kind() == ErrorKind::Usage);
    CHECK_THROWS(db.exec("DELETE FROM interview"));
}

TEST_CASE("the benefit ledger keeps exact decimal amounts and is append-only", "[checkpoint]") {
    Fixture f;
    Database& db = f.c->db();
    BenefitLedger::add(*f.c, f.victim, QStringLiteral("lodging"), QStringLiteral("2026-03-01"), QStringLiteral("0.10"),
                       QStringLiteral("two nights"));
    BenefitLedger::add(*f.c, f.victim, QStringLiteral("continued-presence"), QStringLiteral("2026-03-02"), {}, {});
    BenefitLedger::add(*f.c, f.victim, QStringLiteral("money"), QStringLiteral("2026-03-03"),
                       QStringLiteral("123456789012345.123456"), {});
    const auto list = BenefitLedger::list(db);
    REQUIRE(list.size() == 3);
    CHECK(list[0].amount == QStringLiteral("0.10"));
    CHECK(list[1].amount.isEmpty());
    CHECK(list[2].amount == QStringLiteral("123456789012345.123456"));
    CHECK(BenefitLedger::list(db, f.offender).isEmpty());
    for (const QString& bad : {QStringLiteral("1e3"), QStringLiteral("-5"), QStringLiteral("1,000"), QStringLiteral("$5"),
                               QStringLiteral("5."), QStringLiteral(".5")}) {
        INFO(bad.toStdString());
        CHECK(errorOf([&] { BenefitLedger::add(*f.c, f.victim, QStringLiteral("money"), QStringLiteral("2026-03-01"), bad, {}); })
                  .kind() == ErrorKind::Usage);
    }
    CHECK(errorOf([&] { BenefitLedger::add(*f.c, f.offender, QStringLiteral("money"), QStringLiteral("2026-03-01"), {}, {}); })
              .kind() == ErrorKind::Usage);
    CHECK(errorOf([&] { BenefitLedger::add(*f.c, f.victim, QStringLiteral("gift"), QStringLiteral("2026-03-01"), {}, {}); })
              .kind() == ErrorKind::Usage);
    CHECK_THROWS(db.exec("UPDATE benefit SET amount = '1.00'"));
    CHECK_THROWS(db.exec("DELETE FROM benefit"));
    CHECK(BenefitLedger::continuedPresenceNote().contains(QStringLiteral("never conditioned on cooperation")));
}

TEST_CASE("victim material is written only by core's policy-guarded entry points, never by the CLI or GUI directly",
          "[checkpoint]") {
    // A static check over the sources: the CLI (app/) and the GUI (ui/) cannot bypass the policy by writing the tables
    // themselves, and an exhibit becomes "provided by" a person only in EvidenceLinks::addExhibitFile, which asks the
    // policy first. A new writer elsewhere fails this test.
    const QString root = QDir::cleanPath(QStringLiteral(TESSERA_SAMPLES_DIR "/.."));
    REQUIRE(QFile::exists(root + QStringLiteral("/core/checkpoints/VictimChoicePolicy.cpp")));
    static const QRegularExpression writes(
        QStringLiteral(R"((INSERT\s+(OR\s+\w+\s+)?INTO|UPDATE|DELETE\s+FROM)\s+(interview|checkpoint_decision|exhibit_seal|benefit|victim_contact|media_request)\b)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression providedBy(QStringLiteral(R"(SET\s+provided_by_person_id)"),
                                               QRegularExpression::CaseInsensitiveOption);
    QStringList offenders;
    int scanned = 0;
    for (const QString& dir : {QStringLiteral("core"), QStringLiteral("app"), QStringLiteral("ui")}) {
        QDirIterator it(root + QLatin1Char('/') + dir, {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            const QString rel = QDir(root).relativeFilePath(path);
            QFile f(path);
            REQUIRE(f.open(QIODevice::ReadOnly));
            const QString text = QString::fromUtf8(f.readAll());
            ++scanned;
            if (writes.match(text).hasMatch() && !rel.startsWith(QStringLiteral("core/checkpoints/")))
                offenders << rel;
            if (providedBy.match(text).hasMatch() && rel != QStringLiteral("core/model/EvidenceLinks.cpp") &&
                rel != QStringLiteral("core/ingest/ImportSession.cpp"))
                offenders << rel;
        }
    }
    CHECK(scanned > 50);
    INFO("files writing victim-choice tables outside core/checkpoints: " << offenders.join(QStringLiteral(", ")).toStdString());
    CHECK(offenders.isEmpty());
    // And the guarded entry points do ask the policy.
    QFile links(root + QStringLiteral("/core/model/EvidenceLinks.cpp"));
    REQUIRE(links.open(QIODevice::ReadOnly));
    CHECK(links.readAll().contains("VictimChoicePolicy::require"));
    QFile interviews(root + QStringLiteral("/core/checkpoints/InterviewLedger.cpp"));
    REQUIRE(interviews.open(QIODevice::ReadOnly));
    CHECK(interviews.readAll().contains("VictimChoicePolicy::require(db, VictimAction::RecordInterview"));
    // The one record-writing path of every import asks the policy for a person's own device or data, per record too.
    QFile session(root + QStringLiteral("/core/ingest/ImportSession.cpp"));
    REQUIRE(session.open(QIODevice::ReadOnly));
    const QByteArray sessionText = session.readAll();
    CHECK(sessionText.contains("VictimChoicePolicy::require(c.db(), VictimAction::ExtractDevice"));
    CHECK(sessionText.contains("VictimChoicePolicy::withinScope"));
}
