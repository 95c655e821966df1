#pragma once

#include <QColor>
#include <QString>

namespace tessera {

/**
 * How a proof-board status looks on screen: a word, a glyph and a colour, so the status never rests on colour alone
 * (WCAG 1.4.1). Statuses are the core's names (DESIGN §6): independent, pending-authentication, victim-only,
 * unsupported, not-required.
 */
class ProofStatusStyle {
public:
    /// The translated words for a status, e.g. "Independent", "Pending authentication".
    static QString text(const QString& status);
    /// A glyph that tells the statuses apart without colour (✔ ◐ ⚠ ✖ –).
    static QString glyph(const QString& status);
    /// Glyph and words, as a status cell shows them.
    static QString label(const QString& status);
    /// A light background colour for the status (text stays black on it: contrast ≥ 7:1).
    static QColor background(const QString& status);
    /// One sentence explaining the status, for tooltips and accessible descriptions.
    static QString explanation(const QString& status);
};

} // namespace tessera
