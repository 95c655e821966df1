// Issue 10 "Done when", driven through the GUI (offscreen): a gap on the advertising element → a lead in one step from
// the proof board's gap → a preservation request and a subpoena to the ad site (the Add legal process dialog) → the
// ad site's return imported against the subpoena (the Import dialog), two rows outside the window quarantined → the
// lead closed with the return → the business-record certificate attached from the proof board (the Record
// authentication dialog) → the element independent; then undo and redo of the certificate. A second case undoes an
// added note, lead and legal process (a withdrawal appended, never a deletion). Set
// TESSERA_GUI_PREVIEW_DIR to keep a PNG of each step (docs/images/scenario-*.png come from here).

#include "GuiTestSupport.h"
#include "case/Case.h"
#include "casework/CaseworkPanel.h"
#include "casework/CertifyExhibitDialog.h"
#include "casework/CloseLeadDialog.h"
#include "casework/DueView.h"
#include "casework/ExhibitsPanel.h"
#include "casework/LeadRepository.h"
#include "casework/LeadsPanel.h"
#include "casework/LegalProcessDialog.h"
#include "casework/LegalProcessRepository.h"
#include "casework/NewLeadDialog.h"
#include "casework/NoteRepository.h"
#include "casework/NotesPanel.h"
#include "casework/ReturnScope.h"
#include "common/MessageBoxes.h"
#include "common/OptionalDateEdit.h"
#include "importer/ImportDialog.h"
#include "main/MainWindow.h"
#include "model/ChargeRepository.h"
#include "model/EventRepository.h"
#include "model/EvidenceLinks.h"
#include "model/ExhibitRepository.h"
#include "model/IdentifierRepository.h"
#include "model/PersonRepository.h"
#include "proof/ProofBoardModel.h"
#include "proof/ProofBoardView.h"
#include "storage/Database.h"
#include "statutes/StatuteCatalog.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeView>
#include <QTreeWidget>
#include <QUndoStack>
#include <catch2/catch.hpp>
#include <functional>

using namespace tessera;
using namespace tessera::guitest;

namespace {

const QString kPass = QStringLiteral("scenario gui passphrase");

/// Sets an OptionalDateEdit to `day` (ticks its box).
void setDay(QWidget& dialog, const char* objectName, const QDate& day) {
    auto* edit = dialog.findChild<OptionalDateEdit*>(QLatin1String(objectName));
    REQUIRE(edit);
    edit->setDate(day);
}

void chooseData(QComboBox* combo, const QVariant& data) {
    REQUIRE(combo);
    const int i = combo->findData(data);
    REQUIRE(i >= 0);
    combo->setCurrentIndex(i);
}

QString status(ProofBoardView* board, qint64 charge) {
    return board->model()->indexOf(charge, QStringLiteral("action")).data(ProofBoardModel::StatusRole).toString();
}

} // namespace

TEST_CASE("Issue 10 scenario in the GUI: gap, lead, preservation and subpoena, scoped return, certificate, independent", "[gui][casework][scenario]") {
    ensureApp();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("lantern.tessera"));
    qint64 charge = 0, phone = 0, event = 0;
    {
        NewCaseOptions o;
        o.title = QStringLiteral("Operation Lantern");
        o.caseNumber = QStringLiteral("2026-0310");
        o.displayZone = QStringLiteral("America/New_York");
        o.region = QStringLiteral("US");
        o.investigator = QStringLiteral("Det. R. Alvarez");
        o.kdf = KdfParameters::testing();
        auto c = Case::create(path, kPass, o);
        const qint64 off = PersonRepository::add(*c, {QStringLiteral("offender")}, QStringLiteral("Marcus Webb"), {}).id;
        const qint64 vic = PersonRepository::add(*c, {QStringLiteral("victim")}, QStringLiteral("Jane Roe"), {}).id;
        phone = IdentifierRepository::add(*c, off, QStringLiteral("phone"), QStringLiteral("412 555 0147"), {}, {}, {})
                    .identifier.id;
        const StatuteCatalog catalog = StatuteCatalog::load();
        charge = ChargeRepository::add(*c, *catalog.find(QStringLiteral("18-usc-1591-a1-ffc")), off, vic);
        // The advertising act is known from the victim's statement alone: a gap.
        const QString stmt = dir.filePath(QStringLiteral("statement.txt"));
        QFile f(stmt);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("statement\n");
        f.close();
        const qint64 ex = EvidenceLinks::addExhibitFile(*c, stmt, QStringLiteral("victim-statement"), QStringLiteral("Statement"));
        NewEvent e;
        e.when = QStringLiteral("2023-07");
        e.category = QStringLiteral("advertising");
        e.summary = QStringLiteral("Ads posted with the offender's phone number");
        e.actors = {off};
        e.others = {vic};
        event = EventRepository::add(*c, e);
        EvidenceLinks::linkEventExhibit(*c, event, ex, false);
        ChargeRepository::linkElement(*c, charge, QStringLiteral("action"), event);
        c->close();
    }

    QList<MessageBoxes::Shown> shown;
    MessageBoxes::setTestHook([&](const MessageBoxes::Shown& s) {
        shown.append(s);
        return QMessageBox::Ok;
    });
    MainWindow w;
    w.resize(1600, 1000);
    w.show();
    REQUIRE(w.openCase(path, kPass));
    CaseworkPanel* panel = w.caseworkPanel();
    ProofBoardView* board = w.proofBoard();
    REQUIRE(w.showDialogByName(QStringLiteral("proof-board"), QStringLiteral("%1/action").arg(charge)));
    CHECK(status(board, charge) == QStringLiteral("victim-only"));
    preview(w, QStringLiteral("scenario-1-gap"));

    // 1. Gap → lead in one step, from the proof board: the title comes from the gap.
    auto* leadButton = board->findChild<QPushButton*>(QStringLiteral("proofLeadFromGapButton"));
    REQUIRE(leadButton);
    REQUIRE(leadButton->isEnabled());
    Answer<NewLeadDialog> answerLead([](NewLeadDialog& d) {
        CHECK(d.findChild<QLineEdit*>(QStringLiteral("leadTitleEdit"))->text().startsWith(QStringLiteral("Get online ads")));
        d.findChild<QLineEdit*>(QStringLiteral("leadOwnerEdit"))->setText(QStringLiteral("Det. R. Alvarez"));
        preview(d, QStringLiteral("scenario-2-lead"));
        d.accept();
    });
    leadButton->click();
    CHECK(answerLead.answered());
    const QVector<Lead> leads = LeadRepository::list(w.currentCase()->db());
    REQUIRE(leads.size() == 1);
    CHECK(leads[0].chargeId == charge);
    CHECK(leads[0].elementId == QStringLiteral("action"));
    const qint64 lead = leads[0].id;

    // 2. A preservation request and a subpoena to the ad site, through the Add legal process dialog.
    auto addProcess = [&](const QString& kind, const QDate& served, const QDate& due, bool window, const char* shot) {
        Answer<LegalProcessDialog> answer([&](LegalProcessDialog& d) {
            chooseData(d.findChild<QComboBox*>(QStringLiteral("processKindCombo")), kind);
            d.findChild<QLineEdit*>(QStringLiteral("processProviderEdit"))->setText(QStringLiteral("Example Classifieds"));
            setDay(d, "processServedEdit", served);
            if (due.isValid())
                setDay(d, "processDueEdit", due);
            auto* ids = d.findChild<QListWidget*>(QStringLiteral("processIdentifierList"));
            REQUIRE(ids);
            for (int i = 0; i < ids->count(); ++i)
                if (ids->item(i)->data(Qt::UserRole).toLongLong() == phone)
                    ids->item(i)->setCheckState(Qt::Checked);
            if (window) {
                setDay(d, "processFromEdit", QDate(2023, 7, 1));
                setDay(d, "processToEdit", QDate(2023, 7, 31));
            }
            chooseData(d.findChild<QComboBox*>(QStringLiteral("processLeadCombo")), lead);
            if (shot)
                preview(d, QLatin1String(shot));
            d.accept();
        });
        panel->findChild<QPushButton*>(QStringLiteral("addProcessButton"))->click();
        CHECK(answer.answered());
    };
    addProcess(QStringLiteral("preservation"), QDate(2023, 7, 20), {}, false, nullptr);
    addProcess(QStringLiteral("subpoena"), QDate(2023, 8, 1), QDate(2023, 8, 31), true, "scenario-3-subpoena");
    const QVector<LegalProcess> processes = LegalProcessRepository::list(w.currentCase()->db());
    REQUIRE(processes.size() == 2);
    CHECK(processes[0].kind == QStringLiteral("preservation"));
    CHECK(processes[0].expires == QDate(2023, 10, 18)); // 90 days from service, 18 U.S.C. 2703(f)(2)
    const qint64 subpoena = processes[1].id;
    CHECK(processes[1].kind == QStringLiteral("subpoena"));
    CHECK(processes[1].leadId == lead);
    CHECK(processes[1].identifiers.size() == 1);

    // 3. The ad site's return, imported as the subpoena's return: rows 4 (August) and 5 (June) are outside the window.
    const QString ret = dir.filePath(QStringLiteral("classifieds-return.csv"));
    QFile rf(ret);
    REQUIRE(rf.open(QIODevice::WriteOnly));
    rf.write("Ad ID,Posted,Site,City,Phone,Title\n"
             "000123,2023-07-04 21:15,example-classifieds,Pittsburgh,412.555.0147,New in town\n"
             "000124,2023-07-18 20:00,example-classifieds,Pittsburgh,412.555.0147,Back this week\n"
             "000125,2023-08-15 19:00,example-classifieds,Pittsburgh,412.555.0147,Last days\n"
             "000126,2023-06-20 12:00,example-classifieds,Pittsburgh,412.555.0147,Arriving soon\n");
    rf.close();
    shown.clear();
    Answer<ImportDialog> answerImport([&](ImportDialog& d) {
        d.setFilePath(ret);
        d.setProfile(QStringLiteral("ads-csv"));
        chooseData(d.findChild<QComboBox*>(QStringLiteral("importReturnOf")), subpoena);
        preview(d, QStringLiteral("scenario-4-import-return"));
        d.accept();
    });
    w.importInteractive();
    CHECK(answerImport.answered());
    const QVector<QuarantinedRecord> quarantined = ReturnScope::list(w.currentCase()->db(), subpoena);
    REQUIRE(quarantined.size() == 2);
    CHECK(quarantined[0].rowNumber == 4);
    CHECK(quarantined[1].rowNumber == 5);
    REQUIRE_FALSE(shown.isEmpty());
    CHECK(shown.last().text.contains(QStringLiteral("quarantined")));
    const qint64 returned = quarantined[0].exhibitId;

    // 4. Closing the lead with the return links it to the advertising event: pending authentication.
    Answer<CloseLeadDialog> answerClose([&](CloseLeadDialog& d) {
        d.findChild<QPlainTextEdit*>(QStringLiteral("leadOutcomeEdit"))->setPlainText(QStringLiteral("Ad site records, July 2023"));
        auto* list = d.findChild<QListWidget*>(QStringLiteral("leadExhibitList"));
        for (int i = 0; i < list->count(); ++i)
            if (list->item(i)->text().contains(QStringLiteral("classifieds-return.csv")))
                list->item(i)->setCheckState(Qt::Checked);
        d.accept();
    });
    panel->closeLeadInteractive(lead);
    CHECK(answerClose.answered());
    REQUIRE(board->selectElement(charge, QStringLiteral("action")));
    CHECK(status(board, charge) == QStringLiteral("pending-authentication"));
    preview(w, QStringLiteral("scenario-5-pending"));

    // 5. The business-record certificate, attached from the proof board's pending-authentication element.
    const QString cert = dir.filePath(QStringLiteral("certificate.txt"));
    QFile cf(cert);
    REQUIRE(cf.open(QIODevice::WriteOnly));
    cf.write("Certificate of authenticity of business records (FRE 902(11)), Example Classifieds\n");
    cf.close();
    auto* certifyButton = board->findChild<QPushButton*>(QStringLiteral("proofCertifyButton"));
    REQUIRE(certifyButton);
    REQUIRE(certifyButton->isEnabled());
    Answer<CertifyExhibitDialog> answerCertify([&](CertifyExhibitDialog& d) {
        CHECK(d.exhibitId() == returned); // the exhibit pending authentication is chosen
        chooseData(d.findChild<QComboBox*>(QStringLiteral("certifyMethodCombo")), QStringLiteral("business-record"));
        d.findChild<QLineEdit*>(QStringLiteral("certifyCertificateEdit"))->setText(cert);
        setDay(d, "certifyNoticeEdit", QDate(2023, 9, 12));
        preview(d, QStringLiteral("scenario-6-certificate"));
        d.accept();
    });
    certifyButton->click();
    CHECK(answerCertify.answered());
    CHECK(status(board, charge) == QStringLiteral("independent"));
    const auto certified = ExhibitRepository::get(w.currentCase()->db(), returned);
    REQUIRE(certified);
    CHECK(certified->authenticationMethod == QStringLiteral("business-record"));
    CHECK(certified->authenticationDetail.contains(QStringLiteral("\"notice_served\":\"2023-09-12\"")));
    // The certificate is its own exhibit, hashed, with a chain of custody.
    const auto certExhibit = ExhibitRepository::findBySha256(w.currentCase()->db(), ExhibitRepository::hashFile(cert).first);
    REQUIRE(certExhibit);
    CHECK(certified->authenticationDetail.contains(QStringLiteral("\"certificate_exhibit\":%1").arg(*certExhibit)));
    CHECK_FALSE(ExhibitRepository::custody(w.currentCase()->db(), *certExhibit).isEmpty());
    CHECK(panel->exhibitsPanel()->selectedExhibitId() == returned);
    preview(w, QStringLiteral("scenario-7-independent"));

    // Undo puts the earlier state back (pending again); redo records it again. Both leave custody entries.
    const int custodyBefore = ExhibitRepository::custody(w.currentCase()->db(), returned).size();
    REQUIRE(panel->undoStack()->canUndo());
    panel->undoStack()->undo();
    CHECK(status(board, charge) == QStringLiteral("pending-authentication"));
    CHECK(ExhibitRepository::get(w.currentCase()->db(), returned)->authenticationMethod.isEmpty());
    panel->undoStack()->redo();
    CHECK(status(board, charge) == QStringLiteral("independent"));
    CHECK(ExhibitRepository::custody(w.currentCase()->db(), returned).size() == custodyBefore + 2);

    w.closeCase();
    MessageBoxes::setTestHook({});
}

TEST_CASE("Undo in the casework panel withdraws an added note, lead or legal process by appending, and redo reinstates it", "[gui][casework]") {
    ensureApp();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("undo.tessera"));
    {
        NewCaseOptions o;
        o.title = QStringLiteral("Undo");
        o.displayZone = QStringLiteral("America/New_York");
        o.kdf = KdfParameters::testing();
        Case::create(path, kPass, o)->close();
    }
    QList<MessageBoxes::Shown> shown;
    MessageBoxes::setTestHook([&](const MessageBoxes::Shown& s) {
        shown.append(s);
        return QMessageBox::Ok;
    });
    MainWindow w;
    w.show();
    REQUIRE(w.openCase(path, kPass));
    CaseworkPanel* panel = w.caseworkPanel();
    QUndoStack* undo = panel->undoStack();
    REQUIRE(undo->count() == 0);

    // A note: undo takes it off the list (a withdrawal is appended), redo brings it back; both stay in the case.
    NotesPanel* notes = panel->notesPanel();
    notes->editor()->setPlainText(QStringLiteral("Called the ad site's compliance desk."));
    const qint64 note = notes->addNote();
    REQUIRE(note > 0);
    CHECK(notes->undoStack() == undo); // one undo stack for the whole panel
    CHECK(notes->tree()->topLevelItemCount() == 1);
    undo->undo();
    CHECK(notes->tree()->topLevelItemCount() == 0);
    REQUIRE(NoteRepository::list(w.currentCase()->db()).size() == 1);
    CHECK(NoteRepository::list(w.currentCase()->db())[0].withdrawn);
    undo->redo();
    CHECK(notes->tree()->topLevelItemCount() == 1);
    CHECK_FALSE(NoteRepository::list(w.currentCase()->db())[0].withdrawn);

    // A lead (no gap in this case: a lead of its own).
    Answer<NewLeadDialog> answerLead([](NewLeadDialog& d) {
        d.findChild<QLineEdit*>(QStringLiteral("leadTitleEdit"))->setText(QStringLiteral("Ask the ad site for payment records"));
        d.accept();
    });
    panel->newLeadInteractive();
    CHECK(answerLead.answered());
    QTreeWidget* leads = panel->leadsPanel()->tree();
    CHECK(leads->topLevelItemCount() == 1);
    undo->undo();
    CHECK(leads->topLevelItemCount() == 0);
    CHECK(LeadRepository::list(w.currentCase()->db()).size() == 1);

    // Legal process: undone, it leaves the due view and stops being a deadline; redone, it is back.
    Answer<LegalProcessDialog> answerProcess([](LegalProcessDialog& d) {
        chooseData(d.findChild<QComboBox*>(QStringLiteral("processKindCombo")), QStringLiteral("subpoena"));
        d.findChild<QLineEdit*>(QStringLiteral("processProviderEdit"))->setText(QStringLiteral("Example Classifieds"));
        setDay(d, "processServedEdit", QDate::currentDate());
        setDay(d, "processDueEdit", QDate::currentDate().addDays(30));
        d.accept();
    });
    panel->addProcessInteractive();
    CHECK(answerProcess.answered());
    QTreeWidget* due = panel->dueView()->tree();
    CHECK(due->topLevelItemCount() == 1);
    CHECK(undo->undoText().startsWith(QStringLiteral("add legal process")));
    undo->undo();
    CHECK(due->topLevelItemCount() == 0);
    CHECK(LegalProcessRepository::due(w.currentCase()->db(), QDate::currentDate()).isEmpty());
    undo->redo();
    CHECK(due->topLevelItemCount() == 1);

    // Every step is in the audit chain, none deleted anything.
    CHECK(w.currentCase()->db().scalar("SELECT count(*) FROM casework_withdrawal") == 5);
    CHECK(shown.isEmpty());
    w.closeCase();
    CHECK(undo->count() == 0); // commands hold the case they were made on
    MessageBoxes::setTestHook({});
}
