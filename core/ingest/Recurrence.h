#pragma once

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>
#include <QVector>

#include <functional>
#include <optional>

namespace tessera {

/**
 * An iCalendar recurrence rule (RFC 5545 §3.3.10, RRULE) as far as Tessera expands it: FREQ DAILY, WEEKLY, MONTHLY or
 * YEARLY; INTERVAL; COUNT; UNTIL; BYDAY as plain weekdays for DAILY (a filter) and WEEKLY (the days of each week,
 * WKST the week's first day); BYMONTH and BYMONTHDAY only where they repeat DTSTART's own month and day (Outlook and
 * Google write `FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=14` for "every 14 March"). Any other part (BYSETPOS, BYHOUR,
 * BYMINUTE, BYSECOND, BYYEARDAY, BYWEEKNO, an ordinal BYDAY such as `2TU`, BYDAY with MONTHLY/YEARLY, FREQ=HOURLY…)
 * is not expanded: the reader imports the first occurrence only and warns, naming the part — a recurrence is never
 * guessed.
 *
 * The expansion works on wall-clock dates: each occurrence keeps DTSTART's time of day in DTSTART's zone, so a
 * 09:00 America/New_York meeting stays at 09:00 local across a DST change (RFC 5545 §3.3.10: "the recurrence is
 * computed in local time"). Dates a rule would make invalid (30 February, the 31st in a 30-day month, 29 February in
 * a common year) are skipped and do not count (RFC 5545 §3.3.10).
 */
struct RecurrenceRule {
    enum class Frequency { Daily, Weekly, Monthly, Yearly };
    Frequency frequency = Frequency::Daily;
    int interval = 1;     ///< INTERVAL (≥ 1)
    int count = 0;        ///< COUNT; 0 when not given
    QByteArray until;     ///< UNTIL as written (DATE or DATE-TIME); empty when not given
    QList<int> byDay;     ///< BYDAY weekdays, 1 = Monday … 7 = Sunday
    QList<int> byMonth;   ///< BYMONTH (accepted only when it is DTSTART's month)
    QList<int> byMonthDay; ///< BYMONTHDAY (accepted only when it is DTSTART's day)
    int weekStart = 1;    ///< WKST, 1 = Monday (the default)

    /// True when COUNT or UNTIL ends the rule.
    bool bounded() const { return count > 0 || !until.isEmpty(); }

    /// Parses an RRULE value (`FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,WE`). Returns nullopt and sets `unsupported` to the
    /// part that is not expanded or cannot be read ("BYSETPOS", "BYDAY with an ordinal", "FREQ=HOURLY", "COUNT"…).
    static std::optional<RecurrenceRule> parse(const QByteArray& value, QString& unsupported);

    /// The part of this rule that cannot be expanded from `start` (BYMONTH or BYMONTHDAY naming another month or day
    /// than DTSTART's, BYDAY with MONTHLY or YEARLY); empty when it can be.
    QString unsupportedFrom(QDate start) const;

    /// The local start dates of the recurrence set, in order: `start` first (RFC 5545: DTSTART is the first instance
    /// and counts toward COUNT), then the rule's dates while `withinUntil(date)` holds (the caller's UNTIL test, with
    /// the time of day and zone), none after `horizon` when it is valid, at most `limit` dates in all. `*capped` is
    /// set when `limit` stopped the expansion before the rule's end.
    QVector<QDate> dates(QDate start, const std::function<bool(QDate)>& withinUntil, QDate horizon, int limit,
                         bool* capped) const;
};

} // namespace tessera
