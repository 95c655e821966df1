#pragma once

#include "crypto/SecureBuffer.h"

#include <QByteArray>
#include <QPair>
#include <QString>
#include <QVector>
#include <cstdint>
#include <vector>

namespace tessera {

/// Argon2id cost parameters (libsodium crypto_pwhash, ALG_ARGON2ID13). memLimit is in bytes.
struct KdfParameters {
    std::uint64_t opsLimit = 0;
    std::uint64_t memLimit = 0;

    /// Release default: ≈0.5 s with 64 MiB on a 2-core laptop (DESIGN §3; measured in STACK-NOTES §3).
    static KdfParameters releaseDefault() { return {10, 64ull << 20}; }
    /// Cheap parameters for tests only (libsodium's minimums: 1 pass, 8 KiB); never for real cases.
    static KdfParameters testing() { return {1, 8192}; }
};

/// The kind of a key slot. Values are stored in the file (docs/FORMAT.md); never renumber.
enum class KeySlotType : std::uint8_t { Empty = 0, Passphrase = 1, AgencyRecovery = 2, Handover = 3 };

/**
 * One 320-byte key slot: it wraps the case's 32-byte data key.
 * Passphrase slot: key-encryption key = Argon2id(NFC UTF-8 passphrase, salt, opsLimit, memLimit), the data key
 * sealed with XChaCha20-Poly1305-IETF under a random nonce; the slot's first 64 bytes are the associated data, so
 * tampering with the parameters or salt is detected. Agency-recovery and handover slots are reserved for later.
 */
struct KeySlot {
    KeySlotType type = KeySlotType::Empty;
    std::uint8_t kdfAlgorithm = 0; ///< 1 = Argon2id v1.3
    KdfParameters kdf;
    QByteArray salt;    ///< 16 bytes
    QByteArray nonce;   ///< 24 bytes
    QByteArray payload; ///< up to 256 bytes; passphrase slot: 48 bytes (32 ciphertext + 16 tag)
};

/**
 * The fixed 4096-byte Tessera header at the start of a case file (byte layout in docs/FORMAT.md).
 *
 * Bytes 0–15 are the case magic (never rewritten). The rest is held twice (copy A at 64, copy B at 2080, 2016 bytes
 * each) with a generation counter and a BLAKE2b checksum, so a torn write damages at most the copy being written;
 * readers take the valid copy with the higher generation. Each copy also carries a MAC keyed from the data key, so
 * once unlocked the header is authenticated as a whole.
 */
class CaseHeader {
public:
    static constexpr int kFormatVersion = 1;   ///< written by this build
    static constexpr int kHeaderBytes = 4096;
    static constexpr int kSlotCount = 4;

    /// A new header with a passphrase slot wrapping `dataKey`. Throws CaseError(Internal) if the KDF fails
    /// (e.g. out of memory).
    static CaseHeader createWithPassphrase(const QString& passphrase, const SecureBuffer& dataKey,
                                           const KdfParameters& kdf);

    /**
     * Parses the 4096 header bytes. Throws CaseError: Unsupported for a newer format version (the file is not
     * touched), Damaged when the magic is missing or neither copy's checksum holds.
     */
    static CaseHeader parse(const QByteArray& bytes, const QString& fileNameForErrors);

    /**
     * Unwraps the data key with the passphrase. Throws CaseError(WrongPassphrase) when no passphrase slot opens,
     * CaseError(Damaged) when a slot opens but the header MAC does not hold (the header was altered).
     */
    SecureBuffer unlockWithPassphrase(const QString& passphrase) const;
    /**
     * Every data key the passphrase unwraps, in slot order (more than one only while a key rotation is under way:
     * the current key first, then the new one). The header MAC must hold under one of them. Throws as
     * unlockWithPassphrase().
     */
    std::vector<SecureBuffer> unlockAllWithPassphrase(const QString& passphrase) const;
    /// True when the header's stored MAC holds under `dataKey`: the header (of a case or a backup) belongs to that
    /// data key and was not altered. Used to re-key backups without their passphrase.
    bool authenticatedBy(const SecureBuffer& dataKey) const;
    /// Replaces every passphrase slot with one slot per key in `dataKeys`, all under `passphrase`, in that order;
    /// when the header has an agency recovery slot, its recovery slots are sealed again for the same keys (so a key
    /// rotation or handover keeps the agency able to open the case). Throws CaseError(Internal) when the slots run out.
    void setPassphraseSlots(const QString& passphrase, const std::vector<const SecureBuffer*>& dataKeys,
                            const KdfParameters& kdf);

    /**
     * Replaces the agency recovery slots with one per key in `dataKeys`: the data key sealed to the agency's X25519
     * public key with crypto_box_seal (anonymous sender; only the agency's secret key opens it). Slot payload:
     * public key (32) ‖ sealed box (80). Throws CaseError: Usage for a public key that is not 32 bytes, Internal when
     * the slots run out (4 slots: a passphrase and a recovery slot per key).
     */
    void setRecoverySlots(const QByteArray& agencyPublicKey, const std::vector<const SecureBuffer*>& dataKeys);
    /// The agency's X25519 public key of the first recovery slot, or empty when the case has none.
    QByteArray recoveryPublicKey() const;
    /**
     * Every data key the agency's X25519 secret key unseals, in slot order (as unlockAllWithPassphrase). Throws
     * CaseError: WrongPassphrase when no recovery slot is for this key, Damaged when the header MAC does not hold.
     */
    std::vector<SecureBuffer> unlockAllWithRecoveryKey(const SecureBuffer& agencySecretKey) const;

    /// Which of the two header copies (A, B) pass their checksum, for `check`: one bad copy is survivable but worth
    /// reporting, since the next header write replaces the other.
    static QPair<bool, bool> copiesIntact(const QByteArray& bytes);

    /// Replaces the passphrase slot (wrapping `dataKey` under a new passphrase) and re-MACs the header.
    void setPassphrase(const QString& passphrase, const SecureBuffer& dataKey, const KdfParameters& kdf);

    /**
     * Serialises the next generation: bumps the generation, recomputes the MAC under `dataKey`, and returns
     * {offset, bytes} of the copy to write (the one not holding the current generation).
     */
    QPair<int, QByteArray> nextCopy(const SecureBuffer& dataKey);
    /// The whole 4096-byte header with both copies identical (for a new file).
    QByteArray initialBytes(const SecureBuffer& dataKey);

    /// The current generation serialised again under `dataKey` (same generation, same bytes as on disk when intact).
    QByteArray currentCopy(const SecureBuffer& dataKey) const { return serializeCopy(dataKey); }
    /// Byte offset in the file of copy `index` (0 = A, 1 = B).
    static int copyOffset(int index);
    /// Which copy (0 = A, 1 = B) holds the current generation.
    int currentCopyIndex() const { return m_currentCopy; }
    /// False when the two copies on disk differ (a torn or interrupted header write, or a damaged copy): the stale
    /// copy may still hold an old passphrase slot and should be rewritten once the case is unlocked.
    bool copiesInSync() const { return m_copiesInSync; }

    int formatVersion() const { return m_formatVersion; }
    std::uint64_t generation() const { return m_generation; }
    const QVector<KeySlot>& keySlots() const { return m_slots; }

private:
    QByteArray serializeCopy(const SecureBuffer& dataKey) const;
    static SecureBuffer macKey(const SecureBuffer& dataKey);
    /// Throws CaseError(Damaged) unless the stored MAC holds under one of `keys`.
    void requireMac(const std::vector<SecureBuffer>& keys) const;
    int m_formatVersion = kFormatVersion;
    int m_minReaderVersion = 1;
    std::uint64_t m_generation = 0;
    int m_currentCopy = 0; ///< 0 = A, 1 = B: where the current generation lives
    QVector<KeySlot> m_slots;
    bool m_copiesInSync = true;
    QByteArray m_storedMac; ///< MAC as read from the file
    QByteArray m_macCoveredBytes; ///< bytes the stored MAC covers
};

} // namespace tessera
