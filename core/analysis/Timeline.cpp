#include "analysis/Timeline.h"

#include "model/CoreWording.h"
#include "model/VisibleText.h"

#include "model/IdentifierRepository.h"
#include "model/PersonRepository.h"
#include "storage/Database.h"
#include "time/TimeFormat.h"

#include <limits>

namespace tessera {
namespace {

constexpr qint64 kMin = std::numeric_limits<qint64>::min();
constexpr qint64 kMax = std::numeric_limits<qint64>::max();

/// A word of the summary: English, or in the interface language when `translated` (CoreWording lists these words).
QString word(const char* english, bool translated) {
    const QString w = QString::fromUtf8(english);
    return translated ? CoreWording::translate(w) : w;
}

QString directionWord(const QString& d, bool translated) {
    if (d == QLatin1String("out"))
        return word("outgoing", translated);
    if (d == QLatin1String("in"))
        return word("incoming", translated);
    return word("direction unknown", translated);
}

QString recordTypeWord(const QString& t, bool translated) {
    if (t == QLatin1String("call"))
        return word("Call", translated);
    if (t == QLatin1String("text"))
        return word("Text message", translated);
    if (t == QLatin1String("emergency-call"))
        return word("Emergency call", translated);
    if (t == QLatin1String("email"))
        return word("E-mail", translated);
    if (t.isEmpty())
        return word("Record", translated);
    QString w = t; // "calendar-event" → "Calendar event"
    w.replace(QLatin1Char('-'), QLatin1Char(' '));
    w[0] = w[0].toUpper();
    return translated ? CoreWording::translate(w) : w;
}

/// Record types whose location is a place the source names (an address, a venue, a coordinate), not a cell sector.
bool locationIsAPlace(const QString& recordType) {
    static const QStringList places{"calendar-event", "lodging", "advertisement", "plate-read", "location-point",
                                    "timeline-event", "email"};
    return places.contains(recordType);
}

} // namespace

QString recordSummary(const QString& recordType, const QString& direction, const QString& originatorLabel,
                      const QString& recipientLabel, qint64 durationS, const QString& amount, const QString& currency,
                      const QString& described, const QString& location, const QString& flags, bool translated) {
    QString summary = recordTypeWord(recordType, translated);
    const bool parties = !originatorLabel.isEmpty() || !recipientLabel.isEmpty();
    const bool phoneRecord = recordType == QLatin1String("call") || recordType == QLatin1String("text") ||
                             recordType == QLatin1String("emergency-call");
    if (parties || !direction.isEmpty() || phoneRecord)
        summary += QStringLiteral(", %1: %2 → %3")
                       .arg(directionWord(direction, translated),
                            originatorLabel.isEmpty() ? word("unknown", translated) : originatorLabel,
                            recipientLabel.isEmpty() ? word("unknown", translated) : recipientLabel);
    if (durationS >= 0 && recordType != QLatin1String("text"))
        summary += QStringLiteral(" (%1 s)").arg(durationS);
    if (!amount.isEmpty())
        summary += QStringLiteral(", %1%2").arg(amount, currency.isEmpty() ? QString() : QLatin1Char(' ') + currency);
    // The source's own words (a message, a subject, a calendar title, a payee), less what a party label already says
    // (an OFX payee NAME is the recipient and the start of "NAME — MEMO").
    QString words = described;
    for (const QString& label : {originatorLabel, recipientLabel}) {
        if (label.isEmpty())
            continue;
        if (words == label)
            words.clear();
        else if (words.startsWith(label + QStringLiteral(" \u2014 ")))
            words = words.mid(label.size() + 3);
    }
    if (!words.isEmpty())
        summary += QStringLiteral(": \u201C%1\u201D").arg(words);
    if (!location.isEmpty() && locationIsAPlace(recordType))
        summary += (translated ? CoreWording::translate(QStringLiteral("at %1").arg(location.simplified()))
                               : QStringLiteral("at %1").arg(location.simplified())).prepend(QLatin1Char(' '));
    if (!flags.isEmpty())
        summary += QStringLiteral(" [%1]").arg(word("flagged:", translated) + QLatin1Char(' ') +
                                               QString(flags).replace(QLatin1Char(','), QStringLiteral(", ")));
    return summary;
}

Timeline::Timeline(Database& db) : m_db(db) {
    for (const Person& p : PersonRepository::list(db))
        m_people.insert(p.id, {p.id, p.label()});
    for (const Identifier& i : IdentifierRepository::all(db))
        m_attributions[i.value].append({i.personId, i.validFromUtcUs ? i.validFromUtcUs : kMin,
                                        i.validToUtcUs ? i.validToUtcUs : kMax});
}

QVector<PersonRef> Timeline::peopleFor(const QString& value, qint64 lower, qint64 upper) const {
    QVector<PersonRef> out;
    const auto it = m_attributions.constFind(value);
    if (it == m_attributions.constEnd())
        return out;
    for (const Attribution& a : *it) {
        if (upper < a.from || lower > a.to)
            continue;
        const PersonRef ref = m_people.value(a.personId);
        bool seen = false;
        for (const PersonRef& r : out)
            seen = seen || r.id == ref.id;
        if (!seen)
            out.append(ref);
    }
    return out;
}

QString Timeline::partyLabel(const QString& value, qint64 lower, qint64 upper) const {
    const QVector<PersonRef> people = peopleFor(value, lower, upper);
    if (people.isEmpty())
        return value.isEmpty() ? QStringLiteral("unknown") : value;
    QStringList labels;
    for (const PersonRef& p : people)
        labels << p.label;
    return labels.join(QStringLiteral(" / "));
}

void Timeline::scan(const TimelineFilter& filter, const std::optional<TimelineKey>& from, qint64 limit,
                    const std::function<bool(const TimelineItem&)>& sink) {
    scanImpl(filter, from, limit, 2, sink);
}

QVector<TimelineKey> Timeline::anchors(const TimelineFilter& filter, int pageSize, qint64* total) {
    QVector<TimelineKey> out;
    qint64 n = 0;
    scanImpl(filter, std::nullopt, 0, 0, [&](const TimelineItem& item) {
        if (n % pageSize == 0)
            out.append(item.key);
        ++n;
        return true;
    });
    if (total)
        *total = n;
    return out;
}

QVector<qint64> Timeline::recordAxisTimes(TimelineFilter filter, const QString& displayZone) {
    filter.layer = TimelineLayer::Records;
    filter.datedOnly = true; // a placeholder time (1901-12-13) is not a date: the table lists it, the chart does not
    QVector<qint64> out;
    scanImpl(filter, std::nullopt, 0, 1, [&](const TimelineItem& item) {
        out.append(item.precision == QLatin1String("second") || item.precision == QLatin1String("microsecond")
                       ? item.lowerUtcUs
                       : displayAxisUs(timelineItemSpan(item), displayZone));
        return true;
    });
    return out;
}

void Timeline::scanImpl(const TimelineFilter& filter, const std::optional<TimelineKey>& from, qint64 limit,
                        int detail, const std::function<bool(const TimelineItem&)>& sink) {
    const bool keysOnly = detail < 2;
    const bool wantRecords = filter.layer != TimelineLayer::Events;
    const bool wantEvents = filter.layer != TimelineLayer::Records;
    const TimelineKey start = from.value_or(TimelineKey{kMin, kMin, 0, kMin, kMin});
    const qint64 fromUs = filter.fromUtcUs.value_or(kMin);
    const qint64 toUs = filter.toUtcUs.value_or(kMax);

    // Records: key (lower, upper, 1, exhibit, row) >= start.
    QByteArray rsql = detail == 0 ? "SELECT r.id, r.lower_utc, r.upper_utc, r.exhibit_id, r.row_number"
                    : detail == 1 ? "SELECT r.id, r.lower_utc, r.upper_utc, r.exhibit_id, r.row_number, r.precision, "
                                    "NULL, r.time_basis"
                               : "SELECT r.id, r.lower_utc, r.upper_utc, r.exhibit_id, r.row_number, r.precision, "
                                 "r.time_text, r.time_basis, r.time_flags, r.record_type, r.direction, r.duration_s, "
                                 "r.originator, r.recipient, r.location, r.flags, d.amount, d.currency, d.summary";
    rsql += detail == 2 ? " FROM record r LEFT JOIN record_detail d ON d.record_id = r.id WHERE" : " FROM record r WHERE";
    rsql += " r.lower_utc >= ?1 AND (r.lower_utc, r.upper_utc, r.exhibit_id, r.row_number) >= "
            "(?1, ?2, ?3, ?4) AND r.lower_utc <= ?5 AND r.upper_utc >= ?6 "
            "AND r.exhibit_id NOT IN (SELECT id FROM exhibit WHERE withdrawn = 1) "
            "AND r.id NOT IN (SELECT record_id FROM record_quarantine)"; // out of a legal process's scope (issue 10)
    if (filter.datedOnly) // hasPlaceholderTime() in SQL: flags are comma-separated
        rsql += " AND (',' || coalesce(r.flags, '') || ',') NOT LIKE '%,placeholder-time,%'";
    if (filter.personId)
        rsql += " AND EXISTS (SELECT 1 FROM identifier i WHERE i.person_id = ?7 AND (i.value = r.originator OR "
                "i.value = r.recipient) AND (i.valid_from IS NULL OR r.upper_utc >= i.valid_from) AND "
                "(i.valid_to IS NULL OR r.lower_utc <= i.valid_to))";
    rsql += " ORDER BY r.lower_utc, r.upper_utc, r.exhibit_id, r.row_number";
    // Events: key (lower, upper, 0, id, 0) >= start.
    QByteArray esql = "SELECT e.id, e.lower_utc, e.upper_utc, e.precision, e.edtf, e.time_basis, e.time_flags, "
                      "e.category, e.summary, e.place FROM event e WHERE e.lower_utc >= ?1 AND "
                      "(e.lower_utc, e.upper_utc, e.id) >= (?1, ?2, ?3) AND e.lower_utc <= ?5 AND e.upper_utc >= ?6";
    if (filter.personId)
        esql += " AND EXISTS (SELECT 1 FROM event_person ep WHERE ep.event_id = e.id AND ep.person_id = ?7)";
    esql += " ORDER BY e.lower_utc, e.upper_utc, e.id";

    std::optional<Statement> rs, es;
    if (wantRecords) {
        rs.emplace(m_db.prepare(rsql.constData()));
        rs->bind(1, start.lowerUtcUs).bind(2, start.upperUtcUs);
        rs->bind(3, start.kind == 1 ? start.a : kMin).bind(4, start.kind == 1 ? start.b : kMin);
        rs->bind(5, toUs).bind(6, fromUs);
        if (filter.personId)
            rs->bind(7, filter.personId);
    }
    if (wantEvents) {
        es.emplace(m_db.prepare(esql.constData()));
        es->bind(1, start.lowerUtcUs).bind(2, start.upperUtcUs);
        es->bind(3, start.kind == 0 ? start.a : kMax);
        es->bind(5, toUs).bind(6, fromUs);
        if (filter.personId)
            es->bind(7, filter.personId);
    }
    bool rHas = rs && rs->step();
    bool eHas = es && es->step();
    qint64 emitted = 0;
    while (rHas || eHas) {
        if (limit > 0 && emitted >= limit)
            return;
        TimelineItem item;
        bool takeEvent = false;
        TimelineKey rk, ek;
        if (rHas)
            rk = {rs->int64(1), rs->int64(2), 1, rs->int64(3), rs->int64(4)};
        if (eHas)
            ek = {es->int64(1), es->int64(2), 0, es->int64(0), 0};
        takeEvent = eHas && (!rHas || ek < rk);
        if (takeEvent) {
            Statement& s = *es;
            item.key = ek;
            item.kind = QStringLiteral("event");
            item.id = s.int64(0);
            item.lowerUtcUs = s.int64(1);
            item.upperUtcUs = s.int64(2);
            if (!keysOnly) {
                item.precision = s.text(3);
                item.edtf = s.text(4);
                item.timeBasis = s.text(5);
                item.timeFlags = s.int32(6);
                item.category = s.text(7);
                item.summary = visibleControls(s.text(8));
                item.location = s.text(9);
                Statement ps = m_db.prepare("SELECT person_id, role FROM event_person WHERE event_id = ? ORDER BY person_id");
                ps.bind(1, item.id);
                while (ps.step()) {
                    const PersonRef ref = m_people.value(ps.int64(0));
                    (ps.text(1) == QLatin1String("actor") ? item.actors : item.others).append(ref);
                }
                item.corroboration = eventCorroboration(m_db, item.id, &item.exhibits);
            }
            eHas = es->step();
        } else {
            Statement& s = *rs;
            item.key = rk;
            item.kind = QStringLiteral("record");
            item.id = s.int64(0);
            item.lowerUtcUs = s.int64(1);
            item.upperUtcUs = s.int64(2);
            item.exhibits = {s.int64(3)};
            item.rowNumber = s.int64(4);
            if (detail == 1) {
                item.precision = s.text(5);
                item.timeBasis = s.text(7);
            }
            if (!keysOnly) {
                item.precision = s.text(5);
                item.timeText = s.text(6);
                item.timeBasis = s.text(7);
                item.timeFlags = s.int32(8);
                item.category = s.text(9);
                const QString direction = s.text(10);
                const bool hasDuration = !s.isNull(11);
                const qint64 duration = s.int64(11);
                const QString originator = s.text(12);
                const QString recipient = s.text(13);
                item.location = s.text(14);
                item.flags = s.text(15);
                item.actors = peopleFor(originator, item.lowerUtcUs, item.upperUtcUs);
                item.others = peopleFor(recipient, item.lowerUtcUs, item.upperUtcUs);
                const QString amount = s.text(16);
                const QString currency = s.text(17);
                const QString described = s.text(18).simplified();
                auto label = [&](const QString& v) {
                    return v.isEmpty() ? QString() : partyLabel(v, item.lowerUtcUs, item.upperUtcUs);
                };
                item.summary = visibleControls(recordSummary(item.category, direction, label(originator), label(recipient),
                                                             hasDuration ? duration : -1, amount, currency, described,
                                                             item.location, item.flags, m_translatedSummaries));
            }
            rHas = rs->step();
        }
        ++emitted;
        if (!sink(item))
            return;
    }
}

bool hasPlaceholderTime(const TimelineItem& item) {
    return item.kind == QLatin1String("record") && item.flags.split(QLatin1Char(',')).contains(kPlaceholderTimeFlag);
}

TimeSpan timelineItemSpan(const TimelineItem& item) {
    TimeSpan span;
    span.lowerUtcUs = item.lowerUtcUs;
    span.upperUtcUs = item.upperUtcUs;
    span.precision = timePrecisionFromName(item.precision);
    span.edtf = item.edtf;
    span.originalText = item.timeText;
    span.timeBasis = item.timeBasis;
    span.basisAssumed = (item.timeFlags & 1) != 0;
    span.ambiguous = (item.timeFlags & 2) != 0;
    span.nonexistent = (item.timeFlags & 4) != 0;
    return span;
}

QString timelineWhen(const TimelineItem& item, const QString& displayZone) {
    const QString text = formatSpanLocal(timelineItemSpan(item), displayZone);
    return text.isEmpty() ? formatIsoUtc(item.lowerUtcUs) : text;
}

std::optional<TimelineKey> timelineKeyOfEvent(Database& db, qint64 eventId) {
    Statement s = db.prepare("SELECT lower_utc, upper_utc FROM event WHERE id = ?");
    s.bind(1, eventId);
    if (!s.step())
        return std::nullopt;
    return TimelineKey{s.int64(0), s.int64(1), 0, eventId, 0};
}

std::optional<TimelineKey> timelineKeyOfRecord(Database& db, qint64 recordId) {
    Statement s = db.prepare("SELECT lower_utc, upper_utc, exhibit_id, row_number FROM record WHERE id = ?");
    s.bind(1, recordId);
    if (!s.step())
        return std::nullopt;
    return TimelineKey{s.int64(0), s.int64(1), 1, s.int64(2), s.int64(3)};
}

QString eventCorroboration(Database& db, qint64 eventId, QVector<qint64>* exhibitIds) {
    Statement s = db.prepare(
        "SELECT x.id, x.victim_sourced, x.authentication_method, x.authentication_victim_dependent, l.contradicts "
        "FROM (SELECT exhibit_id, contradicts FROM event_exhibit WHERE event_id = ?1 "
        "      UNION SELECT r.exhibit_id, 0 FROM event_record er JOIN record r ON r.id = er.record_id "
        "      WHERE er.event_id = ?1 AND r.id NOT IN (SELECT record_id FROM record_quarantine)) l "
        "JOIN exhibit x ON x.id = l.exhibit_id WHERE x.withdrawn = 0 "
        // Sealed after a withdrawal of consent: excluded from analysis, listed for the prosecutor (DESIGN §7, §10).
        "AND x.id NOT IN (SELECT exhibit_id FROM exhibit_seal) ORDER BY x.id");
    s.bind(1, eventId);
    bool any = false, independent = false, pending = false;
    while (s.step()) {
        if (exhibitIds && !exhibitIds->contains(s.int64(0)))
            exhibitIds->append(s.int64(0));
        if (s.int64(4) != 0)
            continue; // contradicting evidence is disclosed, never counted as support
        any = true;
        const bool victimSourced = s.int64(1) != 0;
        const bool hasPath = !s.isNull(2) && !s.text(2).isEmpty();
        if (!victimSourced && hasPath && s.int64(3) == 0)
            independent = true;
        else if (!victimSourced)
            pending = true;
    }
    if (independent)
        return QStringLiteral("independent");
    if (pending)
        return QStringLiteral("pending-authentication");
    return any ? QStringLiteral("victim-only") : QStringLiteral("unsupported");
}

} // namespace tessera
