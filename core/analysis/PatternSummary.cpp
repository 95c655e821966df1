#include "analysis/PatternSummary.h"

#include "model/PersonRepository.h"
#include "model/Roles.h"
#include "storage/Database.h"

#include <QDateTime>
#include <QHash>
#include <QTimeZone>
#include <algorithm>

namespace tessera {

QVector<OffenderPattern> PatternSummary::build(Database& db, const QString& displayZone) {
    const QTimeZone zone(displayZone.toUtf8());
    const QVector<Person> people = PersonRepository::list(db);
    QHash<qint64, Person> byId;
    for (const Person& p : people)
        byId.insert(p.id, p);

    // others of each event, once
    QHash<qint64, QVector<qint64>> othersOf;
    {
        Statement s = db.prepare("SELECT event_id, person_id FROM event_person WHERE role = 'other' ORDER BY person_id");
        while (s.step())
            othersOf[s.int64(0)].append(s.int64(1));
    }

    QVector<OffenderPattern> result;
    QHash<qint64, int> indexOf;
    for (const Person& p : people) {
        if (!p.roles.contains(QStringLiteral("offender")) && !p.roles.contains(QStringLiteral("suspect")))
            continue;
        OffenderPattern op;
        op.personId = p.id;
        op.label = p.label();
        indexOf.insert(p.id, int(result.size()));
        result.append(op);
    }
    QVector<QHash<QString, int>> victimIndex(result.size());

    Statement s = db.prepare("SELECT e.id, e.lower_utc, e.upper_utc, e.category, coalesce(e.place, ''), ep.person_id "
                             "FROM event e JOIN event_person ep ON ep.event_id = e.id AND ep.role = 'actor' "
                             "ORDER BY e.lower_utc, e.upper_utc, e.id");
    while (s.step()) {
        const int i = indexOf.value(s.int64(5), -1);
        if (i < 0)
            continue;
        OffenderPattern& op = result[i];
        const qint64 lower = s.int64(1);
        const qint64 upper = s.int64(2);
        const QString category = s.text(3);
        const QString place = s.text(4).trimmed();
        if (op.events == 0)
            op.firstUtcUs = lower;
        op.lastUtcUs = std::max(op.lastUtcUs, upper);
        ++op.events;
        const QDateTime local = QDateTime::fromMSecsSinceEpoch(lower / 1000, QTimeZone::utc())
                                    .toTimeZone(zone.isValid() ? zone : QTimeZone::utc());
        op.byMonth[local.toString(QStringLiteral("yyyy-MM"))][category] += 1;
        if (!place.isEmpty())
            op.places[place] += 1;
        for (qint64 other : othersOf.value(s.int64(0))) {
            const auto it = byId.constFind(other);
            if (it == byId.constEnd() || !it->roles.contains(QStringLiteral("victim")))
                continue;
            const QString label = it->label();
            int vi = victimIndex[i].value(label, -1);
            if (vi < 0) {
                vi = int(op.victims.size());
                victimIndex[i].insert(label, vi);
                op.victims.append({label, 0, lower, upper});
            }
            PatternVictim& v = op.victims[vi];
            ++v.events;
            v.lastUtcUs = std::max(v.lastUtcUs, upper);
        }
    }
    for (OffenderPattern& op : result) {
        for (const QString& category : Vocabulary::eventCategories())
            for (const auto& month : std::as_const(op.byMonth))
                if (month.contains(category)) {
                    op.categories << category;
                    break;
                }
        std::stable_sort(op.victims.begin(), op.victims.end(),
                         [](const PatternVictim& a, const PatternVictim& b) { return a.events > b.events; });
    }
    return result;
}

} // namespace tessera
