#pragma once

#include <QString>
#include <QUndoCommand>

namespace tessera {

class Case;

/**
 * Revises an investigator note (GUI edit). Notes are append-only (DESIGN §4): undo never deletes a version, it appends
 * a compensating version that restores the text before the revision; redo appends the revised text again. Every
 * version stays and is produced.
 *
 * Use: construct, call execute() (the first revision, reporting a CaseError's text), and push onto a QUndoStack only
 * when it succeeded; the first redo() after push does nothing.
 */
class ReviseNoteCommand : public QUndoCommand {
public:
    ReviseNoteCommand(Case& c, qint64 noteId, const QString& text);
    /// Appends the revision now; returns the new version number, or 0 with `error` set (display text).
    int execute(QString* error);
    void undo() override;
    void redo() override;

private:
    Case& m_case;
    qint64 m_noteId;
    QString m_text;
    QString m_previous;
    bool m_skipFirstRedo = true;
};

} // namespace tessera
