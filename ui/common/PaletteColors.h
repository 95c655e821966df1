// Text colours that stay readable in light and dark palettes (issue 9 point 2: light and dark palettes respected).
#pragma once

#include <QColor>
#include <QMenu>
#include <QPalette>
#include <QString>

namespace tessera {

/// What a coloured text means. Colour is never the only carrier: every use also says it in words or an icon.
enum class TextTone {
    Caution, ///< due soon, a flag to look at, a problem with input (amber/brown family)
    Danger,  ///< overdue, a broken audit chain (red family)
    Calm,    ///< agreed, verified (green family)
};

/// True when the palette's base (the background of text fields and lists) is darker than its text.
bool isDarkPalette(const QPalette& palette);

/**
 * WCAG 2.1 contrast ratio between two colours (1.0 … 21.0), from their relative luminance (WCAG 2.1 §1.4.3,
 * "contrast ratio" definition).
 */
double contrastRatio(const QColor& a, const QColor& b);

/**
 * The foreground colour for `tone` on `palette`'s base and window colours: the hue of the tone, with its lightness
 * moved until the contrast ratio against both backgrounds is at least 4.5:1 (WCAG 2.1 AA for normal text).
 */
QColor toneColor(TextTone tone, const QPalette& palette);

/// A style sheet fragment "QLabel { color: #rrggbb; }" for `tone` on `palette` (for labels that carry a note).
QString toneStyleSheet(TextTone tone, const QPalette& palette);

/**
 * A "note" box (background, border, text colours) for a banner label that stands out from the window in either
 * palette: a tinted background of `tone`'s hue, and text at 7:1 or better on it (WCAG 2.1 AAA).
 */
QString toneBannerStyleSheet(TextTone tone, const QPalette& palette);

/// Interface appearance chosen in Tools → Appearance: follow the desktop, or force light or dark.
class Appearance {
public:
    /// "system", "light" or "dark", kept in QSettings "ui/appearance" (never case data).
    static QString saved();
    /// Saves a choice; it is applied at once with apply().
    static void save(const QString& choice);
    /// Applies the saved choice to the running application (Fusion style with Tessera's dark palette for "dark").
    static void apply();
    /// Tessera's dark palette (Fusion's roles filled for a dark window).
    static QPalette darkPalette();
};

/// Tools → Appearance: "Follow the desktop", "Light", "Dark" as checkable entries; a change is saved and applies at
/// the next start, when every window is built with it (like the language).
class AppearanceMenu : public QMenu {
    Q_OBJECT
public:
    explicit AppearanceMenu(QWidget* parent = nullptr);
};

} // namespace tessera
