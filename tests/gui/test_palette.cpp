// Issue 9 point 2: light and dark palettes respected — coloured text stays readable (WCAG 2.1 AA) in both, and the
// appearance can be chosen in Tools → Appearance.
#include "GuiTestSupport.h"
#include "common/DialogParts.h"
#include "common/MessageBoxes.h"
#include "common/PaletteColors.h"
#include "main/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QMenu>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QStyle>
#include <QStyleFactory>
#include <catch2/catch.hpp>

using namespace tessera;
using namespace tessera::guitest;

namespace {

QColor cssColor(const QString& sheet, const QString& property) {
    const QRegularExpression re(QStringLiteral("(?:^|[ {;])%1: (#[0-9a-f]{6})").arg(property));
    const auto m = re.match(sheet);
    return m.hasMatch() ? QColor(m.captured(1)) : QColor();
}

} // namespace

TEST_CASE("Contrast ratio follows WCAG 2.1", "[gui][palette]") {
    CHECK(contrastRatio(Qt::black, Qt::white) == Approx(21.0));
    CHECK(contrastRatio(Qt::white, Qt::white) == Approx(1.0));
    CHECK(contrastRatio(QColor(0x76, 0x76, 0x76), Qt::white) == Approx(4.54).epsilon(0.01)); // the AA grey
}

TEST_CASE("Caution, danger and calm text is readable in the light and the dark palette", "[gui][palette]") {
    ensureApp();
    const QPalette light = QStyleFactory::create(QStringLiteral("Fusion"))->standardPalette();
    const QPalette dark = Appearance::darkPalette();
    CHECK_FALSE(isDarkPalette(light));
    CHECK(isDarkPalette(dark));
    for (const TextTone tone : {TextTone::Caution, TextTone::Danger, TextTone::Calm}) {
        INFO("tone " << static_cast<int>(tone));
        for (const QPalette& p : {light, dark}) {
            const QColor c = toneColor(tone, p);
            CHECK(contrastRatio(c, p.color(QPalette::Base)) >= 4.5);
            CHECK(contrastRatio(c, p.color(QPalette::Window)) >= 4.5);
        }
        // The same hue family in both: a dark palette gets a lighter shade, not another colour.
        CHECK(toneColor(tone, dark).lightnessF() > toneColor(tone, light).lightnessF());
        const QString banner = toneBannerStyleSheet(tone, dark);
        CHECK(contrastRatio(cssColor(banner, QStringLiteral("color")), cssColor(banner, QStringLiteral("background"))) >=
              7.0);
    }
    // Without the adjustment, the light palette's red would be unreadable on the dark base.
    CHECK(contrastRatio(QColor(0xb0, 0x1c, 0x1c), dark.color(QPalette::Base)) < 4.5);
}

TEST_CASE("A problem note is readable when the application runs dark", "[gui][palette]") {
    ensureApp();
    const QPalette before = QApplication::palette();
    QApplication::setPalette(Appearance::darkPalette());
    QLabel label;
    styleProblemLabel(&label, QStringLiteral("problem"));
    const QColor fg = cssColor(label.styleSheet(), QStringLiteral("color"));
    REQUIRE(fg.isValid());
    CHECK(contrastRatio(fg, Appearance::darkPalette().color(QPalette::Window)) >= 4.5);
    QApplication::setPalette(before);
}

TEST_CASE("Tools → Appearance saves the choice in the settings", "[gui][palette]") {
    ensureApp();
    const QString appName = QCoreApplication::applicationName();
    QCoreApplication::setApplicationName(QStringLiteral("test_gui_palette_%1").arg(QCoreApplication::applicationPid()));
    QSettings().remove(QStringLiteral("ui/appearance"));
    CHECK(Appearance::saved() == QLatin1String("system"));
    {
        MainWindow w;
        auto* menu = w.findChild<QMenu*>(QStringLiteral("menuAppearance"));
        REQUIRE(menu);
        auto* dark = menu->findChild<QAction*>(QStringLiteral("actionAppearance_dark"));
        REQUIRE(dark);
        CHECK_FALSE(dark->isChecked());
        MessageBoxes::setTestHook([](const MessageBoxes::Shown&) { return QMessageBox::Ok; });
        dark->trigger();
        MessageBoxes::setTestHook({});
    }
    CHECK(Appearance::saved() == QLatin1String("dark"));
    QSettings().setValue(QStringLiteral("ui/appearance"), QStringLiteral("purple")); // hand-edited: ignored
    CHECK(Appearance::saved() == QLatin1String("system"));
    QSettings().remove(QStringLiteral("ui/appearance"));
    QCoreApplication::setApplicationName(appName);
}
