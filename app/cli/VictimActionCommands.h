#pragma once

#include "CliSupport.h"

#include <QList>

/// The victim-facing action commands of docs/CLI.md (issue 4): photograph add, contact add/list/details, media
/// add/list. Each goes through core (VictimPhotographs, ContactLog, MediaRequestLog), which asks VictimChoicePolicy;
/// exit 6 (HeldByVictimChoice) names the decision point, whether it is missing or declined, and the offender-focused
/// alternatives. Usage 2; the case-opening errors 3 and 5; BadInput 4 for an unreadable or duplicate photograph file.
namespace tessera::cli {

/// The commands of this module, for main's command table.
QList<Command> victimActionCommands();

} // namespace tessera::cli
