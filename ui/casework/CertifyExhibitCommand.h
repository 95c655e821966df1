#pragma once

#include "common/CaseEditCommand.h"
#include "model/EvidenceLinks.h"

namespace tessera {

class Case;

/**
 * Undoable "record how an exhibit can be admitted" (EvidenceLinks::certify, issue 10 point 5). The exhibit's
 * authentication columns are the one part of an exhibit that changes, so undo puts the state before back and redo the
 * state after (EvidenceLinks::restoreAuthentication); each step leaves a chain-of-custody and an audit entry. The
 * certificate, stored as its own exhibit by the first certify(), stays in the case (exhibits are never deleted). The
 * caller certifies first and pushes only on success (CaseEditCommand).
 */
class CertifyExhibitCommand : public CaseEditCommand {
public:
    CertifyExhibitCommand(Case* c, qint64 exhibitId, AuthenticationState before, AuthenticationState after,
                          std::function<void()> onChanged, std::function<void(const CaseError&)> onError);

private:
    void applyRedo() override;
    void applyUndo() override;
    Case* m_case;
    qint64 m_exhibitId;
    AuthenticationState m_before;
    AuthenticationState m_after;
};

} // namespace tessera
