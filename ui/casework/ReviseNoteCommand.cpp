#include "casework/ReviseNoteCommand.h"

#include "case/Case.h"
#include "case/CaseError.h"
#include "casework/NoteRepository.h"

#include <QCoreApplication>

namespace tessera {

ReviseNoteCommand::ReviseNoteCommand(Case& c, qint64 noteId, const QString& text)
    : m_case(c), m_noteId(noteId), m_text(text) {
    setText(QCoreApplication::translate("ReviseNoteCommand", "revise note %1").arg(noteId));
}

int ReviseNoteCommand::execute(QString* error) {
    try {
        for (const Note& n : NoteRepository::list(m_case.db()))
            if (n.id == m_noteId)
                m_previous = n.current().text;
        return NoteRepository::revise(m_case, m_noteId, m_text);
    } catch (const CaseError& e) {
        if (error)
            *error = e.message();
    }
    return 0;
}

void ReviseNoteCommand::undo() {
    try {
        NoteRepository::revise(m_case, m_noteId, m_previous); // a compensating version, never a deletion
    } catch (const CaseError&) {
        setObsolete(true); // the case changed underneath (closed, or the text is already back): nothing to undo
    }
}

void ReviseNoteCommand::redo() {
    if (m_skipFirstRedo) {
        m_skipFirstRedo = false;
        return;
    }
    try {
        NoteRepository::revise(m_case, m_noteId, m_text);
    } catch (const CaseError&) {
        setObsolete(true);
    }
}

} // namespace tessera
