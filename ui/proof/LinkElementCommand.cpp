#include "proof/LinkElementCommand.h"

#include "case/CaseError.h"
#include "model/ChargeRepository.h"

#include <QCoreApplication>

namespace tessera {

LinkElementCommand::LinkElementCommand(Case* c, qint64 chargeId, QString elementId, qint64 eventId,
                                       std::function<void()> onChanged, std::function<void(const CaseError&)> onError)
    : CaseEditCommand(std::move(onChanged), std::move(onError)), m_case(c), m_chargeId(chargeId),
      m_elementId(std::move(elementId)), m_eventId(eventId) {
    setText(QCoreApplication::translate("LinkElementCommand", "link event %1 to %2 of charge %3")
                .arg(m_eventId)
                .arg(m_elementId)
                .arg(m_chargeId));
}

void LinkElementCommand::applyRedo() {
    ChargeRepository::linkElement(*m_case, m_chargeId, m_elementId, m_eventId);
}

void LinkElementCommand::applyUndo() {
    ChargeRepository::unlinkElement(*m_case, m_chargeId, m_elementId, m_eventId);
}

} // namespace tessera
