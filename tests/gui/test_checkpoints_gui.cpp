// The victim-choice GUI (issue 4) on the offscreen platform: the checkpoint gate (explain checklist, one-step record,
// alternatives when the answer is no), the person's page with the ledger, withdraw and undo by a compensating entry,
// interview mode (blocked until the interview choice is agreed; note-taker; interpreter neutrality; repeat warning)
// and the benefit ledger with the Continued Presence note. Set TESSERA_SCREENSHOT_DIR to save the screenshots of
// docs/images (checkpoint-gate.png, checkpoint-ledger.png, interview-mode.png).

#include "GuiTestSupport.h"
#include "analysis/ProofBoard.h"
#include "case/Case.h"
#include "case/CaseError.h"
#include "checkpoints/BenefitDialog.h"
#include "checkpoints/BenefitLedger.h"
#include "checkpoints/CheckpointGateDialog.h"
#include "checkpoints/CheckpointLedger.h"
#include "checkpoints/InterviewLedger.h"
#include "checkpoints/InterviewModeDialog.h"
#include "checkpoints/VictimChoicesDialog.h"
#include "common/MessageBoxes.h"
#include "ingest/CallDetailRecordImporter.h"
#include "model/ChargeRepository.h"
#include "model/EventRepository.h"
#include "model/IdentifierRepository.h"
#include "statutes/StatuteCatalog.h"
#include "model/EvidenceLinks.h"
#include "model/PersonRepository.h"
#include "people/PeoplePanel.h"

#include <QAccessible>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QGroupBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QUndoStack>
#include <catch2/catch.hpp>

using namespace tessera;
using namespace tessera::guitest;


TEST_CASE("The checkpoint gate asks for an informed answer, records it in one step and offers alternatives", "[gui][checkpoint]") {
    GuiCase g(QStringLiteral("1999-05-05"));
    QUndoStack undo;
    CheckpointGateDialog gate(*g.c, g.victim, QStringLiteral("V-1"), QStringLiteral("device-extraction"), &undo);
    auto* record = child<QPushButton>(&gate, "recordDecisionButton");
    {
        QWidget* note = gate.findChild<QWidget*>(QStringLiteral("gateNote"));
        REQUIRE(note);
        QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(note);
        INFO("accessible name " << note->accessibleName().toStdString() << " class " << note->metaObject()->className());
        CHECK(iface->text(QAccessible::Name) == QStringLiteral("Note"));
    }
    CHECK_FALSE(record->isEnabled()); // no answer yet
    CHECK(child<QLabel>(&gate, "gateQuestion")->text().contains(QStringLiteral("V-1")));
    child<QRadioButton>(&gate, "answerAgreed")->setChecked(true);
    CHECK_FALSE(record->isEnabled()); // an agreement is informed: every point explained first
    CHECK(child<QLabel>(&gate, "gateProblem")->text().contains(QStringLiteral("explained")));
    for (int i = 0;; ++i) {
        auto* box = gate.findChild<QCheckBox*>(QStringLiteral("explainItem%1").arg(i));
        if (!box)
            break;
        box->setChecked(true);
    }
    CHECK(record->isEnabled());
    CHECK(child<QGroupBox>(&gate, "scopeBox")->isEnabled());
    CHECK_FALSE(child<QGroupBox>(&gate, "alternativesBox")->isVisibleTo(&gate));
    child<QLineEdit>(&gate, "scopeItems")->setText(QStringLiteral("WhatsApp, Signal"));

    // The answer is no: the alternatives appear, and a decline needs nothing ticked.
    child<QRadioButton>(&gate, "answerDeclined")->setChecked(true);
    CHECK(child<QGroupBox>(&gate, "alternativesBox")->isVisibleTo(&gate));
    CHECK(child<QGroupBox>(&gate, "alternativesBox")->findChildren<QLabel*>().size() > 2);
    CHECK_FALSE(child<QGroupBox>(&gate, "scopeBox")->isEnabled());
    CHECK(record->isEnabled());
    screenshot(&gate, QStringLiteral("checkpoint-gate.png"));
    gate.accept();
    REQUIRE(gate.recordedId() > 0);
    const auto latest = CheckpointLedger::latest(g.c->db(), g.victim, QStringLiteral("device-extraction"));
    REQUIRE(latest);
    CHECK(latest->decision == QStringLiteral("declined"));
    CHECK(latest->scopeItems.isEmpty()); // a scope belongs to an agreement only
    CHECK(undo.count() == 1);

    // Undo appends a compensating entry; nothing is deleted.
    undo.undo();
    const auto list = CheckpointLedger::list(g.c->db(), g.victim);
    REQUIRE(list.size() == 2);
    CHECK(list[1].decision == QStringLiteral("deferred"));
    CHECK(list[1].note.contains(QStringLiteral("recorded in error")));
}

TEST_CASE("Where Continued Presence is recorded, the gate and the benefit dialog say it is never conditioned on cooperation",
          "[gui][checkpoint]") {
    GuiCase g(QStringLiteral("1999-05-05"));
    CheckpointGateDialog gate(*g.c, g.victim, QStringLiteral("V-1"), QStringLiteral("continued-presence"));
    CHECK(child<QLabel>(&gate, "neverConditionedNote")->text().contains(QStringLiteral("never conditioned on cooperation")));
    CheckpointGateDialog interview(*g.c, g.victim, QStringLiteral("V-1"), QStringLiteral("interview"));
    CHECK(interview.findChild<QLabel*>(QStringLiteral("neverConditionedNote")) == nullptr);

    BenefitDialog benefit(*g.c, g.victim);
    auto* kind = child<QComboBox>(&benefit, "benefitKind");
    auto* note = child<QLabel>(&benefit, "continuedPresenceNote");
    CHECK_FALSE(note->isVisibleTo(&benefit));
    kind->setCurrentIndex(kind->findData(QStringLiteral("continued-presence")));
    CHECK(note->isVisibleTo(&benefit));
    CHECK(note->text().contains(QStringLiteral("never conditioned on cooperation")));
    kind->setCurrentIndex(kind->findData(QStringLiteral("lodging")));
    auto* amount = child<QLineEdit>(&benefit, "benefitAmount");
    amount->setText(QStringLiteral("1e3"));
    CHECK_FALSE(child<QPushButton>(&benefit, "recordBenefitButton")->isEnabled());
    amount->setText(QStringLiteral("125.50"));
    CHECK(child<QPushButton>(&benefit, "recordBenefitButton")->isEnabled());
    benefit.accept();
    const auto list = BenefitLedger::list(g.c->db(), g.victim);
    REQUIRE(list.size() == 1);
    CHECK(list[0].kind == QStringLiteral("lodging"));
    CHECK(list[0].amount == QStringLiteral("125.50"));
}

TEST_CASE("The person's page shows the ledger, withdraws an agreed choice with sealing, and undoes by appending",
          "[gui][checkpoint]") {
    GuiCase g(QStringLiteral("1999-05-05"));
    g.decide(QStringLiteral("interview"), QStringLiteral("declined"));
    {
        NewCheckpointDecision d;
        d.personId = g.victim;
        d.point = QStringLiteral("device-extraction");
        d.decision = QStringLiteral("agreed");
        d.scopeFrom = QStringLiteral("2014-03-01");
        d.scopeTo = QStringLiteral("2014-04-30");
        d.scopeItems = {QStringLiteral("WhatsApp")};
        d.explained = true;
        CheckpointLedger::record(*g.c, d);
    }
    g.decide(QStringLiteral("interview"), QStringLiteral("agreed"));
    const QString phone = g.dir.filePath(QStringLiteral("phone.bin"));
    {
        QFile f(phone);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("extraction");
    }
    const qint64 extraction = EvidenceLinks::addExhibitFile(*g.c, phone, QStringLiteral("victim-device-extraction"),
                                                            QStringLiteral("V-1 phone"), g.victim);
    BenefitLedger::add(*g.c, g.victim, QStringLiteral("continued-presence"), QStringLiteral("2026-03-02"), {}, {});
    BenefitLedger::add(*g.c, g.victim, QStringLiteral("lodging"), QStringLiteral("2026-03-01"), QStringLiteral("125.50"),
                       QStringLiteral("two nights"));

    VictimChoicesDialog page(*g.c, g.victim);
    CHECK(page.windowTitle().contains(QStringLiteral("V-1")));
    CHECK_FALSE(page.windowTitle().contains(QStringLiteral("Rosa")));
    auto* ledger = child<QTableWidget>(&page, "choiceLedger");
    REQUIRE(ledger->rowCount() == 3);
    CHECK(ledger->item(0, 2)->text() == QStringLiteral("Declined"));
    CHECK(ledger->item(2, 2)->text().contains(QStringLiteral("applies now")));
    CHECK(child<QTableWidget>(&page, "benefitLedger")->rowCount() == 2);
    auto* withdraw = child<QPushButton>(&page, "withdrawButton");
    ledger->setCurrentCell(0, 0); // the superseded decline: nothing to withdraw
    CHECK_FALSE(withdraw->isEnabled());
    ledger->setCurrentCell(1, 0); // the agreed device extraction
    CHECK(withdraw->isEnabled());

    QStringList asked;
    MessageBoxes::setTestHook([&](const MessageBoxes::Shown& s) {
        asked << s.text + QLatin1Char(' ') + s.details;
        return QMessageBox::Yes;
    });
    page.withdrawSelected();
    MessageBoxes::setTestHook({});
    REQUIRE(asked.size() == 1);
    CHECK(asked[0].contains(QStringLiteral("never deleted")));
    CHECK(ledger->rowCount() == 4);
    CHECK(CheckpointLedger::latest(g.c->db(), g.victim, QStringLiteral("device-extraction"))->decision == QStringLiteral("withdrawn"));
    CHECK(CheckpointLedger::seals(g.c->db()).contains(extraction));
    ledger->setCurrentCell(3, 0);
    screenshot(&page, QStringLiteral("checkpoint-ledger.png"));

    page.undoStack()->undo();
    CHECK(ledger->rowCount() == 5); // a compensating entry, nothing deleted
    CHECK(CheckpointLedger::latest(g.c->db(), g.victim, QStringLiteral("device-extraction"))->decision == QStringLiteral("agreed"));
    CHECK(CheckpointLedger::seals(g.c->db()).contains(extraction)); // what was sealed stays sealed
}

TEST_CASE("Interview mode waits for the interview choice, needs one note-taker and a neutral interpreter, and warns before a repeat",
          "[gui][checkpoint]") {
    GuiCase g(QStringLiteral("1999-05-05"));
    g.decide(QStringLiteral("interview"), QStringLiteral("declined"));
    {
        InterviewModeDialog mode(*g.c, g.victim);
        CHECK(child<QLabel>(&mode, "interviewBanner")->text().contains(QStringLiteral("declined")));
        CHECK(child<QLabel>(&mode, "interviewBanner")->text().contains(QStringLiteral("records")));
        CHECK_FALSE(child<QPushButton>(&mode, "recordInterviewButton")->isEnabled());
        CHECK(child<QPushButton>(&mode, "askInterviewButton")->isVisibleTo(&mode));
    }
    g.decide(QStringLiteral("interview"), QStringLiteral("agreed"));
    g.decide(QStringLiteral("advocate"), QStringLiteral("agreed"));
    InterviewModeDialog mode(*g.c, g.victim);
    auto* record = child<QPushButton>(&mode, "recordInterviewButton");
    CHECK(child<QLabel>(&mode, "interviewBanner")->text().contains(QStringLiteral("first interview")));
    CHECK(child<QLabel>(&mode, "choiceStatus")->text().contains(QStringLiteral("not asked yet")));
    CHECK_FALSE(record->isEnabled());
    child<QLineEdit>(&mode, "interviewLead")->setText(QStringLiteral("SA Lee"));
    CHECK_FALSE(record->isEnabled());
    child<QLineEdit>(&mode, "interviewNoteTaker")->setText(QStringLiteral("Det. Park"));
    CHECK(record->isEnabled());
    child<QLineEdit>(&mode, "interviewInterpreter")->setText(QStringLiteral("Court interpreter (Spanish)"));
    CHECK_FALSE(record->isEnabled()); // neutrality first
    for (int i = 0; i < 4; ++i)
        child<QCheckBox>(&mode, QStringLiteral("neutrality%1").arg(i).toLatin1().constData())->setChecked(true);
    CHECK(record->isEnabled());
    child<QLineEdit>(&mode, "interviewAdvocate")->setText(QStringLiteral("Shelter advocate"));
    child<QCheckBox>(&mode, "prompt_before_0")->setChecked(true);
    child<QCheckBox>(&mode, "prompt_opening_2")->setChecked(true);
    screenshot(&mode, QStringLiteral("interview-mode.png"));
    mode.accept();
    const auto list = InterviewLedger::list(g.c->db(), g.victim);
    REQUIRE(list.size() == 1);
    CHECK(list[0].advocate == QStringLiteral("Shelter advocate"));
    CHECK(list[0].prompts.value(QStringLiteral("opening")).toArray().contains(2));

    InterviewModeDialog again(*g.c, g.victim);
    const QString banner = child<QLabel>(&again, "interviewBanner")->text();
    CHECK(banner.contains(QStringLiteral("1 time(s)")));
    CHECK(banner.contains(QStringLiteral("interview 2")));
}

TEST_CASE("The people dock opens a person's choices for victims and witnesses only", "[gui][checkpoint]") {
    GuiCase g(QStringLiteral("1999-05-05"));
    PeoplePanel panel;
    panel.setPeople(PersonRepository::list(g.c->db()), {});
    QList<qint64> requested;
    QObject::connect(&panel, &PeoplePanel::choicesRequested, [&](qint64 id) { requested << id; });
    auto* button = child<QPushButton>(&panel, "choicesButton");
    panel.selectPerson(g.offender);
    CHECK_FALSE(button->isEnabled());
    panel.selectPerson(g.victim);
    CHECK(button->isEnabled());
    button->click();
    CHECK(requested == QList<qint64>{g.victim});
}

TEST_CASE("The scenario through the GUI: V-1 declines an interview and a device extraction and the case is built from "
          "records and V-1 later agrees to an interview with an advocate", "[gui][checkpoint]") {
    GuiCase g(QStringLiteral("1999-05-05"));
    auto answer = [&](const QString& point, const char* radio, bool explainAll, bool advocate) {
        CheckpointGateDialog gate(*g.c, g.victim, QStringLiteral("V-1"), point);
        if (explainAll)
            for (QCheckBox* box : gate.findChildren<QCheckBox*>())
                if (box->objectName().startsWith(QStringLiteral("explainItem")))
                    box->setChecked(true);
        child<QCheckBox>(&gate, "advocatePresent")->setChecked(advocate);
        child<QRadioButton>(&gate, radio)->setChecked(true);
        REQUIRE(child<QPushButton>(&gate, "recordDecisionButton")->isEnabled());
        gate.accept();
        REQUIRE(gate.result() == QDialog::Accepted);
    };
    answer(QStringLiteral("interview"), "answerDeclined", true, false);
    answer(QStringLiteral("device-extraction"), "answerDeclined", true, false);
    {
        InterviewModeDialog mode(*g.c, g.victim);
        CHECK_FALSE(child<QPushButton>(&mode, "recordInterviewButton")->isEnabled());
        CHECK(child<QLabel>(&mode, "interviewBanner")->text().contains(QStringLiteral("declined")));
    }
    const QString phone = g.dir.filePath(QStringLiteral("phone.bin"));
    {
        QFile f(phone);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("extraction");
    }
    bool held = false;
    try {
        EvidenceLinks::addExhibitFile(*g.c, phone, QStringLiteral("victim-device-extraction"), {}, g.victim);
    } catch (const CaseError& e) {
        held = e.kind() == ErrorKind::HeldByVictimChoice && e.message().contains(QStringLiteral("device-extraction"));
    }
    CHECK(held);

    // The case against the offender is built from records: his call records prove the commerce element.
    IdentifierRepository::add(*g.c, g.offender, QStringLiteral("phone"), QStringLiteral("412 555 0147"), {}, {}, {});
    ImportOptions o;
    o.profile = QStringLiteral("cdr-bandicoot");
    o.subscriber = QStringLiteral("412-555-0147");
    o.timeBasis = QStringLiteral("America/New_York");
    const ImportResult imported = CallDetailRecordImporter::run(*g.c, QStringLiteral(TESSERA_SAMPLES_DIR "/cdr-bandicoot/ego.csv"), o);
    CHECK(imported.records == 314);
    Certification cert;
    cert.method = QStringLiteral("business-record");
    cert.noticeServed = QStringLiteral("2026-11-01");
    EvidenceLinks::certify(*g.c, imported.exhibitId, cert);
    const StatuteCatalog catalog = StatuteCatalog::load();
    const qint64 charge = ChargeRepository::add(*g.c, *catalog.find(QStringLiteral("18-usc-1591-a1-ffc")), g.offender, g.victim);
    NewEvent e;
    e.when = QStringLiteral("2014-03");
    e.category = QStringLiteral("communication");
    e.summary = QStringLiteral("Webb used his phone to arrange commercial sex");
    e.actors = {g.offender};
    e.others = {g.victim};
    const qint64 event = EventRepository::add(*g.c, e);
    EvidenceLinks::linkEventExhibit(*g.c, event, imported.exhibitId, false);
    ChargeRepository::linkElement(*g.c, charge, QStringLiteral("commerce"), event);
    QString commerce;
    const ProofBoardResult board = ProofBoard::build(*g.c);
    REQUIRE(board.charges.size() == 1);
    for (const ElementProof& el : board.charges.first().elements)
        if (el.id == QLatin1String("commerce"))
            commerce = el.status;
    CHECK(commerce == QStringLiteral("independent"));

    // V-1 later agrees to an interview, with an advocate present; interview mode records it.
    answer(QStringLiteral("interview"), "answerAgreed", true, true);
    InterviewModeDialog mode(*g.c, g.victim);
    child<QLineEdit>(&mode, "interviewLead")->setText(QStringLiteral("SA Lee"));
    child<QLineEdit>(&mode, "interviewNoteTaker")->setText(QStringLiteral("Det. Park"));
    child<QLineEdit>(&mode, "interviewAdvocate")->setText(QStringLiteral("Shelter advocate"));
    REQUIRE(child<QPushButton>(&mode, "recordInterviewButton")->isEnabled());
    mode.accept();
    const auto interviews = InterviewLedger::list(g.c->db(), g.victim);
    REQUIRE(interviews.size() == 1);
    CHECK(interviews[0].advocate == QStringLiteral("Shelter advocate"));
    CHECK(CheckpointLedger::latest(g.c->db(), g.victim, QStringLiteral("interview"))->advocatePresent);
}
