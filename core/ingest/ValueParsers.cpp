#include "ingest/ValueParsers.h"

#include <algorithm>
#include <cstring>

namespace tessera::values {

namespace {

bool isDigit(char c) { return c >= '0' && c <= '9'; }

QByteArrayView trimmed(QByteArrayView v) {
    qsizetype b = 0, e = v.size();
    while (b < e && (v[b] == ' ' || v[b] == '\t' || v[b] == '\r' || v[b] == '\n'))
        ++b;
    while (e > b && (v[e - 1] == ' ' || v[e - 1] == '\t' || v[e - 1] == '\r' || v[e - 1] == '\n'))
        --e;
    return v.sliced(b, e - b);
}

/// Parses all-digit text; false if empty, not digits, or longer than 9.
bool digits(QByteArrayView v, int& out) {
    if (v.isEmpty() || v.size() > 9)
        return false;
    out = 0;
    for (char c : v) {
        if (!isDigit(c))
            return false;
        out = out * 10 + (c - '0');
    }
    return true;
}

int monthFromName(QByteArrayView v) {
    static const char* names[] = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
    if (v.size() < 3)
        return 0;
    char m[3];
    for (int i = 0; i < 3; ++i)
        m[i] = static_cast<char>(v[i] | 0x20);
    for (int i = 0; i < 12; ++i)
        if (memcmp(m, names[i], 3) == 0)
            return i + 1;
    return 0;
}

int expandYear(int y, qsizetype len) {
    if (len == 2)
        return y >= 69 ? 1900 + y : 2000 + y;
    return y;
}

/// Splits "a?b?c" with one kind of separator among / . - (or spaces for month names).
struct NumericDate {
    QByteArrayView part[3];
    bool ok = false;
};

NumericDate splitDate(QByteArrayView t) {
    NumericDate d;
    char sep = 0;
    for (char c : t)
        if (c == '/' || c == '.' || c == '-' || c == ' ') {
            sep = c;
            break;
        }
    if (!sep)
        return d;
    int n = 0;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= t.size(); ++i) {
        if (i == t.size() || t[i] == sep) {
            if (n >= 3)
                return d;
            d.part[n++] = t.sliced(start, i - start);
            start = i + 1;
        }
    }
    d.ok = n == 3 && !d.part[0].isEmpty() && !d.part[1].isEmpty() && !d.part[2].isEmpty();
    return d;
}

} // namespace

QString dateOrderName(DateOrder order) {
    switch (order) {
    case DateOrder::DMY: return QStringLiteral("dmy");
    case DateOrder::MDY: return QStringLiteral("mdy");
    case DateOrder::YMD: return QStringLiteral("ymd");
    case DateOrder::Unknown: break;
    }
    return {};
}

std::optional<DateOrder> dateOrderFromName(const QString& name) {
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("dmy"))
        return DateOrder::DMY;
    if (n == QLatin1String("mdy"))
        return DateOrder::MDY;
    if (n == QLatin1String("ymd"))
        return DateOrder::YMD;
    return std::nullopt;
}

void DateOrderDetector::add(QByteArrayView value) {
    QByteArrayView t = trimmed(value);
    // Only the date part: up to a 'T' or a space followed by a digit time.
    for (qsizetype i = 0; i < t.size(); ++i)
        if ((t[i] == 'T' || t[i] == ' ') && i >= 6) {
            t = t.first(i);
            break;
        }
    const NumericDate d = splitDate(t);
    if (!d.ok)
        return;
    int a, b, c;
    if (!digits(d.part[0], a) || !digits(d.part[1], b) || !digits(d.part[2], c))
        return;
    if (d.part[0].size() == 4) {
        ++m_yearFirst;
        return;
    }
    if (a > 31 || b > 31)
        return;
    if (a > 12 && b <= 12)
        ++m_dayFirst;
    else if (b > 12 && a <= 12)
        ++m_monthFirst;
    else if (a <= 12 && b <= 12) {
        ++m_either;
        if (a == b)
            ++m_same;
    }
}

DateOrderDetector::Outcome DateOrderDetector::outcome() const {
    if (m_dayFirst + m_monthFirst + m_yearFirst + m_either == 0)
        return Outcome::NoDates;
    const int kinds = (m_dayFirst > 0) + (m_monthFirst > 0) + (m_yearFirst > 0);
    if (kinds > 1)
        return Outcome::Conflicting;
    if (kinds == 1)
        return Outcome::Decided;
    return m_same == m_either ? Outcome::Decided : Outcome::Ambiguous;
}

DateOrder DateOrderDetector::order() const {
    if (outcome() != Outcome::Decided)
        return DateOrder::Unknown;
    if (m_yearFirst)
        return DateOrder::YMD;
    if (m_dayFirst)
        return DateOrder::DMY;
    if (m_monthFirst)
        return DateOrder::MDY;
    return DateOrder::DMY; // every value reads the same either way
}

std::optional<QDate> parseDate(QByteArrayView text, DateOrder order) {
    const QByteArrayView t = trimmed(text);
    int y, m, d;
    if (t.size() == 8 && digits(t, y)) { // YYYYMMDD
        digits(t.first(4), y);
        digits(t.sliced(4, 2), m);
        digits(t.sliced(6, 2), d);
        const QDate date(y, m, d);
        return date.isValid() ? std::optional<QDate>(date) : std::nullopt;
    }
    const NumericDate p = splitDate(t);
    if (!p.ok)
        return std::nullopt;
    int a = 0, b = 0, c = 0;
    const bool na = digits(p.part[0], a), nc = digits(p.part[2], c);
    const int monthName = monthFromName(p.part[1]);
    if (na && monthName && nc && p.part[1].size() <= 9) { // 02-OCT-10, 16 Jun 2013
        y = expandYear(c, p.part[2].size());
        if (p.part[2].size() != 2 && p.part[2].size() != 4)
            return std::nullopt;
        const QDate date(y, monthName, a);
        return date.isValid() ? std::optional<QDate>(date) : std::nullopt;
    }
    if (!na || !digits(p.part[1], b) || !nc)
        return std::nullopt;
    if (p.part[0].size() == 4) {
        y = a; m = b; d = c;
    } else {
        if (p.part[2].size() != 2 && p.part[2].size() != 4)
            return std::nullopt;
        if (p.part[0].size() > 2 || p.part[1].size() > 2)
            return std::nullopt;
        y = expandYear(c, p.part[2].size());
        if (order == DateOrder::MDY) { m = a; d = b; }
        else if (order == DateOrder::DMY || a == b) { d = a; m = b; } // without an order only a == b is unambiguous
        else return std::nullopt; // ambiguous without an order
    }
    const QDate date(y, m, d);
    return date.isValid() ? std::optional<QDate>(date) : std::nullopt;
}

std::optional<ClockTime> parseTime(QByteArrayView text) {
    QByteArrayView t = trimmed(text);
    int ampm = 0; // 1 AM, 2 PM
    if (t.size() >= 2) {
        const char a = static_cast<char>(t[t.size() - 2] | 0x20), m = static_cast<char>(t[t.size() - 1] | 0x20);
        if (m == 'm' && (a == 'a' || a == 'p')) {
            ampm = a == 'a' ? 1 : 2;
            t = trimmed(t.first(t.size() - 2));
        }
    }
    int h = 0, mi = 0, s = 0;
    qint64 frac = 0;
    ClockTime out;
    qsizetype pos = 0;
    auto twoOrOne = [&](int& v) {
        qsizetype start = pos;
        while (pos < t.size() && isDigit(t[pos]) && pos - start < 2)
            ++pos;
        return pos > start && digits(t.sliced(start, pos - start), v);
    };
    if (t.size() == 6 && digits(t, h)) { // HHMMSS
        digits(t.first(2), h);
        digits(t.sliced(2, 2), mi);
        digits(t.sliced(4, 2), s);
        out.precision = TimePrecision::Second;
        pos = 6;
    } else {
        if (!twoOrOne(h) || pos >= t.size() || t[pos] != ':')
            return std::nullopt;
        ++pos;
        const qsizetype mStart = pos;
        if (!twoOrOne(mi) || pos - mStart != 2)
            return std::nullopt;
        out.precision = TimePrecision::Minute;
        if (pos < t.size() && t[pos] == ':') {
            ++pos;
            const qsizetype sStart = pos;
            if (!twoOrOne(s) || pos - sStart != 2)
                return std::nullopt;
            out.precision = TimePrecision::Second;
            if (pos < t.size() && (t[pos] == '.' || t[pos] == ',')) {
                ++pos;
                int nd = 0;
                while (pos < t.size() && isDigit(t[pos])) {
                    if (nd < 6)
                        frac = frac * 10 + (t[pos] - '0');
                    ++nd;
                    ++pos;
                }
                if (nd == 0 || nd > 9)
                    return std::nullopt;
                for (int k = nd; k < 6; ++k)
                    frac *= 10;
                out.precision = TimePrecision::Microsecond;
            }
        }
    }
    if (pos != t.size())
        return std::nullopt;
    if (ampm) {
        if (h < 1 || h > 12)
            return std::nullopt;
        h = (h % 12) + (ampm == 2 ? 12 : 0);
    }
    if (h > 23 || mi > 59 || s > 59)
        return std::nullopt;
    out.usOfDay = ((h * 60LL + mi) * 60 + s) * 1000000LL + frac;
    return out;
}

std::optional<DateTimeValue> parseDateTime(QByteArrayView text, DateOrder order) {
    QByteArrayView t = trimmed(text);
    DateTimeValue v;
    // Zone suffix.
    auto takeZone = [&]() {
        if (t.endsWith("Z") || t.endsWith("z")) {
            t = trimmed(t.first(t.size() - 1));
            v.hasOffset = true;
            return true;
        }
        for (const char* name : {"UTC", "GMT"}) {
            if (t.size() > 3 && QByteArrayView(t.last(3)).compare(name, Qt::CaseInsensitive) == 0) {
                t = trimmed(t.first(t.size() - 3));
                v.hasOffset = true;
                return true;
            }
        }
        // ±hh:mm, ±hhmm, ±hh after a time (a '-' inside the date is not a zone: need a ':' before it).
        for (qsizetype i = t.size() - 1; i > 0 && t.size() - i <= 6; --i) {
            if (t[i] != '+' && t[i] != '-')
                continue;
            const QByteArrayView z = t.sliced(i + 1);
            const QByteArrayView before = t.first(i);
            if (!before.contains(':'))
                return true;
            int hh = 0, mm = 0;
            const bool zoneForm = (z.size() == 5 && z[2] == ':' && digits(z.first(2), hh) && digits(z.sliced(3), mm)) ||
                                  (z.size() == 4 && digits(z.first(2), hh) && digits(z.sliced(2), mm)) ||
                                  (z.size() == 2 && digits(z, hh));
            if (!zoneForm)
                return false;
            if (hh > 14 || mm > 59)
                return false;
            v.hasOffset = true;
            v.offsetSeconds = (t[i] == '-' ? -1 : 1) * (hh * 3600 + mm * 60);
            t = trimmed(before);
            return true;
        }
        return true;
    };
    if (!takeZone())
        return std::nullopt;
    // Split date and time at 'T' or the first space after the date.
    qsizetype split = -1;
    for (qsizetype i = 1; i < t.size(); ++i)
        if (t[i] == 'T' || t[i] == ' ') {
            // The month-name form "16 Jun 2013 17:50" has spaces inside the date: split at the space before a digit:digit.
            const QByteArrayView rest = t.sliced(i + 1);
            if (t[i] == 'T' || (rest.indexOf(':') >= 0 && rest.indexOf(' ') < 0)) {
                split = i;
                break;
            }
        }
    const QByteArrayView datePart = split < 0 ? t : t.first(split);
    const auto date = parseDate(datePart, order);
    if (!date)
        return std::nullopt;
    v.date = *date;
    if (split >= 0) {
        const auto time = parseTime(t.sliced(split + 1));
        if (!time)
            return std::nullopt;
        v.hasTime = true;
        v.time = *time;
    } else if (v.hasOffset) {
        return std::nullopt; // a zone without a time
    }
    return v;
}

QString offsetBasis(int offsetSeconds) {
    if (offsetSeconds == 0)
        return QStringLiteral("UTC");
    const int a = qAbs(offsetSeconds);
    return QStringLiteral("%1%2:%3")
        .arg(offsetSeconds < 0 ? QLatin1Char('-') : QLatin1Char('+'))
        .arg(a / 3600, 2, 10, QLatin1Char('0'))
        .arg((a % 3600) / 60, 2, 10, QLatin1Char('0'));
}

std::optional<DateTimeValue> parseExcelSerial(QByteArrayView text) {
    const QByteArrayView t = trimmed(text);
    const qsizetype dot = t.indexOf('.');
    int days = 0;
    if (!digits(dot < 0 ? t : t.first(dot), days) || days < 1 || days > 2958465)
        return std::nullopt;
    DateTimeValue v;
    // Serial 60 is Excel's phantom 1900-02-29; serials before it count from 1899-12-31.
    v.date = days < 60 ? QDate(1899, 12, 31).addDays(days) : QDate(1899, 12, 30).addDays(days);
    if (days == 60)
        return std::nullopt;
    if (dot >= 0) {
        const QByteArrayView f = t.sliced(dot + 1);
        if (f.isEmpty())
            return std::nullopt;
        // fraction of a day, exactly: digits / 10^n * 86400e6, rounded to the nearest second (Excel stores seconds).
        long double frac = 0, scale = 1;
        for (char c : f) {
            if (!isDigit(c))
                return std::nullopt;
            scale /= 10;
            frac += (c - '0') * scale;
        }
        const qint64 seconds = static_cast<qint64>(frac * 86400.0L + 0.5L);
        if (seconds > 0) {
            v.hasTime = true;
            v.time.usOfDay = qMin<qint64>(seconds, 86399) * 1000000LL;
            v.time.precision = TimePrecision::Second;
        }
    }
    return v;
}

void DecimalStyleDetector::add(QByteArrayView value) {
    const QByteArrayView t = trimmed(value);
    const qsizetype lastDot = t.lastIndexOf('.'), lastComma = t.lastIndexOf(',');
    if (lastDot >= 0 && lastComma >= 0) {
        ++(lastDot > lastComma ? m_point : m_comma);
        return;
    }
    auto digitsAfter = [&](qsizetype i) {
        qsizetype n = 0;
        while (i + 1 + n < t.size() && isDigit(t[i + 1 + n]))
            ++n;
        return n;
    };
    if (lastComma >= 0 && (digitsAfter(lastComma) != 3 || (t.count(',') == 1 && lastComma == 0)))
        ++m_comma;
    else if (lastDot >= 0 && (digitsAfter(lastDot) != 3 || t.count('.') == 1))
        ++m_point;
}

DecimalStyle DecimalStyleDetector::style() const {
    if (m_comma > 0 && m_point == 0)
        return DecimalStyle::Comma;
    if (m_point > 0 && m_comma == 0)
        return DecimalStyle::Point;
    return m_comma > m_point ? DecimalStyle::Comma : DecimalStyle::Auto;
}

std::optional<QString> parseDecimal(QByteArrayView text, DecimalStyle style) {
    QByteArrayView t = trimmed(text);
    // A three-letter currency code before or after the number, separated by a space ("EUR 12,00", "12.00 USD").
    auto isUpper = [](char c) { return c >= 'A' && c <= 'Z'; };
    if (t.size() > 4 && isUpper(t[0]) && isUpper(t[1]) && isUpper(t[2]) && t[3] == ' ')
        t = trimmed(t.sliced(4));
    else if (t.size() > 4 && isUpper(t[t.size() - 1]) && isUpper(t[t.size() - 2]) && isUpper(t[t.size() - 3]) &&
             t[t.size() - 4] == ' ')
        t = trimmed(t.first(t.size() - 4));
    if (t.isEmpty())
        return std::nullopt;
    bool negative = false;
    QByteArray body;
    body.reserve(t.size());
    qsizetype i = 0, end = t.size();
    if (t.startsWith('(') && t.endsWith(')')) {
        negative = true;
        ++i;
        --end;
    }
    bool signSeen = false;
    for (; i < end; ++i) {
        const char c = t[i];
        const auto u = static_cast<unsigned char>(c);
        if (isDigit(c) || c == '.' || c == ',') {
            body.append(c);
        } else if (c == '-' || c == '+') {
            const bool leading = !std::any_of(body.begin(), body.end(), [](char d) { return isDigit(d); });
            const bool trailing = i == end - 1 && !leading;
            if ((!leading && !trailing) || signSeen)
                return std::nullopt;
            signSeen = true;
            if (c == '-')
                negative = true;
        } else if (c == ' ' || c == '\'' || c == '$' || c == '\t') {
            continue;
        } else if (u == 0xE2 && i + 2 < end &&
                   ((static_cast<unsigned char>(t[i + 1]) == 0x82 && static_cast<unsigned char>(t[i + 2]) == 0xAC) ||
                    (static_cast<unsigned char>(t[i + 1]) == 0x80 && (static_cast<unsigned char>(t[i + 2]) == 0xAF ||
                                                                      static_cast<unsigned char>(t[i + 2]) == 0x89)))) {
            i += 2; // € (E2 82 AC), narrow no-break space (E2 80 AF), thin space (E2 80 89)
        } else if (u == 0xC2 && i + 1 < end && (static_cast<unsigned char>(t[i + 1]) == 0xA3 ||
                                                static_cast<unsigned char>(t[i + 1]) == 0xA5 ||
                                                static_cast<unsigned char>(t[i + 1]) == 0xA0)) { // £ ¥ nbsp
            ++i;
        } else {
            return std::nullopt;
        }
    }
    if (body.isEmpty() || !std::any_of(body.begin(), body.end(), [](char c) { return isDigit(c); }))
        return std::nullopt;
    char dec = '.';
    if (style == DecimalStyle::Comma)
        dec = ',';
    else if (style == DecimalStyle::Auto) {
        const qsizetype ld = body.lastIndexOf('.'), lc = body.lastIndexOf(',');
        if (ld >= 0 && lc >= 0)
            dec = ld > lc ? '.' : ',';
        else if (lc >= 0 && (body.size() - lc - 1 != 3 || (body.count(',') == 1 && lc == 0)))
            dec = ',';
    }
    const char group = dec == '.' ? ',' : '.';
    QByteArray out;
    out.reserve(body.size() + 1);
    bool seenDecimal = false;
    qsizetype lastGroup = -1, digitsSinceGroup = 0;
    for (qsizetype k = 0; k < body.size(); ++k) {
        const char c = body[k];
        if (c == dec) {
            if (seenDecimal)
                return std::nullopt;
            if (lastGroup >= 0 && digitsSinceGroup != 3)
                return std::nullopt;
            seenDecimal = true;
            if (out.isEmpty())
                out.append('0');
            out.append('.');
        } else if (c == group) {
            if (seenDecimal || out.isEmpty() || (lastGroup >= 0 && digitsSinceGroup != 3))
                return std::nullopt;
            lastGroup = k;
            digitsSinceGroup = 0;
        } else {
            out.append(c);
            ++digitsSinceGroup;
        }
    }
    if (!seenDecimal && lastGroup >= 0 && digitsSinceGroup != 3)
        return std::nullopt;
    if (out.endsWith('.'))
        return std::nullopt;
    if (negative)
        out.prepend('-');
    return QString::fromLatin1(out);
}

bool looksLikeValue(QByteArrayView text) {
    const QByteArrayView t = trimmed(text);
    if (t.isEmpty())
        return false;
    if (parseDecimal(t, DecimalStyle::Auto) || parseTime(t))
        return true;
    if (parseDateTime(t, DateOrder::DMY) || parseDateTime(t, DateOrder::MDY))
        return true;
    return false;
}

} // namespace tessera::values
