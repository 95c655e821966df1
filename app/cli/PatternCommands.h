#pragma once

#include "CliSupport.h"

#include <QList>
#include <QStringList>

class QCommandLineParser;

/// Identifier linking and offender patterns (issue 3, DESIGN §6): `exhibit-identifier add`, `links`, `pattern`.
/// Each returns the exit code or throws CaseError (Usage 2; case-opening errors 3 and 5).
namespace tessera::cli {

/// The commands of this module, for main's command table.
QList<Command> patternCommands();

/// `exhibit-identifier add CASE --exhibit ID --kind KIND --value TEXT [--region CC]` → {"exhibit", "kind", "value"}.
int cmdExhibitIdentifier(QCommandLineParser& p, const QStringList& args);
/// `links CASE [--exhibit ID] [--format table|json]`: identifiers carried by two or more exhibits.
int cmdLinks(QCommandLineParser& p, const QStringList& args);
/// `pattern CASE [--offender ID] [--format table|json]`: acts by category over time, victims by pseudonym, places.
int cmdPattern(QCommandLineParser& p, const QStringList& args);

} // namespace tessera::cli
