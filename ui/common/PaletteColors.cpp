#include "common/PaletteColors.h"

#include "common/MessageBoxes.h"

#include <QActionGroup>
#include <QApplication>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>

#include <algorithm>
#include <cmath>

namespace tessera {
namespace {

double channel(double c) { return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); }

double luminance(const QColor& c) {
    const QColor rgb = c.toRgb();
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF()) + 0.0722 * channel(rgb.blueF());
}

/// The tone's colour as designed for a light background (hue and saturation are kept in either palette).
QColor lightToneColor(TextTone tone) {
    switch (tone) {
    case TextTone::Caution:
        return QColor(0x8a, 0x4b, 0x00);
    case TextTone::Danger:
        return QColor(0xb0, 0x1c, 0x1c);
    case TextTone::Calm:
        return QColor(0x1d, 0x6a, 0x2e);
    }
    return QColor(0x8a, 0x4b, 0x00);
}

/// `base` with its HSL lightness moved (down on light backgrounds, up on dark) until it reaches `ratio` against
/// every colour in `backgrounds`, or black/white.
QColor withContrast(const QColor& base, const QList<QColor>& backgrounds, double ratio, bool lighten) {
    QColor c = base.toHsl();
    for (int step = 0; step <= 100; ++step) {
        const bool ok = std::all_of(backgrounds.begin(), backgrounds.end(),
                                    [&](const QColor& bg) { return contrastRatio(c, bg) >= ratio; });
        if (ok)
            return c.toRgb();
        const double l = std::clamp(c.lightnessF() + (lighten ? 0.01 : -0.01), 0.0, 1.0);
        c.setHslF(c.hslHueF(), c.hslSaturationF(), l);
    }
    return lighten ? QColor(Qt::white) : QColor(Qt::black);
}

} // namespace

bool isDarkPalette(const QPalette& palette) {
    return luminance(palette.color(QPalette::Base)) < luminance(palette.color(QPalette::Text));
}

double contrastRatio(const QColor& a, const QColor& b) {
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor toneColor(TextTone tone, const QPalette& palette) {
    const bool dark = isDarkPalette(palette);
    return withContrast(lightToneColor(tone),
                        {palette.color(QPalette::Base), palette.color(QPalette::Window),
                         palette.color(QPalette::AlternateBase)},
                        4.5, dark);
}

QString toneStyleSheet(TextTone tone, const QPalette& palette) {
    return QStringLiteral("QLabel { color: %1; }").arg(toneColor(tone, palette).name());
}

QString toneBannerStyleSheet(TextTone tone, const QPalette& palette) {
    const bool dark = isDarkPalette(palette);
    QColor hue = lightToneColor(tone).toHsl();
    // A tinted background close to the window's lightness, so the banner reads as part of the window.
    QColor background;
    background.setHslF(hue.hslHueF(), dark ? 0.35 : 0.75, dark ? 0.18 : 0.93);
    QColor border;
    border.setHslF(hue.hslHueF(), 0.45, dark ? 0.40 : 0.70);
    const QColor text = withContrast(hue, {background}, 7.0, dark);
    return QStringLiteral("QLabel { background: %1; color: %2; border: 1px solid %3; padding: 6px; }")
        .arg(background.toRgb().name(), text.name(), border.toRgb().name());
}

QString Appearance::saved() {
    const QString v = QSettings().value(QStringLiteral("ui/appearance")).toString();
    return v == QLatin1String("light") || v == QLatin1String("dark") ? v : QStringLiteral("system");
}

void Appearance::save(const QString& choice) { QSettings().setValue(QStringLiteral("ui/appearance"), choice); }

QPalette Appearance::darkPalette() {
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x30), base(0x1e, 0x1f, 0x22), text(0xe8, 0xe8, 0xe8);
    const QColor disabledText(0x8a, 0x8c, 0x90), highlight(0x3d, 0x7b, 0xd9);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2b));
    p.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3c, 0x40));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, disabledText);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x35, 0x37, 0x3b));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    p.setColor(QPalette::Light, QColor(0x4a, 0x4c, 0x50));
    p.setColor(QPalette::Midlight, QColor(0x40, 0x42, 0x46));
    p.setColor(QPalette::Mid, QColor(0x30, 0x32, 0x35));
    p.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1b));
    p.setColor(QPalette::Shadow, QColor(0x0c, 0x0c, 0x0d));
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, QColor(Qt::white));
    p.setColor(QPalette::Link, QColor(0x7a, 0xb4, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xc0, 0x9b, 0xff));
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabledText);
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x50, 0x52, 0x56));
    return p;
}

void Appearance::apply() {
    const QString choice = saved();
    if (choice == QLatin1String("system"))
        return;
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication::setPalette(choice == QLatin1String("dark") ? darkPalette()
                                                             : QApplication::style()->standardPalette());
}

AppearanceMenu::AppearanceMenu(QWidget* parent) : QMenu(tr("&Appearance"), parent) {
    setObjectName(QStringLiteral("menuAppearance"));
    auto* group = new QActionGroup(this);
    const QString current = Appearance::saved();
    const QList<QPair<QString, QString>> choices = {{QStringLiteral("system"), tr("Follow the desktop")},
                                                    {QStringLiteral("light"), tr("Light")},
                                                    {QStringLiteral("dark"), tr("Dark")}};
    for (const auto& [code, name] : choices) {
        QAction* a = addAction(name);
        a->setObjectName(QStringLiteral("actionAppearance_") + code);
        a->setCheckable(true);
        a->setChecked(code == current);
        group->addAction(a);
        connect(a, &QAction::triggered, this, [this, code = code] {
            Appearance::save(code);
            MessageBoxes::information(parentWidget(), tr("Appearance"),
                                      tr("The new appearance applies the next time Tessera starts."));
        });
    }
}

} // namespace tessera
