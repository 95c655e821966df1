#pragma once

#include "CliSupport.h"

#include <QList>

/// The casework commands of docs/CLI.md (issue 10): note, lead, process, quarantine, deconfliction, activity. Each
/// returns the exit code, or throws CaseError (mapped to an exit code by main): Usage 2, BadInput 4, and the
/// case-opening errors 3 and 5.
namespace tessera::cli {

/// The commands of this module, for main's command table.
QList<Command> caseworkCommands();

} // namespace tessera::cli
