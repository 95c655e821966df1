#include "model/EvidenceLinks.h"

#include "case/Case.h"
#include "case/CaseError.h"
#include "checkpoints/VictimChoicePolicy.h"
#include "model/ExhibitRepository.h"
#include "model/PersonRepository.h"
#include "model/Roles.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"

#include <QDate>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace tessera {

const QStringList& EvidenceLinks::certificationMethods() {
    static const QStringList m{QStringLiteral("business-record"), QStringLiteral("hash-certificate"),
                               QStringLiteral("custodian"), QStringLiteral("officer")};
    return m;
}

qint64 EvidenceLinks::addExhibitFile(Case& c, const QString& path, const QString& kind, const QString& title,
                                     qint64 providedBy) {
    if (!Vocabulary::exhibitKinds().contains(kind))
        throw CaseError(ErrorKind::Usage, QStringLiteral("--kind: unknown exhibit kind (expected one of %1)")
                                              .arg(Vocabulary::exhibitKinds().join(QStringLiteral(", "))));
    // A person's own device is governed by their device-extraction choice: whose device it is must be said, so the
    // policy below can be asked (DESIGN §7: nothing bypasses it).
    if (kind == QLatin1String("victim-device-extraction") && providedBy == 0)
        throw CaseError(ErrorKind::Usage, QStringLiteral("--provided-by: a victim-device-extraction needs the person whose "
                                                         "device it is (their device-extraction choice governs it)"));
    if (kind == QLatin1String("victim-photograph") && providedBy == 0)
        throw CaseError(ErrorKind::Usage, QStringLiteral("--provided-by: a victim-photograph needs the person photographed "
                                                         "(their photographs choice governs it)"));
    Database& db = c.db();
    bool byVictim = false;
    if (providedBy != 0) {
        const auto p = PersonRepository::get(db, providedBy);
        if (!p)
            throw CaseError(ErrorKind::Usage, QStringLiteral("--provided-by: no person with id %1").arg(providedBy));
        byVictim = p->roles.contains(QStringLiteral("victim"));
        // A device extraction, exam record or statement from a person who was trafficked needs their choice first.
        if (const auto action = VictimChoicePolicy::actionForExhibitKind(kind))
            VictimChoicePolicy::require(db, *action, providedBy);
    }
    const auto [sha, size] = ExhibitRepository::hashFile(path);
    Q_UNUSED(size)
    if (const auto existing = ExhibitRepository::findBySha256(db, sha))
        throw CaseError(ErrorKind::BadInput, QStringLiteral("%1: this file is already in the case as exhibit %2")
                                                 .arg(QFileInfo(path).fileName())
                                                 .arg(*existing));
    NewExhibit meta;
    meta.kind = kind;
    meta.title = title;
    meta.victimSourced = Vocabulary::isVictimSourcedKind(kind) || byVictim;
    meta.provenance = providedBy ? QStringLiteral("provided by person %1").arg(providedBy) : QString();
    Transaction tx(db);
    const qint64 id = ExhibitRepository::insertFromFile(c, path, meta, sha);
    if (providedBy != 0) {
        Statement u = db.prepare("UPDATE exhibit SET provided_by_person_id = ? WHERE id = ?");
        u.bind(1, providedBy).bind(2, id);
        u.exec();
    }
    c.audit(QStringLiteral("exhibit.add"), QStringLiteral("exhibit:%1").arg(id),
            QJsonObject{{QStringLiteral("kind"), kind},
                        {QStringLiteral("sha256"), sha},
                        {QStringLiteral("victim_sourced"), meta.victimSourced}});
    tx.commit();
    return id;
}

void EvidenceLinks::certify(Case& c, qint64 exhibitId, const Certification& cert) {
    if (!certificationMethods().contains(cert.method))
        throw CaseError(ErrorKind::Usage, QStringLiteral("--method: expected one of %1")
                                              .arg(certificationMethods().join(QStringLiteral(", "))));
    if (!cert.noticeServed.isEmpty() && !QDate::fromString(cert.noticeServed, Qt::ISODate).isValid())
        throw CaseError(ErrorKind::Usage, QStringLiteral("--notice-served: expected a date YYYY-MM-DD"));
    Database& db = c.db();
    Statement q = db.prepare("SELECT e.provided_by_person_id, "
                             "EXISTS(SELECT 1 FROM person_role r WHERE r.person_id = e.provided_by_person_id "
                             "AND r.role = 'victim') FROM exhibit e WHERE e.id = ? AND e.withdrawn = 0");
    q.bind(1, exhibitId);
    if (!q.step())
        throw CaseError(ErrorKind::Usage, QStringLiteral("--exhibit: no exhibit with id %1").arg(exhibitId));
    const bool providedByVictim = q.int64(1) != 0;
    const bool victimDependent = cert.method == QLatin1String("custodian") && providedByVictim;
    QJsonObject detail;
    if (!cert.noticeServed.isEmpty())
        detail.insert(QStringLiteral("notice_served"), cert.noticeServed);
    else if (cert.method == QLatin1String("business-record") || cert.method == QLatin1String("hash-certificate"))
        detail.insert(QStringLiteral("notice_served"), QJsonValue());
    if (!cert.witness.isEmpty())
        detail.insert(QStringLiteral("witness"), cert.witness);
    Transaction tx(db);
    if (!cert.certificateFile.isEmpty()) {
        const auto [sha, size] = ExhibitRepository::hashFile(cert.certificateFile);
        Q_UNUSED(size)
        qint64 certId = 0;
        if (const auto existing = ExhibitRepository::findBySha256(db, sha)) {
            certId = *existing;
        } else {
            NewExhibit meta;
            meta.kind = QStringLiteral("other");
            meta.title = QStringLiteral("Certificate of authenticity for exhibit %1").arg(exhibitId);
            certId = ExhibitRepository::insertFromFile(c, cert.certificateFile, meta, sha);
        }
        detail.insert(QStringLiteral("certificate_exhibit"), certId);
        detail.insert(QStringLiteral("certificate_sha256"), sha);
    }
    const QByteArray detailJson = QJsonDocument(detail).toJson(QJsonDocument::Compact);
    Statement u = db.prepare("UPDATE exhibit SET authentication_method = ?, authentication_detail = ?, "
                             "authentication_victim_dependent = ? WHERE id = ?");
    u.bind(1, cert.method).bindUtf8Text(2, detailJson).bind(3, victimDependent).bind(4, exhibitId);
    u.exec();
    ExhibitRepository::addCustody(db, exhibitId, QStringLiteral("authentication recorded"), c.actor(),
                                  QStringLiteral("method %1").arg(cert.method));
    QJsonObject audit = detail;
    audit.remove(QStringLiteral("witness")); // may be a name; the audit never holds one
    audit.insert(QStringLiteral("method"), cert.method);
    audit.insert(QStringLiteral("victim_dependent"), victimDependent);
    c.audit(QStringLiteral("exhibit.certify"), QStringLiteral("exhibit:%1").arg(exhibitId), audit);
    tx.commit();
}

void EvidenceLinks::linkEventExhibit(Case& c, qint64 eventId, qint64 exhibitId, bool contradicts) {
    Database& db = c.db();
    Statement ev = db.prepare("SELECT 1 FROM event WHERE id = ?");
    ev.bind(1, eventId);
    if (!ev.step())
        throw CaseError(ErrorKind::Usage, QStringLiteral("--event: no event with id %1").arg(eventId));
    Statement ex = db.prepare("SELECT 1 FROM exhibit WHERE id = ? AND withdrawn = 0");
    ex.bind(1, exhibitId);
    if (!ex.step())
        throw CaseError(ErrorKind::Usage, QStringLiteral("--exhibit: no exhibit with id %1").arg(exhibitId));
    Transaction tx(db);
    Statement ins = db.prepare("INSERT OR REPLACE INTO event_exhibit(event_id, exhibit_id, contradicts) VALUES (?,?,?)");
    ins.bind(1, eventId).bind(2, exhibitId).bind(3, contradicts);
    ins.exec();
    c.audit(QStringLiteral("event.link"), QStringLiteral("event:%1").arg(eventId),
            QJsonObject{{QStringLiteral("exhibit"), exhibitId}, {QStringLiteral("contradicts"), contradicts}});
    tx.commit();
}

} // namespace tessera
