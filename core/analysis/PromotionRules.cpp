#include "analysis/PromotionRules.h"

#include "case/CaseError.h"
#include "model/PersonRepository.h"
#include "storage/Database.h"
#include "storage/Statement.h"

#include <QDateTime>
#include <QHash>
#include <QMap>
#include <QSet>
#include <QTimeZone>
#include <algorithm>

namespace tessera {
namespace {

struct Attribution {
    qint64 personId;
    qint64 from; ///< 0 = open
    qint64 to;   ///< 0 = open
};

QTimeZone zoneOf(const QString& name) {
    QTimeZone z(name.toUtf8());
    return z.isValid() ? z : QTimeZone::utc();
}

QString localDay(qint64 us, const QTimeZone& zone) {
    return QDateTime::fromMSecsSinceEpoch(us / 1000, zone).date().toString(Qt::ISODate);
}

/// People attributed to `value` at [lower, upper].
QVector<qint64> peopleFor(const QHash<QString, QVector<Attribution>>& attributions, const QString& value, qint64 lower,
                          qint64 upper) {
    QVector<qint64> out;
    for (const Attribution& a : attributions.value(value))
        if ((a.from == 0 || upper >= a.from) && (a.to == 0 || lower <= a.to) && !out.contains(a.personId))
            out << a.personId;
    return out;
}

QHash<QString, QVector<Attribution>> loadAttributions(Database& db) {
    QHash<QString, QVector<Attribution>> out;
    Statement s = db.prepare("SELECT value, person_id, valid_from, valid_to FROM identifier");
    while (s.step())
        out[s.text(0)].append({s.int64(1), s.isNull(2) ? 0 : s.int64(2), s.isNull(3) ? 0 : s.int64(3)});
    return out;
}

} // namespace

QStringList PromotionRules::ruleIds() {
    return {QStringLiteral("buyer-contact")};
}

QVector<EventProposal> PromotionRules::propose(Database& db, const QString& displayZone) {
    const QTimeZone zone = zoneOf(displayZone);
    const auto attributions = loadAttributions(db);
    QHash<qint64, Person> people;
    for (const Person& p : PersonRepository::list(db))
        people.insert(p.id, p);
    auto has = [&people](qint64 id, const char* role) {
        return people.value(id).roles.contains(QString::fromLatin1(role));
    };
    // (offender, buyer, day) → records.
    QMap<QString, EventProposal> byKey;
    Statement s = db.prepare("SELECT r.id, r.lower_utc, r.upper_utc, r.originator, r.recipient, r.record_type FROM record r "
                             "WHERE r.record_type IN ('call','text') AND r.exhibit_id NOT IN (SELECT id FROM exhibit WHERE "
                             "withdrawn = 1) AND NOT EXISTS (SELECT 1 FROM event_record er WHERE er.record_id = r.id) "
                             "ORDER BY r.lower_utc, r.id");
    while (s.step()) {
        const qint64 id = s.int64(0), lower = s.int64(1), upper = s.int64(2);
        const QVector<qint64> a = peopleFor(attributions, s.text(3), lower, upper);
        const QVector<qint64> b = peopleFor(attributions, s.text(4), lower, upper);
        for (const auto& [left, right] : {std::pair{a, b}, std::pair{b, a}})
            for (qint64 offender : left)
                for (qint64 buyer : right) {
                    if (offender == buyer || !(has(offender, "offender") || has(offender, "suspect")) ||
                        !has(buyer, "sex-buyer"))
                        continue;
                    const QString day = localDay(lower, zone);
                    const QString key = QStringLiteral("buyer-contact/%1/%2/%3").arg(offender).arg(buyer).arg(day);
                    EventProposal& p = byKey[key];
                    if (p.key.isEmpty()) {
                        p.rule = QStringLiteral("buyer-contact");
                        p.key = key;
                        p.category = QStringLiteral("communication");
                        p.when = day;
                        p.timeBasis = zone.id();
                        p.actors = {offender};
                        p.others = {buyer};
                    }
                    if (!p.records.contains(id))
                        p.records << id;
                }
    }
    QVector<EventProposal> out;
    for (EventProposal& p : byKey) {
        p.summary = QStringLiteral("%1 call(s) or text(s) between %2 and sex buyer %3")
                        .arg(p.records.size())
                        .arg(people.value(p.actors.first()).label(), people.value(p.others.first()).label());
        out << p;
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const EventProposal& x, const EventProposal& y) { return x.when < y.when; });
    return out;
}

EventProposal PromotionRules::fromRecords(Database& db, const QVector<qint64>& recordIds, const QString& displayZone) {
    if (recordIds.isEmpty())
        throw CaseError(ErrorKind::Usage, QStringLiteral("--from-record: choose at least one record"));
    const QTimeZone zone = zoneOf(displayZone);
    const auto attributions = loadAttributions(db);
    QHash<qint64, Person> people;
    for (const Person& p : PersonRepository::list(db))
        people.insert(p.id, p);
    EventProposal p;
    p.rule = QStringLiteral("selection");
    p.timeBasis = zone.id();
    qint64 lower = 0, upper = 0;
    bool allContact = true;
    QString singleTime;
    for (qint64 id : recordIds) {
        Statement s = db.prepare("SELECT lower_utc, upper_utc, originator, recipient, record_type FROM record WHERE id = ?");
        s.bind(1, id);
        if (!s.step())
            throw CaseError(ErrorKind::Usage, QStringLiteral("--from-record: no record with id %1").arg(id));
        const qint64 lo = s.int64(0), up = s.int64(1);
        lower = p.records.isEmpty() ? lo : std::min(lower, lo);
        upper = p.records.isEmpty() ? up : std::max(upper, up);
        allContact = allContact && (s.text(4) == QLatin1String("call") || s.text(4) == QLatin1String("text"));
        for (const QString& party : {s.text(2), s.text(3)})
            for (qint64 person : peopleFor(attributions, party, lo, up)) {
                const bool offender = people.value(person).roles.contains(QStringLiteral("offender")) ||
                                      people.value(person).roles.contains(QStringLiteral("suspect"));
                QVector<qint64>& list = offender ? p.actors : p.others;
                if (!list.contains(person))
                    list << person;
            }
        if (!p.records.contains(id))
            p.records << id;
        singleTime = QDateTime::fromMSecsSinceEpoch(lo / 1000, zone).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
    }
    const QString first = localDay(lower, zone), last = localDay(upper, zone);
    p.when = p.records.size() == 1 ? singleTime : first == last ? first : first + QLatin1Char('/') + last;
    p.category = allContact ? QStringLiteral("communication") : QStringLiteral("other");
    p.key = QStringLiteral("selection/%1").arg(p.records.first());
    QStringList names;
    for (qint64 id : p.actors + p.others)
        names << people.value(id).label();
    p.summary = QStringLiteral("%1 record(s)%2").arg(p.records.size())
                    .arg(names.isEmpty() ? QString() : QStringLiteral(" involving ") + names.join(QStringLiteral(", ")));
    return p;
}

} // namespace tessera
