#include "time/LocalTimeResolver.h"

#include <QDateTime>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <limits>
#include <memory>
#include <unordered_map>
#include <vector>

namespace tessera {

namespace {

constexpr qint64 kUsPerMs = 1000;
constexpr qint64 kUsPerSecond = 1000 * kUsPerMs;
constexpr qint64 kUsPerMinute = 60 * kUsPerSecond;
constexpr qint64 kUsPerHour = 60 * kUsPerMinute;
constexpr qint64 kUsPerDay = 24 * kUsPerHour;
constexpr qint64 kUnixEpochJulianDay = 2440588; // QDate(1970, 1, 1).toJulianDay()
constexpr int kMaxFixedOffsetSeconds = 14 * 3600;
constexpr int kMaxCachedBases = 1024;
// Margin around a calendar year for its offset table: larger than any UTC offset the tz database has ever used
// (local mean times reach ~15 h), so every local time of the year maps into the table's range.
constexpr qint64 kYearMarginUs = 3 * kUsPerDay;
// What QTimeZone::OffsetData holds for an unknown offset (QTimeZonePrivate::invalidSeconds(), not public in Qt 6.4).
constexpr int kQtInvalidSeconds = std::numeric_limits<int>::min();

qint64 floorDiv(qint64 a, qint64 b) {
    qint64 q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0)))
        --q;
    return q;
}

qint64 daysSinceEpoch(QDate date) {
    return date.toJulianDay() - kUnixEpochJulianDay;
}

bool yearSupported(QDate date) {
    return date.isValid() && date.year() >= 1 && date.year() <= 9999;
}

/// A run of time with one UTC offset, from startUtcUs until the next segment's start.
struct Segment {
    qint64 startUtcUs = 0;
    qint64 offsetUs = 0;
    int offsetSeconds = 0;
    QString abbreviation;
};
using Segments = std::vector<Segment>;

/// The UTC instant(s) of one local wall-clock reading.
struct Instants {
    qint64 earliest = 0;
    qint64 latest = 0;
    bool ambiguous = false;
    bool nonexistent = false;
};

QString fixedAbbreviation(int offsetSeconds) {
    if (offsetSeconds == 0)
        return QStringLiteral("UTC");
    const int magnitude = offsetSeconds < 0 ? -offsetSeconds : offsetSeconds;
    return QStringLiteral("UTC%1%2:%3")
        .arg(offsetSeconds < 0 ? QLatin1Char('-') : QLatin1Char('+'))
        .arg(magnitude / 3600, 2, 10, QLatin1Char('0'))
        .arg((magnitude % 3600) / 60, 2, 10, QLatin1Char('0'));
}

/// "+02:00", "-0500", "+05", "+5", each optionally prefixed "UTC" (ISO 8601 sign: + is east of Greenwich).
std::optional<int> parseFixedOffset(const QString& basis) {
    static const QRegularExpression re(QStringLiteral(R"(^(?:UTC)?([+-])(\d{1,2})(?::?(\d{2}))?$)"),
                                       QRegularExpression::CaseInsensitiveOption);
    const auto m = re.match(basis);
    if (!m.hasMatch())
        return std::nullopt;
    const int hours = m.captured(2).toInt();
    const int minutes = m.captured(3).isEmpty() ? 0 : m.captured(3).toInt();
    if (minutes >= 60)
        return std::nullopt;
    const int seconds = hours * 3600 + minutes * 60;
    if (seconds > kMaxFixedOffsetSeconds)
        return std::nullopt;
    return m.captured(1) == QLatin1String("-") ? -seconds : seconds;
}

/// True when `id` names a compiled tz database file (TZif) in one of the directories Qt's tz backend reads. This
/// accepts links such as "US/Eastern" that QTimeZone::availableTimeZoneIds() (zone.tab) omits, while refusing text
/// that QTimeZone would otherwise parse as a POSIX TZ rule ("Foo" → UTC+0).
bool isTzFile(const QString& id) {
    static const QRegularExpression shape(QStringLiteral(R"(^[A-Za-z][A-Za-z0-9_+\-]*(/[A-Za-z0-9_+\-]+)*$)"));
    if (!shape.match(id).hasMatch())
        return false;
    if (id.startsWith(QLatin1String("right/")) || id.startsWith(QLatin1String("posix/")) ||
        id == QLatin1String("localtime") || id == QLatin1String("posixrules") || id == QLatin1String("Factory"))
        return false;
    QStringList dirs;
    const QByteArray tzdir = qgetenv("TZDIR");
    if (!tzdir.isEmpty())
        dirs << QString::fromLocal8Bit(tzdir);
    dirs << QStringLiteral("/usr/share/zoneinfo") << QStringLiteral("/usr/lib/zoneinfo")
         << QStringLiteral("/usr/share/lib/zoneinfo");
    for (const QString& dir : dirs) {
        QFile file(dir + QLatin1Char('/') + id);
        if (file.open(QIODevice::ReadOnly))
            return file.read(4) == "TZif";
    }
    return false;
}

/// One time basis, resolved once and cached.
struct ZoneEntry {
    QString problem; // empty when the basis is accepted
    QTimeZone zone;
    bool fixed = false;
    Segments fixedSegments;
    std::unordered_map<int, Segments> years; // node-based: references stay valid as it grows
    int lastYear = 0;
    const Segments* lastSegments = nullptr;

    bool valid() const { return problem.isEmpty(); }

    void setFixed(int offsetSeconds, QTimeZone z) {
        fixed = true;
        zone = std::move(z);
        fixedSegments = {Segment{std::numeric_limits<qint64>::min(), offsetSeconds * kUsPerSecond, offsetSeconds,
                                 fixedAbbreviation(offsetSeconds)}};
    }

    const Segments& segmentsFor(int year) {
        if (fixed)
            return fixedSegments;
        if (lastSegments != nullptr && lastYear == year)
            return *lastSegments;
        auto it = years.find(year);
        if (it == years.end())
            it = years.emplace(year, buildSegments(year)).first;
        lastYear = year;
        lastSegments = &it->second;
        return it->second;
    }

    Segments buildSegments(int year) const {
        const qint64 from = daysSinceEpoch(QDate(year, 1, 1)) * kUsPerDay - kYearMarginUs;
        const qint64 to = daysSinceEpoch(QDate(year + 1, 1, 1)) * kUsPerDay + kYearMarginUs;
        const QDateTime fromDt = QDateTime::fromMSecsSinceEpoch(from / kUsPerMs, Qt::UTC);
        const QDateTime toDt = QDateTime::fromMSecsSinceEpoch(to / kUsPerMs, Qt::UTC);
        Segments segments;
        const QTimeZone::OffsetData first = zone.offsetData(fromDt);
        int offset = first.offsetFromUtc;
        if (offset == kQtInvalidSeconds)
            offset = zone.standardTimeOffset(fromDt);
        if (offset == kQtInvalidSeconds)
            offset = 0;
        segments.push_back(Segment{from, offset * kUsPerSecond, offset, first.abbreviation});
        const auto transitions = zone.transitions(fromDt, toDt);
        for (const QTimeZone::OffsetData& t : transitions) {
            const qint64 at = t.atUtc.toMSecsSinceEpoch() * kUsPerMs;
            if (at <= segments.back().startUtcUs || t.offsetFromUtc == kQtInvalidSeconds)
                continue;
            segments.push_back(Segment{at, t.offsetFromUtc * kUsPerSecond, t.offsetFromUtc, t.abbreviation});
        }
        return segments;
    }
};

std::shared_ptr<ZoneEntry> makeEntry(const QString& basis) {
    auto entry = std::make_shared<ZoneEntry>();
    if (basis.isEmpty()) {
        entry->problem = QStringLiteral("No time basis was given; name a zone such as America/New_York or UTC.");
        return entry;
    }
    if (basis.compare(QLatin1String("UTC"), Qt::CaseInsensitive) == 0 ||
        basis.compare(QLatin1String("Z"), Qt::CaseInsensitive) == 0) {
        entry->setFixed(0, QTimeZone::utc());
        return entry;
    }
    if (const auto offset = parseFixedOffset(basis)) {
        entry->setFixed(*offset, *offset == 0 ? QTimeZone::utc() : QTimeZone(*offset));
        return entry;
    }
    if (basis.startsWith(QLatin1String("GMT+")) || basis.startsWith(QLatin1String("GMT-"))) {
        entry->problem = QStringLiteral("The time basis \"%1\" is ambiguous: POSIX reads GMT+N as N hours behind UTC. "
                                        "Write a fixed offset such as UTC+05:00 or UTC-05:00.")
                             .arg(basis);
        return entry;
    }
    if (basis == QLatin1String("EST") || basis == QLatin1String("MST") || basis == QLatin1String("HST")) {
        entry->problem = QStringLiteral("The time basis \"%1\" is a fixed offset without daylight saving in the tz "
                                        "database, which sources rarely mean. Use a location such as "
                                        "America/New_York, or a fixed offset such as UTC-05:00.")
                             .arg(basis);
        return entry;
    }
    const QByteArray id = basis.toUtf8();
    if (!QTimeZone::isTimeZoneIdAvailable(id) && !isTzFile(basis)) {
        entry->problem = QStringLiteral("Unknown time basis \"%1\": expected UTC, an IANA zone such as "
                                        "America/New_York, or a fixed offset such as +02:00.")
                             .arg(basis);
        return entry;
    }
    QTimeZone zone(id);
    if (!zone.isValid()) {
        entry->problem = QStringLiteral("The time zone \"%1\" could not be loaded from the tz database.").arg(basis);
        return entry;
    }
    entry->zone = std::move(zone);
    return entry;
}

struct Cache {
    QHash<QString, std::shared_ptr<ZoneEntry>> entries;
    QString lastBasis;
    ZoneEntry* lastEntry = nullptr;

    ZoneEntry& entryFor(const QString& basis) {
        if (lastEntry != nullptr && basis == lastBasis)
            return *lastEntry;
        auto it = entries.find(basis);
        if (it == entries.end()) {
            if (entries.size() >= kMaxCachedBases)
                entries.clear();
            it = entries.insert(basis, makeEntry(basis));
        }
        lastBasis = basis;
        lastEntry = it.value().get();
        return *lastEntry;
    }

    void clear() {
        entries.clear();
        lastBasis.clear();
        lastEntry = nullptr;
    }
};

Cache& cache() {
    static Cache instance;
    return instance;
}

/// The UTC instant(s) at which the zone's clock read `localUs` (local wall-clock microseconds counted as if UTC).
Instants localToUtc(const Segments& segments, qint64 localUs) {
    Instants result;
    bool found = false;
    const std::size_t n = segments.size();
    for (std::size_t i = 0; i < n; ++i) {
        const qint64 u = localUs - segments[i].offsetUs;
        if (i > 0 && u < segments[i].startUtcUs)
            continue;
        if (i + 1 < n && u >= segments[i + 1].startUtcUs)
            continue;
        if (!found) {
            result.earliest = result.latest = u;
            found = true;
        } else {
            result.earliest = std::min(result.earliest, u);
            result.latest = std::max(result.latest, u);
        }
    }
    if (found) {
        result.ambiguous = result.earliest != result.latest;
        return result;
    }
    // In a gap: read with the offset in force before the gap (see the class comment).
    result.nonexistent = true;
    for (std::size_t i = 1; i < n; ++i) {
        const qint64 t = segments[i].startUtcUs;
        if (localUs >= t + segments[i - 1].offsetUs && localUs < t + segments[i].offsetUs) {
            result.earliest = result.latest = localUs - segments[i - 1].offsetUs;
            return result;
        }
    }
    result.earliest = result.latest = localUs - segments.front().offsetUs; // not reached with a consistent table
    return result;
}

Instants localMidnightToUtc(ZoneEntry& entry, QDate date) {
    return localToUtc(entry.segmentsFor(date.year()), daysSinceEpoch(date) * kUsPerDay);
}

TimeSpan baseSpan(const QString& timeBasis, bool basisAssumed, const QString& originalText) {
    TimeSpan span;
    span.precision = TimePrecision::Unknown;
    span.timeBasis = timeBasis;
    span.basisAssumed = basisAssumed;
    span.originalText = originalText;
    return span;
}

qint64 unitUs(TimePrecision precision) { return timePrecisionUnitUs(precision); }

} // namespace

std::optional<QTimeZone> LocalTimeResolver::zoneFor(const QString& basis) {
    ZoneEntry& entry = cache().entryFor(basis);
    if (!entry.valid())
        return std::nullopt;
    return entry.zone;
}

QString LocalTimeResolver::basisProblem(const QString& basis) {
    return cache().entryFor(basis).problem;
}

TimeSpan LocalTimeResolver::resolve(QDate date, QTime time, TimePrecision precision, const QString& timeBasis,
                                    bool basisAssumed, const QString& originalText) {
    qint64 microsecondOfDay = -1;
    if (time.isValid())
        microsecondOfDay = time.msecsSinceStartOfDay() * kUsPerMs;
    else if (precision >= TimePrecision::Day)
        microsecondOfDay = 0;
    return resolveMicroseconds(date, microsecondOfDay, precision, timeBasis, basisAssumed, originalText);
}

TimeSpan LocalTimeResolver::resolveMicroseconds(QDate date, qint64 microsecondOfDay, TimePrecision precision,
                                                const QString& timeBasis, bool basisAssumed,
                                                const QString& originalText) {
    if (!yearSupported(date))
        return baseSpan(timeBasis, basisAssumed, originalText);
    switch (precision) {
    case TimePrecision::Day:
        return resolveDays(date, date, precision, timeBasis, basisAssumed, originalText);
    case TimePrecision::Month: {
        const QDate first(date.year(), date.month(), 1);
        return resolveDays(first, first.addMonths(1).addDays(-1), precision, timeBasis, basisAssumed, originalText);
    }
    case TimePrecision::Season: {
        const QDate first(date.year(), date.month(), 1);
        return resolveDays(first, first.addMonths(3).addDays(-1), precision, timeBasis, basisAssumed, originalText);
    }
    case TimePrecision::Year:
        return resolveDays(QDate(date.year(), 1, 1), QDate(date.year(), 12, 31), precision, timeBasis, basisAssumed,
                           originalText);
    case TimePrecision::Unknown:
        return baseSpan(timeBasis, basisAssumed, originalText);
    default:
        break;
    }
    TimeSpan span = baseSpan(timeBasis, basisAssumed, originalText);
    if (microsecondOfDay < 0 || microsecondOfDay >= kUsPerDay)
        return span;
    ZoneEntry& entry = cache().entryFor(timeBasis);
    if (!entry.valid())
        return span;
    const qint64 unit = unitUs(precision);
    const qint64 localUs = daysSinceEpoch(date) * kUsPerDay + (microsecondOfDay - microsecondOfDay % unit);
    const Instants instants = localToUtc(entry.segmentsFor(date.year()), localUs);
    span.lowerUtcUs = instants.earliest;
    span.upperUtcUs = instants.latest + unit - 1;
    span.ambiguous = instants.ambiguous;
    span.nonexistent = instants.nonexistent;
    span.precision = precision;
    return span;
}

TimeSpan LocalTimeResolver::resolveUtc(QDate date, QTime time, TimePrecision precision, const QString& originalText) {
    static const QString utc = QStringLiteral("UTC");
    return resolve(date, time, precision, utc, false, originalText);
}

TimeSpan LocalTimeResolver::resolveDays(QDate firstDay, QDate lastDay, TimePrecision precision,
                                        const QString& timeBasis, bool basisAssumed, const QString& originalText) {
    TimeSpan span = baseSpan(timeBasis, basisAssumed, originalText);
    if (!yearSupported(firstDay) || !yearSupported(lastDay) || lastDay < firstDay ||
        precision == TimePrecision::Unknown)
        return span;
    ZoneEntry& entry = cache().entryFor(timeBasis);
    if (!entry.valid())
        return span;
    // Both ends take the first occurrence of midnight: if a fall-back repeats midnight, the repeat already belongs to
    // the next day.
    span.lowerUtcUs = localMidnightToUtc(entry, firstDay).earliest;
    span.upperUtcUs = localMidnightToUtc(entry, lastDay.addDays(1)).earliest - 1;
    if (span.upperUtcUs < span.lowerUtcUs) {
        // Every day of the run was skipped (Samoa jumped over 2011-12-30): read the days with the offset before the
        // jump, as for a time in a gap.
        span.nonexistent = true;
        span.upperUtcUs = span.lowerUtcUs + (firstDay.daysTo(lastDay) + 1) * kUsPerDay - 1;
    }
    span.precision = precision;
    return span;
}

std::optional<qint64> LocalTimeResolver::startOfLocalDayUtcUs(QDate date, const QString& basis) {
    if (!yearSupported(date))
        return std::nullopt;
    ZoneEntry& entry = cache().entryFor(basis);
    if (!entry.valid())
        return std::nullopt;
    return localMidnightToUtc(entry, date).earliest;
}

std::optional<LocalDateTime> LocalTimeResolver::toLocal(qint64 utcUs, const QString& basis) {
    if (utcUs < kEarliestUtcUs || utcUs > kLatestUtcUs)
        return std::nullopt;
    ZoneEntry& entry = cache().entryFor(basis);
    if (!entry.valid())
        return std::nullopt;
    const int utcYear = QDate::fromJulianDay(floorDiv(utcUs, kUsPerDay) + kUnixEpochJulianDay).year();
    const Segments& segments = entry.segmentsFor(utcYear);
    std::size_t i = 0;
    while (i + 1 < segments.size() && segments[i + 1].startUtcUs <= utcUs)
        ++i;
    const qint64 localUs = utcUs + segments[i].offsetUs;
    const qint64 day = floorDiv(localUs, kUsPerDay);
    LocalDateTime local;
    local.date = QDate::fromJulianDay(day + kUnixEpochJulianDay);
    local.microsecondOfDay = localUs - day * kUsPerDay;
    local.offsetFromUtcSeconds = segments[i].offsetSeconds;
    local.abbreviation = segments[i].abbreviation;
    return local;
}

void LocalTimeResolver::clearCache() {
    cache().clear();
}

} // namespace tessera
