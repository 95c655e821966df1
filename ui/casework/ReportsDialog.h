#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QTreeWidget;
class QUndoStack;

namespace tessera {

class Case;
class CaseError;
class LintedLineEdit;
class LintedTextEdit;

/**
 * Casework → Reports… (issue 5 point 5): the investigator's reports (investigative, supplemental). On the left every
 * report with its versions (signed: who, when, SHA-256; or the current draft); on the right the editor with the
 * writing prompts (LintedTextEdit: findings underlined, never saved). "Save draft" saves the text (undoable:
 * SaveReportDraftCommand); "Sign…" asks for confirmation, naming what signing means, then signs the saved draft with
 * the hash of the text shown (ReportRepository::sign) — signing cannot be undone. A signed version opens read-only;
 * "Change (new version)" makes its text editable, and saving it starts the next version as a draft.
 *
 * Errors are shown through MessageBoxes (CaseErrorText); nothing is written unless the user saves or signs. Leaving
 * unsaved text (another report, New report, Close) asks first: save as the draft, discard, or stay.
 */
class ReportsDialog : public QDialog {
    Q_OBJECT

public:
    ReportsDialog(Case& c, QWidget* parent = nullptr);

    QTreeWidget* tree() const { return m_tree; }
    LintedTextEdit* editor() const { return m_text; }
    LintedLineEdit* titleEdit() const { return m_title; }
    QLabel* statusLabel() const { return m_status; }
    QUndoStack* undoStack() const { return m_undo; }
    /// The report shown (0 for a new, unsaved report) and the version shown (0 for a new report).
    qint64 reportId() const { return m_reportId; }
    int shownVersion() const { return m_version; }
    /// Whether the text shown is a signed version (read-only).
    bool showingSigned() const { return m_signedShown; }

    /// Clears the editor for a new report (title and text).
    void newReport();
    /// Shows version `version` of report `reportId` (0: its current version). Returns false for an unknown one.
    bool showVersion(qint64 reportId, int version = 0);
    /// Makes the signed current version's text editable; saving then starts the next version.
    void startNewVersion();
    /// Saves the editor's text: a new report (title required), or the draft of the report shown (undoable). Returns
    /// the report id, or 0 when nothing was saved (an error, reported).
    qint64 saveDraft();
    /// Saves unsaved changes, asks for confirmation and signs the current draft. Returns true when signed.
    bool signDraft();
    /// Closing with unsaved text asks first (save as the draft, discard, or stay).
    void reject() override;

private:
    /// Whether the editor holds text not saved in the case (a signed version shown read-only never does).
    bool hasUnsavedText() const;
    /// With unsaved text, asks whether to save it as the draft first; returns false when the user stays (Cancel) or
    /// the save failed. Without unsaved text, returns true at once.
    bool keepOrSaveChanges();
    /// Selects the report shown in the tree again (after the user chose to stay with unsaved text).
    void showVersionSelection();
    void refreshTree();
    void showError(const CaseError& e, const QString& action);
    void updateButtons();
    void updatePrompts();
    Case& m_case;
    QTreeWidget* m_tree;
    LintedLineEdit* m_title;
    LintedTextEdit* m_text;
    QLabel* m_status;
    QLabel* m_prompts;
    QPushButton* m_new;
    QPushButton* m_save;
    QPushButton* m_sign;
    QPushButton* m_change;
    QPushButton* m_undoButton;
    QPushButton* m_redoButton;
    QUndoStack* m_undo;
    qint64 m_reportId = 0;
    int m_version = 0;
    bool m_signedShown = false;
    QString m_savedText; ///< the text as saved in the case for the version shown
};

} // namespace tessera
