#pragma once

#include <QObject>
#include <QString>
#include <chrono>

class QWidget;

namespace tessera {

/**
 * Copying protected text (issue 8 §2): a victim's name, date of birth, identifiers, safe-contact details, kept drafts.
 * copy() puts the text on the clipboard with the hint KDE's Klipper (and clipboard managers that follow it) honour to
 * keep it out of their history — MIME type `x-kde-passwordManagerHint` = `secret` — and clears the clipboard after
 * clearDelay() (30 s) if it still holds that text. clearIfStillOurs() does the same at once (on lock and quit).
 * Only a SHA-256 of the copied text is kept, never the text.
 */
class SecretClipboard : public QObject {
    Q_OBJECT
public:
    /// The MIME type and value of the secret hint.
    static constexpr const char* kHintMime = "x-kde-passwordManagerHint";
    static constexpr const char* kHintValue = "secret";

    /// Copies `text` with the secret hint (also to the X11 selection, where there is one) and starts the clear timer.
    static void copy(const QString& text);
    /// Clears the clipboard (and selection) now if it still holds what copy() put there.
    static void clearIfStillOurs();
    /// The delay before clearing (30 s; tests shorten it).
    static void setClearDelay(std::chrono::milliseconds delay);
    static std::chrono::milliseconds clearDelay();

    /**
     * Makes `field` (a QLineEdit, QPlainTextEdit or item view showing protected data) copy through copy(): Ctrl+C /
     * Ctrl+X and the context menu's Copy/Cut, and, on X11, a mouse selection (the primary selection) is replaced by
     * the hinted copy. Marked fields say so with the property `tesseraProtected`.
     */
    static void protectField(QWidget* field);
    /// Whether protectField() was called on `field`.
    static bool isProtected(const QWidget* field);

private:
    SecretClipboard() = default;
    static SecretClipboard& instance();
    /// copy(), or with `selectionOnly` only the X11 primary selection (a mouse selection in a protected field).
    static void copyTo(const QString& text, bool selectionOnly);
    bool eventFilter(QObject* watched, QEvent* event) override;
};

} // namespace tessera
