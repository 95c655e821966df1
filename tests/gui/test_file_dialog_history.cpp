// New-user trial (session 4): Qt's file dialog writes the last folder it visited to QtProject.conf (group
// "FileDialog"); Tessera drops that history when remembering recent cases is switched off, and at start and exit.
#include "GuiTestSupport.h"
#include "main/RecentCases.h"

#include <QSettings>
#include <catch2/catch.hpp>

using namespace tessera;
using tessera::guitest::ensureApp;

namespace {

bool fileDialogHistoryPresent() {
    QSettings qt(QSettings::UserScope, QStringLiteral("QtProject"));
    qt.sync();
    return qt.childGroups().contains(QStringLiteral("FileDialog"));
}

void seedFileDialogHistory() {
    QSettings qt(QSettings::UserScope, QStringLiteral("QtProject"));
    qt.setValue(QStringLiteral("FileDialog/lastVisited"), QStringLiteral("file:///cases/2026-0042 Smith"));
    qt.sync();
}

} // namespace

TEST_CASE("Switching recent cases off drops Qt's file-dialog history", "[gui][desktop]") {
    ensureApp();
    seedFileDialogHistory();
    REQUIRE(fileDialogHistoryPresent());
    const bool was = RecentCasesMenu::enabled();
    RecentCasesMenu::setEnabled(false);
    CHECK_FALSE(fileDialogHistoryPresent());
    seedFileDialogHistory();
    RecentCasesMenu::forgetFileDialogHistory(); // what start and exit call
    CHECK_FALSE(fileDialogHistoryPresent());
    RecentCasesMenu::setEnabled(was);
}
