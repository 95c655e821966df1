#include "checkpoints/RecordCheckpointCommand.h"

#include "case/Case.h"
#include "case/CaseError.h"
#include <QCoreApplication>

namespace tessera {

RecordCheckpointCommand::RecordCheckpointCommand(Case& c, const NewCheckpointDecision& decision, const QString& text)
    : QUndoCommand(text), m_case(c), m_decision(decision) {}

bool RecordCheckpointCommand::execute(QString* error) {
    try {
        m_previous = CheckpointLedger::latest(m_case.db(), m_decision.personId, m_decision.point);
        m_lastId = CheckpointLedger::record(m_case, m_decision);
        return true;
    } catch (const CaseError& e) {
        if (error)
            *error = e.message();
        return false;
    }
}

void RecordCheckpointCommand::redo() {
    if (m_skipFirstRedo) {
        m_skipFirstRedo = false;
        return;
    }
    try {
        m_lastId = CheckpointLedger::record(m_case, m_decision);
    } catch (const CaseError&) {
        setObsolete(true);
    }
}

void RecordCheckpointCommand::undo() {
    NewCheckpointDecision back;
    back.personId = m_decision.personId;
    back.point = m_decision.point;
    if (m_previous) {
        back.decision = m_previous->decision;
        back.scopeFrom = m_previous->scopeFrom;
        back.scopeTo = m_previous->scopeTo;
        back.scopeItems = m_previous->scopeItems;
        back.explained = m_previous->explained;
        back.advocatePresent = m_previous->advocatePresent;
    } else {
        back.decision = QStringLiteral("deferred");
    }
    back.note = QCoreApplication::translate("RecordCheckpointCommand", "Correction: entry %1 was recorded in error; the earlier choice applies again.").arg(m_lastId);
    try {
        m_lastId = CheckpointLedger::record(m_case, back);
    } catch (const CaseError&) {
        setObsolete(true);
    }
}

} // namespace tessera
