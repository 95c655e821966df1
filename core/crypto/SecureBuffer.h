#pragma once

#include <cstddef>
#include <cstdint>

namespace tessera {

/**
 * A fixed-size buffer of key material in libsodium secure memory (sodium_malloc: guard pages, mlock'ed, never
 * swapped, wiped and freed on destruction). Move-only. Used for the data key, key-encryption keys and the
 * hex form of the key handed to SQLCipher.
 * Throws std::bad_alloc when secure memory cannot be allocated.
 */
class SecureBuffer {
public:
    SecureBuffer() = default;
    /// Allocates `size` bytes of zeroed secure memory.
    explicit SecureBuffer(std::size_t size);
    ~SecureBuffer();
    SecureBuffer(SecureBuffer&& other) noexcept;
    SecureBuffer& operator=(SecureBuffer&& other) noexcept;
    SecureBuffer(const SecureBuffer&) = delete;
    SecureBuffer& operator=(const SecureBuffer&) = delete;

    std::uint8_t* data() { return m_data; }
    const std::uint8_t* data() const { return m_data; }
    std::size_t size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    /// Wipes (sodium_memzero) and frees the memory now; the buffer becomes empty.
    void wipe();
    /// Constant-time comparison (sodium_memcmp).
    bool equals(const SecureBuffer& other) const;

private:
    std::uint8_t* m_data = nullptr;
    std::size_t m_size = 0;
};

} // namespace tessera
