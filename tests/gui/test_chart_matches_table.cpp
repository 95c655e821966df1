// Found by a new-user trial: with 314 records linked to a person and 500 records of another exhibit linked to no
// one, the "Everyone" table listed 814 items from 2013-12-16 while the chart (and the production's chart) showed one
// lane of 314 from March 2014; and with an offender who has no items chosen, the chart still showed every record.
// The chart now shows what the table shows under the same filter.

#include "case/Case.h"
#include "common/MessageBoxes.h"
#include "main/MainWindow.h"
#include "packet/ProductionBuilder.h"
#include "packet/ProductionReport.h"
#include "render/TimelineChartPainter.h"
#include "time/TimeFormat.h"
#include "timeline/TimelineChartWidget.h"
#include "timeline/TimelineModel.h"

#include <QApplication>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <catch2/catch.hpp>
#include <limits>

using namespace tessera;

namespace {

const QString kPass = QStringLiteral("chart matches table");

void ensureApp() {
    static int argc = 1;
    static char name[] = "test_gui";
    static char* argv[] = {name, nullptr};
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
    if (!QApplication::instance())
        new QApplication(argc, argv); // never destroyed (see test_gui.cpp)
}

QString sample(const QString& name) {
    return QStringLiteral(TESSERA_SAMPLES_DIR "/cdr-bandicoot/") + name;
}

qint64 itemsIn(const TimelineChartData& data) {
    qint64 n = 0;
    for (const TimelineChartLane& lane : data.lanes)
        n += lane.recordTimesUtcUs.size() + lane.eventTimesUtcUs.size();
    return n;
}

/// Keeps the report the builder hands over (its chart is what report.pdf draws).
class KeepReport : public ReportRenderer {
public:
    ProductionReport report;
    int render(const ProductionReport& r, const QString& path, QString*) override {
        report = r;
        QSaveFile f(path);
        f.open(QIODevice::WriteOnly);
        f.write("%PDF-1.4 fake\n");
        f.commit();
        return 1;
    }
    int countPages(const ProductionReport&, QString*) const override { return 1; }
};

} // namespace

TEST_CASE("The chart shows the same items as the table: a lane for unattributed records, nothing for a person "
          "with no items",
          "[gui][chart]") {
    ensureApp();
    MessageBoxes::setTestHook([](const MessageBoxes::Shown&) { return QMessageBox::Close; });
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("chart.tessera"));
    NewCaseOptions o;
    o.title = QStringLiteral("Chart and table");
    o.displayZone = QStringLiteral("America/New_York");
    o.region = QStringLiteral("US");
    o.kdf = KdfParameters::testing();
    Case::create(path, kPass, o)->close();

    MainWindow w;
    w.show();
    REQUIRE(w.openCase(path, kPass));
    ImportOptions ego;
    ego.profile = QStringLiteral("cdr-bandicoot");
    ego.subscriber = QStringLiteral("ego");
    REQUIRE(w.importFile(sample(QStringLiteral("ego.csv")), ego));
    ImportOptions orange;
    orange.profile = QStringLiteral("cdr-orange");
    orange.timeBasis = QStringLiteral("UTC");
    orange.region = QStringLiteral("SN");
    REQUIRE(w.importFile(sample(QStringLiteral("u_test.csv")), orange));
    const auto zebedee = w.addPerson({QStringLiteral("offender")}, QStringLiteral("Zebedee"), QString());
    REQUIRE(zebedee);
    REQUIRE(w.addIdentifier(zebedee->id, QStringLiteral("handle"), QStringLiteral("ego"), QString(), QString(),
                            QString()));
    const auto idle = w.addPerson({QStringLiteral("offender")}, QStringLiteral("Quentin Noitems"), QString());
    REQUIRE(idle);

    // Everyone: 814 items in the table, and the chart's lanes together hold the same 814, from 2013-12-16.
    w.showPerson(0);
    REQUIRE(w.timelineModel()->rowCount() == 814);
    TimelineChartData chart = w.chartWidget()->chartData();
    REQUIRE(chart.lanes.size() == 2);
    CHECK(chart.lanes[0].label == QStringLiteral("Zebedee"));
    CHECK(chart.lanes[0].recordTimesUtcUs.size() == 314);
    CHECK(chart.lanes[1].label == QStringLiteral("Unattributed records"));
    CHECK(chart.lanes[1].recordTimesUtcUs.size() == 500);
    CHECK(itemsIn(chart) == w.timelineModel()->rowCount());
    qint64 first = std::numeric_limits<qint64>::max();
    for (const TimelineChartLane& lane : chart.lanes)
        for (qint64 t : lane.recordTimesUtcUs)
            first = std::min(first, t);
    CHECK(formatIsoUtc(first).startsWith(QStringLiteral("2013-12-16")));
    CHECK(w.chartWidget()->accessibleDescription().contains(QStringLiteral("Unattributed records")));

    // Zebedee: the 314 in both.
    w.showPerson(zebedee->id);
    REQUIRE(w.timelineModel()->rowCount() == 314);
    chart = w.chartWidget()->chartData();
    REQUIRE(chart.lanes.size() == 1);
    CHECK(chart.lanes[0].label == QStringLiteral("Zebedee"));
    CHECK(itemsIn(chart) == 314);

    // A person with no items: an empty table and an empty chart that says so.
    w.showPerson(idle->id);
    REQUIRE(w.timelineModel()->rowCount() == 0);
    chart = w.chartWidget()->chartData();
    CHECK(chart.lanes.isEmpty());
    CHECK(chart.emptyText == QStringLiteral("No records or events for Quentin Noitems"));
    CHECK(w.chartWidget()->accessibleDescription() == QStringLiteral("No records or events for Quentin Noitems"));

    // The production's chart (report.pdf) has the same lanes as the "Everyone" chart.
    KeepReport renderer;
    ProductionOptions po;
    po.outDir = dir.filePath(QStringLiteral("production"));
    ProductionBuilder::build(*w.currentCase(), po, renderer);
    QStringList labels;
    for (const TimelineChartLane& lane : renderer.report.chart.lanes)
        labels << QStringLiteral("%1 %2").arg(lane.label).arg(lane.recordTimesUtcUs.size());
    CHECK(labels == QStringList{QStringLiteral("Zebedee 314"), QStringLiteral("Unattributed records 500")});
    CHECK(formatIsoUtc(renderer.report.chart.fromUtcUs).startsWith(QStringLiteral("2013-12-16")));
    w.closeCase();
    MessageBoxes::setTestHook({});
}
