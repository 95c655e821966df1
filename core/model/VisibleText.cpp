#include "model/VisibleText.h"

namespace tessera {

namespace {
bool isControl(char16_t u) {
    return u < 0x20 || (u >= 0x7F && u <= 0x9F);
}
} // namespace

QString visibleControls(const QString& text, KeepLayout keep) {
    qsizetype i = 0;
    const qsizetype n = text.size();
    for (; i < n; ++i)
        if (isControl(text[i].unicode()))
            break;
    if (i == n)
        return text; // the common case: nothing to change, no copy
    QString out;
    out.reserve(n + 8);
    out.append(QStringView(text).left(i));
    for (; i < n; ++i) {
        const char16_t u = text[i].unicode();
        if (!isControl(u) ||
            (keep == KeepLayout::TabAndLineBreaks && (u == u'\t' || u == u'\n' || u == u'\r'))) {
            out.append(text[i]); // kept as it is
        } else if (u < 0x20) {
            out.append(QChar(char16_t(0x2400 + u)));
        } else if (u == 0x7F) {
            out.append(QChar(char16_t(0x2421)));
        } else {
            out.append(QStringLiteral("<U+%1>").arg(QString::number(unsigned(u), 16).toUpper().rightJustified(4, QLatin1Char('0'))));
        }
    }
    return out;
}

} // namespace tessera
