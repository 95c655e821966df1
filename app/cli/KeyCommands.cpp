// The key-slot commands (issue 8 §3): slot add-recovery, handover. Contract: ../shared/CLI.md; docs: docs/CLI.md.
#include "KeyCommands.h"

#include "Passphrase.h"

#include "case/Case.h"
#include "case/CaseError.h"
#include "crypto/CaseHeader.h"
#include "crypto/RecoveryKey.h"
#include "crypto/SealKey.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonObject>
#include <QTextStream>

namespace tessera::cli {
namespace {

KdfParameters kdfForNewSlots() {
    return qEnvironmentVariable("TESSERA_INSECURE_TEST_KDF") == QLatin1String("1") ? KdfParameters::testing()
                                                                                    : KdfParameters::releaseDefault();
}

int cmdSlot(QCommandLineParser& p, const QStringList& args) {
    if (args.size() != 2 || args[0] != QLatin1String("add-recovery"))
        throw CaseError(ErrorKind::Usage, QStringLiteral("usage: tessera-cli slot add-recovery CASE --public-key FILE"));
    const QString keyFile = needValue(p, QStringLiteral("public-key"));
    QFile f(keyFile);
    if (!f.open(QIODevice::ReadOnly))
        throw CaseError(ErrorKind::Usage, QStringLiteral("%1: cannot read (%2)").arg(keyFile, f.errorString()));
    const QByteArray publicKey = RecoveryKey::publicKeyFromPem(f.read(64 * 1024));
    if (publicKey.isEmpty())
        throw CaseError(ErrorKind::Usage, QStringLiteral("%1: not an X25519 public key in PEM form (make one with "
                                                         "`openssl pkey -in agency.pem -pubout`)")
                                              .arg(keyFile));
    auto c = openCase(p, args[1]);
    c->addRecoverySlot(publicKey);
    printJsonLine({{QStringLiteral("slot"), QStringLiteral("agency-recovery")},
                   {QStringLiteral("agency_key_fingerprint"), SealKey::fingerprint(publicKey)}});
    return 0;
}

int cmdHandover(QCommandLineParser& p, const QStringList& args) {
    if (args.size() != 1)
        throw CaseError(ErrorKind::Usage,
                        QStringLiteral("usage: tessera-cli handover CASE --to-passphrase-file FILE --note TEXT [--to-investigator NAME]"));
    const QString note = needValue(p, QStringLiteral("note"));
    const QString fresh = readNewPassphrase(needValue(p, QStringLiteral("to-passphrase-file")), false);
    auto c = openCase(p, args[0]);
    c->handOver(fresh, note, p.value(QStringLiteral("to-investigator")), kdfForNewSlots());
    out() << "case handed over: new data key, every page re-encrypted, the receiving investigator's passphrase verified; "
             "the previous passphrase and old backups no longer open it\n";
    return 0;
}

} // namespace

QList<Command> keyCommands() {
    return {
        {QStringLiteral("slot"), QStringLiteral("slot add-recovery CASE --public-key FILE"),
         QStringLiteral("Adds the agency recovery slot: the case's data key sealed (crypto_box_seal) to the agency's X25519 "
                        "public key (PEM, configured by its IT). A supervisor can then open the case with the agency's "
                        "secret key (--recovery-key FILE on any command that opens a case)."),
         {opt(QStringLiteral("public-key"), QStringLiteral("the agency's X25519 public key (PEM)"), QStringLiteral("FILE"))},
         cmdSlot},
        {QStringLiteral("handover"), QStringLiteral("handover CASE --to-passphrase-file FILE --note TEXT [--to-investigator NAME]"),
         QStringLiteral("Hands the case to another investigator: a new data key (every page re-encrypted) under their "
                        "passphrase, old backups removed, the agency recovery slot kept, and an audited handover record "
                        "(from, to, note). Opens with the current passphrase or --recovery-key."),
         {opt(QStringLiteral("to-passphrase-file"), QStringLiteral("file holding the receiving investigator's passphrase"), QStringLiteral("FILE")),
          opt(QStringLiteral("note"), QStringLiteral("why the case is handed over"), QStringLiteral("TEXT")),
          opt(QStringLiteral("to-investigator"), QStringLiteral("the receiving investigator (stored as the case's investigator)"), QStringLiteral("NAME"))},
         cmdHandover},
    };
}

} // namespace tessera::cli
