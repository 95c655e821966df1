#pragma once

#include "crypto/CaseHeader.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>

namespace tessera {

class Case;

/// One line of the identity key: a pseudonym and the identity it stands for (DESIGN §10, tier 3).
struct IdentityKeyEntry {
    QString pseudonym;     ///< "V-1", "W-1"
    QString legalName;
    QString dateOfBirth;   ///< YYYY-MM-DD or empty
    QStringList roles;
    QString officeNumber;  ///< the prosecutor's office's own number for the person; empty until the office assigns one
};

/// The decrypted content of an identity key.
struct IdentityKeyContent {
    QString caseTitle;
    QString caseNumber;
    QString agency;
    QString createdUtc;        ///< ISO 8601 UTC
    QString sealFingerprint;   ///< the case's seal key, to match the key with the case's productions
    QVector<IdentityKeyEntry> entries;
};

/**
 * The sealed identity key (tier 3 of DESIGN §10): the crosswalk from pseudonyms to true identities and the office's
 * numbering, for the prosecutor only, encrypted to a passphrase given out of band. File format: docs/FORMAT.md
 * "Identity key" — a 76-byte header (magic "TSR-IDENTITY-KEY", version, Argon2id parameters, salt, nonce) that is
 * the associated data of an XChaCha20-Poly1305-IETF ciphertext of UTF-8 JSON; key = Argon2id v1.3 (libsodium
 * crypto_pwhash) of the NFC-normalised UTF-8 passphrase. Never part of a production: `export` writes no key.
 */
class IdentityKey {
public:
    /// The entries of the case: every person with a pseudonym (every protected person), in pseudonym order.
    /// `officeNumbers` maps a pseudonym to the office's number for it (others stay empty).
    static IdentityKeyContent collect(Case& c, const QHash<QString, QString>& officeNumbers = {});
    /**
     * Encrypts `content` under `passphrase` (at least 8 characters, else CaseError Usage) and writes it to `path`
     * through QSaveFile (refusing a discovery production's folder, CaseError Usage). Audited by the caller.
     * Throws CaseError(Internal) when the file cannot be written.
     */
    static void write(const QString& path, const IdentityKeyContent& content, const QString& passphrase,
                      const KdfParameters& kdf = KdfParameters::releaseDefault());
    /// The encrypted bytes of `content` (the file's whole content).
    static QByteArray seal(const IdentityKeyContent& content, const QString& passphrase, const KdfParameters& kdf);
    /**
     * Opens an identity key file. Throws CaseError: BadInput when the file cannot be read or is not an identity key
     * (or of an unsupported version, or with out-of-range parameters); WrongPassphrase when the passphrase does not
     * open it (or the file was altered: the AEAD cannot tell the two apart).
     */
    static IdentityKeyContent open(const QString& path, const QString& passphrase);
    /// As open(), from the file's bytes; `name` is used in errors.
    static IdentityKeyContent unseal(const QByteArray& bytes, const QString& passphrase, const QString& name);
    /// The size of the fixed header (the AEAD's associated data), bytes.
    static constexpr int kHeaderBytes = 76;
};

} // namespace tessera
