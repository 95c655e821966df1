#pragma once

#include <QString>

namespace tessera::cli {

/**
 * The case passphrase (CLI.md): TESSERA_PASSPHRASE, else --passphrase-file (exactly one trailing newline stripped),
 * else a no-echo prompt on the terminal. Throws CaseError(Usage) when none is available.
 */
QString readPassphrase(const QString& passphraseFile);
/**
 * A new passphrase (create, rekey): TESSERA_NEW_PASSPHRASE, else TESSERA_PASSPHRASE when `allowCurrentEnv`
 * (create), else --new-passphrase-file, else a prompt asked twice. Throws CaseError(Usage).
 */
QString readNewPassphrase(const QString& newPassphraseFile, bool allowCurrentEnv);

} // namespace tessera::cli
