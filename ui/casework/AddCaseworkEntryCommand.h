#pragma once

#include "common/CaseEditCommand.h"

#include <QString>

namespace tessera {

class Case;

/**
 * Undoable "add a note", "add a lead" and "add legal process" (issue 10). Notes, leads and legal process are
 * append-only ledgers, so undo cannot delete what was added: it appends a withdrawal (CaseworkWithdrawal, migration
 * 0015) that takes the entry out of the working views and the due view, and redo appends a reinstatement. The entry,
 * the withdrawal and the reinstatement all stay in the case and the audit chain; a withdrawn note is still produced,
 * marked withdrawn (notes are discoverable). The caller adds the entry first and pushes only on success
 * (CaseEditCommand).
 */
class AddCaseworkEntryCommand : public CaseEditCommand {
public:
    /// `subject`: "note", "lead" or "process"; `id` the entry the caller added.
    AddCaseworkEntryCommand(Case* c, QString subject, qint64 id, std::function<void()> onChanged,
                            std::function<void(const CaseError&)> onError);

private:
    void applyRedo() override;
    void applyUndo() override;
    Case* m_case;
    QString m_subject;
    qint64 m_id;
};

} // namespace tessera
