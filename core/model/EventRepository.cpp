#include "model/EventRepository.h"

#include "case/Case.h"
#include "case/CaseError.h"
#include "model/PersonRepository.h"
#include "model/Roles.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "time/Edtf.h"
#include "time/TimeFormat.h"

#include <QDateTime>
#include <QJsonObject>

namespace tessera {

qint64 EventRepository::add(Case& c, const NewEvent& e) {
    if (!Vocabulary::eventCategories().contains(e.category))
        throw CaseError(ErrorKind::Usage, QStringLiteral("--category: unknown event category (expected one of %1)")
                                              .arg(Vocabulary::eventCategories().join(QStringLiteral(", "))));
    if (e.summary.trimmed().isEmpty())
        throw CaseError(ErrorKind::Usage, QStringLiteral("--summary: empty"));
    const bool assumed = e.timeBasis.isEmpty();
    const QString basis = assumed ? c.settings().value(CaseSettings::Key::DisplayZone) : e.timeBasis;
    const EdtfResult when = parseEdtf(e.when, basis, assumed);
    if (!when.ok())
        throw CaseError(ErrorKind::Usage, QStringLiteral("--when: %1").arg(when.error));
    Database& db = c.db();
    for (qint64 id : e.actors + e.others)
        if (!PersonRepository::get(db, id))
            throw CaseError(ErrorKind::Usage, QStringLiteral("--actor/--other: no person with id %1").arg(id));
    Transaction tx(db);
    const TimeSpan& span = *when.span;
    Statement ins = db.prepare("INSERT INTO event(lower_utc, upper_utc, precision, edtf, time_basis, time_flags, "
                               "category, summary, place, created_utc) VALUES (?,?,?,?,?,?,?,?,?,?)");
    const int flags = (span.basisAssumed ? 1 : 0) | (span.ambiguous ? 2 : 0) | (span.nonexistent ? 4 : 0);
    ins.bind(1, span.lowerUtcUs)
        .bind(2, span.upperUtcUs)
        .bind(3, timePrecisionName(span.precision))
        .bind(4, span.edtf.isEmpty() ? e.when : span.edtf)
        .bind(5, basis)
        .bind(6, flags)
        .bind(7, e.category)
        .bind(8, e.summary)
        .bind(9, e.place.isEmpty() ? QString() : e.place)
        .bind(10, currentUtcUs());
    ins.exec();
    const qint64 id = db.lastInsertRowId();
    Statement person = db.prepare("INSERT OR IGNORE INTO event_person(event_id, person_id, role) VALUES (?,?,?)");
    for (qint64 p : e.actors) {
        person.bind(1, id).bind(2, p).bind(3, QStringLiteral("actor"));
        person.exec();
    }
    for (qint64 p : e.others) {
        person.bind(1, id).bind(2, p).bind(3, QStringLiteral("other"));
        person.exec();
    }
    // A victim or witness who is or may have been a minor during the event is protected by default (DESIGN §6).
    for (qint64 p : e.actors + e.others)
        PersonRepository::protectIfMayHaveBeenMinor(c, p, span.lowerUtcUs, span.upperUtcUs);
    Statement rec = db.prepare("INSERT OR IGNORE INTO event_record(event_id, record_id) "
                               "SELECT ?1, id FROM record WHERE id = ?2");
    for (qint64 r : e.fromRecords) {
        rec.bind(1, id).bind(2, r);
        rec.exec();
        if (db.changes() == 0)
            throw CaseError(ErrorKind::Usage, QStringLiteral("--from-record: no record with id %1").arg(r));
    }
    c.audit(QStringLiteral("event.add"), QStringLiteral("event:%1").arg(id),
            QJsonObject{{QStringLiteral("category"), e.category},
                        {QStringLiteral("records"), static_cast<int>(e.fromRecords.size())}});
    tx.commit();
    return id;
}

void EventRepository::remove(Case& c, qint64 eventId) {
    Database& db = c.db();
    {
        Statement ev = db.prepare("SELECT 1 FROM event WHERE id = ?");
        ev.bind(1, eventId);
        if (!ev.step())
            throw CaseError(ErrorKind::Usage, QStringLiteral("--event: no event with id %1").arg(eventId));
        Statement el = db.prepare("SELECT 1 FROM element_link WHERE event_id = ?");
        el.bind(1, eventId);
        if (el.step())
            throw CaseError(ErrorKind::Usage,
                            QStringLiteral("event %1 proves an element of a charge: unlink it first").arg(eventId));
    }
    Transaction tx(db);
    for (const char* sql : {"DELETE FROM event_person WHERE event_id = ?", "DELETE FROM event_record WHERE event_id = ?",
                            "DELETE FROM event_exhibit WHERE event_id = ?", "DELETE FROM event WHERE id = ?"}) {
        Statement del = db.prepare(sql);
        del.bind(1, eventId);
        del.exec();
    }
    c.audit(QStringLiteral("event.remove"), QStringLiteral("event:%1").arg(eventId), QJsonObject{});
    tx.commit();
}

QVector<EventSummary> EventRepository::list(Database& db) {
    Statement s = db.prepare("SELECT id, lower_utc, upper_utc, edtf, category, summary, place FROM event "
                             "ORDER BY lower_utc, upper_utc, id");
    QVector<EventSummary> out;
    while (s.step()) {
        EventSummary e;
        e.id = s.int64(0);
        e.lowerUtcUs = s.int64(1);
        e.upperUtcUs = s.int64(2);
        e.edtf = s.text(3);
        e.category = s.text(4);
        e.summary = s.text(5);
        e.place = s.isNull(6) ? QString() : s.text(6);
        out << e;
    }
    return out;
}

} // namespace tessera
