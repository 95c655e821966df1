#pragma once

#include "time/TimeSpan.h"

#include <QString>
#include <optional>

namespace tessera {

/// How one end of an EDTF interval is given.
enum class EdtfEndKind {
    Known,   ///< a date or date-time
    Open,    ///< ".." — the interval has no bound on that side (ongoing / since forever)
    Unknown, ///< empty — there is a bound, but it is not known
};

/**
 * The result of parseEdtf(): a span, or an error.
 *
 * - span: strict bounds (EDTF / python-edtf "strict": exactly the days, months… the text names).
 * - fuzzyLowerUtcUs / fuzzyUpperUtcUs: the bounds widened for qualifiers ? ~ % (python-edtf "fuzzy" bounds, see
 *   parseEdtf()); equal to the strict bounds when there is no qualifier.
 * - interval, startKind / endKind, start / end: for "A/B", the two ends; start and end are each a span of their own
 *   when Known (nullopt when Open or Unknown). For a single date, interval is false and start/end are unset.
 * - uncertain ("?" or "%") and approximate ("~" or "%"): a qualifier on any part.
 * - error: an English sentence quoting the input; empty on success.
 */
struct EdtfResult {
    std::optional<TimeSpan> span;
    QString error;

    qint64 fuzzyLowerUtcUs = 0;
    qint64 fuzzyUpperUtcUs = 0;
    bool uncertain = false;
    bool approximate = false;

    bool interval = false;
    EdtfEndKind startKind = EdtfEndKind::Known;
    EdtfEndKind endKind = EdtfEndKind::Known;
    std::optional<TimeSpan> start;
    std::optional<TimeSpan> end;

    [[nodiscard]] bool ok() const { return span.has_value(); }
};

/**
 * Parses the subset of the Extended Date/Time Format (EDTF, Library of Congress 2019; ISO 8601-2:2019) that
 * investigators need, into a UTC TimeSpan (DESIGN §5, field research §7.2).
 *
 * Accepted (EDTF level 0 and parts of level 1):
 * - dates: "2014" (a year), "2014-03" (a month), "2014-03-02" (a day). A date is a run of **local days in the time
 *   basis** (a date-only value is a day in its own zone): "2014-03-02" in America/New_York is
 *   2014-03-02T05:00:00Z … 2014-03-03T04:59:59.999999Z.
 * - date-times: "2014-03-02T12:13", "2014-03-02T12:13:30", "…:30.123456" (fraction: Tessera extension), with an
 *   optional zone "Z", "+hh:mm", "+hhmm" or "+hh". Without a zone, the time is wall-clock time in `timeBasis`
 *   (DST repeats and gaps as LocalTimeResolver). With one, the span's timeBasis becomes "UTC" or the offset
 *   ("+02:00") and basisAssumed false. Precision: minute, second, or microsecond with a fraction.
 * - seasons (level 1): "2014-21" spring = March–May, "-22" summer = June–August, "-23" autumn = September–November,
 *   "-24" winter = December 2014 – February 2015 (winter runs into the next year). Northern-hemisphere meteorological
 *   seasons, as python-edtf; level-2 codes 25–41 (hemisphere-specific seasons, quarters…) are refused.
 * - unspecified digits (level 1, from the right): "201X" (2010–2019), "20XX", "2004-XX" (some month of 2004),
 *   "2004-07-XX", "2004-XX-XX". Precision is what is actually known: year for "201X" and "2004-XX", month for
 *   "2004-07-XX". Lower-case x, t and z are accepted and normalised to upper case.
 * - qualifiers (level 1) on a whole date, at its end: "?" uncertain, "~" approximate, "%" both. They keep the strict
 *   bounds and widen the fuzzy bounds on each side by one unit of the date's precision — a day, a month, 12 weeks
 *   for a season, a year — times 1 for "?" or "~" and 2 for "%" (python-edtf appsettings: PADDING_*_PRECISION,
 *   MULTIPLIER_IF_*). "1979-08~" is strictly August 1979, fuzzily 1979-07-01 … 1979-09-30. Qualifiers on date-times
 *   are refused.
 * - intervals "A/B" (level 0/1): each end a date or date-time as above, ".." for an open end or empty for an unknown
 *   end ("2014-03/..", "/2014-05"); at least one end must be known. The span runs from A's lower bound to B's upper
 *   bound; an open or unknown start is kEarliestUtcUs, an open or unknown end kLatestUtcUs. Precision is the coarser
 *   of the known ends; ambiguous / nonexistent if either end is. A start after the end is an error.
 *
 * Not supported (an error says so): negative or five-digit years ("Y…" long years), level-2 partial qualifiers
 * ("2004?-06-~11"), sets and lists ("[…]", "{…}"), unspecified digits inside a component ("1X85").
 *
 * span.edtf is the normalised text (upper case; offsets as "+hh:mm"), span.originalText the input as given,
 * span.timeBasis / basisAssumed as above. `timeBasis` is any basis LocalTimeResolver::zoneFor() accepts; it must be
 * valid when the text has a date or a time without its own zone. Leading and trailing spaces are ignored.
 */
EdtfResult parseEdtf(const QString& text, const QString& timeBasis, bool basisAssumed = false);

} // namespace tessera
