#pragma once

#include "CliSupport.h"

#include <QList>

/// The victim-choice commands of docs/CLI.md (issue 4): checkpoint record/list, checkpoints, benefit add/list,
/// interview add/list. Each returns the exit code or throws CaseError (mapped by main): Usage 2, the case-opening
/// errors 3 and 5, and HeldByVictimChoice 6 (the message names the decision point and whether it is missing or
/// declined).
namespace tessera::cli {

/// The commands of this module, for main's command table.
QList<Command> checkpointCommands();

} // namespace tessera::cli
