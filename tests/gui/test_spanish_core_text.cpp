// Tessera's own words made in tessera_core, seen in the Spanish interface (issue 9 point 4): the due-and-expiring view
// shows deadline actions and process kinds in Spanish, and the gap suggestions, activity descriptions, record summaries
// and decision-point titles translate — while core (and so the CLI and the English production) keeps English.
#include "analysis/Timeline.h"
#include "case/Case.h"
#include "casework/DueView.h"
#include "casework/LegalProcessRepository.h"
#include "checkpoints/CheckpointCatalog.h"
#include "common/InterfaceLanguage.h"
#include "common/MessageBoxes.h"
#include "main/MainWindow.h"
#include "people/PeoplePanel.h"
#include "model/CoreWording.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <catch2/catch.hpp>

using namespace tessera;

namespace {

void ensureApp() {
    static int argc = 1;
    static char name[] = "test_gui";
    static char* argv[] = {name, nullptr};
    if (!QApplication::instance()) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        QStandardPaths::setTestModeEnabled(true);
        new QApplication(argc, argv); // never destroyed (see test_gui.cpp)
    }
}

} // namespace

TEST_CASE("In Spanish the due view, gap suggestions and decision points show Tessera's core words in Spanish",
          "[gui][translation]") {
    ensureApp();
    QTemporaryDir dir;
    const QDate today = QDate::currentDate();
    NewCaseOptions o;
    o.title = QStringLiteral("Operación Faro");
    o.displayZone = QStringLiteral("America/New_York");
    o.kdf = KdfParameters::testing();
    auto c = Case::create(dir.filePath(QStringLiteral("faro.tessera")), QStringLiteral("spanish core words"), o);
    NewLegalProcess p;
    p.kind = QStringLiteral("court-order");
    p.provider = QStringLiteral("Banco Ejemplo");
    p.served = today.addDays(-3).toString(Qt::ISODate);
    p.expires = today.addDays(30).toString(Qt::ISODate);
    LegalProcessRepository::add(*c, p);

    REQUIRE(InterfaceLanguage::installFor(QStringLiteral("es")));
    {
        DueView due;
        due.refresh(c.get(), today);
        REQUIRE(due.tree()->topLevelItemCount() == 1);
        CHECK(due.tree()->topLevelItem(0)->text(2) == QStringLiteral("vence la orden judicial"));
        CHECK(due.tree()->topLevelItem(0)->text(3).contains(QStringLiteral("orden judicial")));
        CHECK(CoreWording::translate(QStringLiteral("Independent evidence that usually proves this: online ads (online-ads)")) ==
              QStringLiteral("Evidencia independiente que suele probarlo: anuncios en línea (online-ads)"));
        CHECK(CoreWording::translate(CheckpointCatalog::builtIn().find(QStringLiteral("interview"))->title) ==
              QStringLiteral("Entrevista"));
        CHECK(CoreWording::translate(QStringLiteral("Lead 4 opened")) == QStringLiteral("Pista 4 abierta"));
        CHECK(CoreWording::activity(QStringLiteral("person add (person:2)"), QStringLiteral("person.add"),
                                    QStringLiteral("person:2")) == QStringLiteral("persona añadida (person:2)"));
        CHECK(CoreWording::activity(QStringLiteral("Lead 4 opened"), QStringLiteral("lead.add"), QStringLiteral("lead:4")) ==
              QStringLiteral("Pista 4 abierta"));
        CHECK(CoreWording::kind(QStringLiteral("call-records")) == QStringLiteral("registros de llamadas"));
        CHECK(CoreWording::kind(QStringLiteral("lpr")) == QStringLiteral("lecturas de lectores de matrículas"));
        CHECK(CoreWording::kind(QStringLiteral("made-up-kind")) == QStringLiteral("made-up-kind"));
        // Record summaries on screen: Tessera's words in Spanish, parties and the source's words as they are.
        CHECK(recordSummary(QStringLiteral("call"), QStringLiteral("out"), QStringLiteral("V-1"), {}, 30, {}, {}, {}, {},
                            QStringLiteral("zone-assumed"), true) ==
              QStringLiteral("Llamada, saliente: V-1 → desconocido (30 s) [marcado: zone-assumed]"));
        CHECK(recordSummary(QStringLiteral("lodging"), {}, {}, {}, -1, {}, {}, QStringLiteral("Room 12"),
                            QStringLiteral("Motel 6, Erie PA"), {}, true) ==
              QStringLiteral("Alojamiento: “Room 12” en Motel 6, Erie PA"));
        CHECK(recordSummary(QStringLiteral("call"), QStringLiteral("in"), {}, QStringLiteral("V-1"), 5, {}, {}, {}, {}, {}) ==
              QStringLiteral("Call, incoming: unknown → V-1 (5 s)"));
        // The deadline itself, as core words it for the CLI and the production, stays English.
        CHECK(LegalProcessRepository::due(c->db(), today).first().deadlines.first().action ==
              QStringLiteral("court order expires"));
    }
    REQUIRE(InterfaceLanguage::installFor(QStringLiteral("en")));
    {
        DueView due;
        due.refresh(c.get(), today);
        REQUIRE(due.tree()->topLevelItemCount() == 1);
        CHECK(due.tree()->topLevelItem(0)->text(2) == QStringLiteral("court order expires"));
        CHECK(CoreWording::kind(QStringLiteral("call-records")) == QStringLiteral("call-records")); // English: the code
    }
}

TEST_CASE("In Spanish the main window's minimum width still fits a laptop screen with the proof board shown",
          "[gui][layout][translation]") {
    // Found by looking at the Spanish window: longer Spanish button labels on the proof board widened it past 1366.
    ensureApp();
    REQUIRE(InterfaceLanguage::installFor(QStringLiteral("es")));
    MessageBoxes::setTestHook([](const MessageBoxes::Shown&) { return QMessageBox::Close; });
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cabe.tessera"));
    NewCaseOptions o;
    o.title = QStringLiteral("Diseño");
    o.kdf = KdfParameters::testing();
    Case::create(path, QStringLiteral("correct horse battery"), o)->close();
    {
        MainWindow w;
        REQUIRE(w.openCase(path, QStringLiteral("correct horse battery")));
        const auto offender = w.addPerson({QStringLiteral("offender")},
                                          QStringLiteral("Bartholomew Maximilian Quixwarth-Featherstonehaugh the Third"),
                                          QString());
        REQUIRE(offender);
        w.show();
        QApplication::processEvents();
        auto* proof = w.findChild<QAction*>(QStringLiteral("actionShowProofBoard"));
        REQUIRE(proof);
        proof->trigger();
        QApplication::processEvents();
        REQUIRE(w.findChild<QDockWidget*>(QStringLiteral("proofBoardDock"))->isVisible());
        w.findChild<PeoplePanel*>()->selectPerson(offender->id);
        QApplication::processEvents();
        INFO("minimum size hint " << w.minimumSizeHint().width() << " × " << w.minimumSizeHint().height());
        CHECK(w.minimumSizeHint().width() <= 1280);
        CHECK(w.minimumSizeHint().height() <= 700);
        w.closeCase();
    }
    MessageBoxes::setTestHook({});
    REQUIRE(InterfaceLanguage::installFor(QStringLiteral("en")));
}
