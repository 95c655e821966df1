// The victim-facing actions of the registry (issue 4, gaps 2 and 3): photographs, the contact log and safe-contact
// details, media requests — each a feature that asks VictimChoicePolicy in core; and a registry check that every
// registered action is performed by some feature that asks the policy.
#include "TestSupport.h"

#include "case/CaseError.h"
#include "checkpoints/CheckpointLedger.h"
#include "checkpoints/VictimChoicePolicy.h"
#include "checkpoints/VictimOutreach.h"
#include "model/PersonRepository.h"
#include "storage/Database.h"

#include <QDirIterator>
#include <QRegularExpression>
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
    Fixture() {
        c = Case::create(s.path(QStringLiteral("va.tessera")), QStringLiteral("pw"), testOptions());
        offender = PersonRepository::add(*c, {QStringLiteral("offender")}, QStringLiteral("Offender One"), {}).id;
        victim = PersonRepository::add(*c, {QStringLiteral("victim")}, QStringLiteral("Ana Example"), {}).id;
    }
    void decide(const QString& point, const QString& decision, const QString& note = {}) {
        NewCheckpointDecision d;
        d.personId = victim;
        d.point = point;
        d.decision = decision;
        d.explained = true;
        d.note = note;
        CheckpointLedger::record(*c, d);
    }
    qint64 count(const char* sql) { return c->db().scalar(sql); }
};

} // namespace

TEST_CASE("a photograph of a victim's branding needs their photographs choice and is stored as their exhibit",
          "[checkpoint][victim-action]") {
    Fixture f;
    const QString path = f.s.path(QStringLiteral("branding.jpg"));
    writeFile(path, "JPEG bytes");
    const CaseError missing = errorOf([&] { VictimPhotographs::add(*f.c, path, f.victim, QStringLiteral("branding")); });
    CHECK(missing.kind() == ErrorKind::HeldByVictimChoice);
    CHECK(missing.message().contains(QStringLiteral("'photographs' is missing")));
    f.decide(QStringLiteral("photographs"), QStringLiteral("declined"));
    const CaseError declined = errorOf([&] { VictimPhotographs::add(*f.c, path, f.victim, QStringLiteral("branding")); });
    CHECK(declined.message().contains(QStringLiteral("suspect's own phone")));
    CHECK(f.count("SELECT count(*) FROM exhibit") == 0);
    CHECK(errorOf([&] { VictimPhotographs::add(*f.c, path, f.victim, QStringLiteral("face")); }).kind() == ErrorKind::Usage);
    f.decide(QStringLiteral("photographs"), QStringLiteral("agreed"));
    const qint64 id = VictimPhotographs::add(*f.c, path, f.victim, QStringLiteral("branding"));
    CHECK(f.count("SELECT kind = 'victim-photograph' AND provided_by_person_id = 2 AND victim_sourced = 1 FROM exhibit") == 1);
    Statement t = f.c->db().prepare("SELECT title FROM exhibit WHERE id = ?");
    t.bind(1, id);
    REQUIRE(t.step());
    CHECK(t.text(0) == QStringLiteral("Photograph (branding) of V-1"));
    // Withdrawn later: the photograph is kept, sealed and flagged for the prosecutor.
    f.decide(QStringLiteral("photographs"), QStringLiteral("withdrawn"));
    CHECK(CheckpointLedger::seals(f.c->db()).contains(id));
    CHECK(f.count("SELECT count(*) FROM exhibit") == 1);
}

TEST_CASE("contacting a victim and seeing their contact details are gated by their contact choice and audited",
          "[checkpoint][victim-action]") {
    Fixture f;
    NewContact n;
    n.personId = f.victim;
    n.channel = QStringLiteral("text");
    n.purpose = QStringLiteral("court date");
    n.safeNote = QStringLiteral("after 6 pm only");
    CHECK(errorOf([&] { ContactLog::add(*f.c, n); }).message().contains(QStringLiteral("'contact' is missing")));
    CHECK(errorOf([&] { ContactLog::viewDetails(*f.c, f.victim); }).kind() == ErrorKind::HeldByVictimChoice);
    f.decide(QStringLiteral("contact"), QStringLiteral("agreed"), QStringLiteral("text only, code word lantern"));
    const qint64 id = ContactLog::add(*f.c, n);
    CHECK(id > 0);
    CHECK(errorOf([&] { NewContact e = n; e.channel.clear(); ContactLog::add(*f.c, e); }).message().startsWith(QStringLiteral("--channel")));
    const qint64 viewsBefore = f.count("SELECT count(*) FROM audit_entry WHERE action = 'contact.details.view'");
    CHECK(ContactLog::viewDetails(*f.c, f.victim).note == QStringLiteral("text only, code word lantern"));
    const QVector<ContactEntry> withDetails = ContactLog::list(*f.c, f.victim, true);
    REQUIRE(withDetails.size() == 1);
    CHECK(withDetails[0].safeNote == QStringLiteral("after 6 pm only"));
    CHECK(f.count("SELECT count(*) FROM audit_entry WHERE action = 'contact.details.view'") == viewsBefore + 2);
    // The audit never holds the channel or the note.
    CHECK(f.count("SELECT count(*) FROM audit_entry WHERE detail LIKE '%lantern%' OR detail LIKE '%6 pm%'") == 0);
    // Declined later: no new contact, no view of the details — but the log is kept (listed without details).
    f.decide(QStringLiteral("contact"), QStringLiteral("declined"));
    const CaseError held = errorOf([&] { ContactLog::add(*f.c, n); });
    CHECK(held.message().contains(QStringLiteral("'contact' is declined")));
    CHECK(held.message().contains(QStringLiteral("advocate")));
    CHECK(errorOf([&] { ContactLog::list(*f.c, f.victim, true); }).kind() == ErrorKind::HeldByVictimChoice);
    const QVector<ContactEntry> plain = ContactLog::list(*f.c, f.victim, false);
    REQUIRE(plain.size() == 1);
    CHECK(plain[0].channel.isEmpty());
    CHECK(plain[0].safeNote.isEmpty());
    CHECK(plain[0].purpose == QStringLiteral("court date"));
    CHECK_THROWS(f.c->db().exec("UPDATE victim_contact SET safe_note = ''"));
    CHECK_THROWS(f.c->db().exec("DELETE FROM victim_contact"));
}

TEST_CASE("a media request about a victim needs their media choice", "[checkpoint][victim-action]") {
    Fixture f;
    MediaRequest m;
    m.personId = f.victim;
    m.received = QStringLiteral("2026-03-05");
    m.outlet = QStringLiteral("Gazette");
    m.request = QStringLiteral("profile of the person");
    f.decide(QStringLiteral("media"), QStringLiteral("declined"));
    const CaseError held = errorOf([&] { MediaRequestLog::add(*f.c, m); });
    CHECK(held.kind() == ErrorKind::HeldByVictimChoice);
    CHECK(held.message().contains(QStringLiteral("offender's conduct")));
    f.decide(QStringLiteral("media"), QStringLiteral("agreed"));
    CHECK(errorOf([&] { MediaRequest b = m; b.received = QStringLiteral("5 March"); MediaRequestLog::add(*f.c, b); })
              .kind() == ErrorKind::Usage);
    CHECK(MediaRequestLog::add(*f.c, m) > 0);
    CHECK(MediaRequestLog::list(f.c->db(), f.victim).size() == 1);
    CHECK_THROWS(f.c->db().exec("DELETE FROM media_request"));
    // An offender is never governed by a victim's choice.
    m.personId = f.offender;
    CHECK(MediaRequestLog::add(*f.c, m) > 0);
}

TEST_CASE("every registered victim action is performed by a feature that asks the policy", "[checkpoint][victim-action]") {
    // The enum's names, read from the header, must each appear in a require()/check() call in core/, app/ or ui/
    // outside the policy itself: a registered action that no feature performs (or that a feature performs without
    // asking) fails here, as does a new enum value without a registry entry (test_checkpoints).
    const QString root = QDir::cleanPath(QStringLiteral(TESSERA_SAMPLES_DIR "/.."));
    QFile header(root + QStringLiteral("/core/checkpoints/VictimChoicePolicy.h"));
    REQUIRE(header.open(QIODevice::ReadOnly));
    const QString h = QString::fromUtf8(header.readAll());
    const qsizetype start = h.indexOf(QStringLiteral("enum class VictimAction {"));
    const qsizetype end = h.indexOf(QStringLiteral("};"), start);
    REQUIRE(start >= 0);
    QStringList names;
    static const QRegularExpression enumerator(QStringLiteral(R"(^\s*(\w+),)"), QRegularExpression::MultilineOption);
    auto it = enumerator.globalMatch(h.mid(start, end - start));
    while (it.hasNext())
        names << it.next().captured(1);
    CHECK(names.size() == VictimChoicePolicy::actions().size());
    QString sources;
    for (const QString& dir : {QStringLiteral("core"), QStringLiteral("app"), QStringLiteral("ui")}) {
        QDirIterator files(root + QLatin1Char('/') + dir, {QStringLiteral("*.cpp")}, QDir::Files, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            const QString path = files.next();
            if (path.endsWith(QStringLiteral("VictimChoicePolicy.cpp")))
                continue;
            QFile f(path);
            REQUIRE(f.open(QIODevice::ReadOnly));
            sources += QString::fromUtf8(f.readAll());
        }
    }
    for (const QString& n : names) {
        INFO(n.toStdString());
        const QRegularExpression asked(QStringLiteral(R"(VictimChoicePolicy::(require|check)\([^;]*VictimAction::%1\b)").arg(n));
        const bool viaExhibitKind = !VictimChoicePolicy::info(VictimAction(names.indexOf(n))).exhibitKinds.isEmpty();
        CHECK((asked.match(sources).hasMatch() || viaExhibitKind));
    }
}
