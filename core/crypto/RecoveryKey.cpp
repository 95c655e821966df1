#include "crypto/RecoveryKey.h"

#include "case/CaseError.h"
#include "crypto/Sodium.h"

#include <QFile>

#include <sodium.h>

namespace tessera::RecoveryKey {
namespace {
// RFC 8410 §4 and §7: DER prefixes of an X25519 (OID 1.3.101.110) SubjectPublicKeyInfo and PKCS#8 OneAsymmetricKey.
const QByteArray kSpkiPrefix = QByteArray::fromHex("302a300506032b656e032100");
const QByteArray kPkcs8Prefix = QByteArray::fromHex("302e020100300506032b656e04220420");

QByteArray pemBody(const QByteArray& pem, const char* label) {
    const QByteArray begin = QByteArray("-----BEGIN ") + label + "-----";
    const QByteArray end = QByteArray("-----END ") + label + "-----";
    const qsizetype b = pem.indexOf(begin);
    const qsizetype e = pem.indexOf(end);
    if (b < 0 || e < b)
        return {};
    return QByteArray::fromBase64(pem.mid(b + begin.size(), e - b - begin.size()).simplified().replace(' ', ""));
}
} // namespace

QByteArray publicKeyFromPem(const QByteArray& pem) {
    const QByteArray der = pemBody(pem, "PUBLIC KEY");
    if (der.size() != kSpkiPrefix.size() + kKeyBytes || !der.startsWith(kSpkiPrefix))
        return {};
    return der.mid(kSpkiPrefix.size());
}

SecureBuffer secretKeyFromPem(const QByteArray& pem) {
    ensureSodium();
    QByteArray der = pemBody(pem, "PRIVATE KEY");
    SecureBuffer key;
    if (der.size() == kPkcs8Prefix.size() + kKeyBytes && der.startsWith(kPkcs8Prefix)) {
        key = SecureBuffer(kKeyBytes);
        memcpy(key.data(), der.constData() + kPkcs8Prefix.size(), kKeyBytes);
    }
    sodium_memzero(der.data(), static_cast<size_t>(der.size()));
    return key;
}

SecureBuffer readSecretKeyFile(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw CaseError(ErrorKind::Usage, QStringLiteral("%1: cannot read (%2)").arg(path, f.errorString()));
    QByteArray pem = f.read(qint64{64} * 1024);
    SecureBuffer key = secretKeyFromPem(pem);
    sodium_memzero(pem.data(), static_cast<size_t>(pem.size()));
    if (key.isEmpty())
        throw CaseError(ErrorKind::Usage, QStringLiteral("%1: not an X25519 private key in PEM form (make one with "
                                                         "`openssl genpkey -algorithm X25519`)")
                                              .arg(path));
    return key;
}

QByteArray publicKeyOf(const SecureBuffer& secretKey) {
    ensureSodium();
    QByteArray pk(kKeyBytes, '\0');
    crypto_scalarmult_base(reinterpret_cast<unsigned char*>(pk.data()), secretKey.data());
    return pk;
}

QByteArray publicKeyPem(const QByteArray& publicKey) {
    return "-----BEGIN PUBLIC KEY-----\n" + (kSpkiPrefix + publicKey).toBase64() + "\n-----END PUBLIC KEY-----\n";
}

} // namespace tessera::RecoveryKey
