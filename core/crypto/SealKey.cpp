#include "crypto/SealKey.h"

#include "case/CaseError.h"
#include "crypto/Sodium.h"

#include <QStringList>
#include <sodium.h>

namespace tessera {
namespace {
// DER prefix of an Ed25519 SubjectPublicKeyInfo (RFC 8410 §4): SEQUENCE { SEQUENCE { OID 1.3.101.112 } BIT STRING }.
const QByteArray kSpkiPrefix = QByteArray::fromHex("302a300506032b6570032100");
} // namespace

SealKey SealKey::generate() {
    ensureSodium();
    SealKey k;
    k.m_public.resize(crypto_sign_PUBLICKEYBYTES);
    k.m_secret = SecureBuffer(crypto_sign_SECRETKEYBYTES);
    crypto_sign_keypair(reinterpret_cast<unsigned char*>(k.m_public.data()), k.m_secret.data());
    return k;
}

SealKey SealKey::fromBytes(const QByteArray& publicKey, const QByteArray& secretKey) {
    if (publicKey.size() != crypto_sign_PUBLICKEYBYTES || secretKey.size() != crypto_sign_SECRETKEYBYTES)
        throw CaseError(ErrorKind::Damaged, QStringLiteral("the case's seal key is damaged"));
    SealKey k;
    k.m_public = publicKey;
    k.m_secret = SecureBuffer(crypto_sign_SECRETKEYBYTES);
    memcpy(k.m_secret.data(), secretKey.constData(), crypto_sign_SECRETKEYBYTES);
    return k;
}

QByteArray SealKey::secretKeyBytes() const {
    return QByteArray(reinterpret_cast<const char*>(m_secret.data()), static_cast<int>(m_secret.size()));
}

QByteArray SealKey::sign(const QByteArray& message) const {
    QByteArray sig(crypto_sign_BYTES, Qt::Uninitialized);
    crypto_sign_detached(reinterpret_cast<unsigned char*>(sig.data()), nullptr,
                         reinterpret_cast<const unsigned char*>(message.constData()),
                         static_cast<unsigned long long>(message.size()), m_secret.data());
    return sig;
}

bool SealKey::verify(const QByteArray& message, const QByteArray& signature, const QByteArray& publicKey) {
    ensureSodium();
    if (signature.size() != crypto_sign_BYTES || publicKey.size() != crypto_sign_PUBLICKEYBYTES)
        return false;
    return crypto_sign_verify_detached(reinterpret_cast<const unsigned char*>(signature.constData()),
                                       reinterpret_cast<const unsigned char*>(message.constData()),
                                       static_cast<unsigned long long>(message.size()),
                                       reinterpret_cast<const unsigned char*>(publicKey.constData())) == 0;
}

QString SealKey::fingerprint(const QByteArray& publicKey) {
    const QString hex = QString::fromLatin1(sha256(publicKey).toHex());
    QStringList groups;
    for (int i = 0; i < hex.size(); i += 4)
        groups << hex.mid(i, 4);
    return groups.join(QLatin1Char(' '));
}

QByteArray SealKey::publicKeyPem(const QByteArray& publicKey) {
    const QByteArray b64 = (kSpkiPrefix + publicKey).toBase64();
    return "-----BEGIN PUBLIC KEY-----\n" + b64 + "\n-----END PUBLIC KEY-----\n";
}

QByteArray SealKey::publicKeyFromPem(const QByteArray& pem) {
    QByteArray body = pem;
    body.replace("-----BEGIN PUBLIC KEY-----", "").replace("-----END PUBLIC KEY-----", "");
    const QByteArray der = QByteArray::fromBase64(body.trimmed());
    if (der.size() != kSpkiPrefix.size() + crypto_sign_PUBLICKEYBYTES || !der.startsWith(kSpkiPrefix))
        return {};
    return der.mid(kSpkiPrefix.size());
}

} // namespace tessera
