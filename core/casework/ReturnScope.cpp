#include "casework/ReturnScope.h"

#include "case/Case.h"
#include "case/CaseError.h"
#include "casework/CaseworkWithdrawal.h"
#include "casework/LegalProcessRepository.h"
#include "storage/Database.h"
#include "time/TimeFormat.h"

#include <QJsonObject>

namespace tessera {

void ReturnScope::requireProcess(Database& db, qint64 processId) {
    Statement s = db.prepare("SELECT count(*) FROM legal_process WHERE id = ?");
    s.bind(1, processId);
    if (!s.step() || s.int64(0) == 0)
        throw CaseError(ErrorKind::Usage, QStringLiteral("--return-of: no legal process with id %1 (process list shows them)")
                                              .arg(processId));
    if (CaseworkWithdrawal::isWithdrawn(db, QStringLiteral("process"), processId))
        throw CaseError(ErrorKind::Usage, QStringLiteral("--return-of: legal process %1 was withdrawn").arg(processId));
}

qint64 ReturnScope::applyToImport(Case& c, qint64 exhibitId, qint64 processId) {
    Database& db = c.db();
    const auto p = LegalProcessRepository::get(db, processId);
    if (!p)
        throw CaseError(ErrorKind::Usage, QStringLiteral("--return-of: no legal process with id %1").arg(processId));
    {
        Statement r = db.prepare("INSERT INTO legal_process_return(exhibit_id, process_id, created_utc) VALUES (?,?,?)");
        r.bind(1, exhibitId).bind(2, processId).bind(3, currentUtcUs());
        r.exec();
        Statement prov = db.prepare("UPDATE exhibit SET provenance = provenance || ? WHERE id = ?");
        prov.bind(1, QStringLiteral("; return of legal process %1 (%2 to %3, %4%5)")
                         .arg(processId)
                         .arg(LegalProcessRepository::kindWords(p->kind), p->provider, LegalProcessRepository::citation(p->kind),
                              p->served.isValid() ? QStringLiteral(", served ") + p->served.toString(Qt::ISODate) : QString()))
            .bind(2, exhibitId);
        prov.exec();
    }
    Statement q = db.prepare(
        "INSERT INTO record_quarantine(record_id, process_id, reason) "
        "SELECT id, ?2, CASE WHEN time_out AND id_out THEN 'outside-time-window,identifier-not-in-scope' "
        "                    WHEN time_out THEN 'outside-time-window' ELSE 'identifier-not-in-scope' END "
        "FROM (SELECT r.id AS id, "
        "        ((?3 IS NOT NULL AND r.lower_utc < ?3) OR (?4 IS NOT NULL AND r.upper_utc > ?4)) AS time_out, "
        "        (?5 AND NOT EXISTS (SELECT 1 FROM legal_process_identifier i WHERE i.process_id = ?2 "
        "             AND (i.value = r.originator OR i.value = r.recipient OR i.value = x.subscriber))) AS id_out "
        "      FROM record r JOIN exhibit x ON x.id = r.exhibit_id WHERE r.exhibit_id = ?1) "
        "WHERE time_out OR id_out");
    q.bind(1, exhibitId).bind(2, processId);
    if (p->scopeFromUtcUs)
        q.bind(3, *p->scopeFromUtcUs);
    else
        q.bindNull(3);
    if (p->scopeToUtcUs)
        q.bind(4, *p->scopeToUtcUs);
    else
        q.bindNull(4);
    q.bind(5, !p->identifiers.isEmpty());
    q.exec();
    const qint64 quarantined = db.changes();
    c.audit(QStringLiteral("import.return-of"), QStringLiteral("exhibit:%1").arg(exhibitId),
            {{QStringLiteral("process"), processId}, {QStringLiteral("quarantined"), quarantined}});
    return quarantined;
}

QVector<QuarantinedRecord> ReturnScope::list(Database& db, qint64 processId) {
    QVector<QuarantinedRecord> out;
    Statement s = db.prepare("SELECT q.record_id, r.exhibit_id, r.row_number, q.process_id, q.reason FROM record_quarantine q "
                             "JOIN record r ON r.id = q.record_id WHERE ?1 = 0 OR q.process_id = ?1 "
                             "ORDER BY r.exhibit_id, r.row_number");
    s.bind(1, processId);
    while (s.step())
        out.append({s.int64(0), s.int64(1), s.int64(2), s.int64(3), s.text(4)});
    return out;
}

const char* ReturnScope::notQuarantinedSql() { return "r.id NOT IN (SELECT record_id FROM record_quarantine)"; }

} // namespace tessera
