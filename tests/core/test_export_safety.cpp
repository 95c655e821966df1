// New-user trial defects (session 3): a Bates prefix that leaves the production folder, staging folders left behind
// by an interrupted export, placeholder GPS times read as dates, raw control characters in Tessera's own text.
#include "TestSupport.h"

#include "analysis/Timeline.h"
#include "case/CaseError.h"
#include "case/CaseSettings.h"
#include "ingest/CallDetailRecordImporter.h"
#include "ingest/ImportProfile.h"
#include "ingest/RecordImporter.h"
#include "model/VisibleText.h"
#include "packet/AnalystCsv.h"
#include "packet/PacketVerifier.h"
#include "packet/ProductionBuilder.h"
#include "packet/ProductionReport.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSysInfo>
#include <catch2/catch.hpp>

using namespace tessera;
using namespace tessera::test;

namespace {

/// Keeps what the report would say (summary, chart period, timeline rows) and claims two pages.
class KeepingRenderer : public ReportRenderer {
public:
    int render(const ProductionReport& r, const QString& path, QString*) override {
        report = r;
        QSaveFile f(path);
        f.open(QIODevice::WriteOnly);
        f.write("%PDF-1.4 fake\n");
        f.commit();
        return 2;
    }
    int countPages(const ProductionReport&, QString*) const override { return 2; }
    ProductionReport report;
};

struct CaseFixture {
    Scratch s;
    std::unique_ptr<Case> c;
    KeepingRenderer renderer;
    CaseFixture() { c = Case::create(s.path(QStringLiteral("t.tessera")), QStringLiteral("pw"), testOptions()); }
    ImportResult importCsv(const QByteArray& rows) {
        const QString path = s.path(QStringLiteral("in-%1.csv").arg(++m_imports));
        writeFile(path, "interaction,direction,correspondent_id,datetime,call_duration,antenna_id\n" + rows);
        ImportOptions o;
        o.profile = QStringLiteral("cdr-bandicoot");
        o.timeBasis = QStringLiteral("UTC");
        o.subscriber = QStringLiteral("4125550147");
        return CallDetailRecordImporter::run(*c, path, o);
    }
    ProductionResult exportTo(const QString& rel, const std::atomic<bool>* cancel = nullptr) {
        ProductionOptions o;
        o.outDir = s.path(rel);
        o.cancel = cancel;
        return ProductionBuilder::build(*c, o, renderer);
    }
    /// Every entry under the scratch folder, relative, sorted.
    QStringList tree() const {
        QStringList all;
        QDirIterator it(s.path({}), QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
        while (it.hasNext())
            all << QDir(s.path({})).relativeFilePath(it.next());
        all.sort();
        return all;
    }
    int m_imports = 0;
};

} // namespace

TEST_CASE("a Bates prefix is letters, digits, hyphen and underscore only", "[bates]") {
    for (const char* ok : {"TSR", "SMITH-CF", "A", "2026_0042", "ABCDEFGHIJKLMNOP"})
        CHECK(CaseSettings::isValidBatesPrefix(QString::fromLatin1(ok)));
    for (const char* bad : {"", "../../escaped", "A\tB", "/abs/evil", "tsr", "A B", "ABCDEFGHIJKLMNOPQ", "A-", "-A",
                            "A/B", "A\\B", "..", "A.B"})
        CHECK_FALSE(CaseSettings::isValidBatesPrefix(QString::fromLatin1(bad)));
    CaseFixture f;
    try {
        Transaction tx(f.c->db());
        f.c->settings().setValue(CaseSettings::Key::BatesPrefix, QStringLiteral("../../escaped"));
        FAIL("an unsafe Bates prefix was stored");
    } catch (const CaseError& e) {
        REQUIRE(e.kind() == ErrorKind::Usage);
    }
    NewCaseOptions o = testOptions();
    o.batesPrefix = QStringLiteral("/abs/evil");
    REQUIRE_THROWS_AS(Case::create(f.s.path(QStringLiteral("u.tessera")), QStringLiteral("pw"), o), CaseError);
}

TEST_CASE("an export refuses a stored unsafe Bates prefix and writes nothing outside the chosen folder", "[bates]") {
    CaseFixture f;
    f.importCsv("text,out,4125550148,2014-04-20 10:00:00,,1\n");
    // A case made before the rule: the prefix is in the settings table as it was typed.
    f.c->db().exec("UPDATE case_setting SET value = '../../escaped' WHERE key = 'bates_prefix'");
    const QStringList before = f.tree();
    try {
        f.exportTo(QStringLiteral("travout/prod"));
        FAIL("the export went ahead");
    } catch (const CaseError& e) {
        REQUIRE(e.kind() == ErrorKind::Usage);
    }
    QStringList after = f.tree();
    after.removeAll(QStringLiteral("travout")); // the parent of the chosen folder may be made; nothing else
    REQUIRE(after == before);
    REQUIRE_FALSE(QFileInfo::exists(f.s.path(QStringLiteral("escaped-000003.csv"))));
}

TEST_CASE("verify-packet names the entry whose path is unsafe", "[bates]") {
    CaseFixture f;
    f.importCsv("text,out,4125550148,2014-04-20 10:00:00,,1\n");
    f.exportTo(QStringLiteral("out"));
    const QString manifestPath = f.s.path(QStringLiteral("out/manifest.json"));
    QJsonObject m = QJsonDocument::fromJson(readFile(manifestPath)).object();
    QJsonArray files = m.value(QStringLiteral("files")).toArray();
    QJsonObject second = files[1].toObject();
    second.insert(QStringLiteral("path"), QStringLiteral("natives/../../x.csv"));
    files[1] = second;
    m.insert(QStringLiteral("files"), files);
    writeFile(manifestPath, QJsonDocument(m).toJson());
    const auto v = PacketVerifier::verify(f.s.path(QStringLiteral("out")));
    REQUIRE_FALSE(v.ok);
    REQUIRE(v.problems.join(QLatin1Char('\n')).contains(QStringLiteral("entry 2 of \"files\" has an unsafe path \"natives/../../x.csv\"")));
}

TEST_CASE("control characters are made visible in summaries and CSV cells, never written raw", "[visible]") {
    REQUIRE(visibleControls(QStringLiteral("plain")) == QStringLiteral("plain"));
    const char16_t raw[] = u"A\u0000B\u001b[31m\u007f\u0085";
    REQUIRE(visibleControls(QString::fromUtf16(raw, std::size(raw) - 1)) ==
            QString::fromUtf16(u"A\u2400B\u241b[31m\u2421<U+0085>"));
    REQUIRE(visibleControls(QStringLiteral("a\tb\nc")) == QString::fromUtf16(u"a\u2409b\u240ac"));
    REQUIRE(visibleControls(QStringLiteral("a\tb\nc"), KeepLayout::TabAndLineBreaks) == QStringLiteral("a\tb\nc"));
    const char16_t cell[] = u"AB\u0000CD";
    REQUIRE(QString::fromUtf16(cell, 5).contains(QChar(0)));
    REQUIRE_FALSE(AnalystCsv::field(QString::fromUtf16(cell, 5)).contains(QChar(0)));

    CaseFixture f;
    static const char row[] = "text,out,AB\0CD,2014-04-20 10:00:00,,1\n"; // a NUL inside the correspondent
    f.importCsv(QByteArray(row, sizeof(row) - 1));
    Timeline t(f.c->db());
    QString summary;
    t.scan({}, std::nullopt, 0, [&](const TimelineItem& item) { summary = item.summary; return false; });
    REQUIRE(summary.contains(QString::fromUtf16(u"AB\u2400CD")));
    REQUIRE_FALSE(summary.contains(QChar(0)));
    f.exportTo(QStringLiteral("out"));
    const QByteArray csv = readFile(f.s.path(QStringLiteral("out/analyst/timeline.csv")));
    REQUIRE(csv.contains(QString::fromUtf16(u"AB\u2400CD").toUtf8()));
    REQUIRE_FALSE(csv.contains('\0'));
    // The native stays byte-identical, NUL and all.
    REQUIRE(readFile(f.s.path(QStringLiteral("out/natives/TSR-000003.csv"))).contains(QByteArray("AB\0CD", 5)));
}

TEST_CASE("placeholder GPS times are listed but set neither the summary's dates nor the chart", "[placeholder]") {
    CaseFixture f;
    const QString gpx = f.s.path(QStringLiteral("track.gpx"));
    writeFile(gpx, "<?xml version=\"1.0\"?><gpx version=\"1.1\" xmlns=\"http://www.topografix.com/GPX/1/1\"><trk><trkseg>"
                   "<trkpt lat=\"46.43\" lon=\"13.74\"><time>1901-12-13T20:45:52Z</time></trkpt>"
                   "<trkpt lat=\"46.44\" lon=\"13.75\"><time>2024-06-01T10:00:00Z</time></trkpt>"
                   "<trkpt lat=\"46.45\" lon=\"13.76\"><time>2024-06-03T10:00:00Z</time></trkpt>"
                   "</trkseg></trk></gpx>");
    ImportOptions o;
    o.profile = QStringLiteral("gpx");
    RecordImporter::run(*f.c, gpx, o);
    Timeline t(f.c->db());
    int all = 0, placeholders = 0;
    t.scan({}, std::nullopt, 0, [&](const TimelineItem& item) {
        ++all;
        placeholders += hasPlaceholderTime(item) ? 1 : 0;
        return true;
    });
    REQUIRE(all == 3);
    REQUIRE(placeholders == 1);
    TimelineFilter dated;
    dated.datedOnly = true;
    qint64 total = 0;
    t.anchors(dated, 1, &total);
    REQUIRE(total == 2);

    f.exportTo(QStringLiteral("out"));
    const ProductionReport& r = f.renderer.report;
    const QString summary = r.summary.join(QLatin1Char('\n'));
    INFO(summary.toStdString());
    REQUIRE_FALSE(summary.contains(QStringLiteral("December 13, 1901")));
    REQUIRE(summary.contains(QStringLiteral("2024")));
    REQUIRE(summary.contains(QStringLiteral("1 record(s) carry a placeholder time")));
    REQUIRE(r.chart.fromUtcUs >= 1704067200000000LL); // 2024-01-01: the 1901 placeholder is not the chart's start
    REQUIRE(r.timeline.size() == 3);               // still listed, with its flag
    REQUIRE(r.timeline[0].summary.contains(QStringLiteral("placeholder-time")));
}

TEST_CASE("an interrupted export removes its staging folder, and a stale one is swept by the next export", "[staging]") {
    CaseFixture f;
    f.importCsv("text,out,4125550148,2014-04-20 10:00:00,,1\n");
    std::atomic<bool> cancel{true};
    REQUIRE_THROWS_AS(f.exportTo(QStringLiteral("prod/a"), &cancel), CaseError);
    REQUIRE(QDir(f.s.path(QStringLiteral("prod"))).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).isEmpty());

    // Left by a killed export (its process is gone): marker inside, so it is Tessera's and may be removed.
    const QString stale = f.s.path(QStringLiteral("prod/old.partial-1-999999999"));
    QDir().mkpath(stale + QStringLiteral("/natives"));
    writeFile(stale + QStringLiteral("/.tessera-staging"),
              "tessera-production-staging\npid 999999999\nhost " + QSysInfo::machineHostName().toUtf8() + "\n");
    writeFile(stale + QStringLiteral("/natives/TSR-000003.csv"), "plaintext");
    // Not Tessera's (no marker), and one of a running export (this process): both left alone.
    const QString foreign = f.s.path(QStringLiteral("prod/mine.partial-2"));
    QDir().mkpath(foreign);
    const QString running = f.s.path(QStringLiteral("prod/b.partial-3-1"));
    QDir().mkpath(running);
    writeFile(running + QStringLiteral("/.tessera-staging"),
              "tessera-production-staging\npid " + QByteArray::number(QCoreApplication::applicationPid()) + "\nhost " +
                  QSysInfo::machineHostName().toUtf8() + "\n");

    f.exportTo(QStringLiteral("prod/c"));
    REQUIRE_FALSE(QFileInfo::exists(stale));
    REQUIRE(QFileInfo::exists(foreign));
    REQUIRE(QFileInfo::exists(running));
    // The production is user-only, with no marker left in it, and it verifies.
    const QString prod = f.s.path(QStringLiteral("prod/c"));
    REQUIRE_FALSE(QFileInfo::exists(prod + QStringLiteral("/.tessera-staging")));
    REQUIRE(PacketVerifier::verify(prod).ok);
    QDirIterator it(prod, QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    const auto others = QFile::ReadOther | QFile::WriteOther | QFile::ExeOther | QFile::ReadGroup | QFile::WriteGroup |
                        QFile::ExeGroup;
    REQUIRE((QFile::permissions(prod) & others) == 0);
    while (it.hasNext()) {
        const QString path = it.next();
        INFO(path.toStdString());
        REQUIRE((QFile::permissions(path) & others) == 0);
    }
}
