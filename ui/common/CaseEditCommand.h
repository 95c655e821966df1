// The shared shape of undoable case edits whose first redo the caller has already done.
#pragma once

#include <QUndoCommand>
#include <functional>

namespace tessera {

class CaseError;

/**
 * Base of an undoable edit of the open case (STYLE: every user edit is a QUndoCommand). The caller makes the edit
 * itself first, so an error is reported before anything is pushed; the command's first redo() is therefore skipped.
 * Later redo/undo run applyRedo()/applyUndo(): a CaseError makes the command obsolete (the case changed underneath)
 * and goes to `onError`; `onChanged` runs after every redo or undo so the views refresh.
 */
class CaseEditCommand : public QUndoCommand {
public:
    void redo() final;
    void undo() final;

protected:
    CaseEditCommand(std::function<void()> onChanged, std::function<void(const CaseError&)> onError);
    /// Does the edit again (after an undo). Throws CaseError.
    virtual void applyRedo() = 0;
    /// Reverses the edit. Throws CaseError.
    virtual void applyUndo() = 0;

private:
    void run(void (CaseEditCommand::*step)());
    bool m_firstRedo = true;
    std::function<void()> m_onChanged;
    std::function<void(const CaseError&)> m_onError;
};

} // namespace tessera
