#pragma once

#include "common/CaseEditCommand.h"

#include <QString>
#include <functional>

namespace tessera {

class Case;
class CaseError;

/**
 * Undoable "save the report's draft" (issue 5 point 5). Redo saves `text` with ReportRepository::saveDraft. Undo
 * restores what was there before: the earlier draft text when the save overwrote a draft, or — when the save started
 * a new version after a signed one — discards that new draft (ReportRepository::discardDraft), so the signed
 * version is current again. Signed versions are never touched: signing is not undoable. The first redo is the save
 * the caller already made. Errors go to `onError` and make the command obsolete; `onChanged` runs after each step.
 */
class SaveReportDraftCommand : public CaseEditCommand {
public:
    /// `previousDraft`: the draft's text before the save; empty when the save started a new version.
    SaveReportDraftCommand(Case* c, qint64 reportId, const QString& text, const QString& previousDraft,
                           std::function<void()> onChanged, std::function<void(const CaseError&)> onError);

private:
    void applyRedo() override;
    void applyUndo() override;
    Case* m_case;
    qint64 m_reportId;
    QString m_text;
    QString m_previousDraft;
};

} // namespace tessera
