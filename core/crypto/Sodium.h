#pragma once

#include <QByteArray>
#include <QString>

class QIODevice;

namespace tessera {

/// Initialises libsodium once (sodium_init); throws std::runtime_error if it cannot be initialised.
void ensureSodium();

/// SHA-256 of `data` (32 raw bytes).
QByteArray sha256(const QByteArray& data);

/// Streaming SHA-256 (libsodium crypto_hash_sha256) for files and BLOB chunks.
class Sha256Stream {
public:
    Sha256Stream();
    void add(const char* data, qsizetype size);
    void add(const QByteArray& data) { add(data.constData(), data.size()); }
    /// Finishes and returns the 32-byte digest; the stream must not be used afterwards.
    QByteArray finish();

private:
    // crypto_hash_sha256_state needs only its members' alignment (8 bytes); 64 was more than the stack guarantees under
    // AddressSanitizer's fake stack, which UBSan rightly reported as a misaligned object.
    alignas(16) unsigned char m_state[512];
};

/**
 * SHA-256 of everything readable from `device` (read in 1 MiB chunks). Returns an empty array and sets `error`
 * when a read fails.
 */
QByteArray sha256Of(QIODevice& device, QString* error = nullptr);

/// Fills `size` bytes with cryptographically secure random data (randombytes_buf).
QByteArray randomBytes(int size);

} // namespace tessera

namespace tessera {
/// Turns off core dumps for this process (prctl PR_SET_DUMPABLE 0, RLIMIT_CORE 0) so key material and case data
/// never reach a crash dump (DESIGN §3), and ignores SIGXFSZ, so hitting a file-size limit is a write error (reported as
/// a full disk, the transaction rolled back) rather than a kill with a core dump. Best effort; never throws.
void disableCoreDumps();
} // namespace tessera
