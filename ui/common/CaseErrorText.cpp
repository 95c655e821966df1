#include "common/CaseErrorText.h"

#include "case/Case.h"

namespace tessera {

QString CaseErrorText::wrongPassphrase() {
    return tr("That passphrase did not unlock this case. Nothing in the file was changed. Please check it (and Caps "
              "Lock) and try again.");
}

QString CaseErrorText::openElsewhere() {
    return tr("This case is already open, in another Tessera window or on another computer that shares the folder. "
              "Only one person can work in a case at a time, so nothing is overwritten. Close it there, then open "
              "it here.");
}

bool caseIsWritable(const Case* c) {
    return c && !c->isReadOnly();
}

QString CaseErrorText::readOnlyNotice() {
    return tr("Read-only: the case file cannot be written — open a copy to make changes.");
}

QString CaseErrorText::describe(const CaseError& error, const QString& action) {
    if (error.isReadOnly())
        return tr("Tessera could not %1: the case file is read-only, so nothing can be saved in it. Nothing was "
                  "changed. Open a copy of the case (or make the file writable) to make changes.")
            .arg(action);
    switch (error.kind()) {
    case ErrorKind::WrongPassphrase:
        return wrongPassphrase();
    case ErrorKind::OpenElsewhere:
        return openElsewhere();
    case ErrorKind::Damaged:
        return tr("Tessera could not %1: the file is damaged or is not a Tessera case. Nothing was changed. Keep the "
                  "file and its backups as they are and ask your agency's support for help.")
            .arg(action);
    case ErrorKind::Unsupported:
        return tr("Tessera could not %1: it was written by a newer version of Tessera. Nothing was changed; open it "
                  "with that version.")
            .arg(action);
    case ErrorKind::BadInput:
        return tr("Tessera could not %1 because of the data it was given. Nothing was saved.").arg(action);
    case ErrorKind::Usage:
        return tr("Tessera could not %1 as asked. Nothing was saved.").arg(action);
    case ErrorKind::HeldByVictimChoice:
        return tr("Tessera did not %1: it waits on a choice the person has made or not yet been asked about.")
            .arg(action);
    case ErrorKind::Internal:
        break;
    }
    return tr("Something went wrong inside Tessera while trying to %1. Nothing was saved.").arg(action);
}

} // namespace tessera
