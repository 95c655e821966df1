// iCalendar recurrence (RFC 5545 §3.3.10, §3.8.5): RRULE DAILY/WEEKLY/MONTHLY/YEARLY with INTERVAL, COUNT, UNTIL and
// weekly BYDAY, EXDATE and RDATE expanded into one record per occurrence; wall-clock times across DST; open-ended
// rules stopped at a documented horizon with a warning; parts Tessera does not expand kept as the first occurrence
// with a warning naming line and part. Small hand-made calendars.
#include "TestSupport.h"

#include "ingest/RecordImporter.h"
#include "ingest/Recurrence.h"
#include "storage/Database.h"
#include "storage/Statement.h"

#include <QDateTime>
#include <catch2/catch.hpp>

using namespace tessera;
using namespace tessera::test;

namespace Catch {
template <> struct StringMaker<QString> {
    static std::string convert(const QString& s) { return '"' + s.toStdString() + '"'; }
};
template <> struct StringMaker<QStringList> {
    static std::string convert(const QStringList& l) { return '[' + l.join(QStringLiteral(" | ")).toStdString() + ']'; }
};
} // namespace Catch

namespace {

struct Calendar {
    Scratch s;
    std::unique_ptr<Case> c = Case::create(s.path(QStringLiteral("r.tessera")), QStringLiteral("pw"), testOptions());
    int files = 0;

    /// Imports the events (VEVENT bodies, CRLF added) as one calendar; the time basis is left to the file.
    ImportResult import(const QList<QByteArray>& events) {
        QByteArray text = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n";
        for (const QByteArray& e : events)
            text += "BEGIN:VEVENT\r\n" + QByteArray(e).replace("\n", "\r\n") + "END:VEVENT\r\n";
        text += "END:VCALENDAR\r\n";
        const QString path = s.path(QStringLiteral("cal%1.ics").arg(++files));
        writeFile(path, text);
        ImportOptions o;
        o.profile = QStringLiteral("ics");
        return RecordImporter::run(*c, path, o);
    }
    /// One column of the exhibit's records in time order.
    QStringList col(qint64 exhibit, const char* expr) {
        Statement st = c->db().prepare(QByteArray("SELECT ") + expr +
                                       " FROM record WHERE exhibit_id = ? ORDER BY lower_utc, id");
        st.bind(1, exhibit);
        QStringList out;
        while (st.step())
            out << st.text(0);
        return out;
    }
    QStringList starts(qint64 exhibit) {
        QStringList out;
        for (const QString& us : col(exhibit, "lower_utc"))
            out << QDateTime::fromMSecsSinceEpoch(us.toLongLong() / 1000, Qt::UTC).toString(QStringLiteral("yyyy-MM-ddTHH:mm"));
        return out;
    }
};

bool warns(const ImportResult& r, const QString& part) {
    for (const QString& w : r.warnings)
        if (w.contains(part))
            return true;
    return false;
}

} // namespace

TEST_CASE("ics recurrence: weekly with COUNT keeps 09:00 New York across the March DST change") {
    Calendar cal;
    const auto r = cal.import({"UID:1\nDTSTART;TZID=America/New_York:20230301T090000\n"
                               "DTEND;TZID=America/New_York:20230301T100000\nSUMMARY:Meeting\n"
                               "RRULE:FREQ=WEEKLY;COUNT=3\n"});
    CHECK(r.records == 3);
    // 1 March is EST (UTC-5), 8 March too, 15 March is EDT (UTC-4): the same wall-clock time, a different instant.
    CHECK(cal.starts(r.exhibitId) == QStringList{"2023-03-01T14:00", "2023-03-08T14:00", "2023-03-15T13:00"});
    // The occurrence index is a field (X-TESSERA-OCCURRENCE), not a flag: an occurrence is not a finding.
    CHECK(cal.col(r.exhibitId, "flags") == QStringList{"", "", ""});
    CHECK(cal.col(r.exhibitId, "substr(fields, -27)") ==
          QStringList{"\"X-TESSERA-OCCURRENCE\":\"1\"}", "\"X-TESSERA-OCCURRENCE\":\"2\"}", "\"X-TESSERA-OCCURRENCE\":\"3\"}"});
    // The same row, the same original fields, each an hour long (DTEND's duration).
    CHECK(cal.col(r.exhibitId, "row_number") == QStringList{"4", "4", "4"});
    const QStringList fields = cal.col(r.exhibitId, "fields");
    CHECK(fields[0].chopped(4) == fields[2].chopped(4)); // the source's fields, then the index
    CHECK(fields[0].startsWith(QStringLiteral("{\"UID\":\"1\",\"DTSTART\":\"20230301T090000\"")));
    CHECK(r.flagged == 0);
    CHECK(cal.col(r.exhibitId, "(upper_utc - lower_utc + 1) / 60000000") == QStringList{"60", "60", "60"});
    CHECK(cal.col(r.exhibitId, "time_basis") == QStringList{"America/New_York", "America/New_York", "America/New_York"});
    CHECK(cal.col(r.exhibitId, "time_text")[2].startsWith(QStringLiteral("20230315T090000 (occurrence 3")));
}

TEST_CASE("ics recurrence: daily INTERVAL and UNTIL in UTC, EXDATE removes one, RDATE adds one") {
    Calendar cal;
    const auto r = cal.import({"UID:2\nDTSTART;TZID=Europe/Berlin:20230324T200000\n"
                               "RRULE:FREQ=DAILY;INTERVAL=2;UNTIL=20230330T190000Z\n"
                               "EXDATE;TZID=Europe/Berlin:20230328T200000\n"
                               "RDATE;TZID=Europe/Berlin:20230325T120000\n"});
    // 24, 26, 28 (excluded), 30 March 20:00 Berlin; 30 March 20:00 CEST is 18:00Z, within UNTIL 19:00Z. Berlin moves
    // to CEST on 26 March. The RDATE adds 25 March 12:00 CET.
    CHECK(cal.starts(r.exhibitId) ==
          QStringList{"2023-03-24T19:00", "2023-03-25T11:00", "2023-03-26T18:00", "2023-03-30T18:00"});
    CHECK(r.records == 4);
}

TEST_CASE("ics recurrence: weekly BYDAY with INTERVAL 2, monthly skips the 31st, yearly skips 29 February") {
    Calendar cal;
    const auto weekly = cal.import({"UID:3\nDTSTART:20230102T170000Z\nRRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH;COUNT=5\n"});
    // Monday 2 Jan, Thursday 5 Jan, then the week of 16 Jan (every other week), then 30 Jan.
    CHECK(cal.starts(weekly.exhibitId) ==
          QStringList{"2023-01-02T17:00", "2023-01-05T17:00", "2023-01-16T17:00", "2023-01-19T17:00", "2023-01-30T17:00"});

    const auto monthly = cal.import({"UID:4\nDTSTART;VALUE=DATE:20230131\nRRULE:FREQ=MONTHLY;COUNT=3\n"});
    // 31 January, (no 31 February), 31 March, (no 31 April), 31 May: all-day, each its own day.
    CHECK(cal.col(monthly.exhibitId, "time_text").size() == 3);
    CHECK(cal.col(monthly.exhibitId, "flags") == QStringList{"all-day", "all-day", "all-day"});
    CHECK(cal.col(monthly.exhibitId, "substr(time_text, 1, 8)") == QStringList{"20230131", "20230331", "20230531"});

    const auto yearly =
        cal.import({"UID:5\nDTSTART:20200229T120000Z\nRRULE:FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29;UNTIL=20281231T000000Z\n"});
    CHECK(cal.starts(yearly.exhibitId) == QStringList{"2020-02-29T12:00", "2024-02-29T12:00", "2028-02-29T12:00"});
}

TEST_CASE("ics recurrence: an open-ended rule stops at the calendar's latest date, with a warning naming the line") {
    Calendar cal;
    const auto r = cal.import({"UID:6\nDTSTART:20230106T180000Z\nRRULE:FREQ=WEEKLY\nSUMMARY:Standing\n",
                               "UID:7\nDTSTART:20230201T100000Z\nSUMMARY:Last other event\n"});
    // Fridays 6, 13, 20, 27 January; the latest record is 1 February.
    CHECK(r.records == 5);
    CHECK(cal.col(r.exhibitId, "fields").filter(QStringLiteral("\"X-TESSERA-OCCURRENCE\":\"4\"")).size() == 1);
    CHECK(warns(r, QStringLiteral("line 4: the event repeats with no end")));
    CHECK(warns(r, QStringLiteral("up to 2023-02-01")));

    // Alone in its calendar, and with a later event more than two years on: at most two years after its start.
    const auto alone = cal.import({"UID:8\nDTSTART:20230101T080000Z\nRRULE:FREQ=DAILY\n",
                                   "UID:9\nDTSTART:20300101T080000Z\n"});
    CHECK(alone.records == 732 + 1); // 1 Jan 2023 … 1 Jan 2025 (732 days), and the 2030 event
    CHECK(warns(alone, QStringLiteral("up to 2025-01-01")));
}

TEST_CASE("ics recurrence: parts Tessera does not expand import the first occurrence and name the part") {
    Calendar cal;
    const auto r = cal.import({"UID:10\nDTSTART:20230103T090000Z\nRRULE:FREQ=MONTHLY;BYDAY=TU;BYSETPOS=1\n",
                               "UID:11\nDTSTART:20230103T090000Z\nRRULE:FREQ=DAILY;BYHOUR=9,17\n",
                               "UID:12\nDTSTART:20230103T090000Z\nRRULE:FREQ=MONTHLY;BYDAY=2TU\n"});
    CHECK(r.records == 3);
    CHECK(cal.col(r.exhibitId, "flags") ==
          QStringList{"recurrence-not-expanded", "recurrence-not-expanded", "recurrence-not-expanded"});
    CHECK(warns(r, QStringLiteral("line 4: the event's recurrence (BYSETPOS) is not expanded")));
    CHECK(warns(r, QStringLiteral("line 9: the event's recurrence (BYHOUR) is not expanded")));
    CHECK(warns(r, QStringLiteral("line 14: the event's recurrence (BYDAY with an ordinal) is not expanded")));
}

TEST_CASE("ics recurrence: an event without RRULE is one record with no occurrence flag") {
    Calendar cal;
    const auto r = cal.import({"UID:13\nDTSTART:20230103T090000Z\nSUMMARY:Once\n"});
    CHECK(r.records == 1);
    CHECK(cal.col(r.exhibitId, "flags") == QStringList{""});
}

TEST_CASE("recurrence rule: parsing and the dates of a rule") {
    QString why;
    auto rule = RecurrenceRule::parse("FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,WE;WKST=SU;COUNT=4", why);
    REQUIRE(rule);
    CHECK(rule->interval == 2);
    CHECK(rule->byDay == QList<int>{1, 3});
    CHECK(rule->weekStart == 7);
    CHECK(RecurrenceRule::parse("INTERVAL=2", why) == std::nullopt);
    CHECK(why == QStringLiteral("FREQ"));
    CHECK(RecurrenceRule::parse("FREQ=HOURLY", why) == std::nullopt);
    CHECK(why == QStringLiteral("FREQ=HOURLY"));
    CHECK(RecurrenceRule::parse("FREQ=DAILY;BYWEEKNO=20", why) == std::nullopt);
    CHECK(why == QStringLiteral("BYWEEKNO"));
    auto yearly = RecurrenceRule::parse("FREQ=YEARLY;BYMONTH=4", why);
    REQUIRE(yearly);
    CHECK(yearly->unsupportedFrom(QDate(2023, 3, 14)) == QStringLiteral("BYMONTH"));
    CHECK(yearly->unsupportedFrom(QDate(2023, 4, 14)).isEmpty());

    // A hard limit on any rule.
    auto daily = RecurrenceRule::parse("FREQ=DAILY;COUNT=100000", why);
    REQUIRE(daily);
    bool capped = false;
    CHECK(daily->dates(QDate(2023, 1, 1), {}, QDate(), 50, &capped).size() == 50);
    CHECK(capped);
    // DTSTART counts as the first instance even when the weekdays do not include it.
    auto tuesdays = RecurrenceRule::parse("FREQ=WEEKLY;BYDAY=TU;COUNT=2", why);
    REQUIRE(tuesdays);
    CHECK(tuesdays->dates(QDate(2023, 1, 2), {}, QDate(), 100, &capped) ==
          QVector<QDate>{QDate(2023, 1, 2), QDate(2023, 1, 3)});
}
