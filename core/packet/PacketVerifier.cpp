#include "packet/PacketVerifier.h"

#include "model/VisibleText.h"

#include "crypto/SealKey.h"
#include "crypto/Sodium.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace tessera {
namespace {
QByteArray readAll(const QString& path, bool* ok) {
    QFile f(path);
    *ok = f.open(QIODevice::ReadOnly);
    return *ok ? f.readAll() : QByteArray();
}
QString fileSha256(const QString& path, bool* ok) {
    QFile f(path);
    *ok = f.open(QIODevice::ReadOnly);
    if (!*ok)
        return {};
    const QByteArray d = sha256Of(f);
    *ok = !d.isEmpty();
    return QString::fromLatin1(d.toHex());
}
} // namespace

PacketVerifier::Result PacketVerifier::verify(const QString& dirPath, const QString& expectedFingerprint) {
    Result r;
    // Absolute, so that paths relative to the packet are computed the same way for "production-1", "./production-1/"
    // and "/abs/production-1".
    const QDir dir(QFileInfo(dirPath).absoluteFilePath());
    if (!dir.exists()) {
        r.problems << QStringLiteral("%1: no such folder").arg(dirPath);
        return r;
    }
    bool ok = false;
    const QByteArray manifestBytes = readAll(dir.filePath(QStringLiteral("manifest.json")), &ok);
    if (!ok) {
        r.problems << QStringLiteral("manifest.json: missing or unreadable");
        return r;
    }
    const QByteArray signature = readAll(dir.filePath(QStringLiteral("manifest.json.sig")), &ok);
    if (!ok)
        r.problems << QStringLiteral("manifest.json.sig: missing or unreadable");
    const QByteArray pem = readAll(dir.filePath(QStringLiteral("seal-public-key.pem")), &ok);
    const QByteArray publicKey = ok ? SealKey::publicKeyFromPem(pem) : QByteArray();
    if (publicKey.isEmpty()) {
        r.problems << QStringLiteral("seal-public-key.pem: missing or not an Ed25519 public key");
    } else {
        r.fingerprint = SealKey::fingerprint(publicKey);
        QString expected = expectedFingerprint;
        expected.remove(QLatin1Char(' ')).remove(QLatin1Char(':'));
        QString actual = r.fingerprint;
        actual.remove(QLatin1Char(' '));
        if (!expected.isEmpty() && expected.toLower() != actual)
            r.problems << QStringLiteral("seal-public-key.pem: fingerprint %1 is not the expected key").arg(r.fingerprint);
        r.keyCheckedOutOfBand = !expected.isEmpty();
        if (!signature.isEmpty() && !SealKey::verify(manifestBytes, signature, publicKey))
            r.problems << QStringLiteral("manifest.json: the integrity seal does not match (manifest or seal altered)");
    }
    QJsonParseError perr;
    const QJsonDocument doc = QJsonDocument::fromJson(manifestBytes, &perr);
    if (!doc.isObject()) {
        r.problems << QStringLiteral("manifest.json: not valid JSON (%1)").arg(perr.errorString());
        return r;
    }
    QString stated = doc.object().value(QStringLiteral("seal")).toObject().value(QStringLiteral("fingerprint")).toString();
    stated.remove(QLatin1Char(' '));
    QString found = r.fingerprint;
    found.remove(QLatin1Char(' '));
    if (!found.isEmpty() && stated.toLower() != found)
        r.problems << QStringLiteral("seal-public-key.pem: not the key the manifest names (the packet was re-sealed)");
    QSet<QString> listed{QStringLiteral("manifest.json"), QStringLiteral("manifest.json.sig"),
                         QStringLiteral("SHA256SUMS")};
    const QJsonArray files = doc.object().value(QStringLiteral("files")).toArray();
    int entry = 0;
    for (const QJsonValue& v : files) {
        ++entry;
        const QJsonObject o = v.toObject();
        const QString path = o.value(QStringLiteral("path")).toString();
        if (path.isEmpty() || path.contains(QLatin1String("..")) || QDir::isAbsolutePath(path) ||
            path.contains(QLatin1Char('\\')) || visibleControls(path) != path) {
            // Named by its position and its path: a production's paths are Tessera's own file names (Bates numbers
            // and fixed names, never a person's name); a tampered one is shown with controls visible, cut short.
            QString shown = visibleControls(path);
            if (shown.size() > 80)
                shown = shown.left(80) + QStringLiteral("…");
            r.problems << QStringLiteral("manifest.json: entry %1 of \"files\" has an unsafe path \"%2\"").arg(entry).arg(shown);
            continue;
        }
        listed.insert(path);
        const QString full = dir.filePath(path);
        QFile f(full);
        if (!f.exists()) {
            r.problems << QStringLiteral("%1: listed in the manifest but missing").arg(path);
            continue;
        }
        if (f.size() != o.value(QStringLiteral("size")).toInteger(-1))
            r.problems << QStringLiteral("%1: size differs from the manifest").arg(path);
        const QString sha = fileSha256(full, &ok);
        if (!ok || sha != o.value(QStringLiteral("sha256")).toString())
            r.problems << QStringLiteral("%1: SHA-256 differs from the manifest (file changed)").arg(path);
        ++r.filesChecked;
    }
    // SHA256SUMS: every line must hold, and it must list every file but itself.
    const QByteArray sums = readAll(dir.filePath(QStringLiteral("SHA256SUMS")), &ok);
    if (!ok) {
        r.problems << QStringLiteral("SHA256SUMS: missing or unreadable");
    } else {
        QSet<QString> inSums;
        for (const QByteArray& line : sums.split('\n')) {
            if (line.trimmed().isEmpty())
                continue;
            const qsizetype sep = line.indexOf("  ");
            if (sep != 64) {
                r.problems << QStringLiteral("SHA256SUMS: a line is malformed");
                continue;
            }
            const QString path = QString::fromUtf8(line.mid(66));
            inSums.insert(path);
            const QString sha = fileSha256(dir.filePath(path), &ok);
            if (!ok || sha != QString::fromLatin1(line.left(64)))
                r.problems << QStringLiteral("%1: does not match its line in SHA256SUMS").arg(path);
        }
        for (const QString& p : listed)
            if (p != QLatin1String("SHA256SUMS") && !inSums.contains(p))
                r.problems << QStringLiteral("SHA256SUMS: does not list %1").arg(p);
    }
    QDirIterator it(dir.path(), QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString rel = dir.relativeFilePath(it.next());
        if (!listed.contains(rel))
            r.problems << QStringLiteral("%1: file is not listed in the manifest").arg(rel);
    }
    r.ok = r.problems.isEmpty();
    return r;
}

} // namespace tessera
