#pragma once

#include "common/CaseEditCommand.h"

#include <QString>

namespace tessera {

class Case;

/**
 * Revises an investigator note (GUI edit). Notes are append-only (DESIGN §4): undo never deletes a version, it appends
 * a compensating version that restores the text before the revision; redo appends the revised text again. Every
 * version stays and is produced. The caller makes the first revision itself (NoteRepository::revise) and pushes only
 * on success (CaseEditCommand: the first redo is skipped; later errors go to `onError` and make it obsolete).
 */
class ReviseNoteCommand : public CaseEditCommand {
public:
    /// `previous`: the note's text before the revision; `text`: the revision the caller appended.
    ReviseNoteCommand(Case* c, qint64 noteId, QString previous, QString text, std::function<void()> onChanged,
                      std::function<void(const CaseError&)> onError);

private:
    void applyRedo() override;
    void applyUndo() override;
    Case* m_case;
    qint64 m_noteId;
    QString m_previous;
    QString m_text;
};

} // namespace tessera
