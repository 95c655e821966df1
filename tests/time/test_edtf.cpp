// Tests of the EDTF subset (Library of Congress EDTF / ISO 8601-2 levels 0–1) read by parseEdtf().

#include "TimeTestSupport.h"
#include "time/Edtf.h"

#include <catch2/catch.hpp>

using namespace tessera;
using tessera::test::utcUs;

namespace {
const QString kNewYork = QStringLiteral("America/New_York");
const QString kUtc = QStringLiteral("UTC");

TimeSpan parsed(const char* text, const QString& basis = QStringLiteral("UTC")) {
    const EdtfResult r = parseEdtf(QString::fromUtf8(text), basis);
    INFO(text << ": " << r.error.toStdString());
    REQUIRE(r.ok());
    REQUIRE(r.error.isEmpty());
    return *r.span;
}

QString errorOf(const char* text, const QString& basis = QStringLiteral("UTC")) {
    const EdtfResult r = parseEdtf(QString::fromUtf8(text), basis);
    INFO(text);
    CHECK_FALSE(r.ok());
    CHECK_FALSE(r.error.isEmpty());
    return r.error;
}
} // namespace

TEST_CASE("EDTF level 0 dates are whole local days, months and years", "[time][edtf]") {
    const TimeSpan day = parsed("2014-03-02", kNewYork);
    CHECK(day.lowerUtcUs == utcUs(2014, 3, 2, 5));
    CHECK(day.upperUtcUs == utcUs(2014, 3, 3, 4, 59, 59, 999999));
    CHECK(day.precision == TimePrecision::Day);
    CHECK(day.edtf == QStringLiteral("2014-03-02"));
    CHECK(day.originalText == QStringLiteral("2014-03-02"));
    CHECK(day.timeBasis == kNewYork);

    const TimeSpan month = parsed("2012-02");
    CHECK(month.lowerUtcUs == utcUs(2012, 2, 1));
    CHECK(month.upperUtcUs == utcUs(2012, 2, 29, 23, 59, 59, 999999));
    CHECK(month.precision == TimePrecision::Month);

    const TimeSpan year = parsed("2014");
    CHECK(year.lowerUtcUs == utcUs(2014, 1, 1));
    CHECK(year.upperUtcUs == utcUs(2014, 12, 31, 23, 59, 59, 999999));
    CHECK(year.precision == TimePrecision::Year);
}

TEST_CASE("the assumed-basis flag is carried for values without their own zone", "[time][edtf]") {
    const EdtfResult r = parseEdtf(QStringLiteral("2014-03-02"), kNewYork, true);
    REQUIRE(r.ok());
    CHECK(r.span->basisAssumed);
    const EdtfResult own = parseEdtf(QStringLiteral("2014-03-02T12:00Z"), kNewYork, true);
    REQUIRE(own.ok());
    CHECK_FALSE(own.span->basisAssumed);
    CHECK(own.span->timeBasis == kUtc);
}

TEST_CASE("EDTF date-times use their own zone, or the time basis", "[time][edtf]") {
    const TimeSpan z = parsed("2014-03-02T12:13:30Z", kNewYork);
    CHECK(z.lowerUtcUs == utcUs(2014, 3, 2, 12, 13, 30));
    CHECK(z.upperUtcUs == utcUs(2014, 3, 2, 12, 13, 30, 999999));
    CHECK(z.precision == TimePrecision::Second);
    CHECK(z.edtf == QStringLiteral("2014-03-02T12:13:30Z"));

    const TimeSpan offset = parsed("2014-03-02T12:13:30+0200", kNewYork);
    CHECK(offset.lowerUtcUs == utcUs(2014, 3, 2, 10, 13, 30));
    CHECK(offset.timeBasis == QStringLiteral("+02:00"));
    CHECK(offset.edtf == QStringLiteral("2014-03-02T12:13:30+02:00"));

    const TimeSpan minus = parsed("2014-03-02T12:13-05", kUtc);
    CHECK(minus.lowerUtcUs == utcUs(2014, 3, 2, 17, 13));
    CHECK(minus.precision == TimePrecision::Minute);

    const TimeSpan local = parsed("2014-03-02T07:13", kNewYork);
    CHECK(local.lowerUtcUs == utcUs(2014, 3, 2, 12, 13));
    CHECK(local.upperUtcUs == utcUs(2014, 3, 2, 12, 13, 59, 999999));
    CHECK(local.timeBasis == kNewYork);

    const TimeSpan fraction = parsed("2014-03-02T12:13:30.25Z");
    CHECK(fraction.precision == TimePrecision::Microsecond);
    CHECK(fraction.lowerUtcUs == utcUs(2014, 3, 2, 12, 13, 30, 250000));
    CHECK(fraction.upperUtcUs == fraction.lowerUtcUs);

    const TimeSpan lower = parsed("2014-03-02t12:13z");
    CHECK(lower.edtf == QStringLiteral("2014-03-02T12:13Z"));
}

TEST_CASE("EDTF local date-times in a DST repeat or gap are flagged", "[time][edtf][dst]") {
    const TimeSpan repeat = parsed("2014-11-02T01:30:00", kNewYork);
    CHECK(repeat.ambiguous);
    CHECK(repeat.lowerUtcUs == utcUs(2014, 11, 2, 5, 30));
    CHECK(repeat.upperUtcUs == utcUs(2014, 11, 2, 6, 30, 0, 999999));
    const TimeSpan gap = parsed("2014-03-09T02:30:00", kNewYork);
    CHECK(gap.nonexistent);
    CHECK(gap.lowerUtcUs == utcUs(2014, 3, 9, 7, 30));
}

TEST_CASE("EDTF level 1 seasons are Northern-hemisphere meteorological seasons", "[time][edtf][season]") {
    const TimeSpan spring = parsed("2014-21");
    CHECK(spring.lowerUtcUs == utcUs(2014, 3, 1));
    CHECK(spring.upperUtcUs == utcUs(2014, 5, 31, 23, 59, 59, 999999));
    CHECK(spring.precision == TimePrecision::Season);

    const TimeSpan summer = parsed("2023-22", kNewYork);
    CHECK(summer.lowerUtcUs == utcUs(2023, 6, 1, 4));
    CHECK(summer.upperUtcUs == utcUs(2023, 9, 1, 3, 59, 59, 999999));

    const TimeSpan autumn = parsed("2014-23");
    CHECK(autumn.lowerUtcUs == utcUs(2014, 9, 1));
    CHECK(autumn.upperUtcUs == utcUs(2014, 11, 30, 23, 59, 59, 999999));

    const TimeSpan winter = parsed("2015-24"); // December 2015 – February 2016 (a leap year)
    CHECK(winter.lowerUtcUs == utcUs(2015, 12, 1));
    CHECK(winter.upperUtcUs == utcUs(2016, 2, 29, 23, 59, 59, 999999));
}

TEST_CASE("EDTF unspecified digits cover the possible values and precision is what is known", "[time][edtf]") {
    const TimeSpan decade = parsed("201X");
    CHECK(decade.lowerUtcUs == utcUs(2010, 1, 1));
    CHECK(decade.upperUtcUs == utcUs(2019, 12, 31, 23, 59, 59, 999999));
    CHECK(decade.precision == TimePrecision::Year);
    CHECK(decade.edtf == QStringLiteral("201X"));

    const TimeSpan century = parsed("19xx");
    CHECK(century.lowerUtcUs == utcUs(1900, 1, 1));
    CHECK(century.upperUtcUs == utcUs(1999, 12, 31, 23, 59, 59, 999999));
    CHECK(century.edtf == QStringLiteral("19XX"));

    const TimeSpan someMonth = parsed("2004-XX");
    CHECK(someMonth.lowerUtcUs == utcUs(2004, 1, 1));
    CHECK(someMonth.upperUtcUs == utcUs(2004, 12, 31, 23, 59, 59, 999999));
    CHECK(someMonth.precision == TimePrecision::Year);

    const TimeSpan someDay = parsed("2004-07-XX");
    CHECK(someDay.lowerUtcUs == utcUs(2004, 7, 1));
    CHECK(someDay.upperUtcUs == utcUs(2004, 7, 31, 23, 59, 59, 999999));
    CHECK(someDay.precision == TimePrecision::Month);

    const TimeSpan neither = parsed("2004-XX-XX");
    CHECK(neither.precision == TimePrecision::Year);
    CHECK(neither.upperUtcUs == utcUs(2004, 12, 31, 23, 59, 59, 999999));
}

TEST_CASE("EDTF qualifiers keep strict bounds and widen fuzzy bounds (python-edtf padding)", "[time][edtf]") {
    const EdtfResult month = parseEdtf(QStringLiteral("1979-08~"), kUtc);
    REQUIRE(month.ok());
    CHECK(month.approximate);
    CHECK_FALSE(month.uncertain);
    CHECK(month.span->lowerUtcUs == utcUs(1979, 8, 1));
    CHECK(month.span->upperUtcUs == utcUs(1979, 8, 31, 23, 59, 59, 999999));
    CHECK(month.fuzzyLowerUtcUs == utcUs(1979, 7, 1));
    CHECK(month.fuzzyUpperUtcUs == utcUs(1979, 9, 30, 23, 59, 59, 999999));
    CHECK(month.span->edtf == QStringLiteral("1979-08~"));

    const EdtfResult day = parseEdtf(QStringLiteral("2014-03-02?"), kUtc);
    REQUIRE(day.ok());
    CHECK(day.uncertain);
    CHECK(day.fuzzyLowerUtcUs == utcUs(2014, 3, 1));
    CHECK(day.fuzzyUpperUtcUs == utcUs(2014, 3, 3, 23, 59, 59, 999999));

    const EdtfResult both = parseEdtf(QStringLiteral("2014-03-02%"), kUtc); // % = ? and ~: twice the padding
    REQUIRE(both.ok());
    CHECK(both.uncertain);
    CHECK(both.approximate);
    CHECK(both.fuzzyLowerUtcUs == utcUs(2014, 2, 28));
    CHECK(both.fuzzyUpperUtcUs == utcUs(2014, 3, 4, 23, 59, 59, 999999));

    const EdtfResult year = parseEdtf(QStringLiteral("2022~"), kUtc);
    REQUIRE(year.ok());
    CHECK(year.fuzzyLowerUtcUs == utcUs(2021, 1, 1));
    CHECK(year.fuzzyUpperUtcUs == utcUs(2023, 12, 31, 23, 59, 59, 999999));

    const EdtfResult season = parseEdtf(QStringLiteral("2014-22?"), kUtc); // 12 weeks either side
    REQUIRE(season.ok());
    CHECK(season.fuzzyLowerUtcUs == utcUs(2014, 3, 9));
    CHECK(season.fuzzyUpperUtcUs == utcUs(2014, 11, 23, 23, 59, 59, 999999));

    const EdtfResult plain = parseEdtf(QStringLiteral("2014-03"), kUtc);
    REQUIRE(plain.ok());
    CHECK(plain.fuzzyLowerUtcUs == plain.span->lowerUtcUs);
    CHECK(plain.fuzzyUpperUtcUs == plain.span->upperUtcUs);
}

TEST_CASE("EDTF intervals run from the start's lower to the end's upper bound", "[time][edtf][interval]") {
    const EdtfResult r = parseEdtf(QStringLiteral("2023-03/2023-05"), kNewYork);
    REQUIRE(r.ok());
    CHECK(r.interval);
    CHECK(r.startKind == EdtfEndKind::Known);
    CHECK(r.endKind == EdtfEndKind::Known);
    CHECK(r.span->lowerUtcUs == utcUs(2023, 3, 1, 5));
    CHECK(r.span->upperUtcUs == utcUs(2023, 6, 1, 3, 59, 59, 999999));
    CHECK(r.span->precision == TimePrecision::Month);
    CHECK(r.span->edtf == QStringLiteral("2023-03/2023-05"));
    REQUIRE(r.start);
    REQUIRE(r.end);
    CHECK(r.start->edtf == QStringLiteral("2023-03"));
    CHECK(r.end->upperUtcUs == r.span->upperUtcUs);

    const TimeSpan mixed = parsed("2014-03-02/2014-05");
    CHECK(mixed.precision == TimePrecision::Month); // the coarser end
    CHECK(mixed.lowerUtcUs == utcUs(2014, 3, 2));

    const TimeSpan times = parsed("2014-03-02T10:00Z/2014-03-02T12:30:15Z", kNewYork);
    CHECK(times.lowerUtcUs == utcUs(2014, 3, 2, 10));
    CHECK(times.upperUtcUs == utcUs(2014, 3, 2, 12, 30, 15, 999999));
    CHECK(times.timeBasis == kUtc);

    const TimeSpan seasons = parsed("2014-21/2014-23");
    CHECK(seasons.lowerUtcUs == utcUs(2014, 3, 1));
    CHECK(seasons.upperUtcUs == utcUs(2014, 11, 30, 23, 59, 59, 999999));

    const EdtfResult qualified = parseEdtf(QStringLiteral("2004-06~/2004-08?"), kUtc);
    REQUIRE(qualified.ok());
    CHECK(qualified.approximate);
    CHECK(qualified.uncertain);
    CHECK(qualified.fuzzyLowerUtcUs == utcUs(2004, 5, 1));
    CHECK(qualified.fuzzyUpperUtcUs == utcUs(2004, 9, 30, 23, 59, 59, 999999));
}

TEST_CASE("EDTF intervals with open or unknown ends", "[time][edtf][interval]") {
    const EdtfResult open = parseEdtf(QStringLiteral("2023-03/.."), kUtc);
    REQUIRE(open.ok());
    CHECK(open.endKind == EdtfEndKind::Open);
    CHECK_FALSE(open.end);
    CHECK(open.span->lowerUtcUs == utcUs(2023, 3, 1));
    CHECK(open.span->upperUtcUs == kLatestUtcUs);
    CHECK(open.span->edtf == QStringLiteral("2023-03/.."));

    const EdtfResult unknownStart = parseEdtf(QStringLiteral("/2023-05"), kUtc);
    REQUIRE(unknownStart.ok());
    CHECK(unknownStart.startKind == EdtfEndKind::Unknown);
    CHECK(unknownStart.span->lowerUtcUs == kEarliestUtcUs);
    CHECK(unknownStart.span->upperUtcUs == utcUs(2023, 5, 31, 23, 59, 59, 999999));
    CHECK(unknownStart.span->edtf == QStringLiteral("/2023-05"));

    const EdtfResult openStart = parseEdtf(QStringLiteral("../2023-05-01"), kUtc);
    REQUIRE(openStart.ok());
    CHECK(openStart.startKind == EdtfEndKind::Open);
    CHECK(openStart.span->precision == TimePrecision::Day);

    const EdtfResult unknownEnd = parseEdtf(QStringLiteral("2023-03-01/"), kUtc);
    REQUIRE(unknownEnd.ok());
    CHECK(unknownEnd.endKind == EdtfEndKind::Unknown);
    CHECK(unknownEnd.span->upperUtcUs == kLatestUtcUs);
}

TEST_CASE("EDTF errors are clear and name the input", "[time][edtf][errors]") {
    CHECK(errorOf("2014-13").contains(QStringLiteral("month 13")));
    CHECK(errorOf("2014-02-30").contains(QStringLiteral("no day 30 in February 2014")));
    CHECK(errorOf("2014-25").contains(QStringLiteral("level 2")));
    CHECK(errorOf("2014-05/2014-03").contains(QStringLiteral("ends before it begins")));
    CHECK(errorOf("../..").contains(QStringLiteral("at least one end")));
    CHECK(errorOf("/").contains(QStringLiteral("at least one end")));
    CHECK(errorOf("2014/2015/2016").contains(QStringLiteral("exactly one")));
    CHECK(errorOf("2014-03-02T25:00").contains(QStringLiteral("does not exist")));
    CHECK(errorOf("2014-03-02T23:59:60").contains(QStringLiteral("leap")));
    CHECK(errorOf("2014-03-02T12:00~").contains(QStringLiteral("not to date-times")));
    CHECK(errorOf("2004?-06").contains(QStringLiteral("level 2")));
    CHECK(errorOf("2014-03~?").contains(QStringLiteral("once")));
    CHECK(errorOf("Y170000002").contains(QStringLiteral("0001 to 9999")));
    CHECK(errorOf("-0044").contains(QStringLiteral("0001 to 9999")));
    CHECK(errorOf("0000").contains(QStringLiteral("0001 to 9999")));
    CHECK(errorOf("1X85").contains(QStringLiteral("unspecified digits")));
    CHECK(errorOf("201X-05").contains(QStringLiteral("month or day cannot follow")));
    CHECK(errorOf("2004-XX-05").contains(QStringLiteral("level 2")));
    CHECK(errorOf("XXXX").contains(QStringLiteral("empty")));
    CHECK(errorOf("2014-21-05").contains(QStringLiteral("season")));
    CHECK(errorOf("2014-03T12:00").contains(QStringLiteral("full date")));
    CHECK(errorOf("2014-03-02T12:00+15:00").contains(QStringLiteral("offset")));
    CHECK(errorOf("{2014,2015}").contains(QStringLiteral("level 2")));
    CHECK(errorOf("summer 2014").contains(QStringLiteral("\"summer 2014\"")));
    CHECK(errorOf("2014-3-2").contains(QStringLiteral("2014-03-02")));
    CHECK(errorOf("..").contains(QStringLiteral("interval end")));
    CHECK(errorOf("2014-03-02 12:00").contains(QStringLiteral("\"T\"")));
    CHECK_FALSE(errorOf("   ").isEmpty());
}

TEST_CASE("EDTF needs a usable time basis only for values without their own zone", "[time][edtf][errors]") {
    CHECK(errorOf("2014-03-02", QStringLiteral("Foo")).contains(QStringLiteral("Unknown time basis")));
    CHECK(errorOf("2014-03-02T12:00", QString()).contains(QStringLiteral("No time basis")));
    CHECK(parseEdtf(QStringLiteral("2014-03-02T12:00Z"), QString()).ok());
    CHECK(parseEdtf(QStringLiteral("  2014-03-02  "), kUtc).ok()); // surrounding spaces are ignored
    CHECK(parseEdtf(QStringLiteral("  2014-03-02  "), kUtc).span->originalText == QStringLiteral("  2014-03-02  "));
}
