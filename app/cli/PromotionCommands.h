#pragma once

#include "CliSupport.h"

#include <QList>
#include <QStringList>

class QCommandLineParser;

/// Rule-promoted events (issue 3): `proposals` lists what the rules propose; `proposals accept` records one.
namespace tessera::cli {

/// The commands of this module, for main's command table.
QList<Command> promotionCommands();

/// `proposals CASE [--format table|json]` or `proposals accept CASE --key KEY` → {"id": N}.
int cmdProposals(QCommandLineParser& p, const QStringList& args);

} // namespace tessera::cli
