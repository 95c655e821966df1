// Issue 9 point 2 and 5: desktop habits — recent cases (paths only, can be switched off) and the user guide rendered
// inside the application, offline.
#include "GuiTestSupport.h"
#include "case/Case.h"
#include "common/InterfaceLanguage.h"
#include "common/MessageBoxes.h"
#include "common/WritingPromptsMenu.h"
#include "main/MainWindow.h"
#include "main/RecentCases.h"
#include "main/UserGuideWindow.h"

#include <QAction>
#include <QMenu>
#include <QApplication>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QTextBlock>
#include <QTextDocument>
#include <catch2/catch.hpp>

using namespace tessera;
using namespace tessera::guitest;


TEST_CASE("Recent cases keep paths only, and switching them off forgets the list", "[gui][desktop]") {
    ensureApp();
    MessageBoxes::setTestHook([](const MessageBoxes::Shown&) { return QMessageBox::Close; });
    // Own settings file: other GUI tests run in parallel processes and open cases too.
    const QString appName = QCoreApplication::applicationName();
    QCoreApplication::setApplicationName(QStringLiteral("test_gui_recent_%1").arg(QCoreApplication::applicationPid()));
    RecentCasesMenu::setEnabled(true);
    RecentCasesMenu::clear();
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("2026-0042.tessera"));
    NewCaseOptions o;
    o.title = QStringLiteral("Title that must not reach the settings");
    o.kdf = KdfParameters::testing();
    Case::create(path, QStringLiteral("correct horse battery"), o)->close();
    {
        MainWindow w;
        REQUIRE(w.openCase(path, QStringLiteral("correct horse battery")));
        w.closeCase();
    }
    CHECK(RecentCasesMenu::paths() == QStringList{QFileInfo(path).absoluteFilePath()});
    // Nothing but the path: the title is not in the settings file.
    QSettings settings;
    settings.sync();
    QFile file(settings.fileName());
    if (file.open(QIODevice::ReadOnly))
        CHECK_FALSE(file.readAll().contains("Title that must not"));

    RecentCasesMenu menu;
    menu.show(); // builds the entries
    REQUIRE(menu.findChild<QAction*>(QStringLiteral("actionRecentCase1")));
    CHECK(menu.findChild<QAction*>(QStringLiteral("actionRecentCase1"))->isEnabled());

    RecentCasesMenu::setEnabled(false);
    CHECK(RecentCasesMenu::paths().isEmpty());
    RecentCasesMenu::remember(path);
    CHECK(RecentCasesMenu::paths().isEmpty());
    RecentCasesMenu::setEnabled(true);
    QFile::remove(QSettings().fileName());
    QCoreApplication::setApplicationName(appName);
    MessageBoxes::setTestHook({});
}

TEST_CASE("The user guide opens inside the application with its screenshots", "[gui][desktop]") {
    ensureApp();
    UserGuideWindow guide;
    QTextDocument* doc = guide.browser()->document();
    const QString text = doc->toPlainText();
    CHECK(text.startsWith(QStringLiteral("Tessera user guide")));
    CHECK(text.contains(QStringLiteral("Export the discovery production")));
    // Every image the guide shows is compiled in (no broken picture offline).
    int images = 0;
    for (QTextBlock b = doc->begin(); b.isValid(); b = b.next())
        for (auto it = b.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat f = it.fragment().charFormat();
            if (!f.isImageFormat())
                continue;
            ++images;
            const QString name = f.toImageFormat().name();
            INFO("image " << name.toStdString());
            CHECK(QFile::exists(QStringLiteral(":/guide/") + name));
        }
    CHECK(images >= 5);
}

TEST_CASE("The interface switches to Spanish, and the writing prompts say they check English text", "[gui][desktop][translation]") {
    ensureApp();
    REQUIRE(InterfaceLanguage::installFor(QStringLiteral("es")));
    {
        MainWindow w;
        const auto* caseMenu = w.findChild<QMenu*>(QStringLiteral("menuCase"));
        REQUIRE(caseMenu);
        CHECK(caseMenu->title() == QStringLiteral("&Caso"));
        CHECK(w.findChild<QAction*>(QStringLiteral("actionImport"))->text() == QStringLiteral("&Importar registros…"));
        CHECK(InterfaceLanguage::promptsLanguageDiffers());
        WritingPromptsMenu prompts;
        CHECK(prompts.findChild<QAction*>(QStringLiteral("writingPromptsEnglishOnly")));
    }
    REQUIRE(InterfaceLanguage::installFor(QStringLiteral("en")));
    MainWindow english;
    CHECK(english.findChild<QMenu*>(QStringLiteral("menuCase"))->title() == QStringLiteral("&Case"));
    CHECK_FALSE(InterfaceLanguage::promptsLanguageDiffers());
    // Tessera has no translation for a language it does not ship.
    CHECK_FALSE(InterfaceLanguage::installFor(QStringLiteral("fi")));
    InterfaceLanguage::installFor(QStringLiteral("en"));
}
