// What readers share and need no case: JSON building, identifiers, progress. Also linked into the fuzz targets.
#include "case/CaseError.h"
#include "ingest/PhoneNormalizer.h"
#include "ingest/Readers.h"

#include <cstdio>
#include <utility>

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
    if (options.progress && !options.progress(done, text.size()))
        throw CaseError(ErrorKind::Usage, QStringLiteral("%1: import cancelled; nothing was saved").arg(fileName));
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
