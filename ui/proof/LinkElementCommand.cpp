#include "proof/LinkElementCommand.h"

#include "case/CaseError.h"
#include "model/ChargeRepository.h"

#include <QCoreApplication>

namespace tessera {

LinkElementCommand::LinkElementCommand(Case* c, qint64 chargeId, QString elementId, qint64 eventId,
                                       std::function<void()> onChanged, std::function<void(const CaseError&)> onError)
    : m_case(c), m_chargeId(chargeId), m_elementId(std::move(elementId)), m_eventId(eventId),
      m_onChanged(std::move(onChanged)), m_onError(std::move(onError)) {
    setText(QCoreApplication::translate("LinkElementCommand", "link event %1 to %2 of charge %3")
                .arg(m_eventId)
                .arg(m_elementId)
                .arg(m_chargeId));
}

void LinkElementCommand::redo() {
    if (m_firstRedo) {
        m_firstRedo = false;
        return;
    }
    try {
        ChargeRepository::linkElement(*m_case, m_chargeId, m_elementId, m_eventId);
    } catch (const CaseError& e) {
        setObsolete(true);
        if (m_onError)
            m_onError(e);
    }
    if (m_onChanged)
        m_onChanged();
}

void LinkElementCommand::undo() {
    try {
        ChargeRepository::unlinkElement(*m_case, m_chargeId, m_elementId, m_eventId);
    } catch (const CaseError& e) {
        setObsolete(true);
        if (m_onError)
            m_onError(e);
    }
    if (m_onChanged)
        m_onChanged();
}

} // namespace tessera
