#include "casework/SaveReportDraftCommand.h"

#include "case/CaseError.h"
#include "casework/ReportRepository.h"

#include <QCoreApplication>

namespace tessera {

SaveReportDraftCommand::SaveReportDraftCommand(Case* c, qint64 reportId, const QString& text, const QString& previousDraft,
                                               std::function<void()> onChanged,
                                               std::function<void(const CaseError&)> onError)
    : CaseEditCommand(std::move(onChanged), std::move(onError)), m_case(c), m_reportId(reportId), m_text(text),
      m_previousDraft(previousDraft) {
    setText(QCoreApplication::translate("SaveReportDraftCommand", "save the draft of report %1").arg(reportId));
}

void SaveReportDraftCommand::applyRedo() {
    ReportRepository::saveDraft(*m_case, m_reportId, m_text);
}

void SaveReportDraftCommand::applyUndo() {
    if (m_previousDraft.isEmpty())
        ReportRepository::discardDraft(*m_case, m_reportId); // the save started a new version after a signed one
    else
        ReportRepository::saveDraft(*m_case, m_reportId, m_previousDraft);
}

} // namespace tessera
