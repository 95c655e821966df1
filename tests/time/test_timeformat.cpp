// Tests of ISO text, local display and "on or about" charging-document wording (field research §7.1).

#include "TimeTestSupport.h"
#include "time/Edtf.h"
#include "time/LocalTimeResolver.h"
#include "time/TimeFormat.h"

#include <array>
#include <catch2/catch.hpp>

using namespace tessera;
using tessera::test::kSecondUs;
using tessera::test::utcUs;

namespace {
const QString kNewYork = QStringLiteral("America/New_York");
const QString kTokyo = QStringLiteral("Asia/Tokyo");
const QString kUtc = QStringLiteral("UTC");

TimeSpan edtf(const char* text, const QString& basis = QStringLiteral("UTC")) {
    const EdtfResult r = parseEdtf(QString::fromUtf8(text), basis);
    INFO(text << ": " << r.error.toStdString());
    REQUIRE(r.ok());
    return *r.span;
}
} // namespace

TEST_CASE("formatIsoUtc prints six fractional digits and Z", "[time][iso]") {
    CHECK(formatIsoUtc(utcUs(2014, 3, 2, 12, 13, 30)) == QStringLiteral("2014-03-02T12:13:30.000000Z"));
    CHECK(formatIsoUtc(0) == QStringLiteral("1970-01-01T00:00:00.000000Z"));
    CHECK(formatIsoUtc(-1) == QStringLiteral("1969-12-31T23:59:59.999999Z"));
    CHECK(formatIsoUtc(utcUs(2014, 3, 2, 12, 13, 30, 7)) == QStringLiteral("2014-03-02T12:13:30.000007Z"));
    CHECK(formatIsoUtc(kEarliestUtcUs) == QStringLiteral("0001-01-01T00:00:00.000000Z"));
    CHECK(formatIsoUtc(kLatestUtcUs) == QStringLiteral("9999-12-31T23:59:59.999999Z"));
}

TEST_CASE("formatIsoUtc and parseIsoToUtcUs round-trip", "[time][iso]") {
    const std::array<qint64, 9> samples = {0,
                                           -1,
                                           1,
                                           utcUs(2014, 3, 2, 12, 13, 30, 123456),
                                           utcUs(1900, 2, 28, 23, 59, 59, 999999),
                                           utcUs(2000, 2, 29),
                                           kEarliestUtcUs,
                                           kLatestUtcUs,
                                           utcUs(1969, 7, 20, 20, 17, 40)};
    for (qint64 us : samples) {
        INFO(us);
        const auto back = parseIsoToUtcUs(formatIsoUtc(us), kNewYork); // the Z wins over the basis
        REQUIRE(back);
        CHECK(*back == us);
    }
}

TEST_CASE("parseIsoToUtcUs reads dates, local and zoned date-times", "[time][iso]") {
    CHECK(parseIsoToUtcUs(QStringLiteral("2014-03-02"), kNewYork) == utcUs(2014, 3, 2, 5));
    CHECK(parseIsoToUtcUs(QStringLiteral("2014-03-02"), kUtc) == utcUs(2014, 3, 2));
    CHECK(parseIsoToUtcUs(QStringLiteral("2014-03-02T07:13:30"), kNewYork) == utcUs(2014, 3, 2, 12, 13, 30));
    CHECK(parseIsoToUtcUs(QStringLiteral("2014-03-02 07:13"), kNewYork) == utcUs(2014, 3, 2, 12, 13));
    CHECK(parseIsoToUtcUs(QStringLiteral("2014-03-02T12:13:30+02:00"), kNewYork) == utcUs(2014, 3, 2, 10, 13, 30));
    CHECK(parseIsoToUtcUs(QStringLiteral("2014-03-02T12:13:30-0530"), QString()) == utcUs(2014, 3, 2, 17, 43, 30));
    CHECK(parseIsoToUtcUs(QStringLiteral("2014-03-02T12:13:30.5z"), QString()) ==
          utcUs(2014, 3, 2, 12, 13, 30, 500000));
    CHECK(parseIsoToUtcUs(QStringLiteral("2014-03-02T12:13:30.123456789Z"), QString()) ==
          utcUs(2014, 3, 2, 12, 13, 30, 123456));
    // A repeated local time gives the earlier instant; a skipped one the instant after the gap.
    CHECK(parseIsoToUtcUs(QStringLiteral("2014-11-02T01:30"), kNewYork) == utcUs(2014, 11, 2, 5, 30));
    CHECK(parseIsoToUtcUs(QStringLiteral("2014-03-09T02:30"), kNewYork) == utcUs(2014, 3, 9, 7, 30));
}

TEST_CASE("parseIsoToUtcUs refuses what it cannot read", "[time][iso]") {
    for (const char* bad : {"", "2014", "2014-03", "2014-02-30", "2014-03-02T24:00", "2014-03-02T12:60",
                            "2014-03-02T12:00+15:00", "03/02/2014", "2014-03-02T12", "2014-03-02Z", "tomorrow"}) {
        INFO(bad);
        CHECK_FALSE(parseIsoToUtcUs(QString::fromLatin1(bad), kUtc));
    }
    CHECK_FALSE(parseIsoToUtcUs(QStringLiteral("2014-03-02T12:00"), QStringLiteral("Foo")));
    CHECK_FALSE(parseIsoToUtcUs(QStringLiteral("2014-03-02"), QString()));
}

TEST_CASE("formatLocal shows wall-clock time with the zone abbreviation", "[time][local]") {
    const qint64 t = utcUs(2014, 3, 2, 12, 13, 30);
    CHECK(formatLocal(t, kNewYork, TimePrecision::Second) == QStringLiteral("2014-03-02 07:13:30 EST"));
    CHECK(formatLocal(t, kNewYork, TimePrecision::Minute) == QStringLiteral("2014-03-02 07:13 EST"));
    CHECK(formatLocal(t + 42, kNewYork, TimePrecision::Microsecond) ==
          QStringLiteral("2014-03-02 07:13:30.000042 EST"));
    CHECK(formatLocal(t, kNewYork, TimePrecision::Day) == QStringLiteral("2014-03-02"));
    CHECK(formatLocal(t, kNewYork, TimePrecision::Month) == QStringLiteral("2014-03"));
    CHECK(formatLocal(t, kNewYork, TimePrecision::Year) == QStringLiteral("2014"));
    CHECK(formatLocal(utcUs(2014, 7, 4, 16), kNewYork, TimePrecision::Minute) ==
          QStringLiteral("2014-07-04 12:00 EDT"));
    CHECK(formatLocal(t, kUtc, TimePrecision::Second) == QStringLiteral("2014-03-02 12:13:30 UTC"));
    CHECK(formatLocal(t, QStringLiteral("+05:30"), TimePrecision::Second) ==
          QStringLiteral("2014-03-02 17:43:30 UTC+05:30"));
    CHECK(formatLocal(t, QStringLiteral("Nowhere/Land"), TimePrecision::Second) ==
          QStringLiteral("2014-03-02 12:13:30 UTC"));
}

TEST_CASE("a date-only value keeps its day when displayed in another zone", "[time][local][day]") {
    const TimeSpan day = LocalTimeResolver::resolve(QDate(2014, 3, 2), QTime(), TimePrecision::Day, kNewYork, false,
                                                    QStringLiteral("3/2/2014"));
    REQUIRE(day.isValid());
    CHECK(formatSpanLocal(day, kTokyo) == QStringLiteral("2014-03-02"));
    CHECK(formatSpanLocal(day, kUtc) == QStringLiteral("2014-03-02"));
    CHECK(formatSpanLocal(day, kNewYork) == QStringLiteral("2014-03-02"));
    CHECK(onOrAbout(day, kTokyo) == QStringLiteral("on or about March 2, 2014"));
    // Whereas an instant is shown where the viewer is: 23:30 in New York is the next day in Tokyo.
    const TimeSpan late =
        LocalTimeResolver::resolve(QDate(2014, 3, 2), QTime(23, 30), TimePrecision::Minute, kNewYork, false, {});
    CHECK(formatSpanLocal(late, kNewYork) == QStringLiteral("2014-03-02 23:30 EST"));
    CHECK(formatSpanLocal(late, kTokyo) == QStringLiteral("2014-03-03 13:30 JST"));
}

TEST_CASE("formatSpanLocal prints both readings of an ambiguous time and interval ends", "[time][local]") {
    const TimeSpan repeat =
        LocalTimeResolver::resolve(QDate(2014, 11, 2), QTime(1, 30), TimePrecision::Minute, kNewYork, false, {});
    CHECK(formatSpanLocal(repeat, kNewYork) == QStringLiteral("2014-11-02 01:30 EDT \u2013 2014-11-02 01:30 EST"));
    const TimeSpan second =
        LocalTimeResolver::resolveUtc(QDate(2014, 3, 2), QTime(12, 13, 30), TimePrecision::Second, {});
    CHECK(formatSpanLocal(second, kUtc) == QStringLiteral("2014-03-02 12:13:30 UTC"));
    CHECK(formatSpanLocal(edtf("2014-22"), kTokyo) == QStringLiteral("2014-06 \u2013 2014-08"));
    CHECK(formatSpanLocal(edtf("2014-03-02/2014-05", kNewYork), kTokyo) == QStringLiteral("2014-03-02 \u2013 2014-05"));
    CHECK(formatSpanLocal(edtf("2014-03/.."), kUtc) == QStringLiteral("2014-03 \u2013 .."));
    CHECK(formatSpanLocal(TimeSpan{}, kUtc).isEmpty());
}

TEST_CASE("on or about: single day, month, year and season", "[time][onorabout]") {
    CHECK(onOrAbout(edtf("2014-03-02"), kUtc) == QStringLiteral("on or about March 2, 2014"));
    CHECK(onOrAbout(edtf("2014-03"), kUtc) == QStringLiteral("in or about March 2014"));
    CHECK(onOrAbout(edtf("2014"), kUtc) == QStringLiteral("in or about 2014"));
    CHECK(onOrAbout(edtf("2014-03~"), kUtc) == QStringLiteral("in or about March 2014"));
    CHECK(onOrAbout(edtf("2004-07-XX"), kUtc) == QStringLiteral("in or about July 2004"));
    CHECK(onOrAbout(edtf("2004-XX"), kUtc) == QStringLiteral("in or about 2004"));
    CHECK(onOrAbout(edtf("2023-22"), kUtc) == QStringLiteral("in or about the summer of 2023"));
    CHECK(onOrAbout(edtf("2023-23"), kUtc) == QStringLiteral("in or about the fall of 2023"));
    CHECK(onOrAbout(edtf("2014-24", kNewYork), kTokyo) == QStringLiteral("in or about the winter of 2014\u20132015"));
    CHECK(onOrAbout(TimeSpan{}, kUtc).isEmpty());
}

TEST_CASE("on or about: a timed record is dated in the display zone", "[time][onorabout]") {
    // 2014-03-03T02:00Z is still March 2 in New York.
    const TimeSpan call = LocalTimeResolver::resolveUtc(QDate(2014, 3, 3), QTime(2, 0), TimePrecision::Second, {});
    CHECK(onOrAbout(call, kNewYork) == QStringLiteral("on or about March 2, 2014"));
    CHECK(onOrAbout(call, kUtc) == QStringLiteral("on or about March 3, 2014"));
    const TimeSpan repeat =
        LocalTimeResolver::resolve(QDate(2014, 11, 2), QTime(1, 30), TimePrecision::Minute, kNewYork, false, {});
    CHECK(onOrAbout(repeat, kNewYork) == QStringLiteral("on or about November 2, 2014"));
}

TEST_CASE("on or about: ranges begin and continue through", "[time][onorabout]") {
    CHECK(onOrAbout(edtf("2014-03-02/2014-04-14"), kUtc) ==
          QStringLiteral("beginning on or about March 2, 2014, and continuing through on or about April 14, 2014"));
    CHECK(onOrAbout(edtf("2001-06/2002-11"), kUtc) ==
          QStringLiteral("beginning in or about June 2001, and continuing through in or about November 2002"));
    CHECK(onOrAbout(edtf("2014-03/2014-04-14"), kUtc) ==
          QStringLiteral("beginning in or about March 2014, and continuing through on or about April 14, 2014"));
    CHECK(onOrAbout(edtf("2014-21/2014-23"), kUtc) ==
          QStringLiteral("beginning in or about the spring of 2014, and continuing through in or about the fall of "
                         "2014"));
    CHECK(onOrAbout(edtf("2014-03/2014-03"), kUtc) == QStringLiteral("in or about March 2014"));
    CHECK(onOrAbout(edtf("2014-03/.."), kUtc) ==
          QStringLiteral("beginning in or about March 2014, and continuing thereafter"));
    CHECK(onOrAbout(edtf("2014-03/"), kUtc) ==
          QStringLiteral("beginning in or about March 2014, and continuing through a date unknown"));
    CHECK(onOrAbout(edtf("/2014-05"), kUtc) ==
          QStringLiteral("beginning on a date unknown, and continuing through in or about May 2014"));
    CHECK(onOrAbout(edtf("2014-03-02T23:30:00Z/2014-03-05T01:00:00Z"), kNewYork) ==
          QStringLiteral("beginning on or about March 2, 2014, and continuing through on or about March 4, 2014"));
    // One uncertain date whose bounds span several years.
    CHECK(onOrAbout(edtf("201X"), kUtc) == QStringLiteral("on a date between in or about 2010 and in or about 2019"));
    // A span built from bounds alone (no EDTF) is a period.
    TimeSpan period =
        LocalTimeResolver::resolveDays(QDate(2014, 3, 2), QDate(2014, 4, 14), TimePrecision::Day, kNewYork, false, {});
    CHECK(onOrAbout(period, kUtc) ==
          QStringLiteral("beginning on or about March 2, 2014, and continuing through on or about April 14, 2014"));
}

TEST_CASE("on or about for a set of records uses days in the display zone", "[time][onorabout]") {
    CHECK(onOrAboutRange(utcUs(2014, 3, 2, 12), utcUs(2014, 3, 2, 20), kNewYork) ==
          QStringLiteral("on or about March 2, 2014"));
    CHECK(onOrAboutRange(utcUs(2014, 3, 2, 12), utcUs(2014, 4, 15, 3), kNewYork) ==
          QStringLiteral("beginning on or about March 2, 2014, and continuing through on or about April 14, 2014"));
    CHECK(onOrAboutRange(utcUs(2014, 3, 2, 12), utcUs(2014, 4, 15, 3), kUtc) ==
          QStringLiteral("beginning on or about March 2, 2014, and continuing through on or about April 15, 2014"));
    CHECK(onOrAboutRange(utcUs(2014, 3, 2), utcUs(2014, 3, 1), kUtc).isEmpty());
    CHECK(onOrAboutRange(0, kSecondUs, QStringLiteral("Nowhere")) == QStringLiteral("on or about January 1, 1970"));
}
