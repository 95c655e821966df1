#pragma once

#include "statutes/StatuteCatalog.h"

#include "common/CaseEditCommand.h"

#include <functional>
#include <optional>

namespace tessera {

class Case;
class CaseError;

/**
 * Undoable "add a charge" on the proof board: redo applies the statute template to the offender (and victim) with
 * ChargeRepository::add; undo removes that charge with ChargeRepository::remove (allowed while it has no element
 * links; a redo after undo makes a new charge id). The first redo is the add the caller already made (its id is
 * given), so an error is reported before anything is pushed. Later errors go to `onError`, and the command becomes
 * obsolete. `onChanged` runs after every undo or redo (refresh the views).
 */
class AddChargeCommand : public CaseEditCommand {
public:
    AddChargeCommand(Case* c, Statute statute, qint64 offenderId, std::optional<qint64> victimId, qint64 chargeId,
                     std::function<void()> onChanged, std::function<void(const CaseError&)> onError);

    qint64 chargeId() const { return m_chargeId; }

private:
    void applyRedo() override;
    void applyUndo() override;
    Case* m_case;
    Statute m_statute;
    qint64 m_offenderId;
    std::optional<qint64> m_victimId;
    qint64 m_chargeId;
};

} // namespace tessera
