#include "CliSupport.h"

#include "Passphrase.h"

#include "case/Case.h"
#include "case/CaseError.h"
#include "crypto/RecoveryKey.h"


#include <QCommandLineParser>
#include <QJsonDocument>
#include <QTextStream>
#include <cstdio>

namespace tessera::cli {

QTextStream& out() {
    static QTextStream s(stdout);
    return s;
}

void printJsonLine(const QJsonObject& object) {
    out() << QJsonDocument(object).toJson(QJsonDocument::Compact) << '\n';
    out().flush();
}

QCommandLineOption recoveryKeyOption() {
    return opt(QStringLiteral("recovery-key"), QStringLiteral("open with the agency's X25519 secret key (PEM) instead of the passphrase"),
               QStringLiteral("FILE"));
}

std::unique_ptr<Case> openCase(QCommandLineParser& parser, const QString& path) {
    const QString keyFile = parser.isSet(QStringLiteral("recovery-key")) ? parser.value(QStringLiteral("recovery-key"))
                                                                         : qEnvironmentVariable("TESSERA_RECOVERY_KEY_FILE");
    std::unique_ptr<Case> c;
    if (!keyFile.isEmpty()) {
        c = Case::openWithRecoveryKey(path, RecoveryKey::readSecretKeyFile(keyFile));
    } else {
        c = Case::open(path, readPassphrase(parser.value(QStringLiteral("passphrase-file"))));
    }
    if (!c->readOnlyReason().isEmpty()) // a read-only folder or a full disk: reading works, writes are refused
        std::fprintf(stderr, "tessera-cli: warning: %s\n", qPrintable(c->readOnlyReason()));
    if (!c->backupWarning().isEmpty())
        std::fprintf(stderr, "tessera-cli: warning: %s\n", qPrintable(c->backupWarning()));
    return c;
}

qint64 needId(QCommandLineParser& parser, const QString& name) {
    bool ok = false;
    const qint64 id = parser.value(name).toLongLong(&ok);
    if (!ok || id <= 0)
        throw CaseError(ErrorKind::Usage, QStringLiteral("--%1: expected a numeric id").arg(name));
    return id;
}

QString needValue(QCommandLineParser& parser, const QString& name) {
    const QString v = parser.value(name);
    if (v.isEmpty())
        throw CaseError(ErrorKind::Usage, QStringLiteral("--%1 is required").arg(name));
    return v;
}

QCommandLineOption opt(const QString& name, const QString& help, const QString& valueName) {
    return valueName.isEmpty() ? QCommandLineOption(name, help) : QCommandLineOption(name, help, valueName);
}

QString tableOrJson(QCommandLineParser& parser) {
    const QString f = parser.value(QStringLiteral("format"));
    if (f.isEmpty())
        return QStringLiteral("table");
    if (f != QLatin1String("table") && f != QLatin1String("json"))
        throw CaseError(ErrorKind::Usage, QStringLiteral("--format: expected table or json"));
    return f;
}

QJsonArray idArray(const QVector<qint64>& ids) {
    QJsonArray a;
    for (const qint64 x : ids)
        a.append(x);
    return a;
}

} // namespace tessera::cli
