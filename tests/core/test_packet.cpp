// The discovery production: natives byte-identical, manifest + SHA256SUMS + seal, tamper detection, Bates numbers,
// and no protected identity in Tessera's own documents.
#include "TestSupport.h"

#include "case/CaseError.h"
#include "crypto/SealKey.h"
#include "ingest/CallDetailRecordImporter.h"
#include "ingest/ImportProfile.h"
#include "model/IdentifierRepository.h"
#include "model/PersonRepository.h"
#include "packet/PacketVerifier.h"
#include "packet/ProductionBuilder.h"
#include "packet/ProductionReport.h"
#include "storage/Database.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <catch2/catch.hpp>

using namespace tessera;
using namespace tessera::test;

namespace {

/// Stands in for the PDF renderer (tessera_render is tested on its own): writes every string of the report to the
/// file so tests can see what the report would say, and claims two pages.
class CapturingRenderer : public ReportRenderer {
public:
    int render(const ProductionReport& r, const QString& path, QString*) override {
        QStringList all{r.caseTitle, r.caseNumber, r.designation, r.sealFingerprint};
        all += r.summary;
        for (const auto& p : r.people)
            all << p.label << p.roles;
        for (const auto& t : r.timeline)
            all << t.when << t.actors << t.others << t.summary << t.exhibit;
        for (const auto& e : r.exhibits)
            all << e.batesBegin << e.title << e.provenance << e.sha256 << e.custody;
        for (const auto& l : r.chart.lanes)
            all << l.label;
        all << QStringLiteral("first page %1").arg(formatBatesNumber(r.batesPrefix, r.firstBatesNumber));
        text = all.join(QLatin1Char('\n'));
        QSaveFile f(path);
        f.open(QIODevice::WriteOnly);
        f.write("%PDF-1.4 fake\n" + text.toUtf8());
        f.commit();
        return 2;
    }
    int countPages(const ProductionReport&, QString*) const override { return 2; }
    QString text;
};

struct Fixture {
    Scratch s;
    std::unique_ptr<Case> c;
    CapturingRenderer renderer;
    Fixture() {
        c = Case::create(s.path(QStringLiteral("p.tessera")), QStringLiteral("pw"), testOptions());
        const Person o = PersonRepository::add(*c, {QStringLiteral("offender")}, QStringLiteral("Marcus Webb"), {});
        const Person v = PersonRepository::add(*c, {QStringLiteral("victim")}, QStringLiteral("Jane Roe"), {});
        ImportOptions io;
        io.profile = QStringLiteral("cdr-bandicoot");
        io.timeBasis = QStringLiteral("America/New_York");
        io.subscriber = QStringLiteral("4125550147");
        CallDetailRecordImporter::run(*c, sample(QStringLiteral("cdr-bandicoot/ego.csv")), io);
        IdentifierRepository::add(*c, o.id, QStringLiteral("phone"), QStringLiteral("412-555-0147"), {}, {}, {});
        IdentifierRepository::add(*c, v.id, QStringLiteral("handle"), QStringLiteral("A"), {}, {}, {});
    }
    ProductionResult exportTo(const QString& name) {
        ProductionOptions o;
        o.outDir = s.path(name);
        return ProductionBuilder::build(*c, o, renderer);
    }
};

} // namespace

TEST_CASE("an exported production verifies, and its natives are byte-identical to what was imported") {
    Fixture f;
    const auto r = f.exportTo(QStringLiteral("out"));
    REQUIRE(r.firstBates == QStringLiteral("TSR-000001"));
    REQUIRE(r.lastBates == QStringLiteral("TSR-000003")); // two report pages + one native
    const QString dir = f.s.path(QStringLiteral("out"));
    REQUIRE(readFile(dir + QStringLiteral("/natives/TSR-000003.csv")) == readFile(sample(QStringLiteral("cdr-bandicoot/ego.csv"))));
    const auto v = PacketVerifier::verify(dir);
    INFO(v.problems.join(QLatin1Char('\n')).toStdString());
    REQUIRE(v.ok);
    REQUIRE(v.fingerprint == r.sealFingerprint);
    REQUIRE(PacketVerifier::verify(dir, r.sealFingerprint).ok);
    REQUIRE_FALSE(PacketVerifier::verify(dir, QStringLiteral("00") + r.sealFingerprint.mid(2)).ok);
    // No staging folder is left beside it.
    REQUIRE(QDir(f.s.path({})).entryList(QDir::Dirs | QDir::NoDotAndDotDot) == QStringList{QStringLiteral("out")});
}

TEST_CASE("verification names a changed file, an unlisted file and an altered manifest") {
    Fixture f;
    f.exportTo(QStringLiteral("out"));
    const QString dir = f.s.path(QStringLiteral("out"));
    const QString native = dir + QStringLiteral("/natives/TSR-000003.csv");
    const QByteArray original = readFile(native);
    QByteArray changed = original;
    changed[100] = static_cast<char>(changed[100] ^ 1);
    writeFile(native, changed);
    auto v = PacketVerifier::verify(dir);
    REQUIRE_FALSE(v.ok);
    REQUIRE(v.problems.join(QLatin1Char('\n')).contains(QStringLiteral("natives/TSR-000003.csv")));
    writeFile(native, original);
    REQUIRE(PacketVerifier::verify(dir).ok);

    writeFile(dir + QStringLiteral("/natives/extra.txt"), "stray");
    v = PacketVerifier::verify(dir);
    REQUIRE_FALSE(v.ok);
    REQUIRE(v.problems.join(QLatin1Char('\n')).contains(QStringLiteral("natives/extra.txt")));
    QFile::remove(dir + QStringLiteral("/natives/extra.txt"));

    QByteArray manifest = readFile(dir + QStringLiteral("/manifest.json"));
    manifest.replace("TSR-000001", "TSR-000009");
    writeFile(dir + QStringLiteral("/manifest.json"), manifest);
    v = PacketVerifier::verify(dir);
    REQUIRE_FALSE(v.ok);
    REQUIRE(v.problems.join(QLatin1Char('\n')).contains(QStringLiteral("seal")));
}

TEST_CASE("the seal is a standard Ed25519 signature over manifest.json") {
    Fixture f;
    f.exportTo(QStringLiteral("out"));
    const QString dir = f.s.path(QStringLiteral("out"));
    const QByteArray key = SealKey::publicKeyFromPem(readFile(dir + QStringLiteral("/seal-public-key.pem")));
    REQUIRE(key.size() == 32);
    REQUIRE(SealKey::verify(readFile(dir + QStringLiteral("/manifest.json")), readFile(dir + QStringLiteral("/manifest.json.sig")), key));
}

TEST_CASE("Bates numbers continue across productions of the same case") {
    Fixture f;
    f.exportTo(QStringLiteral("one"));
    const auto second = f.exportTo(QStringLiteral("two"));
    REQUIRE(second.productionNumber == 2);
    REQUIRE(second.firstBates == QStringLiteral("TSR-000004"));
    REQUIRE(second.lastBates == QStringLiteral("TSR-000006"));
}

TEST_CASE("the production never shows a victim's name — victims appear by pseudonym") {
    Fixture f;
    f.exportTo(QStringLiteral("out"));
    REQUIRE(f.renderer.text.contains(QStringLiteral("V-1")));
    REQUIRE_FALSE(f.renderer.text.contains(QStringLiteral("Jane")));
    REQUIRE(f.renderer.text.contains(QStringLiteral("Marcus Webb"))); // the offender is named
    QDirIterator it(f.s.path(QStringLiteral("out")), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        REQUIRE_FALSE(readFile(it.next()).contains("Jane Roe"));
}

TEST_CASE("export refuses a folder that is not empty, and leaves it alone") {
    Fixture f;
    QDir().mkpath(f.s.path(QStringLiteral("busy")));
    writeFile(f.s.path(QStringLiteral("busy/keep.txt")), "mine");
    ProductionOptions o;
    o.outDir = f.s.path(QStringLiteral("busy"));
    REQUIRE_THROWS_AS(ProductionBuilder::build(*f.c, o, f.renderer), CaseError);
    REQUIRE(readFile(f.s.path(QStringLiteral("busy/keep.txt"))) == "mine");
    REQUIRE(f.c->db().scalar("SELECT count(*) FROM production") == 0);
}

TEST_CASE("a protected name or identifier in an exhibit title or file name never reaches the production's own documents") {
    Fixture f;
    const QString named = f.s.path(QStringLiteral("Jane Roe phone 770000005.csv"));
    QFile::copy(sample(QStringLiteral("cdr-bandicoot/A.csv")), named);
    IdentifierRepository::add(*f.c, 2, QStringLiteral("phone"), QStringLiteral("770000005"), QStringLiteral("SN"), {}, {});
    ImportOptions io;
    io.profile = QStringLiteral("cdr-bandicoot");
    io.timeBasis = QStringLiteral("UTC");
    io.subscriber = QStringLiteral("A");
    const ImportResult r = CallDetailRecordImporter::run(*f.c, named, io);
    REQUIRE(r.warnings.join(QLatin1Char(' ')).contains(QStringLiteral("protected")));
    f.exportTo(QStringLiteral("out"));
    REQUIRE_FALSE(f.renderer.text.contains(QStringLiteral("Jane")));
    REQUIRE_FALSE(f.renderer.text.contains(QStringLiteral("Roe")));
    REQUIRE_FALSE(f.renderer.text.contains(QStringLiteral("770000005")));
    REQUIRE(f.renderer.text.contains(QStringLiteral("[V-1] phone [V-1].csv")));
    const QByteArray manifest = readFile(f.s.path(QStringLiteral("out/manifest.json")));
    REQUIRE_FALSE(manifest.contains("Jane"));
    REQUIRE_FALSE(manifest.contains("770000005"));
}

TEST_CASE("a huge cell is bounded in the report and kept whole in the native") {
    Fixture f;
    const QString file = f.s.path(QStringLiteral("huge.csv"));
    writeFile(file, "interaction,direction,correspondent_id,datetime,call_duration,antenna_id\n"
                    "text,in," + QByteArray(200000, 'X') + ",2014-03-02 07:13:30,,1\n");
    ImportOptions io;
    io.profile = QStringLiteral("cdr-bandicoot");
    io.timeBasis = QStringLiteral("UTC");
    io.subscriber = QStringLiteral("B");
    CallDetailRecordImporter::run(*f.c, file, io);
    f.exportTo(QStringLiteral("out"));
    REQUIRE(f.renderer.text.contains(QStringLiteral("more characters; the full value is in the native exhibit")));
    REQUIRE(f.renderer.text.size() < 200000);
    REQUIRE(readFile(f.s.path(QStringLiteral("out/natives/TSR-000004.csv"))) == readFile(file));
}

TEST_CASE("a packet re-sealed with another key fails, even without an expected fingerprint") {
    Fixture f;
    f.exportTo(QStringLiteral("out"));
    const QString dir = f.s.path(QStringLiteral("out"));
    const SealKey other = SealKey::generate();
    writeFile(dir + QStringLiteral("/seal-public-key.pem"), SealKey::publicKeyPem(other.publicKey()));
    // A forger would also fix the manifest's hash of the .pem and SHA256SUMS; the fingerprint named inside the
    // manifest still gives the swap away unless they change it too — then only --expect-key can.
    const auto v = PacketVerifier::verify(dir);
    REQUIRE_FALSE(v.ok);
    REQUIRE(v.problems.join(QLatin1Char('\n')).contains(QStringLiteral("re-sealed")));
}
