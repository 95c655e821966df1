#pragma once

#include <QJsonObject>
#include <QString>
#include <memory>

class QCommandLineParser;
class QTextStream;

namespace tessera {
class Case;
}

namespace tessera::cli {

/// The one stdout stream of tessera-cli (results only; errors go to stderr).
QTextStream& out();
/// Prints one compact JSON object and a newline on stdout.
void printJsonLine(const QJsonObject& object);
/// Opens CASE with the passphrase from --passphrase-file, TESSERA_PASSPHRASE or a prompt. Throws CaseError.
std::unique_ptr<Case> openCase(QCommandLineParser& parser, const QString& path);
/// The positive numeric id given as --NAME. Throws CaseError(Usage) naming the option.
qint64 needId(QCommandLineParser& parser, const QString& name);
/// The non-empty value given as --NAME. Throws CaseError(Usage) naming the option.
QString needValue(QCommandLineParser& parser, const QString& name);

} // namespace tessera::cli
