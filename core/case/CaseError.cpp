#include "case/CaseError.h"

namespace tessera {

int exitCodeFor(ErrorKind kind) {
    switch (kind) {
    case ErrorKind::Internal: return 1;
    case ErrorKind::Usage: return 2;
    case ErrorKind::WrongPassphrase: return 3;
    case ErrorKind::BadInput: return 4;
    case ErrorKind::Damaged:
    case ErrorKind::Unsupported:
    case ErrorKind::OpenElsewhere: return 5;
    case ErrorKind::HeldByVictimChoice: return 6;
    }
    return 1;
}

CaseError::CaseError(ErrorKind kind, const QString& message)
    : std::runtime_error(message.toStdString()), m_kind(kind), m_message(message) {}

CaseError CaseError::readOnly() {
    CaseError e(ErrorKind::Usage, QStringLiteral("the case file or its folder is read-only; nothing was saved "
                                                 "(make it writable, or work on a copy)"));
    e.m_readOnly = true;
    return e;
}

} // namespace tessera
