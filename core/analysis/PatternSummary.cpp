#include "analysis/PatternSummary.h"

#include "case/CaseError.h"
#include "model/PersonRepository.h"
#include "storage/Database.h"
#include "storage/Statement.h"

#include <QDateTime>
#include <QHash>
#include <QTimeZone>
#include <algorithm>

namespace tessera {

PatternSummary PatternSummary::build(Database& db, qint64 personId, const QString& displayZone) {
    const auto person = PersonRepository::get(db, personId);
    if (!person)
        throw CaseError(ErrorKind::Usage, QStringLiteral("--offender: no person with id %1").arg(personId));
    QTimeZone zone(displayZone.toUtf8());
    if (!zone.isValid())
        zone = QTimeZone::utc();
    QHash<qint64, QString> labels;
    for (const Person& p : PersonRepository::list(db))
        labels.insert(p.id, p.label());

    PatternSummary out;
    out.offenderId = personId;
    out.offenderLabel = person->label();
    QHash<qint64, int> victimIndex;
    QHash<QString, int> placeIndex;
    Statement ev = db.prepare("SELECT e.id, e.lower_utc, e.upper_utc, e.category, e.place FROM event e JOIN event_person a "
                              "ON a.event_id = e.id AND a.role = 'actor' AND a.person_id = ? "
                              "ORDER BY e.lower_utc, e.upper_utc, e.id");
    ev.bind(1, personId);
    while (ev.step()) {
        const qint64 id = ev.int64(0), lower = ev.int64(1), upper = ev.int64(2);
        const QString category = ev.text(3);
        const QString place = ev.isNull(4) ? QString() : ev.text(4).trimmed();
        ++out.events;
        if (out.events == 1)
            out.firstUtcUs = lower;
        out.lastUtcUs = std::max(out.lastUtcUs, upper);
        const QString month = QDateTime::fromMSecsSinceEpoch(lower / 1000, zone).toString(QStringLiteral("yyyy-MM"));
        ++out.actsByCategory[category][month];
        if (!place.isEmpty()) {
            if (!placeIndex.contains(place)) {
                placeIndex.insert(place, static_cast<int>(out.places.size()));
                out.places.append(PatternPlace{place, 0, {}});
            }
            PatternPlace& p = out.places[placeIndex.value(place)];
            ++p.events;
            if (!p.categories.contains(category))
                p.categories << category;
        }
        // Victims: others involved who have the role victim.
        Statement vs = db.prepare("SELECT o.person_id FROM event_person o JOIN person_role r ON r.person_id = o.person_id "
                                  "AND r.role = 'victim' WHERE o.event_id = ? AND o.role = 'other' ORDER BY o.person_id");
        vs.bind(1, id);
        while (vs.step()) {
            const qint64 v = vs.int64(0);
            if (!victimIndex.contains(v)) {
                victimIndex.insert(v, static_cast<int>(out.victims.size()));
                out.victims.append(PatternVictim{v, labels.value(v), 0, lower, upper, {}});
            }
            PatternVictim& pv = out.victims[victimIndex.value(v)];
            ++pv.events;
            pv.lastUtcUs = std::max(pv.lastUtcUs, upper);
            if (!pv.categories.contains(category))
                pv.categories << category;
        }
    }
    for (PatternVictim& v : out.victims)
        v.categories.sort();
    for (PatternPlace& p : out.places)
        p.categories.sort();
    std::stable_sort(out.places.begin(), out.places.end(), [](const PatternPlace& a, const PatternPlace& b) {
        return a.events != b.events ? a.events > b.events : a.place < b.place;
    });
    Statement rc = db.prepare("SELECT COUNT(*) FROM record r WHERE r.exhibit_id NOT IN (SELECT id FROM exhibit WHERE "
                              "withdrawn = 1) AND EXISTS (SELECT 1 FROM identifier i WHERE i.person_id = ? AND "
                              "(i.value = r.originator OR i.value = r.recipient) AND (i.valid_from IS NULL OR "
                              "r.upper_utc >= i.valid_from) AND (i.valid_to IS NULL OR r.lower_utc <= i.valid_to))");
    rc.bind(1, personId);
    if (rc.step())
        out.records = rc.int64(0);
    return out;
}

QVector<PatternSummary> PatternSummary::buildAll(Database& db, const QString& displayZone) {
    QVector<PatternSummary> out;
    for (const Person& p : PersonRepository::list(db))
        if (p.roles.contains(QStringLiteral("offender")) || p.roles.contains(QStringLiteral("suspect")))
            out << build(db, p.id, displayZone);
    return out;
}

} // namespace tessera
