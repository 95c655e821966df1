// A lock ends in a restart into the lock screen (issue 8 §1): the hook gets the case path, the reason and the idle
// time and nothing else; when it is called the drafts are in the case, the case file, its journal and its lock file
// are not held, and no other window is open; the hidden arguments round-trip through main()'s parser; and a new
// window started from them shows the same lock screen and, once unlocked, gives the drafts back byte for byte. The
// real exec is tested by tests/lock/test_lock_memory.sh.

#include "GuiTestSupport.h"
#include "case/Case.h"
#include "case/DraftStore.h"
#include "common/LintedTextEdit.h"
#include "common/MessageBoxes.h"
#include "lock/AutoLock.h"
#include "lock/DraftsDialog.h"
#include "lock/LockRestart.h"
#include "lock/LockScreen.h"
#include "main/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDialog>
#include <QDir>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QPointer>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <catch2/catch.hpp>
#include <functional>
#include <optional>

using namespace tessera;
using namespace tessera::guitest;

namespace {

const QString kPass = QStringLiteral("restart gui passphrase");
const QString kTitle = QStringLiteral("Operation Lantern Weir");
const QString kDraftText = QStringLiteral("Zeugin V-1 sagte: „Schlüssel“ — 東京, café\u0301\n\tzweite Zeile 😀 ✓");
const QString kLineDraft = QStringLiteral("Abonnentenauskunft für +49 30 1234 — Frist prüfen «ñ»");

QString makeCase(const QTemporaryDir& dir) {
    return makeClosedCase(dir, QStringLiteral("restart.tessera"), kPass, kTitle);
}

/// Calls `f` once a modal dialog is shown (from the event loop, while its exec() runs).
class WhenShown {
public:
    explicit WhenShown(std::function<void(QDialog&)> f) : m_f(std::move(f)) {
        m_timer.setInterval(10);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            if (auto* d = qobject_cast<QDialog*>(QApplication::activeModalWidget())) {
                m_timer.stop();
                m_done = true;
                m_f(*d);
            }
        });
        m_timer.start();
    }
    bool done() const { return m_done; }

private:
    std::function<void(QDialog&)> m_f;
    QTimer m_timer;
    bool m_done = false;
};

QList<QDialog*> visibleDialogs() {
    QList<QDialog*> out;
    for (QWidget* top : QApplication::topLevelWidgets())
        if (auto* d = qobject_cast<QDialog*>(top); d && d->isVisible())
            out << d;
    return out;
}

/// The files this process holds open (targets of /proc/self/fd).
QStringList openFiles() {
    QStringList out;
    const QDir fds(QStringLiteral("/proc/self/fd"));
    for (const QString& fd : fds.entryList(QDir::System | QDir::Files | QDir::NoDotAndDotDot))
        out << QFile::symLinkTarget(fds.filePath(fd));
    return out;
}

} // namespace

TEST_CASE("A lock hands the restart hook the path, reason and idle time, with the case closed and nothing held",
          "[gui][lock]") {
    ensureApp();
    MessageBoxes::setTestHook([](const MessageBoxes::Shown&) { return QMessageBox::Close; });
    QTemporaryDir dir;
    const QString path = makeCase(dir);
    const QString canonical = QFileInfo(path).canonicalFilePath();
    std::optional<LockRestart> asked;
    int calls = 0;
    QString reasonShown;
    {
        MainWindow w;
        w.show();
        REQUIRE(w.openCase(path, kPass));
        w.proofBoardDock()->show();
        CHECK(openFiles().contains(canonical)); // open: the case file is held
        w.setLockRestartHook([&](const LockRestart& r) {
            ++calls;
            asked = r;
            // Nothing of the case is held: no key, no connection, no journal, no lock file; no other window open.
            CHECK(w.currentCase() == nullptr);
            CHECK(w.isLocked());
            const QStringList files = openFiles();
            CHECK_FALSE(files.contains(canonical));
            for (const QString& f : files)
                CHECK_FALSE(f.startsWith(canonical));
            CHECK_FALSE(QFile::exists(path + QStringLiteral(".lock")));
            CHECK(visibleDialogs().isEmpty());
            // The layout and the drafts are saved where the new process finds them.
            CHECK_FALSE(QSettings().value(QStringLiteral("window/state")).toByteArray().isEmpty());
            {
                auto c = Case::open(path, kPass, false);
                const QVector<Draft> drafts = DraftStore::list(c->db());
                REQUIRE(drafts.size() == 2);
                QStringList texts{drafts[0].text, drafts[1].text};
                CHECK(texts.contains(kDraftText));
                CHECK(texts.contains(kLineDraft));
            }
            reasonShown = w.lockScreen()->reasonText();
            return true; // as if the process had been replaced
        });

        auto* note = w.findChild<LintedTextEdit*>(QStringLiteral("noteTextEdit"));
        REQUIRE(note);
        note->setFocus();
        note->insertPlainText(kDraftText);
        WhenShown typeAndLock([&](QDialog& d) {
            auto* title = d.findChild<LintedLineEdit*>(QStringLiteral("leadTitleEdit"));
            REQUIRE(title);
            title->insert(kLineDraft);
            CHECK(w.lockCase(LockReason::ScreenLocked));
        });
        REQUIRE(w.showDialogByName(QStringLiteral("new-lead")));
        CHECK(typeAndLock.done());
        CHECK(calls == 1);
        REQUIRE(asked);
        CHECK(asked->casePath == path);
        CHECK(asked->reason == LockReason::ScreenLocked);
        CHECK(asked->idleSeconds == std::chrono::duration_cast<std::chrono::seconds>(w.idleWatcher()->interval()).count());
        CHECK_FALSE(asked->draftsNotKept);
        CHECK(reasonShown.contains(QStringLiteral("screen was locked")));
    }

    // The arguments carry the path, a reason word and a number: no case text, no passphrase.
    const QByteArrayList original{"tessera", QFile::encodeName(path), "--locked-case", "/older/case.tessera",
                                  "--lock-reason=by-user", "-platform", "offscreen"};
    const QByteArrayList argv = asked->argv(original);
    CHECK(argv == QByteArrayList{"tessera", QFile::encodeName(path), "-platform", "offscreen", "--locked-case",
                                 QFile::encodeName(path), "--lock-reason", "screen-locked", "--lock-idle-seconds",
                                 QByteArray::number(asked->idleSeconds)});
    for (const QByteArray& a : argv) {
        CHECK_FALSE(a.contains(kPass.toUtf8()));
        CHECK_FALSE(a.contains(kTitle.toUtf8()));
        CHECK_FALSE(a.contains("Abonnentenauskunft"));
    }
    // main()'s parser reads them back.
    QCommandLineParser parser;
    parser.addOptions(LockRestart::options());
    parser.addPositionalArgument(QStringLiteral("CASE"), QString());
    QStringList args;
    for (const QByteArray& a : argv)
        args << QFile::decodeName(a);
    args.removeAll(QStringLiteral("-platform"));
    args.removeAll(QStringLiteral("offscreen"));
    REQUIRE(parser.parse(args));
    const std::optional<LockRestart> parsed = LockRestart::fromParser(parser);
    REQUIRE(parsed);
    CHECK(parsed->casePath == path);
    CHECK(parsed->reason == LockReason::ScreenLocked);
    CHECK(parsed->idleSeconds == asked->idleSeconds);

    // The restarted process: a new window shows the same lock screen, then unlocks and gives the drafts back.
    {
        MainWindow w;
        w.showLockedCase(*parsed);
        w.show();
        CHECK(w.isLocked());
        CHECK(w.currentCase() == nullptr);
        auto* stack = w.findChild<QStackedWidget*>(QStringLiteral("centralStack"));
        REQUIRE(stack);
        CHECK(stack->currentWidget() == w.lockScreen());
        CHECK(w.lockScreen()->reasonText() == reasonShown);
        CHECK(w.windowTitle() == QStringLiteral("Tessera — locked"));
        CHECK_FALSE(w.findChild<QDockWidget*>(QStringLiteral("peopleDock"))->isVisible());
        CHECK_FALSE(w.proofBoardDock()->isVisible());
        CHECK_FALSE(w.unlockCase(QStringLiteral("not the passphrase")));
        CHECK(w.isLocked());
        REQUIRE(w.unlockCase(kPass));
        CHECK(w.windowTitle().contains(kTitle));
        CHECK(w.proofBoardDock()->isVisible()); // the layout before the lock comes back
        auto* note = w.findChild<LintedTextEdit*>(QStringLiteral("noteTextEdit"));
        REQUIRE(note);
        CHECK(note->toPlainText() == kDraftText);
        CHECK(note->toPlainText().toUtf8() == kDraftText.toUtf8());
        CHECK(note->isVisible()); // its tab is in front, though the new window started on the first one
        REQUIRE(waitUntil([] {
            for (QDialog* d : visibleDialogs())
                if (qobject_cast<DraftsDialog*>(d))
                    return true;
            return false;
        }));
        for (QDialog* d : visibleDialogs())
            if (auto* drafts = qobject_cast<DraftsDialog*>(d)) {
                CHECK(drafts->count() == 1);
                drafts->reject();
            }
        QString restored;
        WhenShown readBack([&](QDialog& d) {
            restored = d.findChild<LintedLineEdit*>(QStringLiteral("leadTitleEdit"))->text();
            d.reject();
        });
        REQUIRE(w.showDialogByName(QStringLiteral("new-lead")));
        CHECK(readBack.done());
        CHECK(restored.toUtf8() == kLineDraft.toUtf8());
        CHECK(DraftStore::list(w.currentCase()->db()).isEmpty());
    }
    MessageBoxes::setTestHook({});
}

TEST_CASE("A restart that fails leaves the window on its lock screen and says so", "[gui][lock]") {
    ensureApp();
    MessageBoxes::setTestHook([](const MessageBoxes::Shown&) { return QMessageBox::Close; });
    QTemporaryDir dir;
    const QString path = makeCase(dir);
    MainWindow w;
    w.show();
    REQUIRE(w.openCase(path, kPass));
    w.setLockRestartHook([](const LockRestart&) { return false; });
    REQUIRE(w.lockCase(LockReason::ByUser));
    CHECK(w.isLocked());
    CHECK(w.currentCase() == nullptr);
    auto* note = w.lockScreen()->findChild<QLabel*>(QStringLiteral("lockNote"));
    REQUIRE(note);
    CHECK(note->text().contains(QStringLiteral("could not restart")));
    CHECK(w.unlockCase(kPass));
    MessageBoxes::setTestHook({});
}

TEST_CASE("The hidden restart arguments refuse what they do not know", "[gui][lock]") {
    const auto parse = [](const QStringList& args) {
        QCommandLineParser parser;
        parser.addOptions(LockRestart::options());
        REQUIRE(parser.parse(QStringList{QStringLiteral("tessera")} + args));
        return LockRestart::fromParser(parser);
    };
    CHECK_FALSE(parse({}));
    CHECK_FALSE(parse({QStringLiteral("--locked-case"), QStringLiteral("/c.tessera")}));
    CHECK_FALSE(parse({QStringLiteral("--locked-case"), QStringLiteral("/c.tessera"), QStringLiteral("--lock-reason"),
                       QStringLiteral("bored"), QStringLiteral("--lock-idle-seconds"), QStringLiteral("1")}));
    CHECK_FALSE(parse({QStringLiteral("--locked-case"), QStringLiteral("/c.tessera"), QStringLiteral("--lock-reason"),
                       QStringLiteral("idle"), QStringLiteral("--lock-idle-seconds"), QStringLiteral("-4")}));
    const auto ok = parse({QStringLiteral("--locked-case=/c.tessera"), QStringLiteral("--lock-reason=idle"),
                           QStringLiteral("--lock-idle-seconds=300"), QStringLiteral("--lock-note=drafts-not-kept")});
    REQUIRE(ok);
    CHECK(ok->reason == LockReason::Idle);
    CHECK(ok->idleSeconds == 300);
    CHECK(ok->draftsNotKept);
    CHECK(lockReasonFromWord(QStringLiteral("screen-locked")) == LockReason::ScreenLocked);
}
