#pragma once

#include <QString>

namespace tessera::cli {

/// The shortest new passphrase accepted (the GUI asks for the same).
constexpr int kMinimumPassphraseLength = 8;

/**
 * The case passphrase (CLI.md): --passphrase-file (exactly one trailing line ending stripped: "\n" or "\r\n"), else
 * TESSERA_PASSPHRASE (an empty variable counts as unset), else a no-echo prompt on the terminal. Throws
 * CaseError(Usage) when none is available or the file is empty.
 */
QString readPassphrase(const QString& passphraseFile);
/**
 * A new passphrase (create, rekey): --new-passphrase-file, else TESSERA_NEW_PASSPHRASE, else TESSERA_PASSPHRASE when
 * `allowCurrentEnv` (create), else a prompt asked twice. At least kMinimumPassphraseLength characters. Throws
 * CaseError(Usage).
 */
QString readNewPassphrase(const QString& newPassphraseFile, bool allowCurrentEnv);

/**
 * The passphrase of a sealed identity key (`identity-key`), given out of band to the prosecutor: TESSERA_KEY_PASSPHRASE,
 * else a no-echo prompt (asked twice when `confirm`, for a new key, which also needs kMinimumPassphraseLength
 * characters). Throws CaseError(Usage) when none is available or the two differ.
 */
QString readKeyPassphrase(bool confirm);

} // namespace tessera::cli
