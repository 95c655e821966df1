// What a new-user trial found, in the GUI (session 3): the new-case dialog accepted an unknown phone region, the
// import summary said every record was "zone assumed" when the file stated its zones, and a date-only record sat on
// the day before in the timeline table and chart when its zone differed from the display zone.
#include "GuiTestSupport.h"
#include "case/Case.h"
#include "case/NewCaseDialog.h"
#include "crypto/CaseHeader.h"
#include "ingest/RecordImporter.h"
#include "main/MainWindow.h"
#include "time/LocalTimeResolver.h"
#include "timeline/TimelineChartBuilder.h"
#include "timeline/TimelineModel.h"

#include <QApplication>
#include <QFile>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace tessera;
using namespace tessera::guitest;


TEST_CASE("new case dialog: an unknown phone region is refused with a reason", "[gui]") {
    ensureApp();
    QTemporaryDir dir;
    NewCaseDialog d(nullptr, dir.path());
    d.findChild<QLineEdit*>(QStringLiteral("newCaseTitle"))->setText(QStringLiteral("Harbor Street"));
    d.findChild<QLineEdit*>(QStringLiteral("newCaseNumber"))->setText(QStringLiteral("2024-HT-0117"));
    d.findChild<QLineEdit*>(QStringLiteral("newCasePassphrase"))->setText(QStringLiteral("long enough passphrase"));
    d.findChild<QLineEdit*>(QStringLiteral("newCasePassphraseRepeat"))->setText(QStringLiteral("long enough passphrase"));
    CHECK(d.problem().isEmpty());
    d.findChild<QLineEdit*>(QStringLiteral("newCaseRegion"))->setText(QStringLiteral("ZZ"));
    CHECK(d.problem().contains(QStringLiteral("not a phone region")));
    d.findChild<QLineEdit*>(QStringLiteral("newCaseRegion"))->setText(QStringLiteral("gb"));
    CHECK(d.problem().isEmpty());
}

TEST_CASE("import summary and timeline show what the records got and dates on their own day", "[gui]") {
    ensureApp();
    QTemporaryDir dir;
    NewCaseOptions o;
    o.title = QStringLiteral("Trial");
    o.displayZone = QStringLiteral("America/New_York");
    o.region = QStringLiteral("US");
    o.kdf = KdfParameters::testing();
    auto c = Case::create(dir.filePath(QStringLiteral("t.tessera")), QStringLiteral("pw"), o);
    QFile f(dir.filePath(QStringLiteral("day.ics")));
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("BEGIN:VCALENDAR\r\nX-WR-TIMEZONE:Etc/GMT\r\nBEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20220101\r\n"
            "SUMMARY:Meeting\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n");
    f.close();
    ImportOptions io;
    io.profile = QStringLiteral("ics");
    const ImportResult r = RecordImporter::run(*c, f.fileName(), io);
    const QString text = MainWindow::importBasisText(r);
    CHECK(text.contains(QStringLiteral("Etc/GMT")));
    CHECK(text.contains(QStringLiteral("from the file")));
    CHECK_FALSE(text.contains(QStringLiteral("assumed")));

    Timeline t(c->db());
    TimelineItem item;
    t.scan(TimelineFilter{}, std::nullopt, 1, [&](const TimelineItem& i) {
        item = i;
        return false;
    });
    CHECK(TimelineModel::whenText(item, QStringLiteral("America/New_York")) == QStringLiteral("2022-01-01"));
    const TimelineChartData chart = TimelineChartBuilder::build(c->db(), QStringLiteral("America/New_York"));
    REQUIRE(chart.lanes.size() == 1);
    REQUIRE(chart.lanes[0].recordTimesUtcUs.size() == 1);
    const auto local = LocalTimeResolver::toLocal(chart.lanes[0].recordTimesUtcUs[0], QStringLiteral("America/New_York"));
    REQUIRE(local);
    CHECK(local->date == QDate(2022, 1, 1));
}
