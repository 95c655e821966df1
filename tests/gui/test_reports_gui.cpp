// The reports dialog (issue 5 point 5) on the offscreen platform: a report drafted with the writing prompts, its draft
// saves undone and redone, signing confirmed (and cancelled), a signed version read-only, a change after signing made
// version 2 (its save undoable), and an older signed version opened read-only. Set TESSERA_GUI_PREVIEW_DIR to keep PNG
// grabs (docs/images/reports.png and reports-signed.png come from here).

#include "GuiTestSupport.h"
#include "case/Case.h"
#include "casework/ReportRepository.h"
#include "casework/ReportsDialog.h"
#include "common/LintedTextEdit.h"
#include "common/MessageBoxes.h"
#include "language/Linter.h"
#include "main/MainWindow.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QMenuBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QUndoStack>
#include <catch2/catch.hpp>

using namespace tessera;
using namespace tessera::guitest;

namespace {

QString currentText(Case& c, qint64 id) { return ReportRepository::get(c.db(), id).current().text; }

} // namespace

TEST_CASE("Reports: draft with prompts, undo a save, sign with confirmation, change into version 2, read an older version", "[gui][reports]") {
    ensureApp();
    QTemporaryDir dir;
    NewCaseOptions o;
    o.title = QStringLiteral("Operation Lantern");
    o.caseNumber = QStringLiteral("2026-0107");
    o.displayZone = QStringLiteral("America/New_York");
    o.region = QStringLiteral("US");
    o.investigator = QStringLiteral("Det. R. Alvarez");
    o.kdf = KdfParameters::testing();
    auto c = Case::create(dir.filePath(QStringLiteral("lantern.tessera")), QStringLiteral("reports gui"), o);

    QStringList asked;
    QMessageBox::StandardButton answer = QMessageBox::Cancel;
    MessageBoxes::setTestHook([&](const MessageBoxes::Shown& s) {
        asked << s.text;
        return answer;
    });

    ReportsDialog d(*c);
    d.show();
    CHECK(d.reportId() == 0);
    CHECK(d.findChild<QPushButton*>(QStringLiteral("saveReportDraftButton"))->isEnabled());
    d.titleEdit()->setText(QStringLiteral("Investigative report"));
    const QString first = QStringLiteral(
        "On 3 July 2023 the offender drove V-1 to the Riverside Motel and paid for room 214 in cash.\n\n"
        "V-1 claims the offender kept her phone and her identity card.");
    d.editor()->setPlainText(first);
    d.editor()->relintNow();
    REQUIRE_FALSE(d.editor()->findings().isEmpty()); // "claims": a doubting verb, underlined while drafting
    const qint64 id = d.saveDraft();
    REQUIRE(id > 0);
    CHECK(d.shownVersion() == 1);
    CHECK_FALSE(d.showingSigned());
    REQUIRE(d.tree()->topLevelItemCount() == 1);
    CHECK(d.tree()->topLevelItem(0)->text(2) == QStringLiteral("draft"));

    // Saving the draft again is undoable, and redoable.
    const QString second = first + QStringLiteral("\n\nThe motel's registration card lists the offender's phone number.");
    d.editor()->setPlainText(second);
    CHECK(d.saveDraft() == id);
    CHECK(currentText(*c, id) == second);
    REQUIRE(d.undoStack()->canUndo());
    d.undoStack()->undo();
    CHECK(currentText(*c, id) == first);
    CHECK(d.editor()->toPlainText() == first);
    d.undoStack()->redo();
    CHECK(currentText(*c, id) == second);
    d.editor()->relintNow();
    // After the text was replaced back and forth, the editor holds exactly the findings of the text shown.
    CHECK(d.editor()->findings().size() == language::Linter().check(second).size());
    CHECK(d.findChild<QLabel*>(QStringLiteral("reportPromptsLabel"))->text() ==
          QStringLiteral("1 writing prompt(s) — hover the underlined words"));
    preview(d, QStringLiteral("reports"));

    // Signing asks first, naming what it means; Cancel signs nothing.
    answer = QMessageBox::Cancel;
    CHECK_FALSE(d.signDraft());
    REQUIRE(asked.size() == 1);
    CHECK(asked[0].contains(QStringLiteral("SHA-256")));
    CHECK(asked[0].contains(QStringLiteral("freezes")));
    CHECK(asked[0].contains(QStringLiteral("cannot be undone")));
    CHECK_FALSE(ReportRepository::get(c->db(), id).current().isSigned());
    answer = QMessageBox::Yes;
    CHECK(d.signDraft());
    const Report signedOnce = ReportRepository::get(c->db(), id);
    REQUIRE(signedOnce.current().isSigned());
    CHECK(signedOnce.current().signedBy == QStringLiteral("Det. R. Alvarez"));
    CHECK(signedOnce.current().sha256 == ReportRepository::textSha256(second));
    CHECK(d.showingSigned());
    CHECK(d.editor()->isReadOnly());
    CHECK(d.statusLabel()->text().contains(signedOnce.current().sha256));
    CHECK_FALSE(d.undoStack()->canUndo()); // signing is not undoable, nor the saves before it
    CHECK_FALSE(d.findChild<QPushButton*>(QStringLiteral("signReportButton"))->isEnabled());

    // A change after signing is version 2, a draft; undoing its save discards it and version 1 is current again.
    d.startNewVersion();
    CHECK_FALSE(d.editor()->isReadOnly());
    const QString third = second + QStringLiteral("\n\nSupplement: the card was recovered on 9 July.");
    d.editor()->setPlainText(third);
    CHECK(d.saveDraft() == id);
    CHECK(d.shownVersion() == 2);
    CHECK(ReportRepository::get(c->db(), id).versions.size() == 2);
    d.undoStack()->undo();
    CHECK(ReportRepository::get(c->db(), id).versions.size() == 1);
    CHECK(d.showingSigned());
    d.undoStack()->redo();
    CHECK(ReportRepository::get(c->db(), id).versions.size() == 2);
    CHECK(d.signDraft());
    const Report twice = ReportRepository::get(c->db(), id);
    REQUIRE(twice.versions.size() == 2);
    CHECK(twice.versions[0].isSigned());
    CHECK(twice.versions[1].isSigned());
    CHECK(twice.versions[1].text == third);

    // The older signed version opens read-only, as signed.
    REQUIRE(d.showVersion(id, 1));
    CHECK(d.editor()->toPlainText() == second);
    CHECK(d.editor()->isReadOnly());
    CHECK(d.statusLabel()->text().contains(twice.versions[0].sha256));
    CHECK(d.tree()->topLevelItem(0)->childCount() == 2);
    preview(d, QStringLiteral("reports-signed"));

    // Leaving unsaved text asks first: Cancel stays, Save keeps it as the draft.
    d.startNewVersion();
    d.editor()->setPlainText(third + QStringLiteral("\n\nA fourth paragraph."));
    asked.clear();
    answer = QMessageBox::Cancel;
    d.findChild<QPushButton*>(QStringLiteral("newReportButton"))->click();
    REQUIRE(asked.size() == 1);
    CHECK(asked[0].contains(QStringLiteral("not saved")));
    CHECK(d.reportId() == id);
    CHECK(ReportRepository::get(c->db(), id).versions.size() == 2);
    answer = QMessageBox::Save;
    d.findChild<QPushButton*>(QStringLiteral("newReportButton"))->click();
    CHECK(d.reportId() == 0);
    const Report saved = ReportRepository::get(c->db(), id);
    REQUIRE(saved.versions.size() == 3);
    CHECK_FALSE(saved.current().isSigned());
    CHECK(saved.current().text.endsWith(QStringLiteral("A fourth paragraph.")));
    asked.clear();
    d.reject(); // nothing typed in the new report: closes without asking
    CHECK(asked.isEmpty());
    MessageBoxes::setTestHook({});
}

TEST_CASE("Reports are reachable from the Case menu", "[gui][reports]") {
    ensureApp();
    CHECK(MainWindow::dialogNames().contains(QStringLiteral("reports")));
    MainWindow w;
    auto* action = w.findChild<QAction*>(QStringLiteral("actionReports"));
    REQUIRE(action != nullptr);
    bool inCaseMenu = false;
    for (QAction* menu : w.menuBar()->actions())
        if (menu->menu() && menu->menu()->objectName() == QLatin1String("menuCase"))
            inCaseMenu = menu->menu()->actions().contains(action);
    CHECK(inCaseMenu);
    CHECK_FALSE(action->isEnabled()); // no case open
}
