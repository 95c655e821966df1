#include "ingest/TextDecoder.h"

namespace tessera {

namespace {

// Windows-1252 0x80–0x9F (WHATWG index); undefined bytes map to the C1 control of the same value.
const char16_t kCp1252High[32] = {0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
                                  0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
                                  0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

void appendUtf8(QByteArray& out, char32_t cp) {
    if (cp < 0x80) {
        out.append(static_cast<char>(cp));
    } else if (cp < 0x800) {
        out.append(static_cast<char>(0xC0 | (cp >> 6)));
        out.append(static_cast<char>(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
        out.append(static_cast<char>(0xE0 | (cp >> 12)));
        out.append(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        out.append(static_cast<char>(0x80 | (cp & 0x3F)));
    } else {
        out.append(static_cast<char>(0xF0 | (cp >> 18)));
        out.append(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
        out.append(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        out.append(static_cast<char>(0x80 | (cp & 0x3F)));
    }
}

/// Reports progress every 8 MiB.
constexpr qsizetype kConsumedStep = qsizetype(8) << 20;

bool startsWith(QByteArrayView b, const char* prefix, int n) {
    return b.size() >= n && memcmp(b.constData(), prefix, static_cast<size_t>(n)) == 0;
}

TextDecoder::Result decodeUtf16(QByteArrayView bytes, qsizetype start, bool bigEndian, TextDecoder::Encoding enc,
                                const TextDecoder::Consumed& consumed) {
    TextDecoder::Result r;
    r.encoding = enc;
    const auto* p = reinterpret_cast<const unsigned char*>(bytes.constData());
    const qsizetype n = bytes.size();
    if ((n - start) % 2 != 0) {
        r.ok = false;
        r.problem = QStringLiteral("UTF-16 text with an odd number of bytes");
        return r;
    }
    r.utf8.reserve((n - start) / 2 + 16);
    qsizetype report = kConsumedStep;
    for (qsizetype i = start; i + 1 < n; i += 2) {
        if (consumed && i >= report) {
            consumed(i);
            report += kConsumedStep;
        }
        char32_t u = bigEndian ? (p[i] << 8 | p[i + 1]) : (p[i + 1] << 8 | p[i]);
        if (u >= 0xD800 && u <= 0xDBFF) {
            if (i + 3 >= n) {
                r.ok = false;
                r.problem = QStringLiteral("UTF-16 text ends inside a surrogate pair");
                return r;
            }
            const char32_t lo = bigEndian ? (p[i + 2] << 8 | p[i + 3]) : (p[i + 3] << 8 | p[i + 2]);
            if (lo < 0xDC00 || lo > 0xDFFF) {
                r.ok = false;
                r.problem = QStringLiteral("UTF-16 text with an unpaired surrogate at byte %1").arg(i);
                return r;
            }
            u = 0x10000 + ((u - 0xD800) << 10) + (lo - 0xDC00);
            i += 2;
        } else if (u >= 0xDC00 && u <= 0xDFFF) {
            r.ok = false;
            r.problem = QStringLiteral("UTF-16 text with an unpaired surrogate at byte %1").arg(i);
            return r;
        }
        appendUtf8(r.utf8, u);
    }
    return r;
}

} // namespace

bool TextDecoder::isValidUtf8(const char* data, qsizetype n) {
    const auto* s = reinterpret_cast<const unsigned char*>(data);
    qsizetype i = 0;
    while (i < n) {
        // Fast path: eight ASCII bytes at a time.
        while (i + 8 <= n) {
            quint64 w;
            memcpy(&w, s + i, 8);
            if (w & 0x8080808080808080ULL)
                break;
            i += 8;
        }
        if (i >= n)
            break;
        const unsigned char c = s[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int len = 0;
        unsigned min = 0;
        unsigned cp = 0;
        if ((c & 0xE0) == 0xC0) { len = 2; min = 0x80; cp = c & 0x1F; }
        else if ((c & 0xF0) == 0xE0) { len = 3; min = 0x800; cp = c & 0x0F; }
        else if ((c & 0xF8) == 0xF0) { len = 4; min = 0x10000; cp = c & 0x07; }
        else return false;
        if (i + len > n)
            return false;
        for (int k = 1; k < len; ++k) {
            if ((s[i + k] & 0xC0) != 0x80)
                return false;
            cp = (cp << 6) | (s[i + k] & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return false;
        i += len;
    }
    return true;
}

TextDecoder::Encoding TextDecoder::detect(const QByteArray& bytes) {
    return detect(QByteArrayView(bytes), {});
}

TextDecoder::Encoding TextDecoder::detect(QByteArrayView bytes, const Consumed& consumed) {
    if (startsWith(bytes, "\xEF\xBB\xBF", 3))
        return Encoding::Utf8Bom;
    if (startsWith(bytes, "\xFF\xFE", 2))
        return Encoding::Utf16Le;
    if (startsWith(bytes, "\xFE\xFF", 2))
        return Encoding::Utf16Be;
    const qsizetype probe = qMin<qsizetype>(bytes.size(), 4096) & ~qsizetype(1);
    if (probe >= 2) {
        qsizetype evenNul = 0, oddNul = 0;
        for (qsizetype i = 0; i < probe; i += 2) {
            evenNul += bytes[i] == '\0';
            oddNul += bytes[i + 1] == '\0';
        }
        const qsizetype half = probe / 2;
        if (oddNul * 10 >= half * 4 && evenNul * 50 <= half)
            return Encoding::Utf16Le;
        if (evenNul * 10 >= half * 4 && oddNul * 50 <= half)
            return Encoding::Utf16Be;
    }
    // The UTF-8 check in steps, each ending before a lead byte (so no sequence is split between two steps).
    const char* p = bytes.data();
    const qsizetype n = bytes.size();
    qsizetype at = 0;
    while (at < n) {
        qsizetype end = qMin(n, at + kConsumedStep);
        while (end < n && end > at && (static_cast<unsigned char>(p[end]) & 0xC0) == 0x80)
            --end;
        if (end == at)
            end = qMin(n, at + kConsumedStep);
        if (!isValidUtf8(p + at, end - at))
            return Encoding::Windows1252;
        at = end;
        if (consumed)
            consumed(at);
    }
    return Encoding::Utf8;
}

TextDecoder::Result TextDecoder::decode(const QByteArray& bytes) {
    const Encoding e = detect(bytes);
    if (e == Encoding::Utf8) {
        Result r;
        r.encoding = e;
        r.utf8 = bytes; // shared, not copied
        return r;
    }
    return decode(QByteArrayView(bytes), e);
}

TextDecoder::Result TextDecoder::decode(QByteArrayView bytes, Encoding e, const Consumed& consumed) {
    switch (e) {
    case Encoding::Utf8:
    case Encoding::Utf8Bom: {
        Result r;
        r.encoding = e;
        const qsizetype skip = e == Encoding::Utf8Bom && startsWith(bytes, "\xEF\xBB\xBF", 3) ? 3 : 0;
        r.utf8 = bytes.sliced(skip).toByteArray();
        if (!isValidUtf8(r.utf8.constData(), r.utf8.size())) {
            r.ok = false;
            r.problem = e == Encoding::Utf8Bom
                            ? QStringLiteral("the file starts with a UTF-8 byte-order mark but is not valid UTF-8")
                            : QStringLiteral("the file is not valid UTF-8");
        }
        if (consumed)
            consumed(bytes.size());
        return r;
    }
    case Encoding::Utf16Le:
        return decodeUtf16(bytes, startsWith(bytes, "\xFF\xFE", 2) ? 2 : 0, false, e, consumed);
    case Encoding::Utf16Be:
        return decodeUtf16(bytes, startsWith(bytes, "\xFE\xFF", 2) ? 2 : 0, true, e, consumed);
    case Encoding::Windows1252: {
        Result r;
        r.encoding = e;
        r.utf8.reserve(bytes.size() + bytes.size() / 8);
        qsizetype report = kConsumedStep;
        for (qsizetype i = 0; i < bytes.size(); ++i) {
            if (consumed && i >= report) {
                consumed(i);
                report += kConsumedStep;
            }
            const char ch = bytes[i];
            const auto b = static_cast<unsigned char>(ch);
            if (b < 0x80)
                r.utf8.append(ch);
            else if (b < 0xA0)
                appendUtf8(r.utf8, kCp1252High[b - 0x80]);
            else
                appendUtf8(r.utf8, b);
        }
        return r;
    }
    }
    return {};
}

QString TextDecoder::name(Encoding e) {
    switch (e) {
    case Encoding::Utf8: return QStringLiteral("utf-8");
    case Encoding::Utf8Bom: return QStringLiteral("utf-8-bom");
    case Encoding::Utf16Le: return QStringLiteral("utf-16le");
    case Encoding::Utf16Be: return QStringLiteral("utf-16be");
    case Encoding::Windows1252: return QStringLiteral("windows-1252");
    }
    return {};
}

} // namespace tessera
