#include "crypto/Sodium.h"

#include <QIODevice>
#include <sodium.h>
#include <stdexcept>

namespace tessera {

static_assert(sizeof(crypto_hash_sha256_state) <= 512, "Sha256Stream state buffer too small");
static_assert(alignof(crypto_hash_sha256_state) <= 16, "Sha256Stream state buffer not aligned enough");

void ensureSodium() {
    static const bool ok = sodium_init() >= 0;
    if (!ok)
        throw std::runtime_error("libsodium could not be initialised");
}

QByteArray sha256(const QByteArray& data) {
    ensureSodium();
    QByteArray out(crypto_hash_sha256_BYTES, Qt::Uninitialized);
    crypto_hash_sha256(reinterpret_cast<unsigned char*>(out.data()),
                       reinterpret_cast<const unsigned char*>(data.constData()),
                       static_cast<unsigned long long>(data.size()));
    return out;
}

Sha256Stream::Sha256Stream() {
    ensureSodium();
    crypto_hash_sha256_init(reinterpret_cast<crypto_hash_sha256_state*>(m_state));
}

void Sha256Stream::add(const char* data, qsizetype size) {
    crypto_hash_sha256_update(reinterpret_cast<crypto_hash_sha256_state*>(m_state),
                              reinterpret_cast<const unsigned char*>(data), static_cast<unsigned long long>(size));
}

QByteArray Sha256Stream::finish() {
    QByteArray out(crypto_hash_sha256_BYTES, Qt::Uninitialized);
    crypto_hash_sha256_final(reinterpret_cast<crypto_hash_sha256_state*>(m_state),
                             reinterpret_cast<unsigned char*>(out.data()));
    return out;
}

QByteArray sha256Of(QIODevice& device, QString* error) {
    Sha256Stream stream;
    QByteArray chunk(1 << 20, Qt::Uninitialized);
    for (;;) {
        const qint64 n = device.read(chunk.data(), chunk.size());
        if (n < 0) {
            if (error)
                *error = device.errorString();
            return {};
        }
        if (n == 0)
            break;
        stream.add(chunk.constData(), n);
    }
    return stream.finish();
}

QByteArray randomBytes(int size) {
    ensureSodium();
    QByteArray out(size, Qt::Uninitialized);
    randombytes_buf(out.data(), static_cast<size_t>(size));
    return out;
}

} // namespace tessera

#include <csignal>
#include <sys/prctl.h>
#include <sys/resource.h>

namespace tessera {
void disableCoreDumps() {
    ::prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
    struct rlimit none {0, 0};
    ::setrlimit(RLIMIT_CORE, &none);
    // A file-size limit (RLIMIT_FSIZE) must end in a write error SQLite rolls back from, not in SIGXFSZ killing the
    // process mid-write (and dumping core).
    ::signal(SIGXFSZ, SIG_IGN);
}
} // namespace tessera
