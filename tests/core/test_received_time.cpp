// When an exhibit was really received (issue 7): the time it entered the case is never edited; a correction is kept
// beside it (append-only, with a chain-of-custody entry) and a production shows both.
#include "TestSupport.h"

#include "case/CaseError.h"
#include "model/EvidenceLinks.h"
#include "model/ExhibitRepository.h"
#include "model/PersonRepository.h"
#include "model/ReceivedTime.h"
#include "packet/ChangesSince.h"
#include "packet/ProductionBuilder.h"
#include "packet/ProductionReport.h"
#include "storage/Database.h"

#include <QSaveFile>
#include <catch2/catch.hpp>

using namespace tessera;
using namespace tessera::test;

namespace {

class KeepingRenderer : public ReportRenderer {
public:
    int render(const ProductionReport& r, const QString& path, QString*) override {
        last = r;
        QSaveFile f(path);
        f.open(QIODevice::WriteOnly);
        f.write("%PDF-1.4 fake\n");
        f.commit();
        return 1;
    }
    int countPages(const ProductionReport&, QString*) const override { return 1; }
    ProductionReport last;
};

} // namespace

TEST_CASE("a corrected received time is kept beside the exhibit, and a production shows both times", "[received]") {
    Scratch s;
    auto c = Case::create(s.path(QStringLiteral("r.tessera")), QStringLiteral("pw"), testOptions());
    const Person witness = PersonRepository::add(*c, {QStringLiteral("witness")}, QStringLiteral("Carl Hotel"),
                                                 QStringLiteral("1980-01-01"));
    writeFile(s.path(QStringLiteral("st.txt")), "Statement of the clerk\n");
    const qint64 ex = EvidenceLinks::addExhibitFile(*c, s.path(QStringLiteral("st.txt")), QStringLiteral("witness-statement"),
                                                    QStringLiteral("Clerk interview"), witness.id);
    const qint64 entered = ExhibitRepository::get(c->db(), ex)->createdUtc;

    CHECK_THROWS_AS(ReceivedTime::correct(*c, ex, QStringLiteral("2999-01-01"), QStringLiteral("x")), CaseError);
    CHECK_THROWS_AS(ReceivedTime::correct(*c, ex, QStringLiteral("2023-06-01"), QStringLiteral("  ")), CaseError);
    CHECK_THROWS_AS(ReceivedTime::correct(*c, ex, QStringLiteral("not a date"), QStringLiteral("x")), CaseError);
    CHECK_THROWS_AS(ReceivedTime::correct(*c, 999, QStringLiteral("2023-06-01"), QStringLiteral("x")), CaseError);
    CHECK_FALSE(ReceivedTime::latest(c->db(), ex));

    ReceivedTime::correct(*c, ex, QStringLiteral("2023-05-30"), QStringLiteral("first guess"));
    ReceivedTime::correct(*c, ex, QStringLiteral("2023-06-01"), QStringLiteral("disc delivered in June"));
    const auto r = ReceivedTime::latest(c->db(), ex);
    REQUIRE(r);
    CHECK(r->reason == QStringLiteral("disc delivered in June")); // the latest rules
    CHECK(r->edtf == QStringLiteral("2023-06-01"));
    CHECK(r->enteredUtcUs == entered);
    CHECK(ExhibitRepository::get(c->db(), ex)->createdUtc == entered); // the exhibit itself is unchanged
    CHECK_THROWS(c->db().exec("UPDATE exhibit_received_correction SET reason = 'x'"));
    CHECK_THROWS(c->db().exec("DELETE FROM exhibit_received_correction"));
    const QString custody = ExhibitRepository::custody(c->db(), ex).join(QLatin1Char('\n'));
    CHECK(custody.contains(QStringLiteral("received time corrected")));
    CHECK(custody.contains(QStringLiteral("disc delivered in June")));

    KeepingRenderer renderer;
    ProductionOptions o;
    o.outDir = s.path(QStringLiteral("p1"));
    ProductionBuilder::build(*c, o, renderer);
    REQUIRE(renderer.last.exhibits.size() == 1);
    const ReportExhibit& e = renderer.last.exhibits[0];
    CHECK(e.provenance.contains(QStringLiteral("Received on or about June 1, 2023")));
    CHECK(e.provenance.contains(QStringLiteral("entered in the case")));
    const QString lines = e.custody.join(QLatin1Char('\n'));
    CHECK(lines.contains(QStringLiteral("— received —")));            // the original entry stays
    CHECK(lines.contains(QStringLiteral("received time corrected"))); // beside the correction
    REQUIRE(renderer.last.jencks.size() == 1);
    CHECK(renderer.last.jencks[0].when.contains(QStringLiteral("June 1, 2023")));
    CHECK(renderer.last.jencks[0].when.contains(QStringLiteral("corrected")));

    // A later correction makes the exhibit changed for the next supplemental.
    CHECK(ChangesSince::read(c->db(), 1).isEmpty());
    ReceivedTime::correct(*c, ex, QStringLiteral("2023-06-02"), QStringLiteral("courier log"));
    CHECK(ChangesSince::read(c->db(), 1).exhibits == QSet<qint64>{ex});
}
