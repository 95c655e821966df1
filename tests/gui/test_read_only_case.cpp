// Found by a new-user trial: a case file that cannot be written (chmod 400) opened in the GUI with every edit enabled,
// and "Add note" said only "could not add the note", the reason hidden under Show details. Now the window says the
// case is read-only (banner and status bar), its edits are disabled, and an edit that still reaches the data layer
// says why in the main text.
#include "case/Case.h"
#include "casework/CaseworkPanel.h"
#include "casework/NotesPanel.h"
#include "common/MessageBoxes.h"
#include "main/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <catch2/catch.hpp>
#include <unistd.h>

using namespace tessera;

namespace {

const QString kPass = QStringLiteral("read only passphrase");

void ensureApp() {
    static int argc = 1;
    static char name[] = "test_gui";
    static char* argv[] = {name, nullptr};
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
    if (!QApplication::instance())
        new QApplication(argc, argv); // never destroyed (see test_gui.cpp)
}

bool enabled(MainWindow& w, const char* name) {
    if (auto* a = w.findChild<QAction*>(QLatin1String(name)))
        return a->isEnabled();
    auto* b = w.findChild<QPushButton*>(QLatin1String(name));
    REQUIRE(b);
    return b->isEnabled();
}

} // namespace

TEST_CASE("A read-only case file says so, disables its edits, and an edit that still runs says why", "[gui][readonly]") {
    ensureApp();
    QStringList texts;
    MessageBoxes::setTestHook([&texts](const MessageBoxes::Shown& s) {
        texts << s.text;
        return QMessageBox::Close;
    });
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("ro.tessera"));
    NewCaseOptions o;
    o.title = QStringLiteral("Read-only");
    o.kdf = KdfParameters::testing();
    Case::create(path, kPass, o)->close();

    MainWindow w;
    w.show();
    {
        REQUIRE(w.openCase(path, kPass)); // writable: no notice, edits enabled
        CHECK_FALSE(w.currentCase()->isReadOnly());
        CHECK_FALSE(w.findChild<QLabel*>(QStringLiteral("readOnlyBanner"))->isVisible());
        CHECK(enabled(w, "actionAddPerson"));
        CHECK(enabled(w, "addNoteButton"));
        w.closeCase();
    }

    REQUIRE(QFile::setPermissions(path, QFile::ReadOwner));
    // Root writes through any mode bits: open it as an unprivileged user who owns the folder and the file (the
    // descriptor SQLite opened read-only stays read-only after the effective user is root again).
    const bool root = ::geteuid() == 0;
    if (root) {
        REQUIRE(::chown(dir.path().toLocal8Bit().constData(), 65534, 65534) == 0);
        REQUIRE(::chown(path.toLocal8Bit().constData(), 65534, 65534) == 0);
        REQUIRE(::seteuid(65534) == 0);
    }
    const bool opened = w.openCase(path, kPass);
    if (root)
        REQUIRE(::seteuid(0) == 0);
    REQUIRE(opened);
    REQUIRE(w.currentCase()->isReadOnly());

    auto* banner = w.findChild<QLabel*>(QStringLiteral("readOnlyBanner"));
    REQUIRE(banner);
    CHECK(banner->isVisible());
    CHECK(banner->text() == QStringLiteral("Read-only: the case file cannot be written — open a copy to make changes."));
    CHECK(w.findChild<QLabel*>(QStringLiteral("statusCaseTitle"))->text().contains(QStringLiteral("read-only")));
    for (const char* name : {"actionImport", "actionAddPerson", "actionAddIdentifier", "actionExport",
                             "actionPromoteRecords", "actionRuleProposals", "actionChangePassphrase", "addNoteButton",
                             "newLeadFromGapButton", "addProcessButton", "addPersonButton"}) {
        INFO(name);
        CHECK_FALSE(enabled(w, name));
    }
    CHECK(enabled(w, "actionAuditLog")); // reading still works
    auto* notes = w.caseworkPanel()->findChild<NotesPanel*>();
    REQUIRE(notes);
    CHECK(notes->editor()->isReadOnly());

    // An edit that still reaches the data layer: the reason is in the main text, not only under "Show details".
    texts.clear();
    CHECK_FALSE(w.addPerson({QStringLiteral("offender")}, QStringLiteral("Somebody"), QString()));
    REQUIRE(texts.size() == 1);
    CHECK(texts[0].contains(QStringLiteral("read-only")));
    texts.clear();
    notes->editor()->setPlainText(QStringLiteral("A note that cannot be saved"));
    CHECK(notes->addNote() == 0);
    REQUIRE(texts.size() == 1);
    CHECK(texts[0].contains(QStringLiteral("read-only")));

    // Closing keeps nothing (it cannot) and does not hang on the read-only file.
    notes->editor()->clear();
    w.closeCase();
    CHECK(w.currentCase() == nullptr);
    MessageBoxes::setTestHook({});
}
