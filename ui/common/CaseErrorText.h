#pragma once

#include "case/CaseError.h"

#include <QCoreApplication>
#include <QString>

namespace tessera {

class Case;

/// True when `c` is open and can be written (not Case::isReadOnly()): the GUI enables its edits only then.
bool caseIsWritable(const Case* c);

/**
 * Turns a core CaseError into calm, plain words for a message box (core never opens dialogs: STYLE "data layer
 * returns, UI asks"). The core message, which names a file, row or field but never a value, goes into the details.
 */
class CaseErrorText {
    Q_DECLARE_TR_FUNCTIONS(CaseErrorText)

public:
    /// The main text for an error met while doing `action` (a short phrase such as "open the case").
    static QString describe(const CaseError& error, const QString& action);
    /// The notice shown while a read-only case is open (banner and status bar).
    static QString readOnlyNotice();
    /// The text for a wrong passphrase, shown inline in the passphrase dialog.
    static QString wrongPassphrase();
    /// The text for a case already open in another window or on another computer.
    static QString openElsewhere();
};

} // namespace tessera
