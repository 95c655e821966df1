#pragma once

#include "time/TimeSpan.h"

#include <QString>
#include <optional>

namespace tessera {

/// ISO 8601 UTC text of an instant with exactly six fractional digits and "Z": 1393762410000000 →
/// "2014-03-02T12:13:30.000000Z". The form of `lower_utc` / `upper_utc` in CLI JSON and CSV (docs/CLI.md).
/// Instants outside years 0001–9999 are formatted with the same fields and a signed, wider year.
QString formatIsoUtc(qint64 utcUs);

/// The current time in UTC microseconds since 1970-01-01T00:00:00Z (millisecond resolution, from the system clock).
qint64 currentUtcUs();

/**
 * Reads an ISO 8601 date or date-time (extended format) to UTC microseconds:
 * - "2014-03-02": the start of that local day in `timeBasis` (local 00:00, or the end of a DST gap at midnight);
 * - "2014-03-02T12:13", "…:30", "…:30.123456" (up to 9 fractional digits; beyond 6 truncated); a space may replace
 *   the "T". Without a zone, wall-clock time in `timeBasis`: a repeated (fall-back) time gives the earlier instant, a
 *   time in a spring-forward gap the instant after the gap (LocalTimeResolver's rule);
 * - with "Z" or an offset "+hh:mm" / "+hhmm" / "+hh", that zone; `timeBasis` is then not needed.
 * nullopt when the text is not such a date or date-time, the date or time does not exist, or the time basis is needed
 * and not accepted by LocalTimeResolver::zoneFor(). For periods ("2014-03", "2014-22", "2014-03/2014-05") use
 * parseEdtf().
 */
std::optional<qint64> parseIsoToUtcUs(const QString& text, const QString& timeBasis);

/**
 * The instant as `displayZone`'s wall clock shows it, to `precision`:
 * Microsecond "2014-03-02 07:13:30.000000 EST", Second "2014-03-02 07:13:30 EST", Minute and Hour
 * "2014-03-02 07:13 EST", Day "2014-03-02", Month and Season "2014-03", Year "2014", Unknown as Second.
 * The zone abbreviation comes from the tz database ("EST", "EDT", "CET"); fixed offsets and UTC show "UTC+05:30",
 * "UTC". An unknown displayZone formats in UTC (labelled "UTC", so the text stays true). Day and coarser print no
 * zone: pass the span's own time basis for date-only values (DESIGN §5: a date never drifts), as formatSpanLocal()
 * does.
 */
QString formatLocal(qint64 utcUs, const QString& displayZone, TimePrecision precision);

/// A span for display: date-precision spans (Day and coarser) in their own time basis, finer ones in displayZone;
/// one formatLocal() text when both bounds print the same, else "lower – upper" (an ambiguous fall-back time prints
/// both readings, "2014-11-02 01:30 EDT – 2014-11-02 01:30 EST"). Open/unknown interval ends print "..". An invalid
/// span gives an empty string.
QString formatSpanLocal(const TimeSpan& span, const QString& displayZone);

/**
 * Where a span sits on a time axis drawn in `displayZone` (UTC microseconds): a date-precision span (Day and coarser)
 * with a usable basis of its own sits at the start of the same calendar date in displayZone, so a date-only record
 * falls on its own day in a chart whatever the display zone (DESIGN §5: a date never drifts); any other span sits at
 * its lower bound. Unknown zones fall back to the lower bound.
 */
qint64 displayAxisUs(const TimeSpan& span, const QString& displayZone);

/**
 * Charging-document wording for a span (field research §7.1: DOJ Criminal Resource Manual 228 "on or about";
 * U.S. v. Giles "on or about April 1981, and continuing through August 1982"), English, US style:
 * - a day: "on or about March 2, 2014"; a month: "in or about March 2014"; a year: "in or about 2014";
 *   a season: "in or about the summer of 2014" ("the fall of 2014", "the winter of 2014–2015");
 * - an EDTF interval (span.edtf has "/"), or a span without EDTF covering several units: "beginning on or about
 *   March 2, 2014, and continuing through on or about April 14, 2014", each end in its own precision ("beginning in or
 *   about June 2001, and continuing through in or about November 2002"); an open or unknown start reads "beginning on
 *   a date unknown", an unknown end "continuing through a date unknown", an open end "and continuing thereafter";
 * - one uncertain date whose bounds cover several units (e.g. "201X"): "on a date between in or about 2010 and in or
 *   about 2019".
 * Dates of Day-or-coarser spans are read in the span's own time basis (a date never drifts, DESIGN §5); finer spans
 * are read in displayZone (unknown zones fall back to UTC). An invalid span gives an empty string.
 */
QString onOrAbout(const TimeSpan& span, const QString& displayZone);

/// Wording for a set of records spanning lowerUs … upperUs (UTC µs, inclusive), by day in displayZone: one day →
/// "on or about March 2, 2014", else "beginning on or about March 2, 2014, and continuing through on or about
/// April 14, 2014". Empty when upperUs < lowerUs.
QString onOrAboutRange(qint64 lowerUs, qint64 upperUs, const QString& displayZone);

} // namespace tessera
