// tessera: the desktop workstation. A thin shell around tessera_ui (DESIGN §2); the case work is in core.
#include "crypto/Sodium.h"
#include "common/InterfaceLanguage.h"
#include "common/PaletteColors.h"
#include "main/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QSettings>
#include <QTimer>

int main(int argc, char** argv) {
    tessera::disableCoreDumps(); // before any key material exists (DESIGN §3)
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Tessera"));
    QApplication::setOrganizationName(QStringLiteral("Tessera"));
    QApplication::setApplicationVersion(QStringLiteral(TESSERA_VERSION));
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
    parser.process(app);

    tessera::MainWindow window;
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
    const int rc = app.exec();
    // Qt's file dialog remembers visited folders in its own settings; folder names can reveal case details
    // (DESIGN §3: no case data in settings), so that history is dropped when Tessera closes.
    QSettings(QSettings::UserScope, QStringLiteral("QtProject")).remove(QStringLiteral("FileDialog"));
    return rc;
}
