#pragma once

#include <QCommandLineOption>
#include <QJsonArray>
#include <QJsonObject>
#include <QVector>
#include <QList>
#include <QString>
#include <QStringList>
#include <functional>
#include <memory>

class QCommandLineParser;
class QTextStream;

namespace tessera {
class Case;
}

namespace tessera::cli {

/// One `tessera-cli` command: its name, usage line, help text, options, and the function that runs it (returns the
/// exit code or throws CaseError, mapped to an exit code by main). Each command module exports a
/// `QList<Command> xxxCommands()` that main concatenates, so modules are added without touching each other.
struct Command {
    QString name;
    QString usage;
    QString description;
    QList<QCommandLineOption> options;
    std::function<int(QCommandLineParser&, const QStringList&)> run;
};

/// A long option: a flag when valueName is empty, otherwise an option taking a value.
QCommandLineOption opt(const QString& name, const QString& help, const QString& valueName = {});

/// The one stdout stream of tessera-cli (results only; errors go to stderr).
QTextStream& out();
/// Prints one compact JSON object and a newline on stdout.
void printJsonLine(const QJsonObject& object);
/// Opens CASE with the passphrase from --passphrase-file, TESSERA_PASSPHRASE or a prompt (taking the rolling backup;
/// a failed backup is a warning on stderr; so is a case opened read-only because its folder cannot take the lock file,
/// Case::readOnlyReason). Throws CaseError.
std::unique_ptr<Case> openCase(QCommandLineParser& parser, const QString& path);
/// `--recovery-key FILE`, accepted by every command: open the case with the agency's X25519 secret key (PEM) through
/// its agency recovery slot instead of the passphrase (TESSERA_RECOVERY_KEY_FILE works the same way).
QCommandLineOption recoveryKeyOption();
/// The positive numeric id given as --NAME. Throws CaseError(Usage) naming the option.
qint64 needId(QCommandLineParser& parser, const QString& name);
/// The --format value of commands that print a table or JSON: "table" (default) or "json". Throws CaseError(Usage).
QString tableOrJson(QCommandLineParser& parser);
/// A JSON array of ids.
QJsonArray idArray(const QVector<qint64>& ids);
/// The non-empty value given as --NAME. Throws CaseError(Usage) naming the option.
QString needValue(QCommandLineParser& parser, const QString& name);

} // namespace tessera::cli
