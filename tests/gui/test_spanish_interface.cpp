// The Spanish interface (issue 9 point 4): the casework dock, the timeline chart and the record flags follow the
// interface language, while the chart on the discovery production's (English) paper stays English.
#include "GuiTestSupport.h"
#include "casework/ActivityView.h"
#include "casework/CaseworkPanel.h"
#include "common/InterfaceLanguage.h"
#include "render/TimelineChartPainter.h"
#include "timeline/TimelineModel.h"

#include <QApplication>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTreeWidget>
#include <catch2/catch.hpp>

using namespace tessera;
using namespace tessera::guitest;


TEST_CASE("In Spanish the casework dock, the chart and the record flags are translated", "[gui][translation]") {
    ensureApp();
    REQUIRE(InterfaceLanguage::installFor(QStringLiteral("es")));
    {
        CaseworkPanel panel;
        const auto* tabs = panel.findChild<QTabWidget*>(QStringLiteral("caseworkTabs"));
        REQUIRE(tabs);
        REQUIRE(tabs->count() == 5); // due, leads, notes, exhibits, activity
        CHECK(tabs->tabText(0) == QStringLiteral("Plazos y vencimientos"));
        CHECK(tabs->tabText(1) == QStringLiteral("Pistas"));
        CHECK(tabs->tabText(tabs->indexOf(panel.activityView())) == QStringLiteral("Actividad"));
        CHECK(panel.findChild<QPushButton*>(QStringLiteral("addProcessButton"))->text() ==
              QStringLiteral("Añadir requerimiento…"));
        const auto* due = panel.findChild<QTreeWidget*>(QStringLiteral("dueTree"));
        REQUIRE(due);
        CHECK(due->headerItem()->text(1) == QStringLiteral("Días"));
        CHECK(due->headerItem()->text(2) == QStringLiteral("Acción necesaria"));

        CHECK(TimelineModel::flagText(QStringLiteral("all-day")) == QStringLiteral("todo el día"));
        // A flag Tessera does not know still reads as words.
        CHECK(TimelineModel::flagText(QStringLiteral("some-new-flag")) == QStringLiteral("some new flag"));

        CHECK(TimelineChartPainter::tr("Offender timeline") == QStringLiteral("Cronología del autor"));
        {
            const TimelineChartPainter::SourceLanguage english;
            CHECK(TimelineChartPainter::tr("Offender timeline") == QStringLiteral("Offender timeline"));
            {
                const TimelineChartPainter::SourceLanguage nested;
                CHECK(TimelineChartPainter::tr("Times in %1") == QStringLiteral("Times in %1"));
            }
            CHECK(TimelineChartPainter::tr("Times in %1") == QStringLiteral("Times in %1"));
        }
        CHECK(TimelineChartPainter::tr("Times in %1") == QStringLiteral("Horas en %1"));
    }
    REQUIRE(InterfaceLanguage::installFor(QStringLiteral("en")));
    CHECK(TimelineModel::flagText(QStringLiteral("all-day")) == QStringLiteral("all day"));
    CHECK(TimelineChartPainter::tr("Offender timeline") == QStringLiteral("Offender timeline"));
}
