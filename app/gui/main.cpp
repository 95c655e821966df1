// tessera: the desktop workstation. A thin shell around tessera_ui (DESIGN §2); the case work is in core.
#include "crypto/Sodium.h"
#include "common/InterfaceLanguage.h"
#include "common/PaletteColors.h"
#include "main/MainWindow.h"
#include "main/RecentCases.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QSettings>
#include <QTimer>
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
    // Qt's file-dialog history can name a case's folder (DESIGN §3): dropped at start too, in case the last run
    // ended without reaching the clean-up below (a crash, a kill).
    std::unique_ptr<QApplication> app = std::make_unique<QApplication>(argc, argv);
    setApplicationNames();
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
    parser.process(*app);

    auto windowOwner = std::make_unique<tessera::MainWindow>();
    tessera::MainWindow& window = *windowOwner;
    window.show();

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
    const int rc = app->exec();
    // Qt's file dialog remembers visited folders in its own settings; folder names can reveal case details
    // (DESIGN §3: no case data in settings), so that history is dropped when Tessera closes — after the window and
    // its dialogs are destroyed, since a QFileDialog writes its history from its destructor.
    windowOwner.reset();
    tessera::RecentCasesMenu::forgetFileDialogHistory();
    return rc;
}
