// The proof board in the main window (issue 3): charges × elements with each status in words and colour, the victim
// burden, click and Enter through to the evidence in the timeline, keyboard reach and accessible names, and adding a
// charge and linking an event as undoable commands. Runs on the offscreen platform.
#include "GuiTestSupport.h"
#include "analysis/PromotionRules.h"
#include "analysis/ProofBoard.h"
#include "analysis/Timeline.h"
#include "ingest/CallDetailRecordImporter.h"
#include "model/IdentifierRepository.h"
#include "case/Case.h"
#include "common/MessageBoxes.h"
#include "main/MainWindow.h"
#include "model/ChargeRepository.h"
#include "model/EventRepository.h"
#include "model/EvidenceLinks.h"
#include "model/PersonRepository.h"
#include "proof/AddChargeDialog.h"
#include "proof/LinkEventDialog.h"
#include "proof/ProofBoardModel.h"
#include "proof/ProofBoardView.h"
#include "proof/ProofStatusStyle.h"
#include "statutes/StatuteCatalog.h"
#include "render/TimelineChartPainter.h"
#include "timeline/ChartNavigation.h"
#include "timeline/TimelineChartWidget.h"
#include "timeline/RuleProposalsDialog.h"
#include "timeline/TimelineModel.h"
#include "timeline/TimelineView.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QPainterPath>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>
#include <catch2/catch.hpp>

using namespace tessera;
using namespace tessera::guitest;

namespace {

const QString kPass = QStringLiteral("proof board pass");

struct Ids {
    qint64 offender = 0, victim = 0, ffc = 0, lodging = 0, threat = 0, ad = 0, folio = 0;
};

/// The scenario, small: an ad and a payment (certified), a hotel folio (not yet), the victim's statement.
Ids buildScenario(const QString& path, const QTemporaryDir& dir) {
    NewCaseOptions o;
    o.title = QStringLiteral("Operation Harbor");
    o.caseNumber = QStringLiteral("2026-0311");
    o.displayZone = QStringLiteral("America/New_York");
    o.region = QStringLiteral("US");
    o.kdf = KdfParameters::testing();
    auto c = Case::create(path, kPass, o);
    Ids ids;
    ids.offender = PersonRepository::add(*c, {QStringLiteral("offender")}, QStringLiteral("Marcus Webb"), {}).id;
    ids.victim = PersonRepository::add(*c, {QStringLiteral("victim")}, QStringLiteral("Jane Roe"), QStringLiteral("1999-06-15")).id;
    int n = 0;
    auto exhibit = [&](const QString& kind, qint64 by, bool certified) {
        const QString f = dir.filePath(QStringLiteral("e%1.txt").arg(++n));
        QFile file(f);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral("exhibit %1 %2").arg(n).arg(kind).toUtf8());
        file.close();
        const qint64 id = EvidenceLinks::addExhibitFile(*c, f, kind, kind, by);
        if (certified) {
            Certification cert;
            cert.method = QStringLiteral("business-record");
            EvidenceLinks::certify(*c, id, cert);
        }
        return id;
    };
    auto event = [&](const QString& when, const QString& category, qint64 exhibitId) {
        NewEvent e;
        e.when = when;
        e.category = category;
        e.summary = category + QStringLiteral(" event");
        e.place = QStringLiteral("Newark, NJ");
        e.actors = {ids.offender};
        e.others = {ids.victim};
        const qint64 id = EventRepository::add(*c, e);
        EvidenceLinks::linkEventExhibit(*c, id, exhibitId, false);
        return id;
    };
    const qint64 ads = exhibit(QStringLiteral("online-ads"), 0, true);
    ids.folio = exhibit(QStringLiteral("lodging-records"), 0, false);
    const qint64 statement = exhibit(QStringLiteral("victim-statement"), ids.victim, false);
    ids.ad = event(QStringLiteral("2024-02-27"), QStringLiteral("advertising"), ads);
    ids.lodging = event(QStringLiteral("2024-03-01"), QStringLiteral("lodging"), ids.folio);
    ids.threat = event(QStringLiteral("2024-03-05"), QStringLiteral("threat"), statement);
    const StatuteCatalog catalog = StatuteCatalog::load();
    ids.ffc = ChargeRepository::add(*c, *catalog.find(QStringLiteral("18-usc-1591-a1-ffc")), ids.offender, ids.victim);
    ChargeRepository::linkElement(*c, ids.ffc, QStringLiteral("action"), ids.lodging);
    ChargeRepository::linkElement(*c, ids.ffc, QStringLiteral("means"), ids.threat);
    ChargeRepository::linkElement(*c, ids.ffc, QStringLiteral("purpose"), ids.ad);
    c->close();
    return ids;
}

QModelIndex statusCell(ProofBoardModel* m, qint64 chargeId, const QString& element) {
    const QModelIndex name = m->indexOf(chargeId, element);
    return name.sibling(name.row(), ProofBoardModel::Status);
}

QSet<qint64> selectedEvents(MainWindow& w) {
    QSet<qint64> out;
    for (const QModelIndex& i : w.timelineView()->selectionModel()->selectedRows())
        if (i.data(TimelineModel::ItemKindRole).toString() == QLatin1String("event"))
            out.insert(i.data(TimelineModel::ItemIdRole).toLongLong());
    return out;
}

} // namespace

TEST_CASE("the proof board shows each status in words and colour, the burden, and clicks through to the timeline", "[proof-gui]") {
    ensureApp();
    MessageBoxes::setTestHook([](const MessageBoxes::Shown&) { return QMessageBox::Ok; });
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("harbor.tessera"));
    const Ids ids = buildScenario(path, dir);
    MainWindow w;
    w.show();
    REQUIRE(w.openCase(path, kPass));

    // Reachable from the View menu; hidden until asked for.
    auto* toggle = w.findChild<QAction*>(QStringLiteral("actionShowProofBoard"));
    REQUIRE(toggle);
    CHECK(toggle->isEnabled());
    CHECK_FALSE(toggle->shortcut().isEmpty());
    toggle->trigger();
    CHECK(w.proofBoardDock()->isVisible());

    ProofBoardView* view = w.proofBoard();
    ProofBoardModel* m = view->model();
    REQUIRE(m->rowCount() == 1);
    const QModelIndex action = statusCell(m, ids.ffc, QStringLiteral("action"));
    const QModelIndex means = statusCell(m, ids.ffc, QStringLiteral("means"));
    const QModelIndex purpose = statusCell(m, ids.ffc, QStringLiteral("purpose"));
    const QModelIndex commerce = statusCell(m, ids.ffc, QStringLiteral("commerce"));
    CHECK(action.data().toString().contains(QStringLiteral("Pending authentication")));
    CHECK(means.data().toString().contains(QStringLiteral("Victim-only")));
    CHECK(purpose.data().toString().contains(QStringLiteral("Independent")));
    CHECK(commerce.data().toString().contains(QStringLiteral("Unsupported")));
    // Colour as well as words, and four different colours for four statuses.
    QSet<QRgb> colours;
    for (const QModelIndex& i : {action, means, purpose, commerce}) {
        const QColor bg = i.data(Qt::BackgroundRole).value<QBrush>().color();
        CHECK(bg == ProofStatusStyle::background(i.data(ProofBoardModel::StatusRole).toString()));
        colours.insert(bg.rgb());
        CHECK_FALSE(i.data(Qt::AccessibleTextRole).toString().isEmpty());
    }
    CHECK(colours.size() == 4);
    // Burden: one (means) of four required elements rests on the victim alone.
    auto* burden = view->findChild<QLabel*>(QStringLiteral("victimBurdenLabel"));
    REQUIRE(burden);
    CHECK(burden->text().contains(QStringLiteral("25%")));
    CHECK(burden->text().contains(QStringLiteral("1 of 4")));

    // Keyboard: choose "means" and press Enter: its event is selected in the timeline.
    QTreeView* tree = view->tree();
    CHECK(tree->focusPolicy() != Qt::NoFocus);
    CHECK_FALSE(tree->accessibleName().isEmpty());
    tree->setFocus();
    tree->setCurrentIndex(m->indexOf(ids.ffc, QStringLiteral("means")));
    QTest::keyClick(tree, Qt::Key_Return);
    CHECK(selectedEvents(w) == QSet<qint64>{ids.threat});
    // The gap list says what would close it; the evidence list names the statement.
    auto* gaps = view->findChild<QListWidget*>(QStringLiteral("proofGapList"));
    auto* evidence = view->findChild<QListWidget*>(QStringLiteral("proofEvidenceList"));
    REQUIRE(gaps);
    REQUIRE(evidence);
    QStringList gapTexts;
    for (int i = 0; i < gaps->count(); ++i)
        gapTexts << gaps->item(i)->text();
    CHECK(gapTexts.join(QLatin1Char('\n')).contains(QStringLiteral("victim-sourced evidence alone")));
    CHECK(evidence->count() == 2); // the event and the statement under it
    CHECK(evidence->item(1)->text().contains(QStringLiteral("victim-sourced")));

    // A click on "action" selects the lodging event; choosing the folio in the evidence list selects it too.
    const QModelIndex actionName = m->indexOf(ids.ffc, QStringLiteral("action"));
    tree->scrollTo(actionName);
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(actionName).center());
    CHECK(selectedEvents(w) == QSet<qint64>{ids.lodging});
    w.timelineView()->clearSelection();
    evidence->setCurrentRow(1);
    QTest::keyClick(evidence, Qt::Key_Return);
    CHECK(selectedEvents(w) == QSet<qint64>{ids.lodging});

    // Every control on the board can take keyboard focus and has a name.
    for (const char* name : {"addChargeButton", "linkEventButton", "showEvidenceButton"}) {
        auto* b = view->findChild<QPushButton*>(QString::fromLatin1(name));
        REQUIRE(b);
        CHECK(b->focusPolicy() != Qt::NoFocus);
        CHECK_FALSE(b->text().isEmpty());
    }
    CHECK_FALSE(evidence->accessibleName().isEmpty());
    CHECK_FALSE(gaps->accessibleName().isEmpty());
    MessageBoxes::setTestHook({});
}

TEST_CASE("adding a charge and linking an event are undoable commands on the board", "[proof-gui]") {
    ensureApp();
    MessageBoxes::setTestHook([](const MessageBoxes::Shown&) { return QMessageBox::Ok; });
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("harbor.tessera"));
    const Ids ids = buildScenario(path, dir);
    MainWindow w;
    REQUIRE(w.openCase(path, kPass));
    ProofBoardView* view = w.proofBoard();
    ProofBoardModel* m = view->model();
    QUndoStack* undo = view->undoStack();
    REQUIRE(m->rowCount() == 1);

    const qint64 added = view->addCharge(QStringLiteral("18-usc-1952"), ids.offender, std::nullopt);
    REQUIRE(added > 0);
    CHECK(m->rowCount() == 2);
    CHECK(view->linkEvent(added, QStringLiteral("intent"), ids.ad));
    CHECK(statusCell(m, added, QStringLiteral("intent")).data(ProofBoardModel::StatusRole).toString() ==
          QStringLiteral("independent"));
    CHECK(undo->count() == 2);

    undo->undo(); // unlink
    CHECK(statusCell(m, added, QStringLiteral("intent")).data(ProofBoardModel::StatusRole).toString() ==
          QStringLiteral("unsupported"));
    undo->undo(); // remove the charge
    CHECK(m->rowCount() == 1);
    CHECK(ChargeRepository::list(w.currentCase()->db()).size() == 1);
    undo->redo(); // the charge again (a new id)
    CHECK(m->rowCount() == 2);
    undo->redo(); // and its link
    const qint64 again = ChargeRepository::list(w.currentCase()->db()).last().id;
    CHECK(ChargeRepository::links(w.currentCase()->db(), again).size() == 1);

    // Linking the same event twice is refused calmly and pushes nothing.
    const int before = undo->count();
    CHECK_FALSE(view->linkEvent(ids.ffc, QStringLiteral("action"), ids.lodging));
    CHECK(undo->count() == before);
    MessageBoxes::setTestHook({});
}

TEST_CASE("the add-charge and link-event dialogs offer the right choices", "[proof-gui]") {
    ensureApp();
    const StatuteCatalog catalog = StatuteCatalog::load();
    AddChargeDialog charge(catalog.statutes(), {{7, QStringLiteral("Marcus Webb")}}, {{8, QStringLiteral("V-1")}});
    CHECK(charge.setStatuteId(QStringLiteral("18-usc-1591-minor")));
    charge.setPeople(7, 8);
    CHECK(charge.statuteId() == QStringLiteral("18-usc-1591-minor"));
    CHECK(charge.offenderId() == 7);
    CHECK(charge.victimId() == 8);
    auto* details = charge.findChild<QLabel*>(QStringLiteral("chargeTemplateDetails"));
    REQUIRE(details);
    CHECK(details->text().contains(QStringLiteral("3299")));
    CHECK(charge.findChild<QPushButton*>(QStringLiteral("addChargeOk"))->isEnabled());
    AddChargeDialog noOffender(catalog.statutes(), {}, {});
    CHECK_FALSE(noOffender.findChild<QPushButton*>(QStringLiteral("addChargeOk"))->isEnabled());

    ChargeProof cp;
    cp.id = 3;
    cp.citation = QStringLiteral("18 U.S.C. 1952");
    ElementProof e;
    e.id = QStringLiteral("intent");
    e.role = QStringLiteral("purpose");
    e.status = QStringLiteral("unsupported");
    cp.elements << e;
    EventSummary ev;
    ev.id = 11;
    ev.edtf = QStringLiteral("2024-03-01");
    ev.category = QStringLiteral("lodging");
    ev.summary = QStringLiteral("books a room");
    LinkEventDialog link({cp}, {ev}, QStringLiteral("America/New_York"), 3, QStringLiteral("intent"));
    auto* ok = link.findChild<QPushButton*>(QStringLiteral("linkEventOk"));
    CHECK_FALSE(ok->isEnabled()); // no event chosen yet
    CHECK(link.setEventId(11));
    CHECK(ok->isEnabled());
    CHECK(link.chargeId() == 3);
    CHECK(link.elementId() == QStringLiteral("intent"));
    CHECK(link.eventId() == 11);
}

TEST_CASE("records selected in the timeline are promoted to an event, and the promotion can be undone", "[proof-gui]") {
    ensureApp();
    MessageBoxes::setTestHook([](const MessageBoxes::Shown&) { return QMessageBox::Ok; });
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("harbor.tessera"));
    const Ids ids = buildScenario(path, dir);
    {
        auto c = Case::open(path, kPass);
        IdentifierRepository::add(*c, ids.offender, QStringLiteral("phone"), QStringLiteral("412-555-0147"), {}, {}, {});
        ImportOptions o;
        o.profile = QStringLiteral("cdr-bandicoot");
        o.timeBasis = QStringLiteral("America/New_York");
        o.subscriber = QStringLiteral("412-555-0147");
        CallDetailRecordImporter::run(*c, QStringLiteral(TESSERA_SAMPLES_DIR "/cdr-bandicoot/ego.csv"), o);
        c->close();
    }
    MainWindow w;
    REQUIRE(w.openCase(path, kPass));
    TimelineModel* m = w.timelineModel();
    const qint64 before = m->totalItems();
    // Choose the first two records, as a detective would with Shift+Down.
    QVector<qint64> records;
    for (int r = 0; r < m->rowCount() && records.size() < 2; ++r)
        if (m->index(r, 0).data(TimelineModel::ItemKindRole).toString() == QLatin1String("record"))
            records << m->index(r, 0).data(TimelineModel::ItemIdRole).toLongLong();
    REQUIRE(w.selectInTimeline({}, records) == 2);
    CHECK(w.selectedRecords() == records);
    auto* promote = w.findChild<QAction*>(QStringLiteral("actionPromoteRecords"));
    REQUIRE(promote);
    CHECK(promote->isEnabled());

    const EventProposal proposal = PromotionRules::fromRecords(w.currentCase()->db(), records, QStringLiteral("America/New_York"));
    CHECK(proposal.actors == QVector<qint64>{ids.offender});
    const qint64 event = w.promoteRecords(proposal, QStringLiteral("Newark, NJ"));
    REQUIRE(event > 0);
    CHECK(m->totalItems() == before + 1);
    CHECK(selectedEvents(w) == QSet<qint64>{event});
    CHECK(eventCorroboration(w.currentCase()->db(), event) == QStringLiteral("pending-authentication"));

    w.timelineUndoStack()->undo();
    CHECK(m->totalItems() == before);
    CHECK(m->rowOfEvent(event) == -1);
    w.timelineUndoStack()->redo();
    CHECK(m->totalItems() == before + 1);

    // The rules' proposals (a sex buyer's number in the call records) are accepted together and undone together.
    const std::optional<Person> buyer = w.addPerson({QStringLiteral("sex-buyer")}, QStringLiteral("Buyer E"), QString());
    REQUIRE(buyer);
    REQUIRE(w.addIdentifier(buyer->id, QStringLiteral("handle"), QStringLiteral("E"), {}, {}, {}));
    const QVector<EventProposal> proposals = PromotionRules::propose(w.currentCase()->db(), QStringLiteral("America/New_York"));
    REQUIRE(proposals.size() > 1);
    RuleProposalsDialog dialog(proposals);
    CHECK(dialog.accepted().isEmpty());
    dialog.setAllChecked(true);
    CHECK(dialog.accepted().size() == proposals.size());
    const qint64 withOne = m->totalItems();
    const QVector<qint64> made = w.acceptProposals(dialog.accepted());
    CHECK(made.size() == proposals.size());
    CHECK(m->totalItems() == withOne + made.size());
    CHECK(PromotionRules::propose(w.currentCase()->db(), QStringLiteral("America/New_York")).isEmpty());
    w.timelineUndoStack()->undo(); // the whole acceptance is one step
    CHECK(m->totalItems() == withOne);
    MessageBoxes::setTestHook({});
}

TEST_CASE("the timeline chart zooms and filters with undoable navigation and selects together with the table", "[proof-gui]") {
    ensureApp();
    MessageBoxes::setTestHook([](const MessageBoxes::Shown&) { return QMessageBox::Ok; });
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("harbor.tessera"));
    const Ids ids = buildScenario(path, dir);
    MainWindow w;
    w.resize(1400, 900);
    w.show();
    REQUIRE(w.openCase(path, kPass));
    TimelineChartWidget* chart = w.chartWidget();
    ChartNavigation* nav = chart->navigation();

    // The builder gives each event its category, upper bound and id.
    const TimelineChartLane& lane = chart->chartData().lanes.first();
    REQUIRE(lane.eventIds.size() == lane.eventTimesUtcUs.size());
    CHECK(lane.eventCategories.contains(QStringLiteral("lodging")));
    CHECK(lane.eventUpperUtcUs.size() == lane.eventIds.size());

    // Twelve categories, twelve different glyphs.
    QSet<QString> shapes;
    for (const char* c : {"recruitment", "advertising", "transport", "lodging", "commercial-sex", "payment", "violence",
                          "threat", "document-control", "communication", "travel", "other"}) {
        const QPainterPath path = TimelineChartPainter::glyph(QString::fromLatin1(c), QPointF(0, 0), 10);
        QString key;
        for (int i = 0; i < path.elementCount(); ++i)
            key += QStringLiteral("%1,%2;").arg(qRound(path.elementAt(i).x * 10)).arg(qRound(path.elementAt(i).y * 10));
        shapes.insert(key);
    }
    CHECK(shapes.size() == 12);

    // Zoom in twice, hide records, then go back step by step and forward again.
    CHECK(nav->view() == ChartView{});
    nav->zoomInAction()->trigger();
    const ChartView once = nav->view();
    CHECK(once.toUtcUs > once.fromUtcUs);
    nav->zoomInAction()->trigger();
    CHECK(nav->view().toUtcUs - nav->view().fromUtcUs < once.toUtcUs - once.fromUtcUs);
    nav->showRecordsAction()->trigger();
    CHECK_FALSE(nav->view().showRecords);
    CHECK(nav->stack()->count() == 3);
    nav->backAction()->trigger();
    CHECK(nav->view().showRecords);
    CHECK(nav->showRecordsAction()->isChecked());
    nav->backAction()->trigger();
    CHECK(nav->view() == once);
    nav->backAction()->trigger();
    CHECK(nav->view() == ChartView{});
    nav->forwardAction()->trigger();
    CHECK(nav->view() == once);
    nav->fitAction()->trigger();
    CHECK(nav->view() == ChartView{});
    // The actions are in View → Timeline chart.
    auto* menu = w.findChild<QMenu*>(QStringLiteral("menuTimelineChart"));
    REQUIRE(menu);
    CHECK(menu->actions().size() == 6);

    // Selecting an event in the table rings it in the chart; clicking its mark selects it in the table.
    REQUIRE(w.selectInTimeline({ids.threat}, {}) == 1);
    CHECK(chart->selectedEvents() == QVector<qint64>{ids.threat});
    chart->grab(); // paint, so the marks have hit boxes
    QPointF lodgingMark;
    bool found = false;
    for (int x = 0; x < chart->width() && !found; ++x)
        for (int y = 0; y < chart->height() && !found; y += 2)
            if (chart->eventAt(QPointF(x, y)) == ids.lodging) {
                lodgingMark = QPointF(x, y);
                found = true;
            }
    REQUIRE(found);
    QTest::mouseClick(chart, Qt::LeftButton, {}, lodgingMark.toPoint());
    CHECK(selectedEvents(w) == QSet<qint64>{ids.lodging});
    CHECK(chart->selectedEvents() == QVector<qint64>{ids.lodging});
    // Keyboard: Right moves to the next mark, Enter selects it in the table.
    chart->setFocus();
    QTest::keyClick(chart, Qt::Key_Right);
    QTest::keyClick(chart, Qt::Key_Return);
    CHECK(selectedEvents(w).size() == 1);
    CHECK_FALSE(selectedEvents(w).contains(ids.lodging));
    MessageBoxes::setTestHook({});
}
