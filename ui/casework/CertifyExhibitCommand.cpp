#include "casework/CertifyExhibitCommand.h"

#include <QCoreApplication>

namespace tessera {

CertifyExhibitCommand::CertifyExhibitCommand(Case* c, qint64 exhibitId, AuthenticationState before,
                                             AuthenticationState after, std::function<void()> onChanged,
                                             std::function<void(const CaseError&)> onError)
    : CaseEditCommand(std::move(onChanged), std::move(onError)), m_case(c), m_exhibitId(exhibitId),
      m_before(std::move(before)), m_after(std::move(after)) {
    setText(QCoreApplication::translate("CertifyExhibitCommand", "record authentication of exhibit %1").arg(exhibitId));
}

void CertifyExhibitCommand::applyRedo() { EvidenceLinks::restoreAuthentication(*m_case, m_exhibitId, m_after); }

void CertifyExhibitCommand::applyUndo() { EvidenceLinks::restoreAuthentication(*m_case, m_exhibitId, m_before); }

} // namespace tessera
