// The linted text widgets: every free-text field of the GUI is one of these (issue 5, DESIGN §8).
#pragma once

#include "language/Linter.h"

#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVector>

class QMenu;
class QTimer;

namespace tessera {

/**
 * The GUI's one trauma-informed language linter, shared by every linted field: built once from the bundled rules
 * (resources/language, field-research.md §2) for the agency profile in use. Prompts are drafting help only: nothing
 * of them is stored, audited or produced (issue 5 point 5).
 */
class WritingPrompts {
public:
    /// The linter for the current profile (built on first use; the bundled default profile until setProfile()).
    static const language::Linter& linter();
    /// Switches the agency profile for every linted field created or re-checked afterwards. Throws
    /// language::LanguageRulesError for an unknown profile name (the current profile stays).
    static void setProfile(const QString& profile);
    /// The profile in use ("" until setProfile() was called: the bundled default).
    static QString profile();
    /// The tooltip of one finding: the words, the reason, the suggestions and the guide it comes from (rich text).
    static QString toolTipFor(const language::Finding& finding);
};

/**
 * Marks a line edit as not prose — a name, number, path, passphrase, identifier, time zone — so the test that walks
 * every window accepts it without linting. Every other QLineEdit, QPlainTextEdit and QTextEdit in a window must be
 * a LintedLineEdit or LintedTextEdit (tests/gui/test_every_field_linted.cpp).
 */
void markNotProse(QWidget* edit);
/// Whether markNotProse() was called on `widget`.
bool isMarkedNotProse(const QWidget* widget);

/**
 * A multi-line free-text editor (notes, summaries, narratives) with the writing prompts: findings underlined (wavy;
 * amber for a warning, blue for a prompt to check), the reason and source on hover, suggestions at the top of the
 * context menu with one-step replace (one undo step of the editor). Saving is never blocked: findings are advice.
 *
 * Checking is incremental: each edit marks its paragraph(s) dirty and, after a short pause in typing (80 ms),
 * Linter::checkRange re-checks only those paragraphs, so a 100-page narrative costs about a paragraph per keystroke.
 * Positions are QTextDocument positions (UTF-16 code units of toPlainText()).
 */
class LintedTextEdit : public QPlainTextEdit {
    Q_OBJECT
public:
    explicit LintedTextEdit(QWidget* parent = nullptr);

    /// The current findings, ordered by start (UTF-16 positions in toPlainText()). Call relintNow() first in tests.
    const QVector<language::Finding>& findings() const { return m_findings; }
    /// Runs any pending check immediately (otherwise it runs after the typing pause).
    void relintNow();
    /// Re-checks the whole text (after a profile change).
    void relintAll();
    /// The finding covering document position `position`, or nullptr.
    const language::Finding* findingAt(int position) const;
    /// Replaces the finding's words at `position` with `replacement` as one undoable edit. Returns false when no
    /// finding covers `position`.
    bool applySuggestion(int position, const QString& replacement);

signals:
    /// Emitted after each check with the number of findings in the whole text.
    void findingsChanged(int count);

protected:
    bool event(QEvent* e) override;
    void contextMenuEvent(QContextMenuEvent* e) override;

private:
    void onContentsChange(int position, int removed, int added);
    void runCheck();
    void paintFindings();

    QVector<language::Finding> m_findings;
    QTimer* m_timer = nullptr;
    int m_dirtyFrom = -1, m_dirtyTo = -1;
};

/**
 * A one-line free-text field (a title, a short summary, a place description) with the same writing prompts as
 * LintedTextEdit. Findings are drawn as wavy underlines through the line edit's own text layout (formats set with an
 * input-method event, the documented way to style QLineEdit text), so selection, scrolling and undo are Qt's own.
 */
class LintedLineEdit : public QLineEdit {
    Q_OBJECT
public:
    explicit LintedLineEdit(QWidget* parent = nullptr);

    /// The current findings, ordered by start (UTF-16 offsets in text()).
    const QVector<language::Finding>& findings() const { return m_findings; }
    /// The finding covering character `position`, or nullptr.
    const language::Finding* findingAt(int position) const;
    /// Replaces the finding's words at `position` with `replacement` (one undo step). False when none covers it.
    bool applySuggestion(int position, const QString& replacement);
    /// Re-checks the text (after a profile change).
    void relint() { runCheck(); }

signals:
    /// Emitted after each check with the number of findings.
    void findingsChanged(int count);

protected:
    bool event(QEvent* e) override;
    void contextMenuEvent(QContextMenuEvent* e) override;

private:
    void runCheck();
    QVector<language::Finding> m_findings;
};

/// Adds "Replace with …" actions for `finding` at the top of `menu` (before `before`), a disabled line with the
/// reason, and a separator; `apply` is called with the chosen replacement. Shared by both widgets.
void addSuggestionActions(QMenu* menu, const language::Finding& finding,
                          const std::function<void(const QString&)>& apply);

} // namespace tessera
