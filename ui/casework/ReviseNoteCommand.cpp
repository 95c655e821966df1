#include "casework/ReviseNoteCommand.h"

#include "casework/NoteRepository.h"

#include <QCoreApplication>

namespace tessera {

ReviseNoteCommand::ReviseNoteCommand(Case* c, qint64 noteId, QString previous, QString text,
                                     std::function<void()> onChanged, std::function<void(const CaseError&)> onError)
    : CaseEditCommand(std::move(onChanged), std::move(onError)), m_case(c), m_noteId(noteId),
      m_previous(std::move(previous)), m_text(std::move(text)) {
    setText(QCoreApplication::translate("ReviseNoteCommand", "revise note %1").arg(noteId));
}

void ReviseNoteCommand::applyRedo() { NoteRepository::revise(*m_case, m_noteId, m_text); }

void ReviseNoteCommand::applyUndo() {
    NoteRepository::revise(*m_case, m_noteId, m_previous); // a compensating version, never a deletion
}

} // namespace tessera
