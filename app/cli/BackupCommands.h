#pragma once

#include "CliSupport.h"

#include <QList>

/// The backup commands of docs/CLI.md (issue 8 §6): `backups` and `restore`.
namespace tessera::cli {

/// `backups CASE [--format table|json]`: the case's rolling encrypted backups, newest first (no passphrase needed:
/// only file names, times and sizes are read). JSON: an array of {"id", "created_utc" (ISO 8601), "bytes"}.
/// `restore CASE --backup ID --out NEWCASE`: a backup restored as a new case file, verified by opening it with the
/// case passphrase; exit 2 for an unknown id or an existing NEWCASE, 3 for a passphrase that does not open it.
QList<Command> backupCommands();

} // namespace tessera::cli
