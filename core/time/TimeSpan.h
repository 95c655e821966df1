#pragma once

#include <QString>
#include <QtGlobal>

namespace tessera {

/// How finely a time is known. Ordered from finest to coarsest.
enum class TimePrecision { Microsecond = 0, Second, Minute, Hour, Day, Month, Season, Year, Unknown };

/// Stable lower-case name of a precision ("second", "day", …), used in the case file and JSON.
QString timePrecisionName(TimePrecision precision);
/// Inverse of timePrecisionName(); returns Unknown for an unrecognised name (matching is exact: lower case, no spaces).
TimePrecision timePrecisionFromName(const QString& name);
/// Width of one unit of a clock precision in microseconds (Microsecond 1, Second 1e6, Minute, Hour); 0 for Day and
/// coarser, whose width depends on the calendar and the zone.
qint64 timePrecisionUnitUs(TimePrecision precision);

/// The earliest instant Tessera represents, 0001-01-01T00:00:00Z, in UTC microseconds since the Unix epoch. Used as the
/// lower bound of an EDTF interval whose start is open ("..") or unknown ("").
inline constexpr qint64 kEarliestUtcUs = -62135596800LL * 1000000LL;
/// The latest instant Tessera represents, 9999-12-31T23:59:59.999999Z, in UTC microseconds since the Unix epoch. Used
/// as the upper bound of an EDTF interval whose end is open ("..") or unknown ("").
inline constexpr qint64 kLatestUtcUs = 253402300800LL * 1000000LL - 1;

/**
 * A time as evidence knows it (DESIGN §5): the interval of UTC instants it may denote, how precisely it is known,
 * and where it came from.
 *
 * - lowerUtcUs / upperUtcUs: UTC microseconds since 1970-01-01T00:00:00Z; upperUtcUs is the last instant covered,
 *   inclusive (a second "12:00:05" covers …05.000000 to …05.999999).
 * - edtf: the Extended Date/Time Format (ISO 8601-2, Library of Congress EDTF levels 0–1) text when the time is
 *   uncertain, approximate or a range ("2023-22" summer 2023, "2023-03/2023-05", "2022-03~"); empty for plain instants.
 * - originalText: the text as received from the source, byte for byte.
 * - timeBasis: the IANA zone id (e.g. "America/New_York") or "UTC" the source's wall-clock times are in;
 *   basisAssumed is true when the source did not say and the case's zone was used.
 * - ambiguous: the local time occurred twice (DST fall-back) and both instants are within the bounds;
 *   nonexistent: the local time fell in a DST gap (spring-forward) and was resolved to the instant after the gap.
 */
struct TimeSpan {
    qint64 lowerUtcUs = 0;
    qint64 upperUtcUs = 0;
    TimePrecision precision = TimePrecision::Unknown;
    QString edtf;
    QString originalText;
    QString timeBasis;
    bool basisAssumed = false;
    bool ambiguous = false;
    bool nonexistent = false;

    /// True when both bounds are set and lowerUtcUs <= upperUtcUs.
    [[nodiscard]] bool isValid() const { return precision != TimePrecision::Unknown && lowerUtcUs <= upperUtcUs; }
};

} // namespace tessera
