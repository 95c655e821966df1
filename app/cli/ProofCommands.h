#pragma once

#include "CliSupport.h"

#include <QCommandLineOption>
#include <QList>
#include <QStringList>

class QCommandLineParser;

/// The offender-focused analysis commands of docs/CLI.md (issue 3). Each returns the exit code, or throws CaseError
/// (mapped to an exit code by main): Usage 2, BadInput 4, and the case-opening errors 3 and 5.
namespace tessera::cli {

/// Options these commands read (main adds them to the command's parser): --statutes-dir, --statute, --offender,
/// --victim, --charge, --element, --event, --exhibit, --contradicts, --method, --certificate, --notice-served,
/// --witness, --kind, --title, --provided-by, --when, --reason.
QList<QCommandLineOption> proofOptions();

/// The commands of this module (statutes, charge, element, link, proof), for main's command table.
QList<Command> proofCommands();

/// `statutes [--statutes-dir DIR] [--format table|json]`: the statute templates (built-in and the agency's).
int cmdStatutes(QCommandLineParser& p, const QStringList& args);
/// `charge add CASE --statute ID --offender ID [--victim ID] [--statutes-dir DIR]` → {"id": N}.
int cmdCharge(QCommandLineParser& p, const QStringList& args);
/// `element link CASE --charge ID --element ID --event ID` → {"charge", "element", "event"}.
int cmdElement(QCommandLineParser& p, const QStringList& args);
/// `link CASE --event ID --exhibit ID [--contradicts]` → {"event", "exhibit", "contradicts"}.
int cmdLink(QCommandLineParser& p, const QStringList& args);
/// `exhibit add CASE FILE --kind KIND [--title TEXT] [--provided-by PERSON]` → {"id": N, "sha256", "victim_sourced"}.
int cmdExhibitAdd(QCommandLineParser& p, const QStringList& args);
/// `exhibit certify CASE --exhibit ID --method M [--certificate FILE] [--notice-served DATE] [--witness TEXT]`.
int cmdExhibitCertify(QCommandLineParser& p, const QStringList& args);
/// `exhibit correct-received CASE --exhibit ID --when WHEN --reason TEXT`: records when the exhibit was received,
/// beside it (ReceivedTime), with a chain-of-custody entry → {"id", "exhibit", "received_lower_utc",
/// "received_upper_utc", "entered_utc"}.
int cmdExhibitCorrectReceived(QCommandLineParser& p, const QStringList& args);
/// `proof CASE [--format table|json]`: the proof board (internal work product; shared CLI.md JSON shape).
int cmdProof(QCommandLineParser& p, const QStringList& args);

} // namespace tessera::cli
