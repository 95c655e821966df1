// The gated victim actions in the GUI (issue 4, gaps 1 and 2) on the offscreen platform: a person's page asks the
// decision point of each action through the checkpoint gate before its dialog opens, shows the offender-focused
// alternatives when the answer is no; the contact details view is audited; an import marked as a victim's device
// opens the device-extraction gate and imports nothing while the choice is not agreed. Set TESSERA_SCREENSHOT_DIR to
// save docs/images/victim-actions.png and import-device-held.png (the gate opened by an import, answer "declined").

#include "GuiTestSupport.h"
#include "case/Case.h"
#include "checkpoints/CheckpointGateDialog.h"
#include "checkpoints/CheckpointLedger.h"
#include "checkpoints/VictimActionDialogs.h"
#include "checkpoints/VictimChoicesDialog.h"
#include "checkpoints/VictimOutreach.h"
#include "common/LintedTextEdit.h"
#include "common/MessageBoxes.h"
#include "importer/ImportDialog.h"
#include "main/MainWindow.h"
#include "model/PersonRepository.h"
#include "storage/Database.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <catch2/catch.hpp>
#include <functional>

using namespace tessera;
using namespace tessera::guitest;

namespace {

const QString kPassphrase = QStringLiteral("correct horse battery");

/// Runs `action`, handing each modal dialog that opens meanwhile to the next of `handlers` (in order). Returns how
/// many were handled; a handler must close its dialog.
int withModals(const std::function<void()>& action, QList<std::function<void(QDialog*)>> handlers) {
    int handled = 0;
    QDialog* last = nullptr;
    QTimer poll;
    poll.setInterval(10);
    QObject::connect(&poll, &QTimer::timeout, [&] {
        auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
        if (!dialog || dialog == last || handlers.isEmpty())
            return;
        last = dialog;
        ++handled;
        handlers.takeFirst()(dialog);
    });
    poll.start();
    action();
    poll.stop();
    return handled;
}

} // namespace

TEST_CASE("A person's page asks the photographs choice first and offers the alternatives when declined",
          "[gui][checkpoint][victim-action]") {
    GuiCase g;
    VictimChoicesDialog page(*g.c, g.victim);
    QStringList shown;
    MessageBoxes::setTestHook([&](const MessageBoxes::Shown& s) {
        shown << s.text;
        return QMessageBox::Ok;
    });
    // Not asked yet: the gate opens for `photographs`; the answer is no; the alternatives are shown; nothing created.
    const int n = withModals([&] { child<QPushButton>(&page, "photographButton")->click(); },
                             {[&](QDialog* d) {
                                 REQUIRE(qobject_cast<CheckpointGateDialog*>(d));
                                 CHECK(child<QLabel>(d, "gateQuestion")->text().contains(QStringLiteral("photograph")));
                                 child<QRadioButton>(d, "answerDeclined")->setChecked(true);
                                 d->accept();
                             }});
    CHECK(n == 1);
    REQUIRE(shown.size() == 1);
    CHECK(shown[0].contains(QStringLiteral("declined")));
    CHECK(shown[0].contains(QStringLiteral("suspect's own phone")));
    CHECK(shown[0].contains(QStringLiteral("V-1")));
    CHECK(VictimPhotographs::count(g.c->db(), g.victim) == 0);

    // Agreed: the photograph dialog opens straight away and adds the exhibit.
    g.decide(QStringLiteral("photographs"), QStringLiteral("agreed"));
    const QString photo = g.file(QStringLiteral("branding.jpg"), "JPEG");
    withModals([&] { child<QPushButton>(&page, "photographButton")->click(); },
               {[&](QDialog* d) {
                   REQUIRE(qobject_cast<PhotographDialog*>(d));
                   child<QLineEdit>(d, "photographFile")->setText(photo);
                   auto* subject = child<QComboBox>(d, "photographSubject");
                   subject->setCurrentIndex(subject->findData(QStringLiteral("branding")));
                   d->accept();
               }});
    CHECK(VictimPhotographs::count(g.c->db(), g.victim) == 1);
    CHECK(child<QLabel>(&page, "victimActionCounts")->text().contains(QStringLiteral("Photographs: 1")));
    MessageBoxes::setTestHook({});
}

TEST_CASE("Contacts go through the contact choice and showing the details is audited", "[gui][checkpoint][victim-action]") {
    GuiCase g;
    g.decide(QStringLiteral("contact"), QStringLiteral("agreed"), QStringLiteral("text only after 6 pm, code word lantern"));
    VictimChoicesDialog page(*g.c, g.victim);
    withModals([&] { child<QPushButton>(&page, "contactButton")->click(); },
               {[&](QDialog* d) {
                   REQUIRE(qobject_cast<ContactDialog*>(d));
                   child<QComboBox>(d, "contactChannel")->setCurrentText(QStringLiteral("text message"));
                   child<LintedLineEdit>(d, "contactPurpose")->setText(QStringLiteral("court date"));
                   child<LintedTextEdit>(d, "contactSafeNote")->setPlainText(QStringLiteral("sent at 6:30 pm"));
                   d->accept();
               }});
    const QVector<ContactEntry> log = ContactLog::list(*g.c, g.victim, false);
    REQUIRE(log.size() == 1);
    CHECK(log[0].purpose == QStringLiteral("court date"));
    screenshot(&page, QStringLiteral("victim-actions.png"));

    QStringList shown;
    MessageBoxes::setTestHook([&](const MessageBoxes::Shown& s) {
        shown << s.text;
        return QMessageBox::Ok;
    });
    const qint64 before = g.c->db().scalar("SELECT count(*) FROM audit_entry WHERE action = 'contact.details.view'");
    page.showContactDetails();
    REQUIRE(shown.size() == 1);
    CHECK(shown[0].contains(QStringLiteral("code word lantern")));
    CHECK(g.c->db().scalar("SELECT count(*) FROM audit_entry WHERE action = 'contact.details.view'") == before + 1);
    // The ledger's tooltips never show the contact note (only the audited view does).
    for (QTableWidgetItem* item : child<QTableWidget>(&page, "choiceLedger")->findItems(QStringLiteral("Contact"), Qt::MatchContains))
        CHECK_FALSE(item->toolTip().contains(QStringLiteral("lantern")));

    // Declined later: the gate opens again; left without an answer, nothing is shown and the alternative is offered.
    g.decide(QStringLiteral("contact"), QStringLiteral("declined"));
    shown.clear();
    withModals([&] { page.showContactDetails(); }, {[](QDialog* d) { d->reject(); }});
    REQUIRE(shown.size() == 1);
    CHECK_FALSE(shown[0].contains(QStringLiteral("lantern")));
    CHECK(shown[0].contains(QStringLiteral("advocate")));
    MessageBoxes::setTestHook({});
}

TEST_CASE("A media request needs the media choice", "[gui][checkpoint][victim-action]") {
    GuiCase g;
    g.decide(QStringLiteral("media"), QStringLiteral("declined"));
    VictimChoicesDialog page(*g.c, g.victim);
    QStringList shown;
    MessageBoxes::setTestHook([&](const MessageBoxes::Shown& s) {
        shown << s.text;
        return QMessageBox::Ok;
    });
    withModals([&] { page.recordMediaRequest(); }, {[](QDialog* d) { d->reject(); }});
    REQUIRE(shown.size() == 1);
    CHECK(shown[0].contains(QStringLiteral("offender's conduct")));
    CHECK(MediaRequestLog::list(g.c->db(), g.victim).isEmpty());
    g.decide(QStringLiteral("media"), QStringLiteral("agreed"));
    withModals([&] { page.recordMediaRequest(); },
               {[&](QDialog* d) {
                   REQUIRE(qobject_cast<MediaRequestDialog*>(d));
                   child<QLineEdit>(d, "mediaOutlet")->setText(QStringLiteral("Gazette"));
                   child<LintedTextEdit>(d, "mediaRequest")->setPlainText(QStringLiteral("a profile"));
                   d->accept();
               }});
    CHECK(MediaRequestLog::list(g.c->db(), g.victim).size() == 1);
    MessageBoxes::setTestHook({});
}

TEST_CASE("Importing a victim's device data from the GUI opens the device-extraction gate and imports nothing until agreed",
          "[gui][checkpoint][victim-action]") {
    GuiCase g;
    const QString jsonl = g.file(QStringLiteral("phone.jsonl"),
                                 "{\"message\":\"m1\",\"datetime\":\"2025-03-05T10:00:00+00:00\",\"timestamp_desc\":\"Message "
                                 "sent\",\"data_type\":\"android:messaging:whatsapp\"}\n");
    // The import dialog offers "From the device of" with people by pseudonym.
    {
        ImportDialog d(QStringLiteral("America/New_York"), QStringLiteral("US"));
        d.setPeople({{g.offender, QStringLiteral("Marcus Webb")}, {g.victim, QStringLiteral("V-1")}});
        auto* by = child<QComboBox>(&d, "importProvidedBy");
        CHECK(d.options().providedByPerson == 0);
        by->setCurrentIndex(by->findData(g.victim));
        CHECK(d.options().providedByPerson == g.victim);
    }
    g.c.reset();
    MainWindow w;
    REQUIRE(w.openCase(g.path, kPassphrase));
    QStringList shown;
    MessageBoxes::setTestHook([&](const MessageBoxes::Shown& s) {
        shown << s.text;
        return QMessageBox::Ok;
    });
    ImportOptions o;
    o.profile = QStringLiteral("timesketch-jsonl");
    o.providedByPerson = g.victim;
    bool imported = true;
    const int n = withModals([&] { imported = w.importFile(jsonl, o); },
                             {[&](QDialog* d) {
                                 REQUIRE(qobject_cast<CheckpointGateDialog*>(d));
                                 CHECK(d->windowTitle().contains(QStringLiteral("V-1")));
                                 child<QRadioButton>(d, "answerDeclined")->setChecked(true);
                                 screenshot(d, QStringLiteral("import-device-held.png"));
                                 d->accept();
                             }});
    CHECK(n == 1);
    CHECK_FALSE(imported);
    REQUIRE_FALSE(shown.isEmpty());
    CHECK(shown.last().contains(QStringLiteral("Nothing was imported")));
    CHECK(shown.last().contains(QStringLiteral("suspect's device")));
    MessageBoxes::setTestHook({});
}
