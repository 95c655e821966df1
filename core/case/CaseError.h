#pragma once

#include <QString>
#include <stdexcept>

namespace tessera {

/**
 * What went wrong, as a type the UI and the CLI can act on (STYLE: the data layer returns, the UI asks).
 * The CLI maps each kind to its exit code (CLI.md): Usage 2, WrongPassphrase 3, BadInput 4, Damaged /
 * Unsupported / OpenElsewhere 5, HeldByVictimChoice 6, Internal 1.
 */
enum class ErrorKind {
    Internal,
    Usage,
    WrongPassphrase,
    BadInput,
    Damaged,
    Unsupported,
    OpenElsewhere,
    HeldByVictimChoice,
};

/// The CLI exit code of an ErrorKind (CLI.md "Exit codes").
int exitCodeFor(ErrorKind kind);

/**
 * An error from core. `message` is one plain line naming the file, row and field where there is one, and never a
 * cell's value (DESIGN §3: no case data in errors or logs).
 */
class CaseError : public std::runtime_error {
public:
    CaseError(ErrorKind kind, const QString& message);
    /// A write refused because the case file (or its folder) cannot be written (SQLITE_READONLY): kind Usage, with
    /// isReadOnly() true, so the GUI can say so in its main text rather than in the details.
    static CaseError readOnly();
    ErrorKind kind() const { return m_kind; }
    QString message() const { return m_message; }
    /// True for readOnly().
    bool isReadOnly() const { return m_readOnly; }

private:
    ErrorKind m_kind;
    QString m_message;
    bool m_readOnly = false;
};

} // namespace tessera
