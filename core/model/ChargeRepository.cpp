#include "model/ChargeRepository.h"

#include "case/Case.h"
#include "case/CaseError.h"
#include "model/PersonRepository.h"
#include "statutes/StatuteCatalog.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"
#include "time/TimeFormat.h"

#include <QDateTime>
#include <QJsonObject>

namespace tessera {
namespace {

Charge fromRow(Statement& s) {
    Charge ch;
    ch.id = s.int64(0);
    ch.statuteId = s.text(1);
    ch.statuteVersion = s.text(2);
    ch.templateJson = s.text(3).toUtf8();
    ch.offenderId = s.int64(4);
    if (!s.isNull(5))
        ch.victimId = s.int64(5);
    ch.createdUtc = s.int64(6);
    return ch;
}
constexpr const char* kColumns =
    "SELECT id, statute_id, statute_version, template_json, offender_person_id, victim_person_id, created_utc FROM charge ";
} // namespace

qint64 ChargeRepository::add(Case& c, const Statute& statute, qint64 offenderId, std::optional<qint64> victimId) {
    Database& db = c.db();
    const auto offender = PersonRepository::get(db, offenderId);
    if (!offender)
        throw CaseError(ErrorKind::Usage, QStringLiteral("--offender: no person with id %1").arg(offenderId));
    if (!offender->roles.contains(QStringLiteral("offender")) && !offender->roles.contains(QStringLiteral("suspect")))
        throw CaseError(ErrorKind::Usage,
                        QStringLiteral("--offender: person %1 has neither the role offender nor suspect").arg(offenderId));
    if (victimId) {
        const auto victim = PersonRepository::get(db, *victimId);
        if (!victim)
            throw CaseError(ErrorKind::Usage, QStringLiteral("--victim: no person with id %1").arg(*victimId));
        if (!victim->roles.contains(QStringLiteral("victim")))
            throw CaseError(ErrorKind::Usage, QStringLiteral("--victim: person %1 does not have the role victim").arg(*victimId));
    }
    Transaction tx(db);
    Statement ins = db.prepare("INSERT INTO charge(statute_id, statute_version, template_json, offender_person_id, "
                               "victim_person_id, created_utc) VALUES (?,?,?,?,?,?)");
    ins.bind(1, statute.id).bind(2, statute.version).bindUtf8Text(3, statute.json).bind(4, offenderId);
    if (victimId)
        ins.bind(5, *victimId);
    else
        ins.bindNull(5);
    ins.bind(6, currentUtcUs());
    ins.exec();
    const qint64 id = db.lastInsertRowId();
    c.audit(QStringLiteral("charge.add"), QStringLiteral("charge:%1").arg(id),
            QJsonObject{{QStringLiteral("statute"), statute.id},
                        {QStringLiteral("version"), statute.version},
                        {QStringLiteral("offender"), offenderId},
                        {QStringLiteral("victim"), victimId ? QJsonValue(*victimId) : QJsonValue()}});
    tx.commit();
    return id;
}

void ChargeRepository::linkElement(Case& c, qint64 chargeId, const QString& elementId, qint64 eventId) {
    Database& db = c.db();
    const auto charge = get(db, chargeId);
    if (!charge)
        throw CaseError(ErrorKind::Usage, QStringLiteral("--charge: no charge with id %1").arg(chargeId));
    const Statute st = Statute::fromJson(charge->templateJson, QStringLiteral("charge %1 template").arg(chargeId));
    if (!st.element(elementId)) {
        QStringList ids;
        for (const StatuteElement& e : st.elements)
            ids << e.id;
        throw CaseError(ErrorKind::Usage, QStringLiteral("--element: %1 has no element '%2' (its elements: %3)")
                                              .arg(st.id, elementId, ids.join(QStringLiteral(", "))));
    }
    Statement ev = db.prepare("SELECT 1 FROM event WHERE id = ?");
    ev.bind(1, eventId);
    if (!ev.step())
        throw CaseError(ErrorKind::Usage, QStringLiteral("--event: no event with id %1").arg(eventId));
    Transaction tx(db);
    Statement ins = db.prepare(
        "INSERT OR IGNORE INTO element_link(charge_id, element_id, event_id, created_utc) VALUES (?,?,?,?)");
    ins.bind(1, chargeId).bind(2, elementId).bind(3, eventId).bind(4, currentUtcUs());
    ins.exec();
    if (db.changes() > 0)
        c.audit(QStringLiteral("element.link"), QStringLiteral("charge:%1").arg(chargeId),
                QJsonObject{{QStringLiteral("element"), elementId}, {QStringLiteral("event"), eventId}});
    tx.commit();
}

void ChargeRepository::remove(Case& c, qint64 chargeId) {
    Database& db = c.db();
    if (!get(db, chargeId))
        throw CaseError(ErrorKind::Usage, QStringLiteral("--charge: no charge with id %1").arg(chargeId));
    if (!links(db, chargeId).isEmpty())
        throw CaseError(ErrorKind::Usage,
                        QStringLiteral("charge %1 still has element links: unlink them first").arg(chargeId));
    Transaction tx(db);
    Statement del = db.prepare("DELETE FROM charge WHERE id = ?");
    del.bind(1, chargeId);
    del.exec();
    c.audit(QStringLiteral("charge.remove"), QStringLiteral("charge:%1").arg(chargeId), QJsonObject{});
    tx.commit();
}

void ChargeRepository::unlinkElement(Case& c, qint64 chargeId, const QString& elementId, qint64 eventId) {
    Database& db = c.db();
    Transaction tx(db);
    Statement del = db.prepare("DELETE FROM element_link WHERE charge_id = ? AND element_id = ? AND event_id = ?");
    del.bind(1, chargeId).bind(2, elementId).bind(3, eventId);
    del.exec();
    if (db.changes() > 0)
        c.audit(QStringLiteral("element.unlink"), QStringLiteral("charge:%1").arg(chargeId),
                QJsonObject{{QStringLiteral("element"), elementId}, {QStringLiteral("event"), eventId}});
    tx.commit();
}

QVector<Charge> ChargeRepository::list(Database& db) {
    Statement s = db.prepare((QByteArray(kColumns) + "ORDER BY id").constData());
    QVector<Charge> out;
    while (s.step())
        out << fromRow(s);
    return out;
}

std::optional<Charge> ChargeRepository::get(Database& db, qint64 id) {
    Statement s = db.prepare((QByteArray(kColumns) + "WHERE id = ?").constData());
    s.bind(1, id);
    if (!s.step())
        return std::nullopt;
    return fromRow(s);
}

QVector<ElementLink> ChargeRepository::links(Database& db, qint64 chargeId) {
    Statement s = db.prepare("SELECT element_id, event_id FROM element_link WHERE charge_id = ? ORDER BY element_id, event_id");
    s.bind(1, chargeId);
    QVector<ElementLink> out;
    while (s.step())
        out << ElementLink{chargeId, s.text(0), s.int64(1)};
    return out;
}

} // namespace tessera
