#pragma once

#include <QWidget>

class QComboBox;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;
class QUndoStack;

namespace tessera {

class Case;

/**
 * Investigator notes (issue 10): each note with its current text and, folded under it, every earlier version (notes
 * are append-only: a revision is a new version, nothing is deleted, and every version goes into the production).
 * Below, the text of a new note or of a revision of the selected one, and what it is about (the case, a person by
 * label — people who were trafficked by pseudonym — or an exhibit). Withdrawn notes (an undone "add") are not listed. The panel writes through NoteRepository and emits
 * changed() afterwards; errors go to the caller through failed().
 */
class NotesPanel : public QWidget {
    Q_OBJECT

public:
    /// `undo`: the casework panel's undo stack (adding and revising notes are pushed there; never owned here).
    explicit NotesPanel(QUndoStack* undo, QWidget* parent = nullptr);
    /// Shows the notes of `c` (nullptr: empty) and refreshes the "about" choices.
    void refresh(Case* c);
    QTreeWidget* tree() const { return m_tree; }
    QPlainTextEdit* editor() const { return m_text; }
    /// Adds the editor's text as a new note about the chosen subject (an undoable AddCaseworkEntryCommand: undo
    /// withdraws it); returns the note id (0 on error, reported).
    qint64 addNote();
    /// Adds the editor's text as a new version of the selected note (an undoable ReviseNoteCommand); returns the
    /// version (0 on error, reported).
    int reviseSelected();
    /// The undo stack the notes' edits go to: undoing a revision appends a compensating version, undoing an added note
    /// appends its withdrawal (nothing is deleted).
    QUndoStack* undoStack() const { return m_undo; }

signals:
    void changed();
    void failed(const QString& action, const QString& message);

private:
    /// Warns (MessageBoxes) when `text`, just saved, names a protected person (as the CLI does for `note add`).
    void warnIfProtected(const QString& text);
    qint64 selectedNoteId() const;
    Case* m_case = nullptr;
    QTreeWidget* m_tree;
    QComboBox* m_about;
    QPlainTextEdit* m_text;
    QPushButton* m_add;
    QPushButton* m_revise;
    QUndoStack* m_undo;
};

} // namespace tessera
