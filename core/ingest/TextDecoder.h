#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <functional>

namespace tessera {

/**
 * Encoding detection and decoding of received text files to UTF-8 (DESIGN §9, issue 6 point 1).
 *
 * Rules, in order:
 * 1. A byte-order mark decides: EF BB BF UTF-8, FF FE UTF-16 LE, FE FF UTF-16 BE (the mark is dropped).
 * 2. Without a mark, UTF-16 is recognised from NUL bytes: when at least 40 % of the even (BE) or odd (LE) bytes of
 *    the first 4 KiB are NUL and almost none of the other half are, the text is UTF-16 in that byte order.
 * 3. Bytes that are valid UTF-8 (RFC 3629, strict: no overlongs, no surrogates) are UTF-8.
 * 4. Anything else is read as Windows-1252 (WHATWG Encoding Standard: the five bytes 1252 leaves undefined map to the
 *    C1 control of the same value), which every byte sequence decodes under — so the text never holds a silent
 *    U+FFFD: either it decodes exactly or the file is refused.
 * UTF-16 with an unpaired surrogate or an odd byte count is refused (CaseError BadInput from decodeOrThrow()).
 */
class TextDecoder {
public:
    enum class Encoding { Utf8, Utf8Bom, Utf16Le, Utf16Be, Windows1252 };

    struct Result {
        Encoding encoding = Encoding::Utf8;
        QByteArray utf8;         ///< the text as UTF-8 without a byte-order mark
        bool ok = true;          ///< false when the bytes are not decodable in the detected encoding
        QString problem;         ///< why not, when !ok (no bytes of the file in it)
    };

    /// Told how many bytes of the input a long pass has read so far (every few MiB, increasing), so that a caller
    /// reading a memory-mapped file can release the pages behind it (RecordImporter).
    using Consumed = std::function<void(qsizetype)>;

    /// Detects the encoding of `bytes` (rules above) without decoding.
    static Encoding detect(const QByteArray& bytes);
    /// The same over a view (a memory-mapped file), telling `consumed` how far the UTF-8 check has read.
    static Encoding detect(QByteArrayView bytes, const Consumed& consumed);
    /// Detects and decodes to UTF-8. When the input is already UTF-8 without a mark, the result shares its data.
    static Result decode(const QByteArray& bytes);
    /// Decodes `bytes`, already detected as `encoding`, into a new UTF-8 buffer (without the byte-order mark; for
    /// UTF-8 the bytes are checked and copied — callers that can share them use them in place instead), telling
    /// `consumed` how far it has read.
    static Result decode(QByteArrayView bytes, Encoding encoding, const Consumed& consumed = {});
    /// Stable lower-case name ("utf-8", "utf-8-bom", "utf-16le", "utf-16be", "windows-1252").
    static QString name(Encoding e);
    /// Strict UTF-8 check (RFC 3629).
    static bool isValidUtf8(const char* data, qsizetype size);
};

} // namespace tessera
