// The casework dock (issue 10) on the offscreen platform: the reminder when a case opens with something due within a
// week, the due-and-expiring view, a lead from a proof-board gap, notes with their versions, closing a lead with the
// return it produced, and the activity log. Set TESSERA_GUI_PREVIEW_DIR to keep PNG grabs (docs/images/due-view.png,
// leads.png come from here).

#include "GuiTestSupport.h"
#include "case/Case.h"
#include "casework/ActivityView.h"
#include "casework/CaseworkPanel.h"
#include "casework/CloseLeadDialog.h"
#include "casework/DueView.h"
#include "casework/LeadRepository.h"
#include "casework/LeadsPanel.h"
#include "casework/LegalProcessRepository.h"
#include "casework/NewLeadDialog.h"
#include "casework/NotesPanel.h"
#include "common/MessageBoxes.h"
#include "importer/ImportDialog.h"
#include "ingest/CallDetailRecordImporter.h"
#include "main/MainWindow.h"
#include "model/ChargeRepository.h"
#include "model/EventRepository.h"
#include "model/EvidenceLinks.h"
#include "model/IdentifierRepository.h"
#include "model/PersonRepository.h"
#include "statutes/StatuteCatalog.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>
#include <catch2/catch.hpp>

using namespace tessera;
using namespace tessera::guitest;

namespace {

const QString kPass = QStringLiteral("casework gui passphrase");

/// Legal process as a caller states it (named fields, so no aggregate initialisation warnings).
NewLegalProcess newProcess(const QString& kind, const QString& provider, const QString& served = {}, const QString& due = {},
                        const QString& expires = {}) {
    NewLegalProcess p;
    p.kind = kind;
    p.provider = provider;
    p.served = served;
    p.due = due;
    p.expires = expires;
    return p;
}

} // namespace

TEST_CASE("Casework: reminder on open, due view, lead from a gap, notes, closing a lead with its return", "[gui][casework]") {
    ensureApp();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("lantern.tessera"));
    const QDate today = QDate::currentDate();
    qint64 charge = 0;
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
        const qint64 phone = IdentifierRepository::add(*c, off, QStringLiteral("phone"), QStringLiteral("412 555 0147"),
                                                       {}, {}, {}).identifier.id;
        const StatuteCatalog catalog = StatuteCatalog::load();
        charge = ChargeRepository::add(*c, *catalog.find(QStringLiteral("18-usc-1591-a1-ffc")), off, vic);
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
        const qint64 ev = EventRepository::add(*c, e);
        EvidenceLinks::linkEventExhibit(*c, ev, ex, false);
        ChargeRepository::linkElement(*c, charge, QStringLiteral("action"), ev);
        NewLegalProcess sub = newProcess(QStringLiteral("subpoena"), QStringLiteral("Example Wireless"),
                            today.addDays(-20).toString(Qt::ISODate), today.addDays(3).toString(Qt::ISODate));
        sub.identifierIds = {phone};
        sub.scopeFrom = QStringLiteral("2023-07-01");
        sub.scopeTo = QStringLiteral("2023-07-31");
        LegalProcessRepository::add(*c, sub);
        NewLegalProcess pres = newProcess(QStringLiteral("preservation"), QStringLiteral("Example Wireless"),
                             today.addDays(-60).toString(Qt::ISODate));
        pres.identifierIds = {phone};
        LegalProcessRepository::add(*c, pres);
        NewLegalProcess dn = newProcess(QStringLiteral("delayed-notice"), QStringLiteral("Example Wireless"),
                           today.addDays(-30).toString(Qt::ISODate), {}, today.addDays(45).toString(Qt::ISODate));
        LegalProcessRepository::add(*c, dn);
        c->close();
    }

    QList<MessageBoxes::Shown> shown;
    MessageBoxes::setTestHook([&](const MessageBoxes::Shown& s) {
        shown.append(s);
        return QMessageBox::Ok;
    });
    MainWindow w;
    w.resize(1600, 900);
    w.show();
    REQUIRE(w.openCase(path, kPass));
    CaseworkPanel* panel = w.caseworkPanel();
    REQUIRE(panel);

    // The reminder names the subpoena due in 3 days, not the preservation period ending in 30.
    REQUIRE(shown.size() == 1);
    CHECK(shown[0].title == QStringLiteral("Due within a week"));
    CHECK(shown[0].text.contains(QStringLiteral("Example Wireless")));
    CHECK(shown[0].text.contains(QStringLiteral("in 3 day(s)")));
    CHECK_FALSE(shown[0].text.contains(QStringLiteral("preservation")));
    CHECK(panel->tabs()->currentWidget() == panel->dueView());

    // The due view: soonest first.
    QTreeWidget* due = panel->dueView()->tree();
    REQUIRE(due->topLevelItemCount() == 3);
    CHECK(due->topLevelItem(0)->text(2).startsWith(QStringLiteral("return due")));
    CHECK(due->topLevelItem(1)->text(2).startsWith(QStringLiteral("preservation ends")));
    CHECK(due->topLevelItem(2)->text(2).startsWith(QStringLiteral("delayed-notice order ends")));
    preview(w, QStringLiteral("due-view"));

    // A lead from the gap, in one step: the title comes from the gap.
    Answer<NewLeadDialog> answerLead([](NewLeadDialog& d) {
        CHECK(d.findChild<QLineEdit*>(QStringLiteral("leadTitleEdit"))->text().startsWith(QStringLiteral("Get online ads")));
        d.findChild<QLineEdit*>(QStringLiteral("leadOwnerEdit"))->setText(QStringLiteral("Det. R. Alvarez"));
        d.accept();
    });
    panel->newLeadInteractive();
    CHECK(answerLead.answered());
    QTreeWidget* leads = panel->leadsPanel()->tree();
    REQUIRE(leads->topLevelItemCount() == 1);
    CHECK(leads->topLevelItem(0)->text(4) == QStringLiteral("%1/action").arg(charge));
    CHECK(leads->topLevelItem(0)->text(1) == QStringLiteral("open"));
    const qint64 leadId = leads->topLevelItem(0)->data(0, Qt::UserRole).toLongLong();

    // Notes: a note and a revision; both versions stay.
    NotesPanel* notes = panel->notesPanel();
    notes->editor()->setPlainText(QStringLiteral("Ad site named the carrier; subpoena served."));
    REQUIRE(notes->addNote() > 0);
    notes->tree()->setCurrentItem(notes->tree()->topLevelItem(0));
    notes->editor()->setPlainText(QStringLiteral("Ad site named the carrier; subpoena served on the 3rd."));
    CHECK(notes->reviseSelected() == 2);
    REQUIRE(notes->tree()->topLevelItemCount() == 1);
    CHECK(notes->tree()->topLevelItem(0)->childCount() == 1);
    CHECK(notes->tree()->topLevelItem(0)->text(4).endsWith(QStringLiteral("on the 3rd.")));
    // Undo appends a compensating version (v3 = v1's text); redo appends the revision again (v4). Nothing is deleted.
    notes->undoStack()->undo();
    notes->refresh(w.currentCase());
    CHECK(notes->tree()->topLevelItem(0)->text(4) == QStringLiteral("Ad site named the carrier; subpoena served."));
    CHECK(notes->tree()->topLevelItem(0)->childCount() == 2);
    notes->undoStack()->redo();
    notes->refresh(w.currentCase());
    CHECK(notes->tree()->topLevelItem(0)->text(4).endsWith(QStringLiteral("on the 3rd.")));
    CHECK(notes->tree()->topLevelItem(0)->childCount() == 3);

    // The return arrives; closing the lead links it.
    const QString ret = dir.filePath(QStringLiteral("return.csv"));
    QFile rf(ret);
    REQUIRE(rf.open(QIODevice::WriteOnly));
    rf.write("interaction,direction,correspondent_id,datetime,call_duration,antenna_id\n"
             "text,out,4125550148,2023-07-01 10:00:00,,1\ncall,in,4125550149,2023-07-10 22:15:00,61,2\n"
             "text,out,4125550148,2023-08-15 09:00:00,,1\ntext,in,4125550150,2023-06-20 12:00:00,,3\n");
    rf.close();
    ImportOptions io;
    io.profile = QStringLiteral("cdr-bandicoot");
    io.timeBasis = QStringLiteral("UTC");
    io.subscriber = QStringLiteral("4125550147");
    io.returnOfProcess = 1;
    REQUIRE(w.importFile(ret, io));
    CHECK(due->topLevelItemCount() == 2); // the return took "return due" off the list

    Answer<CloseLeadDialog> answerClose([](CloseLeadDialog& d) {
        d.findChild<QPlainTextEdit*>(QStringLiteral("leadOutcomeEdit"))->setPlainText(QStringLiteral("Carrier records, July 2023"));
        auto* list = d.findChild<QListWidget*>(QStringLiteral("leadExhibitList"));
        for (int i = 0; i < list->count(); ++i)
            if (list->item(i)->text().contains(QStringLiteral("return.csv")))
                list->item(i)->setCheckState(Qt::Checked);
        d.accept();
    });
    panel->closeLeadInteractive(leadId);
    CHECK(answerClose.answered());
    REQUIRE(leads->topLevelItemCount() == 1);
    CHECK(leads->topLevelItem(0)->text(1) == QStringLiteral("closed"));
    CHECK(leads->topLevelItem(0)->text(6).contains(QStringLiteral("exhibits")));
    panel->tabs()->setCurrentWidget(panel->leadsPanel());
    preview(w, QStringLiteral("leads"));

    // The activity log reads the audit chain: the lead closed last.
    QTreeWidget* activity = panel->activityView()->tree();
    REQUIRE(activity->topLevelItemCount() > 5);
    CHECK(activity->topLevelItem(0)->text(2) == QStringLiteral("Lead %1 closed").arg(leadId));

    w.closeCase();
    CHECK(due->topLevelItemCount() == 0);
    MessageBoxes::setTestHook({});
}

TEST_CASE("Import can name the legal process a file is the return of", "[gui][casework]") {
    ensureApp();
    ImportDialog plain(QStringLiteral("America/New_York"), QStringLiteral("US"));
    CHECK(plain.findChild<QComboBox*>(QStringLiteral("importReturnOf")) == nullptr); // no process: no choice shown
    CHECK(plain.options().returnOfProcess == 0);

    ImportDialog d(QStringLiteral("America/New_York"), QStringLiteral("US"));
    d.setLegalProcesses({{4, QStringLiteral("4 — subpoena to Example Wireless")}, {7, QStringLiteral("7 — search warrant to Bank")}});
    auto* combo = d.findChild<QComboBox*>(QStringLiteral("importReturnOf"));
    REQUIRE(combo);
    CHECK(combo->count() == 3);
    CHECK(d.options().returnOfProcess == 0); // "not a return" first
    combo->setCurrentIndex(2);
    CHECK(d.options().returnOfProcess == 7);
}
