// The prosecutor's tiers (issue 7): formula-safe analyst CSV, the offender pattern, the prosecution memo's content and
// the sealed identity key (right passphrase opens it, a wrong one or a changed byte does not).
#include "TestSupport.h"

#include "analysis/PatternSummary.h"
#include "case/CaseError.h"
#include "model/ChargeRepository.h"
#include "model/EventRepository.h"
#include "model/EvidenceLinks.h"
#include "model/PersonRepository.h"
#include "packet/AnalystCsv.h"
#include "packet/IdentityKey.h"
#include "packet/MemoBuilder.h"
#include "packet/PacketVerifier.h"
#include "packet/ProductionBuilder.h"
#include "packet/ProductionReport.h"
#include "statutes/StatuteCatalog.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <catch2/catch.hpp>

using namespace tessera;
using namespace tessera::test;

namespace {

struct PacketScenario {
    Scratch s;
    std::unique_ptr<Case> c;
    Person offender, victim1, victim2;
    PacketScenario() {
        c = Case::create(s.path(QStringLiteral("k.tessera")), QStringLiteral("pw"), testOptions());
        offender = PersonRepository::add(*c, {QStringLiteral("offender")}, QStringLiteral("Marcus Webb"), {});
        victim1 = PersonRepository::add(*c, {QStringLiteral("victim")}, QStringLiteral("Jane Roe"), QStringLiteral("2001-04-05"));
        victim2 = PersonRepository::add(*c, {QStringLiteral("victim")}, QStringLiteral("Ana Lima"), {});
        event(QStringLiteral("2023-03-02"), QStringLiteral("recruitment"), victim1.id, QStringLiteral("Newark, NJ"));
        event(QStringLiteral("2023-03-20"), QStringLiteral("transport"), victim1.id, QStringLiteral("Trenton, NJ"));
        event(QStringLiteral("2023-04-11"), QStringLiteral("advertising"), victim2.id, QStringLiteral("Newark, NJ"));
        const qint64 e4 = event(QStringLiteral("2023-04-12"), QStringLiteral("commercial-sex"), victim2.id, {});
        const StatuteCatalog catalog = StatuteCatalog::load();
        const qint64 charge = ChargeRepository::add(*c, *catalog.find(QStringLiteral("18-usc-1591-a1-ffc")),
                                                    offender.id, victim2.id);
        ChargeRepository::linkElement(*c, charge, QStringLiteral("action"), e4);
        const QString statement = s.path(QStringLiteral("statement.txt"));
        writeFile(statement, "Statement of Jane Roe\n");
        const qint64 ex = EvidenceLinks::addExhibitFile(*c, statement, QStringLiteral("victim-statement"),
                                                        QStringLiteral("Interview of Jane Roe"));
        EvidenceLinks::linkEventExhibit(*c, e4, ex, false);
    }
    qint64 event(const QString& when, const QString& category, qint64 victim, const QString& place) {
        NewEvent e;
        e.when = when;
        e.category = category;
        e.summary = QStringLiteral("%1 involving Jane Roe").arg(category);
        e.place = place;
        e.actors = {offender.id};
        e.others = {victim};
        return EventRepository::add(*c, e);
    }
};

QString allText(const ProsecutionMemo& m) {
    QStringList all{m.caseTitle, m.caseNumber, m.marking};
    all += m.preface;
    for (const MemoSection& s : m.sections) {
        all << s.title;
        for (const MemoBlock& b : s.blocks) {
            all << b.text << b.headers;
            for (const QStringList& r : b.rows)
                all << r;
        }
    }
    return all.join(QLatin1Char('\n'));
}

} // namespace

TEST_CASE("CSV cells that a spreadsheet would evaluate are neutralised, numbers stay numbers", "[csv]") {
    CHECK(AnalystCsv::neutralise(QStringLiteral("=HYPERLINK(\"http://x\")")) == QStringLiteral("'=HYPERLINK(\"http://x\")"));
    CHECK(AnalystCsv::neutralise(QStringLiteral("+1 412 555 0147")) == QStringLiteral("'+1 412 555 0147"));
    CHECK(AnalystCsv::neutralise(QStringLiteral("-cmd|' /C calc'!A0")) == QStringLiteral("'-cmd|' /C calc'!A0"));
    CHECK(AnalystCsv::neutralise(QStringLiteral("@SUM(A1)")) == QStringLiteral("'@SUM(A1)"));
    CHECK(AnalystCsv::neutralise(QStringLiteral("\t=1")) == QStringLiteral("'\t=1"));
    CHECK(AnalystCsv::neutralise(QStringLiteral("\r=1")) == QStringLiteral("'\r=1"));
    CHECK(AnalystCsv::neutralise(QStringLiteral("-89.50")) == QStringLiteral("-89.50"));
    CHECK(AnalystCsv::neutralise(QStringLiteral("42")) == QStringLiteral("42"));
    CHECK(AnalystCsv::neutralise(QStringLiteral("-")) == QStringLiteral("'-"));
    CHECK(AnalystCsv::neutralise(QStringLiteral("-1.")) == QStringLiteral("'-1."));
    CHECK(AnalystCsv::neutralise(QStringLiteral("plain text")) == QStringLiteral("plain text"));
    CHECK(AnalystCsv::line({QStringLiteral("a,b"), QStringLiteral("say \"hi\""), QStringLiteral("=1+1"), QStringLiteral("-89.50")}) ==
          QByteArray("\"a,b\",\"say \"\"hi\"\"\",'=1+1,-89.50\n"));
}

TEST_CASE("the offender pattern counts acts by category per month, by victim pseudonym and by place", "[memo]") {
    PacketScenario f;
    const QVector<PatternSummary> patterns = PatternSummary::buildAll(f.c->db(), QStringLiteral("America/New_York"));
    REQUIRE(patterns.size() == 1);
    const PatternSummary& p = patterns.front();
    CHECK(p.offenderLabel == QStringLiteral("Marcus Webb"));
    CHECK(p.events == 4);
    CHECK(p.actsByCategory.value(QStringLiteral("recruitment")).value(QStringLiteral("2023-03")) == 1);
    CHECK(p.actsByCategory.value(QStringLiteral("commercial-sex")).value(QStringLiteral("2023-04")) == 1);
    CHECK(p.actsByCategory.keys() == QStringList{QStringLiteral("advertising"), QStringLiteral("commercial-sex"),
                                                 QStringLiteral("recruitment"), QStringLiteral("transport")});
    REQUIRE(p.victims.size() == 2);
    CHECK(p.victims[0].label == QStringLiteral("V-1"));
    CHECK(p.victims[0].events == 2);
    const auto eventsAt = [&](const QString& place) {
        for (const PatternPlace& pp : p.places)
            if (pp.place == place)
                return pp.events;
        return -1;
    };
    CHECK(eventsAt(QStringLiteral("Newark, NJ")) == 2);
    CHECK(eventsAt(QStringLiteral("Trenton, NJ")) == 1);
}

TEST_CASE("the memo holds the proof board, gaps, charging notes and the pattern, with victims by pseudonym", "[memo]") {
    PacketScenario f;
    MemoOptions o;
    o.today = QDate(2026, 11, 30);
    MemoResult r;
    const ProsecutionMemo memo = MemoBuilder::compose(*f.c, o, &r);
    const QString text = allText(memo);
    CHECK(memo.marking.contains(QStringLiteral("NOT FOR PRODUCTION")));
    CHECK(r.charges == 1);
    CHECK(r.gaps > 0);
    CHECK(text.contains(QStringLiteral("Victim burden")));
    CHECK(text.contains(QStringLiteral("18 U.S.C.")));
    CHECK(text.contains(QStringLiteral("Earliest chargeable date")));
    CHECK(text.contains(QStringLiteral("Venue")));
    CHECK(text.contains(QStringLiteral("Newark, NJ")));
    CHECK(text.contains(QStringLiteral("Marcus Webb")));
    CHECK(text.contains(QStringLiteral("V-1")));
    CHECK(text.contains(QStringLiteral("V-2")));
    CHECK_FALSE(text.contains(QStringLiteral("Jane Roe")));
    CHECK_FALSE(text.contains(QStringLiteral("Ana Lima")));
    CHECK_FALSE(text.contains(QStringLiteral("2001-04-05")));
}

TEST_CASE("the memo is never written into a production's folder", "[memo]") {
    PacketScenario f;
    QDir().mkpath(f.s.path(QStringLiteral("prod")));
    writeFile(f.s.path(QStringLiteral("prod/manifest.json")), "{}");
    struct NeverRenderer : MemoRenderer {
        int render(const ProsecutionMemo&, const QString&, QString*) override { return 1; }
    } renderer;
    MemoOptions o;
    o.outFile = f.s.path(QStringLiteral("prod/memo.pdf"));
    REQUIRE_THROWS_AS(MemoBuilder::write(*f.c, o, renderer), CaseError);
}

TEST_CASE("the identity key opens with the right passphrase and not with a wrong one", "[identity-key]") {
    PacketScenario f;
    const IdentityKeyContent content = IdentityKey::collect(*f.c, {{QStringLiteral("V-2"), QStringLiteral("DA-2026-0917")}});
    REQUIRE(content.entries.size() == 2);
    const QString path = f.s.path(QStringLiteral("key.tsrkey"));
    IdentityKey::write(path, content, QStringLiteral("out of band 1"), KdfParameters::testing());
    const QByteArray bytes = readFile(path);
    REQUIRE(bytes.startsWith("TSR-IDENTITY-KEY"));
    CHECK_FALSE(bytes.contains("Jane Roe"));
    CHECK_FALSE(bytes.contains("2001-04-05"));

    const IdentityKeyContent opened = IdentityKey::open(path, QStringLiteral("out of band 1"));
    REQUIRE(opened.entries.size() == 2);
    CHECK(opened.entries[0].pseudonym == QStringLiteral("V-1"));
    CHECK(opened.entries[0].legalName == QStringLiteral("Jane Roe"));
    CHECK(opened.entries[0].dateOfBirth == QStringLiteral("2001-04-05"));
    CHECK(opened.entries[1].pseudonym == QStringLiteral("V-2"));
    CHECK(opened.entries[1].officeNumber == QStringLiteral("DA-2026-0917"));
    CHECK(opened.sealFingerprint == content.sealFingerprint);

    ErrorKind kind = ErrorKind::Internal;
    try {
        IdentityKey::open(path, QStringLiteral("out of band 2"));
    } catch (const CaseError& e) {
        kind = e.kind();
    }
    CHECK(kind == ErrorKind::WrongPassphrase);

    QByteArray altered = bytes;
    altered[20] = char(altered[20] ^ 1); // the KDF parameters are associated data
    kind = ErrorKind::Internal;
    try {
        IdentityKey::unseal(altered, QStringLiteral("out of band 1"), QStringLiteral("altered"));
    } catch (const CaseError& e) {
        kind = e.kind();
    }
    CHECK((kind == ErrorKind::WrongPassphrase || kind == ErrorKind::BadInput));

    kind = ErrorKind::Internal;
    try {
        IdentityKey::unseal("not a key at all, really not one at all, no no no no no no no no no no no no no no no",
                            QStringLiteral("x"), QStringLiteral("junk"));
    } catch (const CaseError& e) {
        kind = e.kind();
    }
    CHECK(kind == ErrorKind::BadInput);
}

TEST_CASE("an office number for an unknown pseudonym is refused", "[identity-key]") {
    PacketScenario f;
    REQUIRE_THROWS_AS(IdentityKey::collect(*f.c, {{QStringLiteral("V-9"), QStringLiteral("1")}}), CaseError);
}

namespace {

/// Claims two report pages and keeps the summary, so tests can see what a supplemental report says.
class SummaryRenderer : public ReportRenderer {
public:
    int render(const ProductionReport& r, const QString& path, QString*) override {
        summary = r.summary.join(QLatin1Char('\n'));
        exhibits = int(r.exhibits.size());
        QSaveFile f(path);
        f.open(QIODevice::WriteOnly);
        f.write("%PDF-1.4 fake\n");
        f.commit();
        return 2;
    }
    int countPages(const ProductionReport&, QString*) const override { return 2; }
    QString summary;
    int exhibits = 0;
};

} // namespace

TEST_CASE("a supplemental production holds only what is new, and its Bates numbers continue", "[supplemental]") {
    PacketScenario f;
    SummaryRenderer renderer;
    ProductionOptions o;
    o.outDir = f.s.path(QStringLiteral("prod1"));
    const ProductionResult first = ProductionBuilder::build(*f.c, o, renderer);
    CHECK(renderer.exhibits == 1);
    CHECK(first.lastBates == QStringLiteral("TSR-000003")); // two report pages + the statement

    o.outDir = f.s.path(QStringLiteral("prod2"));
    o.supplemental = true;
    REQUIRE_THROWS_AS(ProductionBuilder::build(*f.c, o, renderer), CaseError); // nothing new yet
    CHECK_FALSE(QFileInfo::exists(o.outDir));

    writeFile(f.s.path(QStringLiteral("bank.csv")), "date,amount\n2023-04-12,-89.50\n");
    EvidenceLinks::addExhibitFile(*f.c, f.s.path(QStringLiteral("bank.csv")), QStringLiteral("financial-records"),
                                  QStringLiteral("Bank records"));
    const ProductionResult second = ProductionBuilder::build(*f.c, o, renderer);
    CHECK(second.productionNumber == 2);
    CHECK(second.firstBates == QStringLiteral("TSR-000004"));
    CHECK(second.lastBates == QStringLiteral("TSR-000006")); // two report pages + only the new exhibit
    CHECK(renderer.exhibits == 1);
    CHECK(renderer.summary.contains(QStringLiteral("Supplemental production")));
    CHECK(PacketVerifier::verify(o.outDir).ok);
    const QByteArray csv = readFile(o.outDir + QStringLiteral("/analyst/exhibit-index.csv"));
    CHECK(csv.contains("Bank records"));
    CHECK_FALSE(csv.contains("Interview"));

    o.outDir = f.s.path(QStringLiteral("prod3"));
    o.supplemental = false; // a full production again: everything, numbers still continuing
    const ProductionResult third = ProductionBuilder::build(*f.c, o, renderer);
    CHECK(third.firstBates == QStringLiteral("TSR-000007"));
    CHECK(renderer.exhibits == 2);
}
