#include "packet/IdentityKey.h"

#include "case/Case.h"
#include "case/CaseError.h"
#include "crypto/SealKey.h"
#include "crypto/SecureBuffer.h"
#include "crypto/Sodium.h"
#include "model/PersonRepository.h"
#include "time/TimeFormat.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QtEndian>
#include <algorithm>
#include <sodium.h>

namespace tessera {
namespace {

constexpr char kMagic[] = "TSR-IDENTITY-KEY"; // 16 bytes, no terminator in the file
constexpr quint16 kVersion = 1;
constexpr quint8 kKdfArgon2id13 = 1;
constexpr quint8 kAeadXChaCha20Poly1305 = 1;
constexpr int kSaltOffset = 36;
constexpr int kNonceOffset = 52;
// Parameters accepted when opening: above these a crafted file could exhaust the machine.
constexpr quint64 kMaxOps = 64;
constexpr quint64 kMaxMem = 1ull << 30;

SecureBuffer deriveKey(const QString& passphrase, const QByteArray& salt, const KdfParameters& kdf) {
    ensureSodium();
    const QByteArray utf8 = passphrase.normalized(QString::NormalizationForm_C).toUtf8();
    SecureBuffer key(crypto_aead_xchacha20poly1305_ietf_KEYBYTES);
    if (crypto_pwhash(key.data(), key.size(), utf8.constData(), static_cast<unsigned long long>(utf8.size()),
                      reinterpret_cast<const unsigned char*>(salt.constData()), kdf.opsLimit,
                      static_cast<size_t>(kdf.memLimit), crypto_pwhash_ALG_ARGON2ID13) != 0)
        throw CaseError(ErrorKind::Internal, QStringLiteral("identity key: not enough memory for the key derivation"));
    return key;
}

QJsonObject toJson(const IdentityKeyContent& c) {
    QJsonArray entries;
    for (const IdentityKeyEntry& e : c.entries)
        entries.append(QJsonObject{{QStringLiteral("pseudonym"), e.pseudonym},
                                   {QStringLiteral("legal_name"), e.legalName},
                                   {QStringLiteral("date_of_birth"), e.dateOfBirth},
                                   {QStringLiteral("roles"), QJsonArray::fromStringList(e.roles)},
                                   {QStringLiteral("office_number"), e.officeNumber}});
    return {{QStringLiteral("format"), QStringLiteral("tessera-identity-key/1")},
            {QStringLiteral("case"), QJsonObject{{QStringLiteral("title"), c.caseTitle},
                                                 {QStringLiteral("case_number"), c.caseNumber},
                                                 {QStringLiteral("agency"), c.agency}}},
            {QStringLiteral("created_utc"), c.createdUtc},
            {QStringLiteral("seal_fingerprint"), c.sealFingerprint},
            {QStringLiteral("entries"), entries}};
}

} // namespace

IdentityKeyContent IdentityKey::collect(Case& c, const QHash<QString, QString>& officeNumbers) {
    CaseSettings settings = c.settings();
    IdentityKeyContent k;
    k.caseTitle = settings.value(CaseSettings::Key::Title);
    k.caseNumber = settings.value(CaseSettings::Key::CaseNumber);
    k.agency = settings.value(CaseSettings::Key::Agency);
    k.createdUtc = formatIsoUtc(currentUtcUs());
    k.sealFingerprint = SealKey::fingerprint(c.sealKey().publicKey());
    for (const Person& p : PersonRepository::list(c.db())) {
        if (p.pseudonym.isEmpty())
            continue;
        k.entries.append({p.pseudonym, p.legalName, p.dateOfBirth, p.roles, officeNumbers.value(p.pseudonym)});
    }
    // V-2 before V-10: prefix, then number
    std::sort(k.entries.begin(), k.entries.end(), [](const IdentityKeyEntry& a, const IdentityKeyEntry& b) {
        const QString pa = a.pseudonym.section(QLatin1Char('-'), 0, 0), pb = b.pseudonym.section(QLatin1Char('-'), 0, 0);
        if (pa != pb)
            return pa > pb; // V before W
        return a.pseudonym.section(QLatin1Char('-'), 1).toInt() < b.pseudonym.section(QLatin1Char('-'), 1).toInt();
    });
    for (auto it = officeNumbers.constBegin(); it != officeNumbers.constEnd(); ++it)
        if (std::none_of(k.entries.cbegin(), k.entries.cend(),
                         [&](const IdentityKeyEntry& e) { return e.pseudonym == it.key(); }))
            throw CaseError(ErrorKind::Usage, QStringLiteral("--office-number: no person has the pseudonym %1").arg(it.key()));
    return k;
}

QByteArray IdentityKey::seal(const IdentityKeyContent& content, const QString& passphrase, const KdfParameters& kdf) {
    if (passphrase.size() < 8)
        throw CaseError(ErrorKind::Usage, QStringLiteral("identity key: the passphrase needs at least 8 characters"));
    ensureSodium();
    QByteArray header(kHeaderBytes, '\0');
    std::copy(kMagic, kMagic + 16, header.begin());
    qToLittleEndian<quint16>(kVersion, header.data() + 16);
    header[18] = char(kKdfArgon2id13);
    header[19] = char(kAeadXChaCha20Poly1305);
    qToLittleEndian<quint64>(kdf.opsLimit, header.data() + 20);
    qToLittleEndian<quint64>(kdf.memLimit, header.data() + 28);
    const QByteArray salt = randomBytes(crypto_pwhash_SALTBYTES);
    const QByteArray nonce = randomBytes(crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
    header.replace(kSaltOffset, salt.size(), salt);
    header.replace(kNonceOffset, nonce.size(), nonce);
    const SecureBuffer key = deriveKey(passphrase, salt, kdf);
    QByteArray plain = QJsonDocument(toJson(content)).toJson(QJsonDocument::Compact);
    QByteArray cipher(plain.size() + int(crypto_aead_xchacha20poly1305_ietf_ABYTES), '\0');
    unsigned long long cipherLen = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(
        reinterpret_cast<unsigned char*>(cipher.data()), &cipherLen, reinterpret_cast<const unsigned char*>(plain.constData()),
        static_cast<unsigned long long>(plain.size()), reinterpret_cast<const unsigned char*>(header.constData()),
        static_cast<unsigned long long>(header.size()), nullptr, reinterpret_cast<const unsigned char*>(nonce.constData()),
        key.data());
    sodium_memzero(plain.data(), static_cast<size_t>(plain.size()));
    return header + cipher.left(int(cipherLen));
}

void IdentityKey::write(const QString& path, const IdentityKeyContent& content, const QString& passphrase,
                        const KdfParameters& kdf) {
    const QDir folder = QFileInfo(path).absoluteDir();
    if (folder.exists(QStringLiteral("manifest.json")) || folder.exists(QStringLiteral("SHA256SUMS")) ||
        QFileInfo(folder.path()).fileName() == QLatin1String("natives"))
        throw CaseError(ErrorKind::Usage, QStringLiteral("%1: is a discovery production's folder; the identity key goes "
                                                         "to the prosecutor separately and is never written into a "
                                                         "production")
                                              .arg(folder.path()));
    if (!folder.exists())
        throw CaseError(ErrorKind::Usage, QStringLiteral("%1: folder does not exist").arg(folder.path()));
    const QByteArray bytes = seal(content, passphrase, kdf);
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit())
        throw CaseError(ErrorKind::Internal, QStringLiteral("%1: cannot write (%2)").arg(path, f.errorString()));
}

IdentityKeyContent IdentityKey::open(const QString& path, const QString& passphrase) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw CaseError(ErrorKind::BadInput, QStringLiteral("%1: cannot read (%2)").arg(path, f.errorString()));
    if (f.size() > (64 << 20))
        throw CaseError(ErrorKind::BadInput, QStringLiteral("%1: too large for an identity key").arg(path));
    return unseal(f.readAll(), passphrase, path);
}

IdentityKeyContent IdentityKey::unseal(const QByteArray& bytes, const QString& passphrase, const QString& name) {
    if (bytes.size() < kHeaderBytes + int(crypto_aead_xchacha20poly1305_ietf_ABYTES) ||
        !bytes.startsWith(QByteArray(kMagic, 16)))
        throw CaseError(ErrorKind::BadInput, QStringLiteral("%1: not a Tessera identity key").arg(name));
    const quint16 version = qFromLittleEndian<quint16>(bytes.constData() + 16);
    if (version != kVersion || quint8(bytes[18]) != kKdfArgon2id13 || quint8(bytes[19]) != kAeadXChaCha20Poly1305)
        throw CaseError(ErrorKind::BadInput,
                        QStringLiteral("%1: identity key format %2 is not supported by this version").arg(name).arg(version));
    KdfParameters kdf;
    kdf.opsLimit = qFromLittleEndian<quint64>(bytes.constData() + 20);
    kdf.memLimit = qFromLittleEndian<quint64>(bytes.constData() + 28);
    if (kdf.opsLimit < crypto_pwhash_OPSLIMIT_MIN || kdf.opsLimit > kMaxOps || kdf.memLimit < crypto_pwhash_MEMLIMIT_MIN ||
        kdf.memLimit > kMaxMem)
        throw CaseError(ErrorKind::BadInput, QStringLiteral("%1: key-derivation parameters out of range").arg(name));
    const QByteArray header = bytes.left(kHeaderBytes);
    const QByteArray salt = header.mid(kSaltOffset, crypto_pwhash_SALTBYTES);
    const QByteArray nonce = header.mid(kNonceOffset, crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
    const QByteArray cipher = bytes.mid(kHeaderBytes);
    const SecureBuffer key = deriveKey(passphrase, salt, kdf);
    QByteArray plain(cipher.size(), '\0');
    unsigned long long plainLen = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(
            reinterpret_cast<unsigned char*>(plain.data()), &plainLen, nullptr,
            reinterpret_cast<const unsigned char*>(cipher.constData()), static_cast<unsigned long long>(cipher.size()),
            reinterpret_cast<const unsigned char*>(header.constData()), static_cast<unsigned long long>(header.size()),
            reinterpret_cast<const unsigned char*>(nonce.constData()), key.data()) != 0)
        throw CaseError(ErrorKind::WrongPassphrase,
                        QStringLiteral("%1: wrong passphrase, or the file was altered").arg(name));
    plain.truncate(int(plainLen));
    const QJsonObject o = QJsonDocument::fromJson(plain).object();
    sodium_memzero(plain.data(), static_cast<size_t>(plain.size()));
    if (o.value(QStringLiteral("format")).toString() != QLatin1String("tessera-identity-key/1"))
        throw CaseError(ErrorKind::BadInput, QStringLiteral("%1: unexpected content").arg(name));
    IdentityKeyContent k;
    const QJsonObject cs = o.value(QStringLiteral("case")).toObject();
    k.caseTitle = cs.value(QStringLiteral("title")).toString();
    k.caseNumber = cs.value(QStringLiteral("case_number")).toString();
    k.agency = cs.value(QStringLiteral("agency")).toString();
    k.createdUtc = o.value(QStringLiteral("created_utc")).toString();
    k.sealFingerprint = o.value(QStringLiteral("seal_fingerprint")).toString();
    for (const QJsonValue& v : o.value(QStringLiteral("entries")).toArray()) {
        const QJsonObject e = v.toObject();
        QStringList roles;
        for (const QJsonValue& r : e.value(QStringLiteral("roles")).toArray())
            roles << r.toString();
        k.entries.append({e.value(QStringLiteral("pseudonym")).toString(), e.value(QStringLiteral("legal_name")).toString(),
                          e.value(QStringLiteral("date_of_birth")).toString(), roles,
                          e.value(QStringLiteral("office_number")).toString()});
    }
    return k;
}

} // namespace tessera
