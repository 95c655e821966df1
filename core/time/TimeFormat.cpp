#include "time/TimeFormat.h"

#include <QDateTime>

#include "time/Edtf.h"
#include "time/LocalTimeResolver.h"

#include <QDate>
#include <QRegularExpression>
#include <array>

namespace tessera {

namespace {

constexpr qint64 kUsPerSecond = 1'000'000;
constexpr qint64 kUsPerMinute = 60 * kUsPerSecond;
constexpr qint64 kUsPerHour = 60 * kUsPerMinute;
constexpr qint64 kUsPerDay = 24 * kUsPerHour;
constexpr qint64 kUnixEpochJulianDay = 2440588;

qint64 floorDiv(qint64 a, qint64 b) {
    qint64 q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0)))
        --q;
    return q;
}

/// English month names, fixed: charging-document wording must not follow the Qt locale.
QString monthName(int month) {
    static constexpr std::array<const char*, 12> names = {"January",   "February", "March",    "April",
                                                          "May",       "June",     "July",     "August",
                                                          "September", "October",  "November", "December"};
    return QString::fromLatin1(names.at(static_cast<std::size_t>(month - 1)));
}

const QString& utcBasis() {
    static const QString utc = QStringLiteral("UTC");
    return utc;
}

/// displayZone if LocalTimeResolver accepts it, else UTC.
const QString& usableZone(const QString& zone) {
    return LocalTimeResolver::basisProblem(zone).isEmpty() ? zone : utcBasis();
}

/// The zone in which a span's dates are read: its own basis for date-precision spans (a date never drifts), the
/// display zone for times.
const QString& zoneForDates(const TimeSpan& span, const QString& displayZone) {
    if (span.precision >= TimePrecision::Day && LocalTimeResolver::basisProblem(span.timeBasis).isEmpty())
        return span.timeBasis;
    return usableZone(displayZone);
}

QDate localDate(qint64 utcUs, const QString& zone) {
    if (const auto local = LocalTimeResolver::toLocal(utcUs, zone))
        return local->date;
    return QDate::fromJulianDay(floorDiv(utcUs, kUsPerDay) + kUnixEpochJulianDay);
}

QString dayPhrase(QDate d) {
    return QStringLiteral("on or about %1 %2, %3").arg(monthName(d.month())).arg(d.day()).arg(d.year());
}
QString monthPhrase(QDate d) {
    return QStringLiteral("in or about %1 %2").arg(monthName(d.month())).arg(d.year());
}
QString yearPhrase(int year) {
    return QStringLiteral("in or about %1").arg(year);
}

QString seasonPhrase(QDate start) {
    switch (start.month()) {
    case 3:
        return QStringLiteral("in or about the spring of %1").arg(start.year());
    case 6:
        return QStringLiteral("in or about the summer of %1").arg(start.year());
    case 9:
        return QStringLiteral("in or about the fall of %1").arg(start.year());
    case 12:
        return QStringLiteral("in or about the winter of %1\u2013%2").arg(start.year()).arg(start.year() + 1);
    default:
        return monthPhrase(start);
    }
}

/// "on or about …" / "in or about …" for one side of a span, in the span's own precision.
QString sidePhrase(const TimeSpan& span, bool upperSide, const QString& displayZone) {
    const QString& zone = zoneForDates(span, displayZone);
    const QDate d = localDate(upperSide ? span.upperUtcUs : span.lowerUtcUs, zone);
    switch (span.precision) {
    case TimePrecision::Month:
        return monthPhrase(d);
    case TimePrecision::Season:
        return seasonPhrase(localDate(span.lowerUtcUs, zone));
    case TimePrecision::Year:
        return yearPhrase(d.year());
    default:
        return dayPhrase(d);
    }
}

QString rangePhrase(const QString& from, const QString& through) {
    return QStringLiteral("beginning %1, and continuing through %2").arg(from, through);
}

/// The two ends of an interval span, re-read from its EDTF text; nullopt when the span is not an EDTF interval.
std::optional<EdtfResult> intervalOf(const TimeSpan& span) {
    if (!span.edtf.contains(QLatin1Char('/')))
        return std::nullopt;
    EdtfResult r = parseEdtf(span.edtf, span.timeBasis, span.basisAssumed);
    if (!r.ok() || !r.interval)
        return std::nullopt;
    return r;
}

qint64 unitUs(TimePrecision precision) { return timePrecisionUnitUs(precision); }

/// Both bounds of one span (or interval end) for display.
QString formatBounds(const TimeSpan& span, const QString& displayZone, bool showLower, bool showUpper) {
    const QString& zone = zoneForDates(span, displayZone);
    const qint64 unit = unitUs(span.precision);
    QString lower = showLower ? formatLocal(span.lowerUtcUs, zone, span.precision) : QString();
    // For times, show the start of the last unit covered, so "07:13:30.999999" prints as "07:13:30".
    const qint64 upperStart = unit > 0 ? span.upperUtcUs - unit + 1 : span.upperUtcUs;
    QString upper = showUpper ? formatLocal(upperStart, zone, span.precision) : QString();
    if (!showUpper)
        return lower;
    if (!showLower)
        return upper;
    return lower == upper ? lower : lower + QStringLiteral(" \u2013 ") + upper;
}

} // namespace

QString formatIsoUtc(qint64 utcUs) {
    const qint64 day = floorDiv(utcUs, kUsPerDay);
    qint64 rest = utcUs - day * kUsPerDay;
    const QDate date = QDate::fromJulianDay(day + kUnixEpochJulianDay);
    const int hour = static_cast<int>(rest / kUsPerHour);
    rest %= kUsPerHour;
    const int minute = static_cast<int>(rest / kUsPerMinute);
    rest %= kUsPerMinute;
    const int second = static_cast<int>(rest / kUsPerSecond);
    const int micro = static_cast<int>(rest % kUsPerSecond);
    return QString::asprintf("%04d-%02d-%02dT%02d:%02d:%02d.%06dZ", date.year(), date.month(), date.day(), hour, minute,
                             second, micro);
}

std::optional<qint64> parseIsoToUtcUs(const QString& text, const QString& timeBasis) {
    static const QRegularExpression re(
        QStringLiteral(R"(^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)"
                       R"((Z|([+-])(\d{2})(?::?(\d{2}))?)?)?$)"),
        QRegularExpression::CaseInsensitiveOption);
    const auto m = re.match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    if (!date.isValid() || date.year() < 1)
        return std::nullopt;
    if (m.captured(4).isEmpty())
        return LocalTimeResolver::startOfLocalDayUtcUs(date, timeBasis);

    const int hour = m.captured(4).toInt();
    const int minute = m.captured(5).toInt();
    const int second = m.captured(6).isEmpty() ? 0 : m.captured(6).toInt();
    if (hour > 23 || minute > 59 || second > 59)
        return std::nullopt;
    const qint64 fraction =
        m.captured(7).isEmpty() ? 0 : m.captured(7).leftJustified(9, QLatin1Char('0')).left(6).toLongLong();
    const qint64 microsecondOfDay = (hour * 3600LL + minute * 60LL + second) * kUsPerSecond + fraction;

    if (!m.captured(8).isEmpty()) {
        int offsetSeconds = 0;
        if (!m.captured(9).isEmpty()) {
            const int zh = m.captured(10).toInt();
            const int zm = m.captured(11).isEmpty() ? 0 : m.captured(11).toInt();
            if (zm > 59 || zh * 60 + zm > 14 * 60)
                return std::nullopt;
            offsetSeconds = (zh * 3600 + zm * 60) * (m.captured(9) == QLatin1String("-") ? -1 : 1);
        }
        const qint64 localUs = (date.toJulianDay() - kUnixEpochJulianDay) * kUsPerDay + microsecondOfDay;
        return localUs - offsetSeconds * kUsPerSecond;
    }
    const TimeSpan span = LocalTimeResolver::resolveMicroseconds(date, microsecondOfDay, TimePrecision::Microsecond,
                                                                 timeBasis, false, QString());
    if (!span.isValid())
        return std::nullopt;
    return span.lowerUtcUs;
}

QString formatLocal(qint64 utcUs, const QString& displayZone, TimePrecision precision) {
    auto local = LocalTimeResolver::toLocal(utcUs, displayZone);
    if (!local)
        local = LocalTimeResolver::toLocal(utcUs, utcBasis());
    if (!local)
        return formatIsoUtc(utcUs);
    const QDate d = local->date;
    const qint64 us = local->microsecondOfDay;
    const int hour = static_cast<int>(us / kUsPerHour);
    const int minute = static_cast<int>((us / kUsPerMinute) % 60);
    const int second = static_cast<int>((us / kUsPerSecond) % 60);
    const int micro = static_cast<int>(us % kUsPerSecond);
    switch (precision) {
    case TimePrecision::Year:
        return QString::asprintf("%04d", d.year());
    case TimePrecision::Month:
    case TimePrecision::Season:
        return QString::asprintf("%04d-%02d", d.year(), d.month());
    case TimePrecision::Day:
        return QString::asprintf("%04d-%02d-%02d", d.year(), d.month(), d.day());
    case TimePrecision::Hour:
    case TimePrecision::Minute:
        return QString::asprintf("%04d-%02d-%02d %02d:%02d ", d.year(), d.month(), d.day(), hour, minute) +
               local->abbreviation;
    case TimePrecision::Microsecond:
        return QString::asprintf("%04d-%02d-%02d %02d:%02d:%02d.%06d ", d.year(), d.month(), d.day(), hour, minute,
                                 second, micro) +
               local->abbreviation;
    case TimePrecision::Second:
    case TimePrecision::Unknown:
        break;
    }
    return QString::asprintf("%04d-%02d-%02d %02d:%02d:%02d ", d.year(), d.month(), d.day(), hour, minute, second) +
           local->abbreviation;
}

QString formatSpanLocal(const TimeSpan& span, const QString& displayZone) {
    if (!span.isValid())
        return {};
    if (const auto interval = intervalOf(span)) {
        const QString from =
            interval->start ? formatBounds(*interval->start, displayZone, true, false) : QStringLiteral("..");
        const QString through =
            interval->end ? formatBounds(*interval->end, displayZone, false, true) : QStringLiteral("..");
        return from == through ? from : from + QStringLiteral(" \u2013 ") + through;
    }
    return formatBounds(span, displayZone, true, true);
}

qint64 displayAxisUs(const TimeSpan& span, const QString& displayZone) {
    if (span.precision < TimePrecision::Day || span.precision == TimePrecision::Unknown ||
        !LocalTimeResolver::basisProblem(span.timeBasis).isEmpty())
        return span.lowerUtcUs;
    const QDate date = localDate(span.lowerUtcUs, span.timeBasis);
    return LocalTimeResolver::startOfLocalDayUtcUs(date, usableZone(displayZone)).value_or(span.lowerUtcUs);
}

QString onOrAbout(const TimeSpan& span, const QString& displayZone) {
    if (!span.isValid())
        return {};
    if (const auto interval = intervalOf(span)) {
        QString from =
            interval->start ? sidePhrase(*interval->start, false, displayZone) : QStringLiteral("on a date unknown");
        if (interval->endKind == EdtfEndKind::Open)
            return QStringLiteral("beginning %1, and continuing thereafter").arg(from);
        const QString through =
            interval->end ? sidePhrase(*interval->end, true, displayZone) : QStringLiteral("a date unknown");
        if (interval->start && interval->end && from == through)
            return from;
        return rangePhrase(from, through);
    }
    QString from = sidePhrase(span, false, displayZone);
    const QString through = sidePhrase(span, true, displayZone);
    if (from == through)
        return from;
    if (span.edtf.isEmpty())
        return rangePhrase(from, through);
    return QStringLiteral("on a date between %1 and %2").arg(from, through);
}

QString onOrAboutRange(qint64 lowerUs, qint64 upperUs, const QString& displayZone) {
    if (upperUs < lowerUs)
        return {};
    const QString& zone = usableZone(displayZone);
    const QString from = dayPhrase(localDate(lowerUs, zone));
    const QString through = dayPhrase(localDate(upperUs, zone));
    return from == through ? from : rangePhrase(from, through);
}

qint64 currentUtcUs() { return QDateTime::currentMSecsSinceEpoch() * 1000; }

} // namespace tessera
