// The prosecutor's tiers of the case packet (issue 7): `memo` and `identity-key`. Contract: ../shared/CLI.md;
// documentation: docs/CLI.md.
#include "PacketCommands.h"

#include "CliSupport.h"
#include "Passphrase.h"

#include "case/Case.h"
#include "case/CaseError.h"
#include "packet/IdentityKey.h"
#include "packet/MemoBuilder.h"
#include "render/MemoPdfRenderer.h"
#include "storage/Transaction.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace tessera::cli {

int cmdMemo(QCommandLineParser& p, const QStringList& args) {
    if (args.size() != 1)
        throw CaseError(ErrorKind::Usage, QStringLiteral("usage: tessera-cli memo CASE --out FILE"));
    MemoOptions o;
    o.outFile = needValue(p, QStringLiteral("out"));
    auto c = openCase(p, args[0]);
    MemoPdfRenderer renderer;
    const MemoResult r = MemoBuilder::write(*c, o, renderer);
    printJsonLine({{QStringLiteral("path"), o.outFile},
                   {QStringLiteral("pages"), r.pages},
                   {QStringLiteral("charges"), r.charges},
                   {QStringLiteral("gaps"), r.gaps},
                   {QStringLiteral("victim_burden"), r.victimBurden}});
    return 0;
}

namespace {

int openKey(QCommandLineParser& p, const QString& path) {
    const QString f = p.value(QStringLiteral("format"));
    if (!f.isEmpty() && f != QLatin1String("table") && f != QLatin1String("json"))
        throw CaseError(ErrorKind::Usage, QStringLiteral("--format: expected table or json"));
    if (!QFileInfo::exists(path))
        throw CaseError(ErrorKind::Usage, QStringLiteral("%1: no such file").arg(path));
    const IdentityKeyContent k = IdentityKey::open(path, readKeyPassphrase(false));
    if (f == QLatin1String("json")) {
        QJsonArray entries;
        for (const IdentityKeyEntry& e : k.entries)
            entries.append(QJsonObject{{QStringLiteral("pseudonym"), e.pseudonym},
                                       {QStringLiteral("legal_name"), e.legalName},
                                       {QStringLiteral("date_of_birth"), e.dateOfBirth},
                                       {QStringLiteral("roles"), QJsonArray::fromStringList(e.roles)},
                                       {QStringLiteral("office_number"), e.officeNumber}});
        out() << QJsonDocument(QJsonObject{{QStringLiteral("case_title"), k.caseTitle},
                                           {QStringLiteral("case_number"), k.caseNumber},
                                           {QStringLiteral("agency"), k.agency},
                                           {QStringLiteral("created_utc"), k.createdUtc},
                                           {QStringLiteral("seal_fingerprint"), k.sealFingerprint},
                                           {QStringLiteral("entries"), entries}})
                     .toJson(QJsonDocument::Indented);
        return 0;
    }
    out() << "Identity key — case " << k.caseNumber << " — " << k.caseTitle << "\n";
    out() << "Made " << k.createdUtc << "; seal key " << k.sealFingerprint << "\n\n";
    out() << QStringLiteral("%1  %2  %3  %4  %5\n")
                 .arg(QStringLiteral("Pseudonym"), -10)
                 .arg(QStringLiteral("Legal name"), -28)
                 .arg(QStringLiteral("Born"), -10)
                 .arg(QStringLiteral("Roles"), -18)
                 .arg(QStringLiteral("Office number"));
    for (const IdentityKeyEntry& e : k.entries)
        out() << QStringLiteral("%1  %2  %3  %4  %5\n")
                     .arg(e.pseudonym, -10)
                     .arg(e.legalName, -28)
                     .arg(e.dateOfBirth.isEmpty() ? QStringLiteral("—") : e.dateOfBirth, -10)
                     .arg(e.roles.join(QLatin1Char(',')), -18)
                     .arg(e.officeNumber.isEmpty() ? QStringLiteral("—") : e.officeNumber);
    out() << k.entries.size() << " entr" << (k.entries.size() == 1 ? "y" : "ies") << '\n';
    return 0;
}

} // namespace

int cmdIdentityKey(QCommandLineParser& p, const QStringList& args) {
    if (args.size() == 2 && args[0] == QLatin1String("open"))
        return openKey(p, args[1]);
    if (args.size() != 1)
        throw CaseError(ErrorKind::Usage, QStringLiteral("usage: tessera-cli identity-key CASE --out FILE | identity-key open FILE"));
    const QString outFile = needValue(p, QStringLiteral("out"));
    QHash<QString, QString> office;
    for (const QString& v : p.values(QStringLiteral("office-number"))) {
        const int eq = v.indexOf(QLatin1Char('='));
        if (eq <= 0 || eq == v.size() - 1)
            throw CaseError(ErrorKind::Usage, QStringLiteral("--office-number: expected PSEUDONYM=NUMBER"));
        office.insert(v.left(eq).trimmed(), v.mid(eq + 1).trimmed());
    }
    auto c = openCase(p, args[0]);
    const IdentityKeyContent content = IdentityKey::collect(*c, office);
    const QString pass = readKeyPassphrase(true);
    const KdfParameters kdf = qEnvironmentVariable("TESSERA_INSECURE_TEST_KDF") == QLatin1String("1")
                                  ? KdfParameters::testing()
                                  : KdfParameters::releaseDefault();
    IdentityKey::write(outFile, content, pass, kdf);
    Transaction tx(c->db());
    c->audit(QStringLiteral("identity-key"), QStringLiteral("identity-key"),
             QJsonObject{{QStringLiteral("entries"), static_cast<int>(content.entries.size())}});
    tx.commit();
    printJsonLine({{QStringLiteral("path"), outFile}, {QStringLiteral("entries"), static_cast<int>(content.entries.size())}});
    return 0;
}

QList<Command> packetCommands() {
    return {
        {QStringLiteral("memo"), QStringLiteral("memo CASE --out FILE"),
         QStringLiteral("Writes the prosecution memo (PDF): victim burden, proof board per charge, gaps with suggested "
                        "evidence, charging notes (limitation, venue), offender pattern, disclosure reminders. Internal "
                        "work product: not Bates-numbered, marked on every page, never written into a production."),
         {opt(QStringLiteral("out"), QStringLiteral("the PDF to write"), QStringLiteral("FILE"))}, cmdMemo},
        {QStringLiteral("identity-key"),
         QStringLiteral("identity-key CASE --out FILE [--office-number PSEUDONYM=NUMBER]… | identity-key open FILE [--format table|json]"),
         QStringLiteral("Writes the sealed identity key: pseudonym → legal name, date of birth, roles and the office's "
                        "number, encrypted (Argon2id + XChaCha20-Poly1305) to a passphrase from TESSERA_KEY_PASSPHRASE "
                        "or a prompt, given to the prosecutor out of band. `open` shows it (exit 3 on a wrong passphrase)."),
         {opt(QStringLiteral("out"), QStringLiteral("the key file to write"), QStringLiteral("FILE")),
          opt(QStringLiteral("office-number"), QStringLiteral("the office's number for a pseudonym"),
              QStringLiteral("PSEUDONYM=NUMBER"))},
         cmdIdentityKey},
    };
}

} // namespace tessera::cli
