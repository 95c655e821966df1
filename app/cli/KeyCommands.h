#pragma once

#include "CliSupport.h"

#include <QList>

/// The key-slot commands of docs/CLI.md (issue 8 §3): `slot add-recovery` and `handover`.
namespace tessera::cli {

/// `slot add-recovery CASE --public-key FILE`: seals the data key to the agency's X25519 public key (PEM from
/// `openssl pkey -pubout`) into the header's agency recovery slot; prints {"slot": "agency-recovery",
/// "agency_key_fingerprint"}. Exit 2 for a file that is not an X25519 public key or a case that cannot be written.
/// `handover CASE --to-passphrase-file FILE --note TEXT [--to-investigator NAME]`: re-keys the case (new data key,
/// every page re-encrypted) to the receiving investigator's passphrase and records the handover in the audit log.
QList<Command> keyCommands();

} // namespace tessera::cli
