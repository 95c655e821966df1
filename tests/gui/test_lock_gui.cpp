// Locking the case (issue 8 §1 and §2) on the offscreen platform: the idle lock with a short injected interval, the
// lock screen and what it hides, modal dialogs closed by a lock, half-typed text kept as a draft and given back byte
// for byte after unlocking, the key and connection gone while locked, Ctrl+L from a modal dialog, the preference,
// the screen-lock signal on a private D-Bus, and protected text on the clipboard (secret hint, cleared after a delay
// and on lock). Set TESSERA_GUI_PREVIEW_DIR to keep a PNG grab of the lock screen.

#include "GuiTestSupport.h"
#include "case/Case.h"
#include "case/CaseError.h"
#include "case/DraftStore.h"
#include "common/LintedTextEdit.h"
#include "common/MessageBoxes.h"
#include "common/SecretClipboard.h"
#include "lock/AutoLock.h"
#include "lock/DraftsDialog.h"
#include "lock/LockScreen.h"
#include "lock/ScreenLockWatcher.h"
#include "main/MainWindow.h"
#include "main/PreferencesDialog.h"
#include "model/PersonRepository.h"
#include "storage/Database.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <catch2/catch.hpp>
#include <functional>

#ifdef TESSERA_HAVE_DBUS
#include <QDBusConnection>
#include <QDBusMessage>
#endif

using namespace tessera;
using namespace tessera::guitest;
using namespace std::chrono_literals;

namespace {

const QString kPass = QStringLiteral("lock gui passphrase");
const QString kTitle = QStringLiteral("Operation Quiet Harbour");
// Non-ASCII, several lines, a tab, a combining accent and a character outside the BMP: kept byte for byte.
const QString kDraftText = QStringLiteral("Zeugin V-1 sagte: „Schlüssel“ — 東京, café\u0301\n\tzweite Zeile 😀 ✓");
const QString kLineDraft = QStringLiteral("Abonnentenauskunft für +49 30 1234 — Frist prüfen «ñ»");

QString makeCase(const QTemporaryDir& dir) {
    return makeClosedCase(dir, QStringLiteral("lock.tessera"), kPass, kTitle, QStringLiteral("2026-0815"));
}

/// Every text the main window shows: its title, status bar, visible labels and buttons.
QString visibleText(MainWindow& w) {
    QStringList out{w.windowTitle()};
    for (QLabel* l : w.findChildren<QLabel*>())
        if (l->isVisible())
            out << l->text();
    for (QAbstractButton* b : w.findChildren<QAbstractButton*>())
        if (b->isVisible())
            out << b->text();
    out << w.statusBar()->currentMessage();
    return out.join(QLatin1Char('\n'));
}

QList<QDialog*> visibleDialogs() {
    QList<QDialog*> out;
    for (QWidget* top : QApplication::topLevelWidgets())
        if (auto* d = qobject_cast<QDialog*>(top); d && d->isVisible())
            out << d;
    return out;
}

} // namespace

TEST_CASE("The case locks when idle for the configured time: key and connection gone, the lock screen says why",
          "[gui][lock]") {
    ensureApp();
    MessageBoxes::setTestHook([](const MessageBoxes::Shown&) { return QMessageBox::Close; });
    QTemporaryDir dir;
    const QString path = makeCase(dir);
    {
        MainWindow w;
        w.show();
        REQUIRE(w.openCase(path, kPass));
        REQUIRE(w.addPerson({QStringLiteral("victim")}, QStringLiteral("Maria Example"), QString()));
        CHECK(w.windowTitle().contains(kTitle));
        CHECK(w.idleWatcher()->interval() == std::chrono::minutes(AutoLockSettings::idleMinutes()));

        w.idleWatcher()->setInterval(150ms); // injected: the default is 5 minutes
        QTest::qWait(60);
        CHECK_FALSE(w.isLocked()); // not before the interval
        REQUIRE(waitUntil([&] { return w.isLocked(); }));

        // The key is wiped and the connection dropped: no Case, and the file's lock is free for another opener.
        CHECK(w.currentCase() == nullptr);
        {
            auto again = Case::open(path, kPass, false); // would throw OpenElsewhere while the case were open
            CHECK(again != nullptr);
        }
        // The lock screen says why; nothing of the case is visible, the title included.
        auto* stack = w.findChild<QStackedWidget*>(QStringLiteral("centralStack"));
        REQUIRE(stack);
        CHECK(stack->currentWidget() == w.lockScreen());
        CHECK(w.lockScreen()->reasonText().contains(QStringLiteral("without activity")));
        CHECK(w.windowTitle() == QStringLiteral("Tessera — locked"));
        const QString shown = visibleText(w);
        CHECK_FALSE(shown.contains(kTitle));
        CHECK_FALSE(shown.contains(QStringLiteral("2026-0815")));
        CHECK_FALSE(shown.contains(QStringLiteral("V-1")));
        CHECK_FALSE(w.findChild<QDockWidget*>(QStringLiteral("peopleDock"))->isVisible());
        CHECK_FALSE(w.findChild<QDockWidget*>(QStringLiteral("caseworkDock"))->isVisible());
        CHECK_FALSE(w.findChild<QAction*>(QStringLiteral("actionOpenCase"))->isEnabled());
        if (const QByteArray preview = qgetenv("TESSERA_GUI_PREVIEW_DIR"); !preview.isEmpty())
            w.grab().save(QDir(QString::fromLocal8Bit(preview)).filePath(QStringLiteral("lock-screen.png")));

        // A wrong passphrase says so and asks again; the right one reopens the case.
        CHECK_FALSE(w.unlockCase(QStringLiteral("not the passphrase")));
        CHECK(w.isLocked());
        auto* note = w.lockScreen()->findChild<QLabel*>(QStringLiteral("lockNote"));
        REQUIRE(note);
        CHECK(note->text().contains(QStringLiteral("did not open")));
        auto* edit = w.lockScreen()->findChild<QLineEdit*>(QStringLiteral("lockPassphraseEdit"));
        REQUIRE(edit);
        edit->setText(kPass);
        w.idleWatcher()->setInterval(std::chrono::minutes(5));
        QTest::keyClick(edit, Qt::Key_Return);
        CHECK_FALSE(w.isLocked());
        REQUIRE(w.currentCase());
        CHECK(w.windowTitle().contains(kTitle));
        CHECK(stack->currentWidget() != w.lockScreen());
        // The lock is in the audit log, with its reason.
        CHECK(w.currentCase()->db().scalar("SELECT count(*) FROM audit_entry WHERE action = 'case.lock' AND "
                                           "detail LIKE '%\"reason\":\"idle\"%'") == 1);
    }
    MessageBoxes::setTestHook({});
}

TEST_CASE("A lock closes modal dialogs and keeps half-typed text, which comes back byte for byte after unlocking",
          "[gui][lock]") {
    ensureApp();
    MessageBoxes::setTestHook([](const MessageBoxes::Shown&) { return QMessageBox::Close; });
    QTemporaryDir dir;
    const QString path = makeCase(dir);
    MainWindow w;
    w.show();
    REQUIRE(w.openCase(path, kPass));

    // A note half-typed in the main window's casework dock.
    auto* note = w.findChild<LintedTextEdit*>(QStringLiteral("noteTextEdit"));
    REQUIRE(note);
    note->setFocus();
    note->insertPlainText(kDraftText);
    REQUIRE(note->document()->isModified());

    // A lead half-typed in a modal dialog when the case locks (by hand).
    QPointer<QDialog> leadDialog;
    Answer<QDialog> typeAndLock([&](QDialog& d) {
        leadDialog = &d;
        auto* title = d.findChild<LintedLineEdit*>(QStringLiteral("leadTitleEdit"));
        REQUIRE(title);
        title->insert(kLineDraft);
        CHECK(w.lockCase(LockReason::ByUser));
    });
    REQUIRE(w.showDialogByName(QStringLiteral("new-lead"))); // returns once the lock closed the dialog
    CHECK(typeAndLock.answered());
    CHECK(w.isLocked());
    CHECK(visibleDialogs().isEmpty());
    CHECK(w.lockScreen()->reasonText().contains(QStringLiteral("You locked it")));
    CHECK(note->toPlainText().isEmpty()); // the main window's field holds nothing while locked
    {
        auto c = Case::open(path, kPass, false); // the drafts are inside the case, encrypted with it
        const QVector<Draft> drafts = DraftStore::list(c->db());
        REQUIRE(drafts.size() == 2);
        QStringList texts{drafts[0].text, drafts[1].text};
        CHECK(texts.contains(kDraftText));
        CHECK(texts.contains(kLineDraft));
    }
    QByteArray raw;
    {
        QFile f(path);
        REQUIRE(f.open(QIODevice::ReadOnly));
        raw = f.readAll();
    }
    CHECK_FALSE(raw.contains(kLineDraft.toUtf8()));
    CHECK_FALSE(raw.contains(QByteArrayLiteral("Abonnentenauskunft")));

    REQUIRE(w.unlockCase(kPass));
    CHECK(note->toPlainText() == kDraftText); // back at once, byte for byte
    CHECK(note->document()->isModified());
    // The dialog's draft is offered in the list, and goes back into the field when the dialog opens again.
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
    Answer<QDialog> readBack([&](QDialog& d) {
        restored = d.findChild<LintedLineEdit*>(QStringLiteral("leadTitleEdit"))->text();
        d.reject();
    });
    REQUIRE(w.showDialogByName(QStringLiteral("new-lead")));
    CHECK(readBack.answered());
    CHECK(restored == kLineDraft);
    CHECK(restored.toUtf8() == kLineDraft.toUtf8());
    CHECK(DraftStore::list(w.currentCase()->db()).isEmpty()); // restored drafts leave the case
    CHECK(w.currentCase()->db().scalar("SELECT count(*) FROM audit_entry WHERE action = 'draft.restore'") == 2);
    MessageBoxes::setTestHook({});
}

TEST_CASE("A lock closes a message box, a file chooser and nested dialogs, and Ctrl+L locks from inside a dialog",
          "[gui][lock]") {
    ensureApp();
    QTemporaryDir dir;
    const QString path = makeCase(dir);
    MainWindow w;
    w.show();
    REQUIRE(w.openCase(path, kPass));

    SECTION("a real message box (About)") {
        MessageBoxes::setTestHook({}); // a real QMessageBox, modal
        Answer<QMessageBox> lock([&](QMessageBox&) { w.lockCase(LockReason::ByUser); });
        w.about();
        CHECK(lock.answered());
    }
    SECTION("Qt's own file chooser (Open case)") {
        Answer<QFileDialog> lock([&](QFileDialog&) { w.lockCase(LockReason::ByUser); });
        w.openCaseInteractive();
        CHECK(lock.answered());
    }
    SECTION("a dialog opened from a dialog (victim's choices → interview mode)") {
        MessageBoxes::setTestHook([](const MessageBoxes::Shown&) { return QMessageBox::Close; });
        REQUIRE(w.addPerson({QStringLiteral("victim")}, QStringLiteral("Maria Example"), QString()));
        bool inner = false;
        Answer<QDialog> openInner([&](QDialog& outer) {
            Answer<QDialog>* second = new Answer<QDialog>([&](QDialog& d) {
                inner = &d != &outer;
                w.lockCase(LockReason::ByUser);
            });
            QObject::connect(&outer, &QObject::destroyed, [second] { delete second; });
            auto* button = outer.findChild<QPushButton*>(QStringLiteral("interviewModeButton"));
            REQUIRE(button);
            button->click(); // exec() of the inner dialog; the lock closes both
        });
        REQUIRE(w.showDialogByName(QStringLiteral("victim-choices")));
        CHECK(openInner.answered());
        CHECK(inner);
        MessageBoxes::setTestHook({});
    }
    SECTION("a dialog that asks to save unsaved text on close (Reports) closes without asking; its text is kept") {
        QList<MessageBoxes::Shown> asked;
        MessageBoxes::setTestHook([&asked](const MessageBoxes::Shown& shown) {
            asked << shown;
            return QMessageBox::Cancel; // "stay": would keep the dialog open if the lock asked
        });
        Answer<QDialog> typeAndLock([&](QDialog& d) {
            auto* text = d.findChild<LintedTextEdit*>(QStringLiteral("reportTextEdit"));
            REQUIRE(text);
            text->insertPlainText(kDraftText);
            w.lockCase(LockReason::ByUser);
        });
        REQUIRE(w.showDialogByName(QStringLiteral("reports")));
        CHECK(typeAndLock.answered());
        CHECK(asked.isEmpty());
        auto c = Case::open(path, kPass, false);
        const QVector<Draft> drafts = DraftStore::list(c->db());
        REQUIRE(drafts.size() == 1);
        CHECK(drafts[0].text == kDraftText);
        c.reset();
        MessageBoxes::setTestHook({});
    }
    SECTION("Ctrl+L in a modal dialog") {
        MessageBoxes::setTestHook([](const MessageBoxes::Shown&) { return QMessageBox::Close; });
        Answer<QDialog> press([&](QDialog& d) { QTest::keyClick(&d, Qt::Key_L, Qt::ControlModifier); });
        w.showDialogByName(QStringLiteral("add-person"));
        CHECK(press.answered());
        MessageBoxes::setTestHook({});
    }
    CHECK(w.isLocked());
    CHECK(w.currentCase() == nullptr);
    CHECK(visibleDialogs().isEmpty());
    QTest::qWait(50); // nothing opens over the lock screen afterwards
    CHECK(visibleDialogs().isEmpty());
    CHECK(w.unlockCase(kPass));
    CHECK(w.currentCase());
}

TEST_CASE("Input keeps the case open, and a lock waits for a running import or export to end", "[gui][lock]") {
    ensureApp();
    MessageBoxes::setTestHook([](const MessageBoxes::Shown&) { return QMessageBox::Close; });
    QTemporaryDir dir;
    const QString path = makeCase(dir);
    MainWindow w;
    w.show();
    REQUIRE(w.openCase(path, kPass));
    w.idleWatcher()->setInterval(300ms);
    for (int i = 0; i < 8; ++i) { // 8 × 100 ms of typing: never 300 ms without input
        QTest::keyClick(&w, Qt::Key_Shift);
        QTest::qWait(100);
    }
    CHECK_FALSE(w.isLocked());
    {
        const LongOperation importRunning; // as ImportRunner holds one while its transaction is open
        CHECK_FALSE(w.lockCase(LockReason::ByUser));
        QTest::qWait(500);
        CHECK_FALSE(w.isLocked());
        CHECK(w.currentCase());
    }
    CHECK(waitUntil([&] { return w.isLocked(); }));
    CHECK(w.lockScreen()->reasonText().contains(QStringLiteral("You locked it")));
    MessageBoxes::setTestHook({});
}

TEST_CASE("A draft goes back only into the same dialog for the same person", "[gui][lock]") {
    ensureApp();
    MessageBoxes::setTestHook([](const MessageBoxes::Shown&) { return QMessageBox::Close; });
    QTemporaryDir dir;
    const QString path = makeCase(dir);
    {
        auto c = Case::open(path, kPass, false);
        Draft d;
        d.window = QStringLiteral("newLeadDialog");
        d.context = QStringLiteral("Another window title");
        d.field = QStringLiteral("leadTitleEdit");
        d.text = kLineDraft;
        DraftStore::keepOnLock(*c, {d}, QStringLiteral("by-user"));
    }
    MainWindow w;
    w.show();
    REQUIRE(w.openCase(path, kPass));
    QString shown = QStringLiteral("unset");
    Answer<QDialog> read([&](QDialog& dlg) {
        shown = dlg.findChild<LintedLineEdit*>(QStringLiteral("leadTitleEdit"))->text();
        dlg.reject();
    });
    REQUIRE(w.showDialogByName(QStringLiteral("new-lead")));
    CHECK(read.answered());
    CHECK(shown.isEmpty()); // the title differs: not this dialog's draft
    CHECK(DraftStore::list(w.currentCase()->db()).size() == 1);
    MessageBoxes::setTestHook({});
}

TEST_CASE("Case → Lock case is Ctrl+L, and the lock screen can close the case instead", "[gui][lock]") {
    ensureApp();
    MessageBoxes::setTestHook([](const MessageBoxes::Shown&) { return QMessageBox::Close; });
    QTemporaryDir dir;
    const QString path = makeCase(dir);
    MainWindow w;
    w.show();
    REQUIRE(w.openCase(path, kPass));
    auto* note = w.findChild<LintedTextEdit*>(QStringLiteral("noteTextEdit"));
    REQUIRE(note);
    note->insertPlainText(kDraftText);
    auto* action = w.findChild<QAction*>(QStringLiteral("actionLockCase"));
    REQUIRE(action);
    CHECK(action->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_L));
    action->trigger();
    REQUIRE(w.isLocked());
    w.lockScreen()->findChild<QPushButton*>(QStringLiteral("lockCloseButton"))->click();
    CHECK_FALSE(w.isLocked());
    CHECK(w.currentCase() == nullptr);
    CHECK(w.windowTitle() == QStringLiteral("Tessera"));
    CHECK(w.findChild<QAction*>(QStringLiteral("actionOpenCase"))->isEnabled());
    // The draft stayed in the case: the next open puts it back.
    REQUIRE(w.openCase(path, kPass));
    CHECK(note->toPlainText() == kDraftText);
    MessageBoxes::setTestHook({});
}

TEST_CASE("Preferences set the idle minutes in QSettings, and the screen-lock preference is honoured", "[gui][lock]") {
    ensureApp();
    MessageBoxes::setTestHook([](const MessageBoxes::Shown&) { return QMessageBox::Close; });
    MainWindow w;
    Answer<PreferencesDialog> answer([](PreferencesDialog& d) {
        d.idleMinutesBox()->setValue(7);
        d.accept();
    });
    w.preferencesInteractive();
    CHECK(answer.answered());
    CHECK(AutoLockSettings::idleMinutes() == 7);
    CHECK(w.idleWatcher()->interval() == 7min);
    AutoLockSettings::setIdleMinutes(500);
    CHECK(AutoLockSettings::idleMinutes() == AutoLockSettings::kMaxMinutes);
    AutoLockSettings::setIdleMinutes(AutoLockSettings::kDefaultMinutes);

    QTemporaryDir dir;
    const QString path = makeCase(dir);
    REQUIRE(w.openCase(path, kPass));
    AutoLockSettings::setLockOnScreenLock(false);
    w.onScreenLocked();
    CHECK_FALSE(w.isLocked());
    AutoLockSettings::setLockOnScreenLock(true);
    w.onScreenLocked();
    CHECK(w.isLocked());
    CHECK(w.lockScreen()->reasonText().contains(QStringLiteral("screen was locked")));
    MessageBoxes::setTestHook({});
}

#ifdef TESSERA_HAVE_DBUS
TEST_CASE("The screen saver's ActiveChanged(true) on D-Bus is heard as a screen lock", "[gui][lock][dbus]") {
    ensureApp();
    const QString daemon = QStandardPaths::findExecutable(QStringLiteral("dbus-daemon"));
    if (daemon.isEmpty()) {
        WARN("dbus-daemon is not installed: the D-Bus screen-lock test is skipped");
        return;
    }
    QProcess bus;
    bus.start(daemon, {QStringLiteral("--session"), QStringLiteral("--nofork"), QStringLiteral("--print-address")});
    REQUIRE(bus.waitForStarted(5000));
    REQUIRE(waitUntil([&] { return bus.canReadLine() || bus.waitForReadyRead(10); }, 5000));
    const QString address = QString::fromUtf8(bus.readLine()).trimmed();
    REQUIRE_FALSE(address.isEmpty());
    {
        QDBusConnection listen = QDBusConnection::connectToBus(address, QStringLiteral("lock-test-listen"));
        QDBusConnection send = QDBusConnection::connectToBus(address, QStringLiteral("lock-test-send"));
        REQUIRE(listen.isConnected());
        REQUIRE(send.isConnected());
        ScreenLockWatcher watcher(listen, nullptr);
        CHECK(watcher.available());
        int locked = 0;
        QObject::connect(&watcher, &ScreenLockWatcher::screenLocked, [&] { ++locked; });

        auto activeChanged = [&](bool active) {
            QDBusMessage m = QDBusMessage::createSignal(QStringLiteral("/org/freedesktop/ScreenSaver"),
                                                        QStringLiteral("org.freedesktop.ScreenSaver"),
                                                        QStringLiteral("ActiveChanged"));
            m << active;
            return send.send(m);
        };
        QTest::qWait(300); // the bus registers the watcher's match rules asynchronously
        // ActiveChanged(true) until heard (a match rule may still be on its way).
        CHECK(waitUntil(
            [&] {
                activeChanged(true);
                return waitUntil([&] { return locked > 0; }, 500);
            },
            5000));
        const int heard = locked;
        REQUIRE(activeChanged(false)); // the screen unlocking is not a lock
        QTest::qWait(300);
        CHECK(locked == heard);
    }
    QDBusConnection::disconnectFromBus(QStringLiteral("lock-test-listen"));
    QDBusConnection::disconnectFromBus(QStringLiteral("lock-test-send"));
    bus.kill();
    bus.waitForFinished(3000);
}
#endif

TEST_CASE("Protected text goes to the clipboard with the secret hint and is cleared after the delay and on lock",
          "[gui][lock][clipboard]") {
    ensureApp();
    QClipboard* cb = QGuiApplication::clipboard();
    SecretClipboard::setClearDelay(150ms);
    const QString name = QStringLiteral("María José Ejemplo");

    SECTION("copy() hints and clears what it put there") {
        SecretClipboard::copy(name);
        const QMimeData* mime = cb->mimeData();
        REQUIRE(mime);
        CHECK(mime->text() == name);
        CHECK(mime->data(QString::fromLatin1(SecretClipboard::kHintMime)) == QByteArrayLiteral("secret"));
        REQUIRE(waitUntil([&] { return cb->text().isEmpty(); }, 3000));
    }
    SECTION("something copied since is left alone") {
        SecretClipboard::copy(name);
        cb->setText(QStringLiteral("the investigator's own text"));
        QTest::qWait(400);
        CHECK(cb->text() == QStringLiteral("the investigator's own text"));
    }
    SECTION("a linted protected field keeps its own menu: its Copy is caught by the clipboard safety net") {
        QWidget window;
        auto* note = new LintedTextEdit(&window); // as the checkpoint gate's note (safe-contact details)
        SecretClipboard::protectField(note);
        window.show();
        QApplication::setActiveWindow(&window);
        note->setFocus();
        REQUIRE(waitUntil([&] { return QApplication::focusWidget() == note; }, 2000));
        note->setPlainText(name);
        note->selectAll();
        note->copy(); // what the context menu's Copy calls
        const QMimeData* mime = cb->mimeData();
        REQUIRE(mime);
        CHECK(mime->text() == name);
        CHECK(mime->data(QString::fromLatin1(SecretClipboard::kHintMime)) == QByteArrayLiteral("secret"));
        CHECK(waitUntil([&] { return cb->text().isEmpty(); }, 3000));
    }
    SECTION("Ctrl+C in a protected field (the name in Add person) copies through it") {
        MessageBoxes::setTestHook([](const MessageBoxes::Shown&) { return QMessageBox::Close; });
        QTemporaryDir dir;
        const QString path = makeCase(dir);
        MainWindow w;
        w.show();
        REQUIRE(w.openCase(path, kPass));
        QString copied;
        QByteArray hint;
        Answer<QDialog> copy([&](QDialog& d) {
            auto* field = d.findChild<QLineEdit*>(QStringLiteral("personName"));
            REQUIRE(field);
            CHECK(SecretClipboard::isProtected(field));
            field->setText(name);
            field->setFocus();
            field->selectAll();
            QTest::keySequence(field, QKeySequence::Copy);
            copied = cb->text();
            if (const QMimeData* m = cb->mimeData())
                hint = m->data(QString::fromLatin1(SecretClipboard::kHintMime));
            // Still on the clipboard when the case locks: the lock clears it.
            SecretClipboard::setClearDelay(60s);
            w.lockCase(LockReason::ByUser);
        });
        w.addPersonInteractive();
        CHECK(copy.answered());
        CHECK(copied == name);
        CHECK(hint == QByteArrayLiteral("secret"));
        CHECK(w.isLocked());
        CHECK(cb->text().isEmpty());
        MessageBoxes::setTestHook({});
    }
    SecretClipboard::setClearDelay(30s);
    cb->clear();
}
