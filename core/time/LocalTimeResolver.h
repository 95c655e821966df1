#pragma once

#include "time/TimeSpan.h"

#include <QDate>
#include <QString>
#include <QTime>
#include <QTimeZone>
#include <optional>

namespace tessera {

/// A UTC instant as a zone's wall clock shows it.
struct LocalDateTime {
    QDate date;                   ///< local calendar date (proleptic Gregorian)
    qint64 microsecondOfDay = 0;  ///< 0 … 86'399'999'999 microseconds since local midnight
    int offsetFromUtcSeconds = 0; ///< local = UTC + offset (New York in winter: -18000)
    QString abbreviation;         ///< "EST", "EDT", "UTC", "UTC+05:30" (the tz database's, or built for fixed offsets)
};

/**
 * Turns wall-clock times stated in a source's time basis into UTC TimeSpans (DESIGN §5), and back.
 *
 * A **time basis** is one of:
 * - "UTC" or "Z" (any letter case);
 * - an IANA tz database id known to this system's tz database ("America/New_York", "Europe/London", links such as
 *   "US/Eastern" too). The legacy ids "EST", "MST" and "HST" are refused: IANA defines them as fixed offsets without
 *   daylight saving, while carrier legends that say "EST" usually mean US Eastern time with DST; callers must pick
 *   "America/New_York" or "UTC-05:00" explicitly;
 * - a fixed offset in the ISO 8601 sense, "+02:00", "-0500", "+05", optionally prefixed "UTC" ("UTC-05:00",
 *   "UTC+5"), within ±14:00. "GMT+5"-style text is refused because POSIX TZ reads it with the opposite sign.
 *
 * All instants are **UTC microseconds since 1970-01-01T00:00:00Z**; upper bounds are inclusive (the last microsecond
 * covered). Dates are proleptic Gregorian, years 0001–9999.
 *
 * Daylight-saving rules (tz database via QTimeZone):
 * - **Fall-back repeat**: a local time that occurs twice gives ambiguous = true, lowerUtcUs = the earlier instant and
 *   upperUtcUs = the later instant + precision width − 1 (DESIGN §5: "otherwise both instants are the bounds").
 * - **Spring-forward gap**: a local time that never occurred gives nonexistent = true and is read with the UTC
 *   offset in force *before* the gap, which lands after the gap, shifted forward by the gap's length: New York
 *   2014-03-09 02:30 becomes 03:30 EDT = 07:30Z. This is what a clock that had not yet sprung forward meant, and the
 *   same rule as java.time's ZonedDateTime.of, Temporal's "compatible" disambiguation and Qt ≥ 6.7's default;
 *   Qt 6.4's QDateTime returns an invalid value for such times, so it is not used here.
 *
 * Performance: zones are looked up once per basis and cached; each (zone, year) gets a small table of UTC offsets
 * built from QTimeZone::transitions(), after which a conversion is plain integer arithmetic (about 0.1 s per million
 * resolve() calls here, against ~0.5 s for QDateTime(date, time, zone) alone). The tables are also more correct than
 * Qt 6.4's QDateTime, which is an hour off on some DST days after 2037 (New York 2038-03-14 07:17; see the tests).
 * Not thread-safe (the cache is a process-wide static without a lock): call from one thread.
 */
class LocalTimeResolver {
public:
    /// The QTimeZone for a time basis (see the class comment for accepted forms); nullopt for an unknown or refused
    /// basis, which callers report as a usage error. UTC and "Z" give QTimeZone::utc(); fixed offsets a QTimeZone
    /// with that offset.
    static std::optional<QTimeZone> zoneFor(const QString& basis);

    /// Why a basis is not accepted, as a short English sentence for an error message; empty when it is accepted.
    static QString basisProblem(const QString& basis);

    /**
     * Resolves a wall-clock time in the zone `timeBasis` to a UTC span.
     *
     * - precision Microsecond: lower = upper = the instant (QTime carries milliseconds; see resolveMicroseconds()).
     * - Second / Minute / Hour: the time is truncated to the unit; lower = that instant, upper = lower + unit − 1 µs
     *   (a second covers …:05.000000 to …:05.999999, a minute 59.999999 s more).
     * - Day (time ignored, may be null): the whole local day, from local 00:00 to the next local 00:00 − 1 µs, in the
     *   zone (23 or 25 hours on DST days). Month / Season / Year: the whole local month, the three months starting at
     *   date's month, the whole local year.
     * - DST repeats and gaps as described on the class.
     *
     * The result carries originalText, timeBasis and basisAssumed as given; edtf is left empty (parseEdtf() fills it).
     * Errors — unknown basis, invalid date, a precision finer than Day without a valid time, precision Unknown —
     * give a span with precision Unknown, so isValid() is false.
     */
    static TimeSpan resolve(QDate date, QTime time, TimePrecision precision, const QString& timeBasis,
                            bool basisAssumed, const QString& originalText);

    /// As resolve(), with the time of day given as microseconds since local midnight (0 … 86'399'999'999), for
    /// sources with sub-millisecond times. Out-of-range microsecondOfDay is an error (precision Unknown).
    static TimeSpan resolveMicroseconds(QDate date, qint64 microsecondOfDay, TimePrecision precision,
                                        const QString& timeBasis, bool basisAssumed, const QString& originalText);

    /// A time already known in UTC (carrier "Conn.Time(UTC)" columns): resolve() with basis "UTC", not assumed.
    /// (Named rather than overloaded so that a forgotten argument cannot turn a zone id into originalText.)
    static TimeSpan resolveUtc(QDate date, QTime time, TimePrecision precision, const QString& originalText);

    /// The whole local days firstDay … lastDay (inclusive) in the zone: lower = the first day's local 00:00, upper =
    /// the local 00:00 after lastDay − 1 µs. A midnight that falls in a DST gap starts at the end of the gap. Days
    /// the zone skipped altogether (Pacific/Apia, 2011-12-30) are nonexistent and read with the offset before the jump.
    /// `precision` is stored as given (Day, Month, Season, Year …). Errors as resolve(), and lastDay < firstDay.
    static TimeSpan resolveDays(QDate firstDay, QDate lastDay, TimePrecision precision, const QString& timeBasis,
                                bool basisAssumed, const QString& originalText);

    /// The UTC instant of local midnight starting `date` in the zone (the end of the gap if midnight was skipped);
    /// nullopt for an unknown basis or invalid date.
    static std::optional<qint64> startOfLocalDayUtcUs(QDate date, const QString& basis);

    /// What the zone's wall clock showed at a UTC instant; nullopt for an unknown basis or an instant outside years
    /// 0001–9999.
    static std::optional<LocalDateTime> toLocal(qint64 utcUs, const QString& basis);

    /// Drops the cached zones and offset tables (for tests; the cache also resets itself past 1024 bases).
    static void clearCache();
};

} // namespace tessera
