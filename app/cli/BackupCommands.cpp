// The backup commands (issue 8 §6): backups, restore. Contract: ../shared/CLI.md; documentation: docs/CLI.md.
#include "BackupCommands.h"

#include "Passphrase.h"

#include "case/Case.h"
#include "case/CaseBackups.h"
#include "case/CaseError.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace tessera::cli {
namespace {

QString isoUtc(qint64 us) {
    return QDateTime::fromMSecsSinceEpoch(us / 1000, Qt::UTC).toString(Qt::ISODateWithMs);
}

int cmdBackups(QCommandLineParser& p, const QStringList& args) {
    if (args.size() != 1)
        throw CaseError(ErrorKind::Usage, QStringLiteral("usage: tessera-cli backups CASE [--format table|json]"));
    const QString format = p.value(QStringLiteral("format")).isEmpty() ? QStringLiteral("table") : p.value(QStringLiteral("format"));
    if (format != QLatin1String("table") && format != QLatin1String("json"))
        throw CaseError(ErrorKind::Usage, QStringLiteral("--format: expected table or json"));
    if (!QFileInfo::exists(args[0]))
        throw CaseError(ErrorKind::Usage, QStringLiteral("%1: no such case file").arg(args[0]));
    const QVector<BackupInfo> backups = CaseBackups::list(args[0]);
    if (format == QLatin1String("json")) {
        QJsonArray a;
        for (const BackupInfo& b : backups)
            a.append(QJsonObject{{QStringLiteral("id"), b.id},
                                 {QStringLiteral("created_utc"), isoUtc(b.createdUtcUs)},
                                 {QStringLiteral("bytes"), b.bytes}});
        out() << QJsonDocument(a).toJson(QJsonDocument::Indented);
        return 0;
    }
    for (const BackupInfo& b : backups)
        out() << b.id << '\t' << isoUtc(b.createdUtcUs) << '\t' << b.bytes << " bytes\n";
    out() << backups.size() << " backup(s) in " << CaseBackups::folderFor(args[0]) << '\n';
    return 0;
}

int cmdRestore(QCommandLineParser& p, const QStringList& args) {
    if (args.size() != 1)
        throw CaseError(ErrorKind::Usage, QStringLiteral("usage: tessera-cli restore CASE --backup ID --out NEWCASE"));
    const QString id = needValue(p, QStringLiteral("backup"));
    const QString outPath = needValue(p, QStringLiteral("out"));
    if (QFileInfo::exists(outPath))
        throw CaseError(ErrorKind::Usage, QStringLiteral("%1: a file already exists there; not overwriting it").arg(outPath));
    if (CaseBackups::find(args[0], id).id.isEmpty())
        throw CaseError(ErrorKind::Usage, QStringLiteral("%1: no backup with id %2 (see `tessera-cli backups`)").arg(args[0], id));
    Case::restoreBackup(args[0], id, outPath, readPassphrase(p.value(QStringLiteral("passphrase-file"))));
    printJsonLine({{QStringLiteral("path"), outPath}, {QStringLiteral("backup"), id}});
    return 0;
}

} // namespace

QList<Command> backupCommands() {
    return {
        {QStringLiteral("backups"), QStringLiteral("backups CASE [--format table|json]"),
         QStringLiteral("Lists the case's rolling encrypted backups (taken on opening, in CASE.backups/), newest first. "
                        "No passphrase needed."),
         {}, cmdBackups},
        {QStringLiteral("restore"), QStringLiteral("restore CASE --backup ID --out NEWCASE"),
         QStringLiteral("Restores a backup as a new case file (never over an existing file) and verifies it opens with the "
                        "case passphrase; the restore is recorded in the new file's audit log."),
         {opt(QStringLiteral("backup"), QStringLiteral("backup id (from `backups`)"), QStringLiteral("ID")),
          opt(QStringLiteral("out"), QStringLiteral("new case file"), QStringLiteral("NEWCASE"))},
         cmdRestore},
    };
}

} // namespace tessera::cli
