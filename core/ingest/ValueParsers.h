#pragma once

#include "time/TimeSpan.h"

#include <QByteArrayView>
#include <QDate>
#include <QString>
#include <optional>

namespace tessera::values {

/**
 * Reading the values of received files (issue 6 point 2): dates whose field order is decided per column, clock
 * times (24-hour and 12-hour), date-times with or without a UTC offset, Excel serial dates, and decimal amounts kept
 * as exact decimal text (never floating point). All functions are pure and take UTF-8 bytes.
 */

/// Order of day, month and year in a numeric date. YMD is also what ISO 8601 dates always are.
enum class DateOrder { Unknown, DMY, MDY, YMD };
/// "dmy", "mdy", "ymd" ("" for Unknown).
QString dateOrderName(DateOrder order);
/// Inverse of dateOrderName(); nullopt for anything else (case-insensitive).
std::optional<DateOrder> dateOrderFromName(const QString& name);

/**
 * Decides day-first or month-first for one column from all its values (issue 6: `15/04`, `02/05/2019` → day-first
 * for the whole column). A value whose first field exceeds 12 votes day-first; whose second exceeds 12 votes
 * month-first; a four-digit first field is year-first. One kind of vote decides; both kinds conflict; none leaves the
 * column ambiguous (unless every value reads the same either way, like 05/05/2019).
 */
class DateOrderDetector {
public:
    enum class Outcome { NoDates, Decided, Ambiguous, Conflicting };
    void add(QByteArrayView value);
    Outcome outcome() const;
    /// The decided order (Unknown unless outcome() is Decided).
    DateOrder order() const;

private:
    qint64 m_dayFirst = 0, m_monthFirst = 0, m_yearFirst = 0, m_either = 0, m_same = 0;
};

/// A date, read with `order` for numeric day/month dates. Accepts `YYYY-MM-DD`, `YYYYMMDD`, `D/M/Y`, `D.M.Y`, `D-M-Y`
/// (separators `/ . -`, two- or four-digit year; two-digit years 69–99 are 19xx, 00–68 20xx as POSIX strptime
/// %y), and `DD-MON-YY`/`DD Mon YYYY` with English month names. nullopt when not a valid date.
std::optional<QDate> parseDate(QByteArrayView text, DateOrder order);

/// A clock time of day.
struct ClockTime {
    qint64 usOfDay = 0;                          ///< microseconds since local midnight
    TimePrecision precision = TimePrecision::Second; ///< Minute (HH:MM), Second, or Microsecond (fraction given)
};
/// `HH:MM`, `HH:MM:SS`, `HH:MM:SS.f…` (up to 9 fraction digits, truncated to µs), `HHMMSS`, each optionally followed
/// by `AM`/`PM` (12-hour clock: 12 AM = 00, 12 PM = 12). nullopt when not a valid time.
std::optional<ClockTime> parseTime(QByteArrayView text);

/// A date with an optional time and an optional UTC offset.
struct DateTimeValue {
    QDate date;
    bool hasTime = false;
    ClockTime time;
    bool hasOffset = false;  ///< the text carries its own zone (Z or ±hh[:mm])
    int offsetSeconds = 0;   ///< east of UTC
};
/// `DATE[(T| )TIME][ZONE]` with DATE as parseDate(), ZONE `Z`, `UTC`, `GMT`, `±hh:mm`, `±hhmm` or `±hh`.
std::optional<DateTimeValue> parseDateTime(QByteArrayView text, DateOrder order);
/// The basis text for an offset: "UTC" for 0, else "+hh:mm" / "-hh:mm" (accepted by LocalTimeResolver).
QString offsetBasis(int offsetSeconds);

/// An Excel serial date (days since 1899-12-30, the 1900 date system with its phantom 1900-02-29 accounted for; a
/// fraction is the time of day), from 1 to 2958465 (9999-12-31). Only for columns declared as dates: elsewhere a
/// number is a number.
std::optional<DateTimeValue> parseExcelSerial(QByteArrayView text);

/// Which character separates the decimals of an amount.
enum class DecimalStyle { Auto, Point, Comma };
/// Decides the decimal separator of one amount column from all its values: `1.355,90` or `-98,76` → comma;
/// `1,036.47` or `0.5` → point; only `1,000`-like values stay Auto (read as point with thousands commas).
class DecimalStyleDetector {
public:
    void add(QByteArrayView value);
    DecimalStyle style() const;

private:
    qint64 m_point = 0, m_comma = 0;
};

/**
 * An amount as exact decimal text: currency symbols (`$ € £ ¥` and three-letter codes), spaces, apostrophe and
 * thin-space thousands separators removed; the decimal separator as `style` says (Auto: the last of `.`/`,` when both
 * occur, else `.` unless the comma is followed by other than exactly three digits); a sign from a leading `-`/`+`,
 * a trailing `-` or parentheses. Gives "-1355.90", "11373.94", "1036.47" — the digits as received, never rounded.
 * nullopt when the text is not an amount.
 */
std::optional<QString> parseDecimal(QByteArrayView text, DecimalStyle style);

/// True when the text reads as a number, an amount, a date or a time: used to tell a header row from data.
bool looksLikeValue(QByteArrayView text);

} // namespace tessera::values
