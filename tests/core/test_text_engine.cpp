// The import text engine (issue 6 points 1, 2 and 4): encodings, delimiters, headers, dates by column, exact
// decimals, Excel serials, 12-hour times, phone numbers that read two ways. Small hand-made inputs, one rule each.
#include "ingest/CsvReader.h"
#include "ingest/DelimitedText.h"
#include "ingest/PhoneNormalizer.h"
#include "ingest/TextDecoder.h"
#include "ingest/ValueParsers.h"

#include <catch2/catch.hpp>

using namespace tessera;
using namespace tessera::values;

namespace {
QByteArray utf16(const QString& s, bool bigEndian, bool bom) {
    QByteArray out;
    if (bom)
        out += bigEndian ? QByteArray("\xFE\xFF", 2) : QByteArray("\xFF\xFE", 2);
    for (const QChar c : s) {
        const char hi = static_cast<char>(c.unicode() >> 8), lo = static_cast<char>(c.unicode() & 0xFF);
        out += bigEndian ? QByteArray{&hi, 1} + QByteArray{&lo, 1} : QByteArray{&lo, 1} + QByteArray{&hi, 1};
    }
    return out;
}
QVector<QVector<QByteArray>> rows(const QByteArray& text, char delimiter) {
    CsvReader r(text.constData(), text.size(), delimiter);
    CsvReader::Row row;
    QVector<QVector<QByteArray>> out;
    while (r.next(row))
        out.append(row.fields);
    return out;
}
} // namespace

TEST_CASE("encoding: UTF-8 with and without BOM, UTF-16 LE and BE with and without BOM, Windows-1252 fallback") {
    const QString text = QStringLiteral("name,city\nJosé,Zürich €\n");
    auto plain = TextDecoder::decode(text.toUtf8());
    CHECK(plain.encoding == TextDecoder::Encoding::Utf8);
    CHECK(plain.utf8 == text.toUtf8());
    auto bom = TextDecoder::decode("\xEF\xBB\xBF" + text.toUtf8());
    CHECK(bom.encoding == TextDecoder::Encoding::Utf8Bom);
    CHECK(bom.utf8 == text.toUtf8());
    for (const bool be : {false, true})
        for (const bool withBom : {true, false}) {
            auto d = TextDecoder::decode(utf16(text, be, withBom));
            CHECK(d.ok);
            CHECK(d.encoding == (be ? TextDecoder::Encoding::Utf16Be : TextDecoder::Encoding::Utf16Le));
            CHECK(QString::fromUtf8(d.utf8) == text);
        }
    // Windows-1252: é = E9, ü = FC, € = 80 (not Latin-1's C1 control).
    auto cp = TextDecoder::decode(QByteArray("Jos\xE9,Z\xFCrich \x80\n"));
    CHECK(cp.encoding == TextDecoder::Encoding::Windows1252);
    CHECK(QString::fromUtf8(cp.utf8) == QStringLiteral("José,Zürich €\n"));
    CHECK_FALSE(cp.utf8.contains("\xEF\xBF\xBD")); // never a U+FFFD
}

TEST_CASE("encoding: broken UTF-16 and a false UTF-8 mark are refused, never replaced") {
    QByteArray lone = utf16(QStringLiteral("ab"), false, true);
    lone += QByteArray("\x00\xD8", 2); // a high surrogate with nothing after it
    lone += QByteArray("c\x00", 2);
    auto d = TextDecoder::decode(lone);
    CHECK_FALSE(d.ok);
    CHECK(d.problem.contains(QStringLiteral("surrogate")));
    auto odd = TextDecoder::decode(QByteArray("\xFF\xFE" "a\x00" "b", 5));
    CHECK_FALSE(odd.ok);
    auto falseMark = TextDecoder::decode(QByteArray("\xEF\xBB\xBF" "caf\xE9"));
    CHECK_FALSE(falseMark.ok);
}

TEST_CASE("delimiters: comma, semicolon, tab and pipe are told apart, quoted delimiters do not mislead") {
    CHECK(DelimitedText::sniffDelimiter("a,b,c\n1,2,3\n", 12) == ',');
    const QByteArray semi = "date;amount;text\n01.02.2020;1,50;\"a, b, c\"\n02.02.2020;2,50;x\n";
    CHECK(DelimitedText::sniffDelimiter(semi.constData(), semi.size()) == ';');
    const QByteArray tab = "a\tb\tc\n1\t2,5\t3\n";
    CHECK(DelimitedText::sniffDelimiter(tab.constData(), tab.size()) == '\t');
    const QByteArray pipe = "a|b|c\n\"x|y\"|2|3\n4|5|6\n";
    CHECK(DelimitedText::sniffDelimiter(pipe.constData(), pipe.size()) == '|');
}

TEST_CASE("rows: quoted fields with embedded newlines and doubled quotes, CR, LF and CRLF endings") {
    const QByteArray text = "a,b\r\n\"line 1\nline 2\",\"say \"\"hi\"\"\"\r3,4\n5,6";
    const auto r = rows(text, ',');
    REQUIRE(r.size() == 4);
    CHECK(r[1] == QVector<QByteArray>{"line 1\nline 2", "say \"hi\""});
    CHECK(r[2] == QVector<QByteArray>{"3", "4"});
    CHECK(r[3] == QVector<QByteArray>{"5", "6"});
}

TEST_CASE("header detection: names above values are a header, values in the first row are not") {
    CHECK(DelimitedText::looksLikeHeader({"Date", "Amount", "Payee"}, {{"01/02/2020", "12.00", "Shop"}}));
    CHECK_FALSE(DelimitedText::looksLikeHeader({"1", "11", "770000000"}, {{"2", "21", "770000001"}}));
    CHECK_FALSE(DelimitedText::looksLikeHeader({"2020-01-02", "Shop"}, {{"2020-01-03", "Bar"}}));
    CHECK(DelimitedText::looksLikeHeader({"VWZ1", "Betrag"}, {{"text", "-98,76"}})); // "VWZ1" is a name, not EUR-like
}

TEST_CASE("dates: day-first or month-first decided per column from all its values") {
    DateOrderDetector dayFirst;
    for (const char* v : {"02/05/2019", "15/04/2019", "03/03/2019"})
        dayFirst.add(v);
    CHECK(dayFirst.outcome() == DateOrderDetector::Outcome::Decided);
    CHECK(dayFirst.order() == DateOrder::DMY);
    CHECK(*parseDate("02/05/2019", dayFirst.order()) == QDate(2019, 5, 2));

    DateOrderDetector monthFirst;
    for (const char* v : {"6/12/15", "6/13/15"})
        monthFirst.add(v);
    CHECK(monthFirst.order() == DateOrder::MDY);
    CHECK(*parseDate("6/12/15", DateOrder::MDY) == QDate(2015, 6, 12));

    DateOrderDetector ambiguous;
    for (const char* v : {"05/03/2021", "05/04/2021"})
        ambiguous.add(v);
    CHECK(ambiguous.outcome() == DateOrderDetector::Outcome::Ambiguous);
    CHECK_FALSE(parseDate("05/03/2021", DateOrder::Unknown).has_value());

    DateOrderDetector conflicting;
    for (const char* v : {"13/01/2020", "01/13/2020"})
        conflicting.add(v);
    CHECK(conflicting.outcome() == DateOrderDetector::Outcome::Conflicting);

    DateOrderDetector iso;
    iso.add("2015-12-31");
    CHECK(iso.order() == DateOrder::YMD);
    CHECK(*parseDate("10.10.2017", DateOrder::DMY) == QDate(2017, 10, 10));
    CHECK(*parseDate("20170101", DateOrder::Unknown) == QDate(2017, 1, 1));
    CHECK(*parseDate("02-OCT-10", DateOrder::Unknown) == QDate(2010, 10, 2));
    CHECK(*parseDate("2015-1-13", DateOrder::Unknown) == QDate(2015, 1, 13));
    CHECK_FALSE(parseDate("31/02/2020", DateOrder::DMY).has_value());
}

TEST_CASE("times: 24-hour, 12-hour, fractions, and date-times with their own offset") {
    CHECK(parseTime("06:50 PM")->usOfDay == (18 * 3600 + 50 * 60) * 1000000LL);
    CHECK(parseTime("12:05 am")->usOfDay == 5 * 60 * 1000000LL);
    CHECK(parseTime("12:05 PM")->usOfDay == (12 * 3600 + 5 * 60) * 1000000LL);
    CHECK(parseTime("12:31:46")->precision == TimePrecision::Second);
    CHECK(parseTime("10:57:02.877297")->usOfDay == (10 * 3600 + 57 * 60 + 2) * 1000000LL + 877297);
    CHECK(parseTime("10:57")->precision == TimePrecision::Minute);
    CHECK_FALSE(parseTime("13:00 PM").has_value());
    CHECK_FALSE(parseTime("24:00").has_value());
    const auto a = parseDateTime("2015-07-24T19:01:01+00:00", DateOrder::Unknown);
    REQUIRE(a);
    CHECK(a->hasOffset);
    CHECK(a->offsetSeconds == 0);
    const auto b = parseDateTime("2022-07-24T19:01:01+0000", DateOrder::Unknown);
    CHECK((b && b->hasOffset && b->offsetSeconds == 0));
    const auto c = parseDateTime("2015-07-25 02:01:01-05:30", DateOrder::Unknown);
    CHECK((c && c->offsetSeconds == -(5 * 3600 + 30 * 60)));
    CHECK(offsetBasis(c->offsetSeconds) == QStringLiteral("-05:30"));
    const auto z = parseDateTime("2024-07-24T10:57:02.877297Z", DateOrder::Unknown);
    CHECK((z && z->hasOffset && z->time.precision == TimePrecision::Microsecond));
    const auto mail = parseDateTime("16 Jun 2013 17:50:12 +0200", DateOrder::DMY);
    CHECK((mail && mail->date == QDate(2013, 6, 16) && mail->offsetSeconds == 7200));
    const auto local = parseDateTime("2019-04-15", DateOrder::Unknown);
    CHECK((local && !local->hasTime && !local->hasOffset));
}

TEST_CASE("Excel serial dates: days since 1899-12-30 with a time fraction, the phantom 1900-02-29 refused") {
    CHECK(parseExcelSerial("43831")->date == QDate(2020, 1, 1));
    const auto t = parseExcelSerial("43831.75");
    CHECK((t && t->hasTime && t->time.usOfDay == 18 * 3600 * 1000000LL));
    CHECK(parseExcelSerial("1")->date == QDate(1900, 1, 1));
    CHECK_FALSE(parseExcelSerial("60").has_value());
    CHECK(parseExcelSerial("61")->date == QDate(1900, 3, 1));
    CHECK_FALSE(parseExcelSerial("abc").has_value());
}

TEST_CASE("amounts: decimal comma and thousands separators kept exactly as decimal text") {
    CHECK(*parseDecimal("1.355,90", DecimalStyle::Auto) == QStringLiteral("1355.90"));
    CHECK(*parseDecimal("11'373.94", DecimalStyle::Auto) == QStringLiteral("11373.94"));
    CHECK(*parseDecimal("$1,036.47", DecimalStyle::Auto) == QStringLiteral("1036.47"));
    CHECK(*parseDecimal("-98,76", DecimalStyle::Comma) == QStringLiteral("-98.76"));
    CHECK(*parseDecimal("(12.00)", DecimalStyle::Auto) == QStringLiteral("-12.00"));
    CHECK(*parseDecimal("12.00-", DecimalStyle::Auto) == QStringLiteral("-12.00"));
    CHECK(*parseDecimal("EUR 1.234,56", DecimalStyle::Comma) == QStringLiteral("1234.56"));
    CHECK(*parseDecimal("0.1000000000000000055511151231257827", DecimalStyle::Point) ==
          QStringLiteral("0.1000000000000000055511151231257827")); // no floating point on the way
    CHECK(*parseDecimal("1,000", DecimalStyle::Auto) == QStringLiteral("1000"));
    CHECK(*parseDecimal("1,000", DecimalStyle::Comma) == QStringLiteral("1.000"));
    CHECK_FALSE(parseDecimal("1,00,0", DecimalStyle::Point).has_value());
    CHECK_FALSE(parseDecimal("VWZ1", DecimalStyle::Auto).has_value());
    CHECK_FALSE(parseDecimal("12a", DecimalStyle::Auto).has_value());

    DecimalStyleDetector german;
    for (const char* v : {"-98,76", "1.234,56", "100,00"})
        german.add(v);
    CHECK(german.style() == DecimalStyle::Comma);
    DecimalStyleDetector us;
    for (const char* v : {"1,000.00", "36.33"})
        us.add(v);
    CHECK(us.style() == DecimalStyle::Point);
}

TEST_CASE("phone numbers: 00 prefix per region, digits that read two ways kept raw and flagged") {
    CHECK(PhoneNormalizer::normalize(QStringLiteral("0049 30 901820"), QStringLiteral("DE")).value ==
          QStringLiteral("+4930901820"));
    CHECK(PhoneNormalizer::normalize(QStringLiteral("030 901820"), QStringLiteral("DE")).value ==
          QStringLiteral("+4930901820"));
    CHECK(PhoneNormalizer::normalize(QStringLiteral("011 44 20 7946 0018"), QStringLiteral("US")).value ==
          QStringLiteral("+442079460018"));
    // 11 digits without '+': valid in Germany as a national number (+49 3361…) and as a French mobile (+33 6…).
    const auto two = PhoneNormalizer::normalize(QStringLiteral("33612345678"), QStringLiteral("DE"));
    CHECK(two.status == PhoneNormalizer::Status::Ambiguous);
    CHECK(two.value == QStringLiteral("33612345678"));
    CHECK(two.e164.isEmpty());
    CHECK(PhoneNormalizer::normalize(QStringLiteral("+33612345678"), QStringLiteral("DE")).status ==
          PhoneNormalizer::Status::Valid);
    // A US national number with its trunk prefix reads the same both ways: not ambiguous.
    CHECK(PhoneNormalizer::normalize(QStringLiteral("1 412 555 0147"), QStringLiteral("US")).status ==
          PhoneNormalizer::Status::Valid);
    CHECK(PhoneNormalizer::normalizeIdentifier(QStringLiteral("plate"), QStringLiteral("abc-123 "), QStringLiteral("US")) ==
          QStringLiteral("ABC123"));
}
