#include "proof/AddChargeCommand.h"

#include "case/CaseError.h"
#include "model/ChargeRepository.h"

#include <QCoreApplication>

namespace tessera {

AddChargeCommand::AddChargeCommand(Case* c, Statute statute, qint64 offenderId, std::optional<qint64> victimId,
                                   qint64 chargeId, std::function<void()> onChanged,
                                   std::function<void(const CaseError&)> onError)
    : CaseEditCommand(std::move(onChanged), std::move(onError)), m_case(c), m_statute(std::move(statute)),
      m_offenderId(offenderId), m_victimId(victimId), m_chargeId(chargeId) {
    setText(QCoreApplication::translate("AddChargeCommand", "add charge %1").arg(m_statute.citation));
}

void AddChargeCommand::applyRedo() {
    m_chargeId = ChargeRepository::add(*m_case, m_statute, m_offenderId, m_victimId);
}

void AddChargeCommand::applyUndo() {
    ChargeRepository::remove(*m_case, m_chargeId);
}

} // namespace tessera
