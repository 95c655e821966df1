// What readers share and need no case: JSON building, identifiers, progress. Also linked into the fuzz targets.
#include "case/CaseError.h"
#include "ingest/PhoneNormalizer.h"
#include "ingest/Readers.h"

#include <cstdio>
#include <utility>

#ifdef Q_OS_LINUX
#include <sys/mman.h>
#include <unistd.h>
#endif

namespace tessera {

void appendJsonString(QByteArray& out, QByteArrayView utf8) {
    out.append('"');
    const char* p = utf8.data();
    const qsizetype n = utf8.size();
    qsizetype run = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const unsigned char c = static_cast<unsigned char>(p[i]);
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        out.append(p + run, i - run);
        run = i + 1;
        switch (c) {
        case '"': out.append("\\\""); break;
        case '\\': out.append("\\\\"); break;
        case '\n': out.append("\\n"); break;
        case '\r': out.append("\\r"); break;
        case '\t': out.append("\\t"); break;
        default: {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\u%04x", c);
            out.append(buf);
        }
        }
    }
    out.append(p + run, n - run);
    out.append('"');
}

void JsonFields::add(QByteArrayView key, QByteArrayView utf8Value) {
    m_out.append(m_out.isEmpty() ? '{' : ',');
    appendJsonString(m_out, key);
    m_out.append(':');
    appendJsonString(m_out, utf8Value);
}

QByteArray JsonFields::take() {
    if (m_out.isEmpty())
        return QByteArrayLiteral("{}");
    m_out.append('}');
    return std::exchange(m_out, {});
}

namespace readers {

void Context::progress(qint64 done) const {
    release(done);
    if (options.progress && !options.progress(done, text.size()))
        throw CaseError(ErrorKind::Usage, QStringLiteral("%1: import cancelled; nothing was saved").arg(fileName));
}

void Context::release(qint64 done) const {
    if (textIsMapped)
        releaseMapped(QByteArrayView(text), released, done);
}

void releaseMapped(QByteArrayView mapped, qint64& released, qint64 done) {
#ifdef Q_OS_LINUX
    // Every 4 MiB, and 1 MiB behind the reader (a row or card being read lies just before `done`).
    constexpr qint64 kStep = 4 << 20, kMargin = 1 << 20;
    if (done - kMargin < released + kStep)
        return;
    static const qint64 page = sysconf(_SC_PAGESIZE);
    const auto base = reinterpret_cast<quintptr>(mapped.data());
    const quintptr from = (base + static_cast<quintptr>(released) + page - 1) / page * page;
    const quintptr to = (base + static_cast<quintptr>(qMin<qint64>(done - kMargin, mapped.size()))) / page * page;
    if (to > from)
        madvise(reinterpret_cast<void*>(from), to - from, MADV_DONTNEED);
    released = done - kMargin;
#else
    Q_UNUSED(mapped);
    Q_UNUSED(released);
    Q_UNUSED(done);
#endif
}

bool LineCursor::next(Line& out) {
    if (m_done)
        return false;
    const char* p = m_text.constData();
    const qsizetype n = m_text.size();
    qsizetype i = m_pos;
    while (i < n && p[i] != '\n' && p[i] != '\r')
        ++i;
    out.number = ++m_number;
    out.text = QByteArray(p + m_pos, i - m_pos);
    if (i >= n) {
        m_done = true;
        m_pos = n;
        return true;
    }
    if (p[i] == '\r' && i + 1 < n && p[i + 1] == '\n')
        ++i;
    m_pos = i + 1;
    return true;
}

bool UnfoldedLines::take(Line& out) {
    if (m_hasPending) {
        out = std::move(m_pending);
        m_hasPending = false;
        return true;
    }
    if (!m_cursor.next(out))
        return false;
    if (m_joinQp && out.text.toUpper().contains("QUOTED-PRINTABLE")) {
        Line more;
        while (out.text.endsWith('=') && m_cursor.next(more))
            out.text = out.text.left(out.text.size() - 1) + more.text.trimmed();
    }
    return true;
}

bool UnfoldedLines::next(Line& out) {
    if (!take(out))
        return false;
    Line l;
    while (take(l)) {
        if (!l.text.isEmpty() && (l.text[0] == ' ' || l.text[0] == '\t')) {
            out.text += QByteArrayView(l.text).sliced(1);
        } else {
            m_pending = std::move(l);
            m_hasPending = true;
            break;
        }
    }
    return true;
}

SourceIdentifier identifier(const QString& kind, const QString& raw, const QString& region, const QString& label) {
    SourceIdentifier i;
    i.kind = kind;
    i.raw = raw.trimmed();
    i.label = label;
    if (kind == QLatin1String("phone")) {
        const auto p = PhoneNormalizer::normalize(raw, region);
        i.value = p.value;
        if (p.status == PhoneNormalizer::Status::Invalid)
            i.flags = QStringLiteral("invalid-number");
        else if (p.status == PhoneNormalizer::Status::Ambiguous)
            i.flags = QStringLiteral("ambiguous-number");
        else if (p.status == PhoneNormalizer::Status::NotANumber)
            i.flags = QStringLiteral("not-a-number");
    } else {
        i.value = PhoneNormalizer::normalizeIdentifier(kind, raw, region);
    }
    return i;
}

} // namespace readers


} // namespace tessera
