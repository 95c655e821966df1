#pragma once

#include "case/DraftStore.h"

#include <QVector>

class QWidget;

namespace tessera {

/**
 * Finds half-typed text in the open windows and puts kept drafts back (issue 8 §1). Generic: every LintedTextEdit and
 * LintedLineEdit (every free-text field of the GUI) is found by walking the windows, and named by its window's
 * objectName, that window's title (so a draft typed for V-1 never lands in the same dialog opened for V-2; the main
 * window's title is left out) and the objectName path of the field inside it. A field counts when it holds text the
 * person changed (QTextDocument / QLineEdit "modified") — text a dialog filled in itself is not a draft.
 */
class DraftKeeper {
public:
    /// The half-typed text of every visible window (and the main window), in window order.
    static QVector<Draft> collect();
    /**
     * Puts every draft of `drafts` that belongs to a field of `window` back into it, byte for byte, marked as
     * changed (so a second lock keeps it again), and brings the tab that holds each such field to the front. Returns
     * the ids of the drafts used.
     */
    static QVector<qint64> restoreInto(QWidget* window, const QVector<Draft>& drafts);
    /// Empties every free-text field of `window` (the main window's, on lock: its docks stay alive while locked).
    static void clearFields(QWidget* window);
    /// The key of `window` as stored in Draft::window.
    static QString windowKey(const QWidget* window);
    /// The context of `window` as stored in Draft::context: its title, or "" for the main window.
    static QString windowContext(const QWidget* window);
    /// Whether some draft belongs to `window` (same key and context).
    static bool belongsTo(const Draft& draft, const QWidget* window);
};

} // namespace tessera
