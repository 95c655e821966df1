#include "crypto/CaseHeader.h"

#include "case/CaseError.h"
#include "crypto/Sodium.h"
#include "storage/OffsetVfs.h"

#include <QPair>
#include <QtEndian>
#include <algorithm>
#include <cstddef>
#include <sodium.h>

namespace tessera {
namespace {

constexpr int kCopyOffsets[2] = {64, 2080};
constexpr int kCopyBytes = 2016;
constexpr int kSlotBytes = 320;
constexpr int kSlotsOffset = 24;
constexpr int kMacOffset = kSlotsOffset + CaseHeader::kSlotCount * kSlotBytes; // 1304
constexpr int kChecksumOffset = 1984;
constexpr char kCopyMagic[4] = {'T', 'H', 'D', 'R'};
constexpr std::uint8_t kArgon2id13 = 1;

QByteArray blake2b(const QByteArray& data, const SecureBuffer* key = nullptr) {
    QByteArray out(32, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char*>(out.data()), 32,
                       reinterpret_cast<const unsigned char*>(data.constData()),
                       static_cast<unsigned long long>(data.size()), key ? key->data() : nullptr,
                       key ? key->size() : 0);
    return out;
}

QByteArray normalisedPassphrase(const QString& passphrase) {
    // DESIGN §3: NFC normalisation, no trimming, so the same typed passphrase opens the case on any keyboard.
    return passphrase.normalized(QString::NormalizationForm_C).toUtf8();
}

SecureBuffer deriveKek(const QByteArray& passphraseUtf8, const QByteArray& salt, const KdfParameters& kdf) {
    SecureBuffer kek(crypto_aead_xchacha20poly1305_ietf_KEYBYTES);
    if (crypto_pwhash(kek.data(), kek.size(), passphraseUtf8.constData(),
                      static_cast<unsigned long long>(passphraseUtf8.size()),
                      reinterpret_cast<const unsigned char*>(salt.constData()), kdf.opsLimit,
                      static_cast<size_t>(kdf.memLimit), crypto_pwhash_ALG_ARGON2ID13) != 0)
        throw CaseError(ErrorKind::Internal, QStringLiteral("the key derivation ran out of memory"));
    return kek;
}

QByteArray slotAssociatedData(const KeySlot& s) {
    QByteArray ad(64, '\0');
    ad[0] = static_cast<char>(s.type);
    ad[1] = static_cast<char>(s.kdfAlgorithm);
    qToLittleEndian<quint64>(s.kdf.opsLimit, ad.data() + 8);
    qToLittleEndian<quint64>(s.kdf.memLimit, ad.data() + 16);
    ad.replace(24, 16, s.salt.leftJustified(16, '\0', true));
    ad.replace(40, 24, s.nonce.leftJustified(24, '\0', true));
    return ad;
}

KeySlot makePassphraseSlot(const QString& passphrase, const SecureBuffer& dataKey, const KdfParameters& kdf) {
    KeySlot s;
    s.type = KeySlotType::Passphrase;
    s.kdfAlgorithm = kArgon2id13;
    s.kdf = kdf;
    s.salt = randomBytes(crypto_pwhash_SALTBYTES);
    s.nonce = randomBytes(crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
    QByteArray pass = normalisedPassphrase(passphrase);
    SecureBuffer kek = deriveKek(pass, s.salt, kdf);
    sodium_memzero(pass.data(), static_cast<size_t>(pass.size()));
    const QByteArray ad = slotAssociatedData(s);
    s.payload.resize(static_cast<int>(dataKey.size() + crypto_aead_xchacha20poly1305_ietf_ABYTES));
    unsigned long long clen = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(
        reinterpret_cast<unsigned char*>(s.payload.data()), &clen, dataKey.data(), dataKey.size(),
        reinterpret_cast<const unsigned char*>(ad.constData()), static_cast<unsigned long long>(ad.size()), nullptr,
        reinterpret_cast<const unsigned char*>(s.nonce.constData()), kek.data());
    return s;
}

} // namespace

SecureBuffer CaseHeader::macKey(const SecureBuffer& dataKey) {
    // A subkey for the header MAC, so the data key itself is used only by SQLCipher.
    SecureBuffer key(32);
    crypto_kdf_derive_from_key(key.data(), 32, 1, "TSRHDMAC", dataKey.data());
    return key;
}

CaseHeader CaseHeader::createWithPassphrase(const QString& passphrase, const SecureBuffer& dataKey,
                                            const KdfParameters& kdf) {
    ensureSodium();
    CaseHeader h;
    h.m_slots.resize(kSlotCount);
    h.m_slots[0] = makePassphraseSlot(passphrase, dataKey, kdf);
    return h;
}

void CaseHeader::setPassphrase(const QString& passphrase, const SecureBuffer& dataKey, const KdfParameters& kdf) {
    for (KeySlot& s : m_slots) {
        if (s.type == KeySlotType::Passphrase || s.type == KeySlotType::Empty) {
            s = makePassphraseSlot(passphrase, dataKey, kdf);
            return;
        }
    }
    throw CaseError(ErrorKind::Internal, QStringLiteral("no free key slot"));
}

QByteArray CaseHeader::serializeCopy(const SecureBuffer& dataKey) const {
    QByteArray c(kCopyBytes, '\0');
    c.replace(0, 4, QByteArray(kCopyMagic, 4));
    qToLittleEndian<quint16>(static_cast<quint16>(m_formatVersion), c.data() + 4);
    qToLittleEndian<quint16>(static_cast<quint16>(m_minReaderVersion), c.data() + 6);
    qToLittleEndian<quint64>(m_generation, c.data() + 8);
    qToLittleEndian<quint32>(kSlotCount, c.data() + 16);
    for (int i = 0; i < kSlotCount && i < m_slots.size(); ++i) {
        const KeySlot& s = m_slots[i];
        QByteArray slot = slotAssociatedData(s);
        slot.append(s.payload.leftJustified(256, '\0', true));
        c.replace(kSlotsOffset + i * kSlotBytes, kSlotBytes, slot);
    }
    const SecureBuffer key = macKey(dataKey);
    const QByteArray mac = blake2b(OffsetVfs::caseMagic() + c.left(kMacOffset), &key);
    c.replace(kMacOffset, 32, mac);
    c.replace(kChecksumOffset, 32, blake2b(c.left(kChecksumOffset)));
    return c;
}

QByteArray CaseHeader::initialBytes(const SecureBuffer& dataKey) {
    m_generation = 1;
    m_currentCopy = 0;
    const QByteArray copy = serializeCopy(dataKey);
    QByteArray out(kHeaderBytes, '\0');
    out.replace(0, 16, OffsetVfs::caseMagic());
    out.replace(kCopyOffsets[0], kCopyBytes, copy);
    out.replace(kCopyOffsets[1], kCopyBytes, copy);
    m_storedMac = copy.mid(kMacOffset, 32);
    m_macCoveredBytes = OffsetVfs::caseMagic() + copy.left(kMacOffset);
    return out;
}

QPair<int, QByteArray> CaseHeader::nextCopy(const SecureBuffer& dataKey) {
    ++m_generation;
    m_currentCopy = 1 - m_currentCopy;
    const QByteArray copy = serializeCopy(dataKey);
    m_storedMac = copy.mid(kMacOffset, 32);
    m_macCoveredBytes = OffsetVfs::caseMagic() + copy.left(kMacOffset);
    return {kCopyOffsets[m_currentCopy], copy};
}

int CaseHeader::copyOffset(int index) { return kCopyOffsets[index == 0 ? 0 : 1]; }

QPair<bool, bool> CaseHeader::copiesIntact(const QByteArray& bytes) {
    ensureSodium();
    bool ok[2] = {false, false};
    for (int i = 0; i < 2; ++i) {
        const QByteArray c = bytes.mid(kCopyOffsets[i], kCopyBytes);
        ok[i] = c.size() == kCopyBytes && c.left(4) == QByteArray(kCopyMagic, 4) &&
                blake2b(c.left(kChecksumOffset)) == c.mid(kChecksumOffset, 32);
    }
    return {ok[0], ok[1]};
}

CaseHeader CaseHeader::parse(const QByteArray& bytes, const QString& fileName) {
    ensureSodium();
    if (bytes.size() < kHeaderBytes || bytes.left(16) != OffsetVfs::caseMagic())
        throw CaseError(ErrorKind::Damaged, QStringLiteral("%1: not a Tessera case file (no case header)").arg(fileName));
    int best = -1;
    quint64 bestGen = 0;
    for (int i = 0; i < 2; ++i) {
        const QByteArray c = bytes.mid(kCopyOffsets[i], kCopyBytes);
        if (c.left(4) != QByteArray(kCopyMagic, 4))
            continue;
        const int version = qFromLittleEndian<quint16>(c.constData() + 4);
        const int minReader = qFromLittleEndian<quint16>(c.constData() + 6);
        if (blake2b(c.left(kChecksumOffset)) != c.mid(kChecksumOffset, 32))
            continue;
        if (version > kFormatVersion || minReader > kFormatVersion)
            throw CaseError(ErrorKind::Unsupported,
                            QStringLiteral("%1: case file format version %2 is newer than this Tessera understands "
                                           "(%3); open it with a newer Tessera")
                                .arg(fileName)
                                .arg(version)
                                .arg(kFormatVersion));
        const quint64 gen = qFromLittleEndian<quint64>(c.constData() + 8);
        if (best < 0 || gen > bestGen) {
            best = i;
            bestGen = gen;
        }
    }
    if (best < 0)
        throw CaseError(ErrorKind::Damaged, QStringLiteral("%1: both copies of the case header are damaged").arg(fileName));
    const QByteArray c = bytes.mid(kCopyOffsets[best], kCopyBytes);
    CaseHeader h;
    h.m_formatVersion = qFromLittleEndian<quint16>(c.constData() + 4);
    h.m_minReaderVersion = qFromLittleEndian<quint16>(c.constData() + 6);
    h.m_generation = bestGen;
    h.m_currentCopy = best;
    h.m_copiesInSync = bytes.mid(kCopyOffsets[0], kCopyBytes) == bytes.mid(kCopyOffsets[1], kCopyBytes);
    const int slotCount = static_cast<int>(qFromLittleEndian<quint32>(c.constData() + 16));
    for (int i = 0; i < kSlotCount && i < slotCount; ++i) {
        const char* s = c.constData() + kSlotsOffset + static_cast<std::ptrdiff_t>(i) * kSlotBytes;
        KeySlot slot;
        slot.type = static_cast<KeySlotType>(static_cast<std::uint8_t>(s[0]));
        slot.kdfAlgorithm = static_cast<std::uint8_t>(s[1]);
        slot.kdf.opsLimit = qFromLittleEndian<quint64>(s + 8);
        slot.kdf.memLimit = qFromLittleEndian<quint64>(s + 16);
        slot.salt = QByteArray(s + 24, 16);
        slot.nonce = QByteArray(s + 40, 24);
        slot.payload = QByteArray(s + 64, 256);
        h.m_slots.append(slot);
    }
    h.m_slots.resize(kSlotCount);
    h.m_storedMac = c.mid(kMacOffset, 32);
    h.m_macCoveredBytes = OffsetVfs::caseMagic() + c.left(kMacOffset);
    return h;
}

SecureBuffer CaseHeader::unlockWithPassphrase(const QString& passphrase) const {
    std::vector<SecureBuffer> keys = unlockAllWithPassphrase(passphrase);
    return std::move(keys.front());
}

std::vector<SecureBuffer> CaseHeader::unlockAllWithPassphrase(const QString& passphrase) const {
    QByteArray pass = normalisedPassphrase(passphrase);
    std::vector<SecureBuffer> keys;
    for (const KeySlot& s : m_slots) {
        if (s.type != KeySlotType::Passphrase || s.kdfAlgorithm != kArgon2id13)
            continue;
        if (s.kdf.opsLimit < crypto_pwhash_OPSLIMIT_MIN || s.kdf.memLimit < crypto_pwhash_MEMLIMIT_MIN ||
            s.kdf.memLimit > (4ull << 30))
            continue; // implausible parameters: refuse rather than allocate without bound
        SecureBuffer kek = deriveKek(pass, s.salt, s.kdf);
        const QByteArray ad = slotAssociatedData(s);
        SecureBuffer key(32);
        unsigned long long mlen = 0;
        const int rc = crypto_aead_xchacha20poly1305_ietf_decrypt(
            key.data(), &mlen, nullptr, reinterpret_cast<const unsigned char*>(s.payload.constData()),
            32 + crypto_aead_xchacha20poly1305_ietf_ABYTES, reinterpret_cast<const unsigned char*>(ad.constData()),
            static_cast<unsigned long long>(ad.size()), reinterpret_cast<const unsigned char*>(s.nonce.constData()),
            kek.data());
        if (rc == 0 && mlen == 32)
            keys.push_back(std::move(key));
    }
    sodium_memzero(pass.data(), static_cast<size_t>(pass.size()));
    if (keys.empty())
        throw CaseError(ErrorKind::WrongPassphrase, QStringLiteral("wrong passphrase"));
    requireMac(keys);
    return keys;
}

void CaseHeader::requireMac(const std::vector<SecureBuffer>& keys) const {
    bool macHolds = false;
    for (const SecureBuffer& key : keys)
        macHolds = macHolds || authenticatedBy(key);
    if (!macHolds)
        throw CaseError(ErrorKind::Damaged, QStringLiteral("case header fails its integrity check (altered)"));
}

void CaseHeader::setRecoverySlots(const QByteArray& agencyPublicKey, const std::vector<const SecureBuffer*>& dataKeys) {
    if (agencyPublicKey.size() != crypto_box_PUBLICKEYBYTES)
        throw CaseError(ErrorKind::Usage, QStringLiteral("the agency recovery key is not an X25519 public key"));
    for (KeySlot& s : m_slots)
        if (s.type == KeySlotType::AgencyRecovery)
            s = KeySlot{};
    for (const SecureBuffer* key : dataKeys) {
        auto free = std::find_if(m_slots.begin(), m_slots.end(), [](const KeySlot& s) { return s.type == KeySlotType::Empty; });
        if (free == m_slots.end())
            throw CaseError(ErrorKind::Internal, QStringLiteral("no free key slot for the agency recovery key"));
        KeySlot s;
        s.type = KeySlotType::AgencyRecovery;
        s.salt = QByteArray(16, '\0');
        s.nonce = QByteArray(24, '\0');
        QByteArray sealed(static_cast<int>(crypto_box_SEALBYTES + key->size()), '\0');
        crypto_box_seal(reinterpret_cast<unsigned char*>(sealed.data()), key->data(), key->size(),
                        reinterpret_cast<const unsigned char*>(agencyPublicKey.constData()));
        s.payload = agencyPublicKey + sealed;
        *free = s;
    }
}

QByteArray CaseHeader::recoveryPublicKey() const {
    for (const KeySlot& s : m_slots)
        if (s.type == KeySlotType::AgencyRecovery)
            return s.payload.left(crypto_box_PUBLICKEYBYTES);
    return {};
}

std::vector<SecureBuffer> CaseHeader::unlockAllWithRecoveryKey(const SecureBuffer& agencySecretKey) const {
    ensureSodium();
    QByteArray pk(crypto_box_PUBLICKEYBYTES, '\0');
    crypto_scalarmult_base(reinterpret_cast<unsigned char*>(pk.data()), agencySecretKey.data());
    std::vector<SecureBuffer> keys;
    for (const KeySlot& s : m_slots) {
        if (s.type != KeySlotType::AgencyRecovery || s.payload.left(crypto_box_PUBLICKEYBYTES) != pk)
            continue;
        SecureBuffer key(32);
        if (crypto_box_seal_open(key.data(),
                                 reinterpret_cast<const unsigned char*>(s.payload.constData()) + crypto_box_PUBLICKEYBYTES,
                                 crypto_box_SEALBYTES + 32, reinterpret_cast<const unsigned char*>(pk.constData()),
                                 agencySecretKey.data()) == 0)
            keys.push_back(std::move(key));
    }
    if (keys.empty())
        throw CaseError(ErrorKind::WrongPassphrase,
                        QStringLiteral("the recovery key does not open this case (it has no agency recovery slot for it)"));
    requireMac(keys);
    return keys;
}

bool CaseHeader::authenticatedBy(const SecureBuffer& dataKey) const {
    if (m_storedMac.size() != 32)
        return false;
    const SecureBuffer mk = macKey(dataKey);
    return sodium_memcmp(blake2b(m_macCoveredBytes, &mk).constData(), m_storedMac.constData(), 32) == 0;
}

void CaseHeader::setPassphraseSlots(const QString& passphrase, const std::vector<const SecureBuffer*>& dataKeys,
                                    const KdfParameters& kdf) {
    for (KeySlot& s : m_slots)
        if (s.type == KeySlotType::Passphrase)
            s = KeySlot{};
    for (const SecureBuffer* key : dataKeys) {
        auto free = std::find_if(m_slots.begin(), m_slots.end(), [](const KeySlot& s) { return s.type == KeySlotType::Empty; });
        if (free == m_slots.end())
            throw CaseError(ErrorKind::Internal, QStringLiteral("no free key slot"));
        *free = makePassphraseSlot(passphrase, *key, kdf);
    }
    const QByteArray agency = recoveryPublicKey();
    if (!agency.isEmpty())
        setRecoverySlots(agency, dataKeys);
}

} // namespace tessera
