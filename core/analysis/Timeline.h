#pragma once

#include "time/TimeSpan.h"

#include <QHash>
#include <QString>
#include <QVector>
#include <functional>
#include <optional>

namespace tessera {

class Database;

/// Which layers a timeline shows (CLI `timeline --layer`).
enum class TimelineLayer { All, Events, Records };

/// What to show: one person's timeline (records carrying their identifiers within the attribution period, events
/// naming them), a time window (UTC microseconds, inclusive, overlapping), a layer.
struct TimelineFilter {
    qint64 personId = 0;                 ///< 0 = everyone
    std::optional<qint64> fromUtcUs;     ///< keep items whose upper bound is at or after this
    std::optional<qint64> toUtcUs;       ///< keep items whose lower bound is at or before this
    TimelineLayer layer = TimelineLayer::All;
    /// Leave out records whose time is a placeholder (hasPlaceholderTime): for chart extents and date ranges only —
    /// tables list every record with its flag.
    bool datedOnly = false;
};

/**
 * The total order of the timeline (DESIGN §5): by lower bound, then upper bound, then events before records, then
 * source order (an event's id; a record's exhibit and row number), so ties keep source order.
 */
struct TimelineKey {
    qint64 lowerUtcUs = 0;
    qint64 upperUtcUs = 0;
    int kind = 0; ///< 0 event, 1 record
    qint64 a = 0; ///< event id, or record's exhibit id
    qint64 b = 0; ///< 0, or record's row number
    bool operator<(const TimelineKey& o) const {
        return std::tie(lowerUtcUs, upperUtcUs, kind, a, b) < std::tie(o.lowerUtcUs, o.upperUtcUs, o.kind, o.a, o.b);
    }
};

/// A person as a timeline shows them: victims and other protected people by pseudonym.
struct PersonRef {
    qint64 id = 0;
    QString label;
};

/// One row of the timeline: a record (imported evidence) or an event (the investigator's assertion).
struct TimelineItem {
    TimelineKey key;
    QString kind;            ///< "record" or "event"
    qint64 id = 0;
    qint64 lowerUtcUs = 0;
    qint64 upperUtcUs = 0;   ///< inclusive
    QString precision;
    QString edtf;            ///< events: their EDTF; records: empty
    QString timeText;        ///< records: as received
    QString timeBasis;
    int timeFlags = 0;       ///< 1 assumed basis, 2 ambiguous, 4 nonexistent local time
    QString category;        ///< event category, or record type (call, text, …)
    QVector<PersonRef> actors;  ///< records: the originating party's people; events: the actors
    QVector<PersonRef> others;  ///< records: the other party's people; events: others involved
    QString summary;         ///< one line; protected people's identifiers shown as their pseudonym
    QVector<qint64> exhibits;   ///< exhibit ids (records: their exhibit; events: supporting and contradicting)
    QString corroboration;   ///< events: independent, pending-authentication, victim-only, unsupported; records: empty
    QString flags;           ///< records: comma-separated flags
    QString location;        ///< records: cell/antenna as given (a sector, never a point)
    qint64 rowNumber = 0;    ///< records: row in the source file
};

/// The record flag an importer sets when a time is a device's "no time" placeholder, not a date (GPX: 1901-12-13,
/// the smallest 32-bit Unix time; see StructuredReaders).
inline const QString kPlaceholderTimeFlag = QStringLiteral("placeholder-time");

/**
 * True when an item's time is a placeholder (a record flagged kPlaceholderTimeFlag). The one rule for every view:
 * such records are listed (tables, CSV) with their flag, but never set a date range ("on or about …") or a chart's
 * extent (the GUI chart, the report's chart and summary).
 */
bool hasPlaceholderTime(const TimelineItem& item);

/**
 * The item's time as a TimeSpan (bounds, precision, EDTF, original text, its own time basis and flags), for display:
 * formatSpanLocal() / onOrAbout() read date-precision spans in this basis, so a date-only record ("20220101", an OFX
 * DTPOSTED) shows as that calendar day in any display zone (DESIGN §5: a date never drifts). Every view of the
 * timeline (CLI table, GUI table, report.pdf, analyst CSV) formats through this and timelineWhen().
 */
TimeSpan timelineItemSpan(const TimelineItem& item);

/**
 * The item's "when" text for a table: formatSpanLocal(timelineItemSpan(item), displayZone) — times in displayZone,
 * dates in their own basis, a span as "lower – upper" — or, when the span cannot be formatted, its ISO UTC lower bound.
 */
QString timelineWhen(const TimelineItem& item, const QString& displayZone);

/**
 * Reads the merged, ordered timeline of records and events, lazily (two index-ordered cursors merged in C++), so a
 * 1,000,000-record case is never loaded whole. Labels come from people and their identifiers, loaded once.
 */
class Timeline {
public:
    explicit Timeline(Database& db);

    /**
     * Calls `sink` for each item in order, starting at `from` (inclusive) when given, at most `limit` items
     * (≤ 0: all); `sink` returns false to stop. Throws CaseError on storage errors.
     */
    void scan(const TimelineFilter& filter, const std::optional<TimelineKey>& from, qint64 limit,
              const std::function<bool(const TimelineItem&)>& sink);
    /**
     * One key-only pass: returns the key of every `pageSize`-th item (item 0, pageSize, 2·pageSize…) and sets
     * `total`. With these anchors a view fetches any page with scan(filter, anchors[p], pageSize, …).
     */
    QVector<TimelineKey> anchors(const TimelineFilter& filter, int pageSize, qint64* total);

    /**
     * Where each record the filter keeps sits on a chart drawn in `displayZone`, in timeline order: displayAxisUs() of
     * its span (date-only records on their own calendar day, others at their lower bound). Records with a placeholder
     * time (hasPlaceholderTime) are left out: they are not dates. One light pass (no labels).
     */
    QVector<qint64> recordAxisTimes(TimelineFilter filter, const QString& displayZone);

    /**
     * Record summaries in the interface language (the GUI's timeline table) instead of English (the default: the CLI,
     * report.pdf and the analyst CSVs). Only Tessera's own words change (CoreWording::translate); parties, the
     * source's words and places stay as they are.
     */
    void setTranslatedSummaries(bool on) { m_translatedSummaries = on; }

    /// The label of a party value (an identifier as stored on records): the people it is attributed to at `atUtcUs`.
    QVector<PersonRef> peopleFor(const QString& value, qint64 lowerUtcUs, qint64 upperUtcUs) const;
    /// Display text of a party: "V-1" / a person's name when attributed, else the value itself.
    QString partyLabel(const QString& value, qint64 lowerUtcUs, qint64 upperUtcUs) const;

private:
    struct Attribution {
        qint64 personId;
        qint64 from;
        qint64 to;
    };
    /// detail: 0 keys only, 1 keys with precision and time basis, 2 everything.
    void scanImpl(const TimelineFilter& filter, const std::optional<TimelineKey>& from, qint64 limit, int detail,
                  const std::function<bool(const TimelineItem&)>& sink);
    Database& m_db;
    bool m_translatedSummaries = false;
    QHash<qint64, PersonRef> m_people;
    QHash<QString, QVector<Attribution>> m_attributions;
};

/**
 * The one-line summary of a record (what the timeline, report.pdf and the analyst CSVs show): its type ("Call",
 * "Calendar event"), direction and parties when it has any ("outgoing: V-1 → +14125550147"; people by label, so a
 * protected person by pseudonym), the duration in seconds, the amount and currency, the source's own descriptive text
 * in quotes (Timesketch `message`, iCalendar SUMMARY, e-mail Subject, a bank payee — record_detail.summary), the place
 * for records whose location is a named place (LOCATION of a calendar event, a hotel, a coordinate; never a cell
 * sector), and its import flags. Parties are left out when none is known and there is no direction, except for calls and texts
 * ("unknown → unknown" is itself a finding there). With `translated`, Tessera's own words in it ("Call", "outgoing",
 * "unknown", "at", "flagged") are in the interface language (CoreWording::translate); the default is English.
 */
QString recordSummary(const QString& recordType, const QString& direction, const QString& originatorLabel,
                      const QString& recipientLabel, qint64 durationS, const QString& amount, const QString& currency,
                      const QString& described, const QString& location, const QString& flags, bool translated = false);

/// The timeline key of an event, or nullopt when there is no such event. Throws CaseError on storage errors.
std::optional<TimelineKey> timelineKeyOfEvent(Database& db, qint64 eventId);
/// The timeline key of a record, or nullopt when there is no such record. Throws CaseError on storage errors.
std::optional<TimelineKey> timelineKeyOfRecord(Database& db, qint64 recordId);

/**
 * Corroboration of an event (DESIGN §6): `independent` when at least one supporting exhibit is not victim-sourced and
 * has an authentication path that does not depend on the victim; `pending-authentication` when such an exhibit exists
 * but no path is recorded yet; `victim-only` when all support is victim-sourced; `unsupported` when nothing supports it.
 * Supporting exhibits are those linked directly (not as contradicting) and those of the records it was promoted from.
 */
QString eventCorroboration(Database& db, qint64 eventId, QVector<qint64>* exhibitIds = nullptr);

} // namespace tessera
