// Issue 9 point 2 (high-DPI and layout habits): the main window fits a 1366-pixel laptop screen with every dock
// shown — found by a new-user trial, where showing the proof board or choosing a person with a long name widened the
// window past the screen and cut off the status bar.
#include "GuiTestSupport.h"
#include "case/Case.h"
#include "common/MessageBoxes.h"
#include "main/MainWindow.h"
#include "casework/ActivityView.h"
#include "casework/CaseworkPanel.h"
#include "people/PeoplePanel.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTreeWidget>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace tessera;
using namespace tessera::guitest;


TEST_CASE("The main window's minimum width fits a laptop screen with the proof board and a person shown",
          "[gui][layout]") {
    ensureApp();
    MessageBoxes::setTestHook([](const MessageBoxes::Shown&) { return QMessageBox::Close; });
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("fits.tessera"));
    NewCaseOptions o;
    o.title = QStringLiteral("Layout");
    o.kdf = KdfParameters::testing();
    Case::create(path, QStringLiteral("correct horse battery"), o)->close();

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
    MessageBoxes::setTestHook({});
}

TEST_CASE("The activity log shows what was just done elsewhere in the window", "[gui][casework]") {
    // Found by a new-user trial: the Activity tab stayed stale after adding a person or exporting.
    ensureApp();
    MessageBoxes::setTestHook([](const MessageBoxes::Shown&) { return QMessageBox::Close; });
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("activity.tessera"));
    NewCaseOptions o;
    o.title = QStringLiteral("Activity");
    o.kdf = KdfParameters::testing();
    Case::create(path, QStringLiteral("correct horse battery"), o)->close();
    MainWindow w;
    REQUIRE(w.openCase(path, QStringLiteral("correct horse battery")));
    auto* tabs = w.caseworkPanel()->findChild<QTabWidget*>(QStringLiteral("caseworkTabs"));
    REQUIRE(tabs);
    tabs->setCurrentWidget(w.caseworkPanel()->activityView());
    QTreeWidget* activity = w.caseworkPanel()->activityView()->tree();
    const int before = activity->topLevelItemCount();
    REQUIRE(w.addPerson({QStringLiteral("offender")}, QStringLiteral("Subject One"), QString()));
    CHECK(activity->topLevelItemCount() == before + 1);
    w.closeCase();
    MessageBoxes::setTestHook({});
}
