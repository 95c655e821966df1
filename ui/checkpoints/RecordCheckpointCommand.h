#pragma once

#include "checkpoints/CheckpointLedger.h"

#include <QString>
#include <QUndoCommand>

namespace tessera {

class Case;

/**
 * Records one victim-choice decision (GUI edit). The ledger is append-only (DESIGN §4, §7): undo never deletes, it
 * appends a compensating decision that restores the choice that ruled before (or "deferred" when there was none),
 * with a note saying which entry it corrects; redo appends the decision again.
 *
 * Use: construct, call execute() (records it the first time, reporting a CaseError's text), and push onto a
 * QUndoStack only when it succeeded; the first redo() after push does nothing.
 */
class RecordCheckpointCommand : public QUndoCommand {
public:
    RecordCheckpointCommand(Case& c, const NewCheckpointDecision& decision, const QString& text);
    /// Records the decision now. Returns false with `error` set (display text) when core refuses it.
    bool execute(QString* error);
    /// The id of the last entry this command appended.
    qint64 lastEntryId() const { return m_lastId; }
    void undo() override;
    void redo() override;

private:
    Case& m_case;
    NewCheckpointDecision m_decision;
    std::optional<CheckpointDecision> m_previous;
    qint64 m_lastId = 0;
    bool m_skipFirstRedo = true;
};

} // namespace tessera
