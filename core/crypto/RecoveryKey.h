#pragma once

#include "crypto/SecureBuffer.h"

#include <QByteArray>
#include <QString>

namespace tessera {

/**
 * The agency's X25519 recovery key pair (issue 8 §3): configured by the agency's IT, the public key goes into a case's
 * agency-recovery slot (the data key sealed with crypto_box_seal), the secret key stays with the agency and lets a
 * supervisor open a case whose investigator is gone. Both are read from the PEM files OpenSSL writes:
 *   openssl genpkey -algorithm X25519 -out agency-recovery.pem             (secret, PKCS#8, RFC 8410)
 *   openssl pkey -in agency-recovery.pem -pubout -out agency-recovery.pub  (public, SubjectPublicKeyInfo)
 */
namespace RecoveryKey {

constexpr int kKeyBytes = 32;

/// The 32-byte X25519 public key from a SubjectPublicKeyInfo PEM; empty if `pem` is not an X25519 public key.
QByteArray publicKeyFromPem(const QByteArray& pem);
/// The 32-byte X25519 secret key from a PKCS#8 PEM, in secure memory; empty buffer if `pem` is not an X25519 private
/// key. The decoded DER is wiped; the caller should wipe `pem`.
SecureBuffer secretKeyFromPem(const QByteArray& pem);
/// secretKeyFromPem() of a file's contents (at most 64 KiB read; the bytes read are wiped). Throws CaseError(Usage)
/// naming the file when it cannot be read or holds no X25519 private key.
SecureBuffer readSecretKeyFile(const QString& path);
/// The public key belonging to a secret key (crypto_scalarmult_base).
QByteArray publicKeyOf(const SecureBuffer& secretKey);
/// The 32-byte public key as a SubjectPublicKeyInfo PEM (what publicKeyFromPem reads).
QByteArray publicKeyPem(const QByteArray& publicKey);

} // namespace RecoveryKey
} // namespace tessera
