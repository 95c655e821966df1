#include "proof/AddChargeCommand.h"

#include "case/CaseError.h"
#include "model/ChargeRepository.h"

#include <QCoreApplication>

namespace tessera {

AddChargeCommand::AddChargeCommand(Case* c, Statute statute, qint64 offenderId, std::optional<qint64> victimId,
                                   qint64 chargeId, std::function<void()> onChanged,
                                   std::function<void(const CaseError&)> onError)
    : m_case(c), m_statute(std::move(statute)), m_offenderId(offenderId), m_victimId(victimId), m_chargeId(chargeId),
      m_onChanged(std::move(onChanged)), m_onError(std::move(onError)) {
    setText(QCoreApplication::translate("AddChargeCommand", "add charge %1").arg(m_statute.citation));
}

void AddChargeCommand::redo() {
    if (m_firstRedo) {
        m_firstRedo = false;
        return;
    }
    try {
        m_chargeId = ChargeRepository::add(*m_case, m_statute, m_offenderId, m_victimId);
    } catch (const CaseError& e) {
        setObsolete(true);
        if (m_onError)
            m_onError(e);
    }
    if (m_onChanged)
        m_onChanged();
}

void AddChargeCommand::undo() {
    try {
        ChargeRepository::remove(*m_case, m_chargeId);
    } catch (const CaseError& e) {
        setObsolete(true);
        if (m_onError)
            m_onError(e);
    }
    if (m_onChanged)
        m_onChanged();
}

} // namespace tessera
