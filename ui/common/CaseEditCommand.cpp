#include "common/CaseEditCommand.h"

#include "case/CaseError.h"

namespace tessera {

CaseEditCommand::CaseEditCommand(std::function<void()> onChanged, std::function<void(const CaseError&)> onError)
    : m_onChanged(std::move(onChanged)), m_onError(std::move(onError)) {}

void CaseEditCommand::redo() {
    if (m_firstRedo) {
        m_firstRedo = false; // the caller made the edit before pushing
        return;
    }
    run(&CaseEditCommand::applyRedo);
}

void CaseEditCommand::undo() {
    run(&CaseEditCommand::applyUndo);
}

void CaseEditCommand::run(void (CaseEditCommand::*step)()) {
    try {
        (this->*step)();
    } catch (const CaseError& e) {
        setObsolete(true);
        if (m_onError)
            m_onError(e);
    }
    if (m_onChanged)
        m_onChanged();
}

} // namespace tessera
