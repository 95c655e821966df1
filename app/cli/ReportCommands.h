#pragma once

#include "CliSupport.h"

#include <QList>

/// The investigator report commands of docs/CLI.md (issue 5 point 5): `report add|edit|sign|list|show`. Each returns
/// the exit code, or throws CaseError (mapped to an exit code by main): Usage 2, BadInput 4 (a --text-file that cannot
/// be read or is not UTF-8), and the case-opening errors 3 and 5.
namespace tessera::cli {

/// The commands of this module, for main's command table.
QList<Command> reportCommands();

} // namespace tessera::cli
