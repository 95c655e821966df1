// tessera: the desktop workstation. A thin shell around tessera_ui (DESIGN §2); the case work is in core.
#include "crypto/Sodium.h"
#include "common/InterfaceLanguage.h"
#include "common/PaletteColors.h"
#include "lock/LockRestart.h"
#include "main/MainWindow.h"
#include "main/RecentCases.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QTimer>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <memory>

namespace {

/// True when the command line asks only for help or the version (`--help`, `-h`, `-?`, `--help-all`, `--version`,
/// `-v`, before any `--`): those are answered without a display, so no QApplication (which aborts without one).
bool asksHelpOrVersion(int argc, char** argv) {
    for (int i = 1; i < argc; ++i) {
        const char* a = argv[i];
        if (std::strcmp(a, "--") == 0)
            return false;
        for (const char* o : {"--help", "-h", "-?", "--help-all", "--version", "-v"})
            if (std::strcmp(a, o) == 0)
                return true;
    }
    return false;
}

void setApplicationNames() {
    QCoreApplication::setApplicationName(QStringLiteral("Tessera"));
    QCoreApplication::setOrganizationName(QStringLiteral("Tessera"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TESSERA_VERSION));
}

/// Set by SIGUSR1 in test mode only (see installTestLockTrigger).
volatile std::sig_atomic_t g_testLockRequested = 0;

/**
 * Test mode only (TESSERA_INSECURE_TEST_KDF=1, which tests set and a real install never does): SIGUSR1 locks the
 * open case as an idle lock would, and stderr gets one line once the lock screen shows, so
 * tests/lock/test_lock_memory.sh can lock the real program and know when to read its memory. Without test mode
 * SIGUSR1 keeps its default action (the process ends), as before; a lock trigger cannot weaken anything either way.
 */
void installTestLockTrigger(tessera::MainWindow& window) {
    if (!tessera::MainWindow::insecureTestKdfRequested())
        return;
    std::signal(SIGUSR1, [](int) { g_testLockRequested = 1; });
    auto* poll = new QTimer(&window);
    QObject::connect(poll, &QTimer::timeout, &window, [&window] {
        if (!g_testLockRequested)
            return;
        g_testLockRequested = 0;
        if (window.lockCase(tessera::LockReason::Idle))
            std::fprintf(stderr, "tessera: test: lock screen shown (same process)\n");
    });
    poll->start(50);
}

} // namespace

int main(int argc, char** argv) {
    tessera::disableCoreDumps(); // before any key material exists (DESIGN §3)
    if (asksHelpOrVersion(argc, argv)) {
        // QCommandLineParser::process prints to stdout and exits 0; a QCoreApplication needs no display.
        QCoreApplication core(argc, argv);
        setApplicationNames();
        tessera::InterfaceLanguage::install();
        QCommandLineParser parser;
        parser.setApplicationDescription(QCoreApplication::translate(
            "main", "Tessera: offline, encrypted evidence timelines and case packets for human-trafficking "
                    "investigations.\n\nFor scripted demos and tests only: TESSERA_PASSPHRASE opens CASE without "
                    "asking for its passphrase; TESSERA_INSECURE_TEST_KDF=1 creates new cases with cheap "
                    "key-derivation parameters. Never use either for real cases."));
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addPositionalArgument(QStringLiteral("CASE"), QCoreApplication::translate("main", "A case file to open (.tessera)."),
                                     QStringLiteral("[CASE]"));
        parser.process(core);
        return 0;
    }
    // The arguments as given, before QApplication takes its own (-platform, -style…) out: a lock restarts the
    // program with them (LockRestart::argv).
    QByteArrayList originalArgs;
    for (int i = 0; i < argc; ++i)
        originalArgs << QByteArray(argv[i]);
    QApplication app(argc, argv);
    setApplicationNames();
    // Qt's file-dialog history can name a case's folder (DESIGN §3): dropped at start too, in case the last run
    // ended without reaching the clean-up at exit (a crash, a kill).
    tessera::RecentCasesMenu::forgetFileDialogHistory();
    QGuiApplication::setDesktopFileName(QStringLiteral("org.tesseraproject.Tessera"));
    QIcon icon;
    for (const int size : {16, 32, 48, 64, 128, 256})
        icon.addFile(QStringLiteral(":/icons/tessera-%1.png").arg(size), QSize(size, size));
    QApplication::setWindowIcon(icon);

    tessera::InterfaceLanguage::install(); // before any window is built
    tessera::Appearance::apply();          // Tools → Appearance: the desktop's palette, or light or dark
    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "main", "Tessera: offline, encrypted evidence timelines and case packets for human-trafficking "
                "investigations.\n\nFor scripted demos and tests only: TESSERA_PASSPHRASE opens CASE without asking "
                "for its passphrase; TESSERA_INSECURE_TEST_KDF=1 creates new cases with cheap key-derivation "
                "parameters. Never use either for real cases."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("CASE"),
                                 QApplication::translate("main", "A case file to open (.tessera)."),
                                 QStringLiteral("[CASE]"));
    // Hidden: opens one dialog after start-up, for documentation screenshots.
    QCommandLineOption screenshotDialog(QStringLiteral("screenshot-dialog"), QStringLiteral("dialog to open"),
                                        QStringLiteral("NAME"));
    screenshotDialog.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption screenshotPrefill(QStringLiteral("screenshot-prefill"), QStringLiteral("file or folder"),
                                         QStringLiteral("PATH"));
    screenshotPrefill.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(screenshotDialog);
    parser.addOption(screenshotPrefill);
    // Hidden: set by a lock when Tessera restarts itself into the lock screen (LockRestart; issue 8 §1).
    parser.addOptions(tessera::LockRestart::options());
    parser.process(app);
    const std::optional<tessera::LockRestart> restarted = tessera::LockRestart::fromParser(parser);

    // Owned here so that it (and any file dialog it keeps) is destroyed before the history is dropped at exit: a
    // QFileDialog writes its history from its destructor.
    auto windowOwner = std::make_unique<tessera::MainWindow>();
    tessera::MainWindow& window = *windowOwner;
    window.watchSessionEnd(); // SIGTERM at logout or shutdown keeps half-typed text as drafts in the case first
    // A lock ends this process image: the case data its heap held goes with it (docs/SECURITY.md).
    window.setLockRestartHook([originalArgs](const tessera::LockRestart& restart) {
        return tessera::restartIntoLockScreen(restart.argv(originalArgs));
    });
    if (restarted) { // the lock screen first: nothing else is shown, nothing is opened
        window.showLockedCase(*restarted);
        window.show();
        installTestLockTrigger(window);
        if (tessera::MainWindow::insecureTestKdfRequested()) // once the event loop runs (the window is drawn)
            QTimer::singleShot(0, &window, [] { std::fprintf(stderr, "tessera: test: lock screen shown (restarted)\n"); });
        const int rc = app.exec();
        windowOwner.reset();
        tessera::RecentCasesMenu::forgetFileDialogHistory();
        return rc;
    }
    window.show();
    installTestLockTrigger(window);

    const QStringList positional = parser.positionalArguments();
    const QString casePath = positional.isEmpty() ? QString() : positional.first();
    const QString dialog = parser.value(screenshotDialog);
    const QString prefill = parser.value(screenshotPrefill);
    QTimer::singleShot(0, &window, [&window, casePath, dialog, prefill] {
        if (!casePath.isEmpty() && dialog != QLatin1String("open-case"))
            window.openCaseFile(casePath);
        if (!dialog.isEmpty())
            window.showDialogByName(dialog, dialog == QLatin1String("open-case") ? casePath : prefill);
    });
    const int rc = app.exec();
    // Qt's file dialog remembers visited folders in its own settings; folder names can reveal case details
    // (DESIGN §3: no case data in settings), so that history is dropped when Tessera closes — after the window and
    // its dialogs are destroyed, since a QFileDialog writes its history from its destructor.
    windowOwner.reset();
    tessera::RecentCasesMenu::forgetFileDialogHistory();
    return rc;
}
