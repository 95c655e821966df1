#include "casework/AddCaseworkEntryCommand.h"

#include "casework/CaseworkWithdrawal.h"

#include <QCoreApplication>

namespace tessera {

AddCaseworkEntryCommand::AddCaseworkEntryCommand(Case* c, QString subject, qint64 id, std::function<void()> onChanged,
                                                 std::function<void(const CaseError&)> onError)
    : CaseEditCommand(std::move(onChanged), std::move(onError)), m_case(c), m_subject(std::move(subject)), m_id(id) {
    if (m_subject == QLatin1String("note"))
        setText(QCoreApplication::translate("AddCaseworkEntryCommand", "add note %1").arg(id));
    else if (m_subject == QLatin1String("lead"))
        setText(QCoreApplication::translate("AddCaseworkEntryCommand", "add lead %1").arg(id));
    else
        setText(QCoreApplication::translate("AddCaseworkEntryCommand", "add legal process %1").arg(id));
}

void AddCaseworkEntryCommand::applyRedo() { CaseworkWithdrawal::set(*m_case, m_subject, m_id, false); }

void AddCaseworkEntryCommand::applyUndo() { CaseworkWithdrawal::set(*m_case, m_subject, m_id, true); }

} // namespace tessera
