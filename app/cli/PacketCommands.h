#pragma once

#include "CliSupport.h"

#include <QList>
#include <QStringList>

class QCommandLineParser;

/// The prosecutor's tiers of the case packet (issue 7, DESIGN §10): the prosecution memo and the sealed identity key.
/// The discovery production itself (`export`, `verify-packet`) is in main.cpp. Each returns the exit code or throws
/// CaseError (mapped by main): Usage 2, WrongPassphrase 3, BadInput 4, and the case-opening errors.
namespace tessera::cli {

/// The commands of this module (memo, identity-key), for main's command table.
QList<Command> packetCommands();

/// `memo CASE --out FILE` → {"path", "pages", "charges", "gaps", "victim_burden"}.
int cmdMemo(QCommandLineParser& p, const QStringList& args);
/// `identity-key CASE --out FILE [--office-number PSEUDONYM=NUMBER]…` → {"path", "entries"};
/// `identity-key open FILE [--format table|json]` shows the crosswalk.
int cmdIdentityKey(QCommandLineParser& p, const QStringList& args);

} // namespace tessera::cli
