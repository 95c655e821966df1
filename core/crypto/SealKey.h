#pragma once

#include "crypto/SecureBuffer.h"

#include <QByteArray>
#include <QString>

namespace tessera {

/**
 * The per-case Ed25519 key pair that seals a production's manifest (DESIGN §10): an integrity seal, not a person's
 * signature. The secret key (64 bytes, libsodium layout) is kept in the encrypted case and in secure memory here.
 */
class SealKey {
public:
    /// A fresh key pair (crypto_sign_keypair).
    static SealKey generate();
    /// From stored bytes (32-byte public key, 64-byte secret key). Throws CaseError(Damaged) on wrong sizes.
    static SealKey fromBytes(const QByteArray& publicKey, const QByteArray& secretKey);

    const QByteArray& publicKey() const { return m_public; }
    /// The secret key bytes, for storing inside the encrypted case only.
    QByteArray secretKeyBytes() const;
    /// Detached Ed25519 signature (64 bytes) of `message`.
    QByteArray sign(const QByteArray& message) const;

    /// Verifies a detached Ed25519 signature.
    static bool verify(const QByteArray& message, const QByteArray& signature, const QByteArray& publicKey);
    /// Fingerprint: SHA-256 of the 32-byte public key, lower-case hex in groups of four ("ab12 cd34 …").
    static QString fingerprint(const QByteArray& publicKey);
    /// The public key as an RFC 8410 SubjectPublicKeyInfo PEM, which `openssl pkeyutl -verify -rawin` reads.
    static QByteArray publicKeyPem(const QByteArray& publicKey);
    /// Parses publicKeyPem() output; returns an empty array if it is not an Ed25519 public key.
    static QByteArray publicKeyFromPem(const QByteArray& pem);

private:
    QByteArray m_public;
    SecureBuffer m_secret;
};

} // namespace tessera
