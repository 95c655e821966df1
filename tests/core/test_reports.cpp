// Investigator reports (issue 5 point 5): drafted with the writing prompts, signed (frozen: signer, time, SHA-256),
// changed into a new version, every version produced; the prompts' findings are never stored nor produced.
#include "TestSupport.h"

#include "case/CaseError.h"
#include "casework/ActivityLog.h"
#include "casework/ReportRepository.h"
#include "language/Linter.h"
#include "model/PersonRepository.h"
#include "packet/ProductionBuilder.h"
#include "packet/ProductionReport.h"
#include "storage/Database.h"
#include "time/TimeFormat.h"

#include <QDirIterator>
#include <QSaveFile>
#include <catch2/catch.hpp>
#include <functional>

using namespace tessera;
using namespace tessera::test;

namespace {

ErrorKind kindOf(const std::function<void()>& f) {
    try {
        f();
    } catch (const CaseError& e) {
        return e.kind();
    }
    return ErrorKind::Internal; // nothing thrown: never what a test expects here
}

/// A report renderer that keeps the report's summary text instead of drawing a PDF.
class SummaryRenderer : public ReportRenderer {
public:
    int render(const ProductionReport& r, const QString& path, QString*) override {
        summary = r.summary.join(QLatin1Char('\n'));
        QSaveFile f(path);
        f.open(QIODevice::WriteOnly);
        f.write("%PDF-1.4 fake\n");
        f.commit();
        return 2;
    }
    int countPages(const ProductionReport&, QString*) const override { return 2; }
    QString summary;
};

struct Reports {
    Scratch s;
    std::unique_ptr<Case> c;
    Reports() { c = Case::create(s.path(QStringLiteral("reports.tessera")), QStringLiteral("pw"), testOptions()); }
};

/// Every text cell of every table of the case, as (table.column, value).
QVector<QPair<QString, QString>> everyCell(Database& db) {
    QVector<QPair<QString, QString>> cells;
    QStringList tables;
    Statement t = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'");
    while (t.step())
        tables << t.text(0);
    for (const QString& table : tables) {
        QStringList columns;
        Statement info = db.prepare(QStringLiteral("PRAGMA table_info(\"%1\")").arg(table).toUtf8().constData());
        while (info.step())
            columns << info.text(1);
        for (const QString& column : columns) {
            Statement s = db.prepare(
                QStringLiteral("SELECT CAST(\"%1\" AS TEXT) FROM \"%2\"").arg(column, table).toUtf8().constData());
            while (s.step())
                cells.append({table + QLatin1Char('.') + column, s.text(0)});
        }
    }
    return cells;
}

} // namespace

TEST_CASE("signing a report records signer, time and SHA-256 and freezes that version", "[reports]") {
    Reports w;
    const qint64 id = ReportRepository::add(*w.c, QStringLiteral("Investigative report"), QStringLiteral("ab"));
    CHECK(ReportRepository::saveDraft(*w.c, id, QStringLiteral("abc")) == 1); // a draft is overwritten in place
    Report r = ReportRepository::get(w.c->db(), id);
    REQUIRE(r.versions.size() == 1);
    CHECK_FALSE(r.current().isSigned());
    CHECK(r.latestSigned() == nullptr);

    // A draft changes only its text (and who saved it when), or is signed with all of signer, time and hash.
    CHECK_THROWS_AS(w.c->db().exec("UPDATE report_version SET version = 5"), CaseError);
    CHECK_THROWS_AS(w.c->db().exec("UPDATE report_version SET signed_utc = 1"), CaseError);
    CHECK_THROWS_AS(w.c->db().exec("DELETE FROM report_version"), CaseError); // version 1 stays, even as a draft
    const qint64 before = currentUtcUs();
    const ReportVersion v1 = ReportRepository::sign(*w.c, id);
    CHECK(v1.version == 1);
    CHECK(v1.signedBy == QStringLiteral("Det. Test"));
    CHECK(v1.signedUtcUs >= before);
    // SHA-256("abc"), FIPS 180-2 appendix B.1: the hash is of the exact text signed.
    CHECK(v1.sha256 == QStringLiteral("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    r = ReportRepository::get(w.c->db(), id);
    CHECK(r.current().isSigned());
    CHECK(r.current().sha256 == ReportRepository::textSha256(r.current().text));
    CHECK(kindOf([&] { ReportRepository::sign(*w.c, id); }) == ErrorKind::Usage); // already signed

    // The database itself refuses any change to the signed version, and its deletion.
    CHECK_THROWS_AS(w.c->db().exec("UPDATE report_version SET text = 'abd' WHERE report_id = 1"), CaseError);
    CHECK_THROWS_AS(w.c->db().exec("UPDATE report_version SET signed_by = 'someone else'"), CaseError);
    CHECK_THROWS_AS(w.c->db().exec("UPDATE report_version SET sha256 = NULL, signed_by = NULL, signed_utc = NULL"), CaseError);
    CHECK_THROWS_AS(w.c->db().exec("DELETE FROM report_version"), CaseError);
    CHECK_THROWS_AS(w.c->db().exec("UPDATE report SET title = 'x'"), CaseError);
    CHECK_THROWS_AS(w.c->db().exec("DELETE FROM report"), CaseError);
    // A version cannot be inserted already signed, nor skip ahead.
    CHECK_THROWS_AS(w.c->db().exec("INSERT INTO report_version(report_id, version, text, author, created_utc, saved_utc, "
                                   "signed_by, signed_utc, sha256) VALUES (1, 2, 'x', 'a', 1, 1, 'a', 1, 'h')"),
                    CaseError);
    CHECK_THROWS_AS(w.c->db().exec("INSERT INTO report_version(report_id, version, text, author, created_utc, saved_utc) "
                                   "VALUES (1, 3, 'x', 'a', 1, 1)"),
                    CaseError);
    r = ReportRepository::get(w.c->db(), id);
    CHECK(r.current().text == QStringLiteral("abc"));
    CHECK(r.current().signedBy == QStringLiteral("Det. Test"));
    CHECK(r.versions.size() == 1);
}

TEST_CASE("an edit after signing is a new draft version, and signing it makes version 2", "[reports]") {
    Reports w;
    const qint64 id = ReportRepository::add(*w.c, QStringLiteral("Supplemental report #2"),
                                            QStringLiteral("On 3 July the offender booked room 214."));
    ReportRepository::sign(*w.c, id);
    CHECK(kindOf([&] { ReportRepository::saveDraft(*w.c, id, QStringLiteral("On 3 July the offender booked room 214.")); })
          == ErrorKind::Usage); // nothing changed
    CHECK(ReportRepository::saveDraft(*w.c, id, QStringLiteral("On 3 July 2023 the offender booked room 214.")) == 2);
    CHECK(ReportRepository::saveDraft(*w.c, id, QStringLiteral("On 3 July 2023 the offender booked room 214 in cash.")) == 2);
    Report r = ReportRepository::get(w.c->db(), id);
    REQUIRE(r.versions.size() == 2);
    CHECK(r.versions[0].isSigned());
    CHECK(r.versions[0].text == QStringLiteral("On 3 July the offender booked room 214."));
    CHECK_FALSE(r.versions[1].isSigned());
    REQUIRE(r.latestSigned() != nullptr);
    CHECK(r.latestSigned()->version == 1);

    // A signer must sign what they saw: a stale hash signs nothing.
    CHECK(kindOf([&] { ReportRepository::sign(*w.c, id, ReportRepository::textSha256(QStringLiteral("other"))); })
          == ErrorKind::Usage);
    const ReportVersion v2 =
        ReportRepository::sign(*w.c, id, ReportRepository::textSha256(r.versions[1].text));
    CHECK(v2.version == 2);
    r = ReportRepository::get(w.c->db(), id);
    CHECK(r.versions[0].isSigned());
    CHECK(r.versions[1].isSigned());
    CHECK(r.versions[1].sha256 == ReportRepository::textSha256(QStringLiteral("On 3 July 2023 the offender booked room 214 in cash.")));
    CHECK(r.versions[0].sha256 != r.versions[1].sha256);

    // Discarding a later draft (the undo of the save that started it) leaves the signed versions; signed ones stay.
    CHECK(ReportRepository::saveDraft(*w.c, id, QStringLiteral("A third text.")) == 3);
    ReportRepository::discardDraft(*w.c, id);
    CHECK(ReportRepository::get(w.c->db(), id).versions.size() == 2);
    CHECK(kindOf([&] { ReportRepository::discardDraft(*w.c, id); }) == ErrorKind::Usage);
    const qint64 other = ReportRepository::add(*w.c, QStringLiteral("Other"), QStringLiteral("first"));
    CHECK(kindOf([&] { ReportRepository::discardDraft(*w.c, other); }) == ErrorKind::Usage); // version 1 stays

    CHECK(kindOf([&] { ReportRepository::add(*w.c, QStringLiteral(" "), QStringLiteral("x")); }) == ErrorKind::Usage);
    CHECK(kindOf([&] { ReportRepository::add(*w.c, QStringLiteral("t"), QStringLiteral(" ")); }) == ErrorKind::Usage);
    CHECK(kindOf([&] { ReportRepository::saveDraft(*w.c, 99, QStringLiteral("x")); }) == ErrorKind::Usage);
    CHECK(kindOf([&] { ReportRepository::get(w.c->db(), 99); }) == ErrorKind::Usage);

    // The audit trail names report, version and hash, never the text.
    const auto log = ActivityLog::recent(w.c->db(), 0);
    bool sawSign = false;
    for (const Activity& a : log) {
        CHECK_FALSE(a.text.contains(QStringLiteral("room 214")));
        sawSign = sawSign || a.text.startsWith(QStringLiteral("Report %1 version 2 signed").arg(id));
    }
    CHECK(sawSign);
}

TEST_CASE("the writing prompts' findings are stored nowhere in the case and appear nowhere in a production", "[reports][language]") {
    Reports w;
    PersonRepository::add(*w.c, {QStringLiteral("offender")}, QStringLiteral("Offender One"), {});
    const QString text = QStringLiteral("The victim claims she was a prostitute when the john paid.\n\n"
                                        "She admitted that she was beaten.");
    const QVector<language::Finding> findings = language::Linter().check(text);
    REQUIRE(findings.size() >= 2);
    // What a finding adds to the text: its rule, reason, suggestions and source (not the words, which are the text).
    QStringList needles;
    for (const language::Finding& f : findings)
        for (const QString& s : QStringList{f.ruleId, f.why, f.source} + f.suggestions)
            if (s.size() >= 6 && !text.contains(s, Qt::CaseInsensitive) && !needles.contains(s))
                needles << s;
    REQUIRE(needles.size() >= 4);

    const qint64 id = ReportRepository::add(*w.c, QStringLiteral("Investigative report"), text);
    ReportRepository::sign(*w.c, id);
    ReportRepository::saveDraft(*w.c, id, text + QStringLiteral("\n\nShe refused to talk."));

    // Nothing in the schema is made to hold findings…
    for (const auto& [where, value] : everyCell(w.c->db()))
        if (where.startsWith(QLatin1String("sqlite_master.")))
            CHECK_FALSE(value.contains(QStringLiteral("finding"), Qt::CaseInsensitive));
    // …and no cell of any table, the audit log included, holds a finding's rule, reason, suggestion or source.
    int cellsWithText = 0;
    for (const auto& [where, value] : everyCell(w.c->db())) {
        cellsWithText += value.contains(QStringLiteral("prostitute")) ? 1 : 0;
        for (const QString& n : needles) {
            INFO(where.toStdString() << " holds " << n.toStdString());
            CHECK_FALSE(value.contains(n, Qt::CaseInsensitive));
        }
    }
    CHECK(cellsWithText == 2); // the report's two versions: the scan did read the text

    SummaryRenderer renderer;
    ProductionOptions o;
    o.outDir = w.s.path(QStringLiteral("production"));
    const ProductionResult p = ProductionBuilder::build(*w.c, o, renderer);
    CHECK(p.files.contains(QStringLiteral("reports.csv")));
    const QString csv = QString::fromUtf8(readFile(o.outDir + QStringLiteral("/reports.csv")));
    CHECK(csv.contains(QStringLiteral("prostitute"))); // the text as written is produced…
    int files = 0;
    for (QDirIterator it(o.outDir, QDir::Files, QDirIterator::Subdirectories); it.hasNext();) {
        const QString bytes = QString::fromUtf8(readFile(it.next()));
        ++files;
        for (const QString& n : needles) {
            INFO(it.filePath().toStdString() << " holds " << n.toStdString());
            CHECK_FALSE(bytes.contains(n, Qt::CaseInsensitive)); // …the prompts about it are not
        }
    }
    CHECK(files >= 5);
    for (const QString& n : needles)
        CHECK_FALSE(renderer.summary.contains(n, Qt::CaseInsensitive));
}

TEST_CASE("a production holds every signed version of a report and its current draft, marked", "[reports][packet]") {
    Reports w;
    const qint64 id = ReportRepository::add(*w.c, QStringLiteral("Investigative report"), QStringLiteral("Version one text."));
    const ReportVersion v1 = ReportRepository::sign(*w.c, id);
    ReportRepository::saveDraft(*w.c, id, QStringLiteral("Version two text."));
    const ReportVersion v2 = ReportRepository::sign(*w.c, id);
    ReportRepository::saveDraft(*w.c, id, QStringLiteral("Version three, a draft."));

    SummaryRenderer renderer;
    ProductionOptions o;
    o.outDir = w.s.path(QStringLiteral("production"));
    ProductionBuilder::build(*w.c, o, renderer);
    const QStringList lines = QString::fromUtf8(readFile(o.outDir + QStringLiteral("/reports.csv"))).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 4);
    CHECK(lines[0] == QStringLiteral("report_id,title,version,status,author,saved_utc,signed_by,signed_utc,sha256,redacted,text"));
    CHECK(lines[1].startsWith(QStringLiteral("1,Investigative report,1,signed,Det. Test,")));
    CHECK(lines[1].contains(QStringLiteral(",Det. Test,") + formatIsoUtc(v1.signedUtcUs) + QLatin1Char(',') + v1.sha256 +
                            QStringLiteral(",no,Version one text.")));
    CHECK(lines[2].contains(QStringLiteral(",2,signed,")));
    CHECK(lines[2].contains(v2.sha256));
    CHECK(lines[3].contains(QStringLiteral(",3,draft (unsigned),Det. Test,")));
    CHECK(lines[3].endsWith(QStringLiteral(",,,,no,\"Version three, a draft.\"")));
    CHECK(renderer.summary.contains(QStringLiteral("every signed version (2)")));
    CHECK(renderer.summary.contains(QStringLiteral("current unsigned draft (1)")));
}

TEST_CASE("a report signed after a production makes a supplemental production possible", "[reports][supplemental]") {
    Reports w;
    const qint64 id = ReportRepository::add(*w.c, QStringLiteral("Investigative report"), QStringLiteral("First."));
    ReportRepository::sign(*w.c, id);
    SummaryRenderer renderer;
    ProductionOptions o;
    o.outDir = w.s.path(QStringLiteral("prod1"));
    ProductionBuilder::build(*w.c, o, renderer);
    o.outDir = w.s.path(QStringLiteral("prod2"));
    o.supplemental = true;
    CHECK_THROWS_AS(ProductionBuilder::build(*w.c, o, renderer), CaseError); // nothing new
    const qint64 sup = ReportRepository::add(*w.c, QStringLiteral("Supplemental report #2"), QStringLiteral("Second."));
    CHECK_THROWS_AS(ProductionBuilder::build(*w.c, o, renderer), CaseError); // a draft alone is not new material
    ReportRepository::sign(*w.c, sup);
    const ProductionResult p = ProductionBuilder::build(*w.c, o, renderer);
    CHECK(p.productionNumber == 2);
    const QString csv = QString::fromUtf8(readFile(o.outDir + QStringLiteral("/reports.csv")));
    CHECK(csv.contains(QStringLiteral(",Supplemental report #2,1,signed,")));
}
