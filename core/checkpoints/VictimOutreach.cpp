#include "checkpoints/VictimOutreach.h"

#include "case/Case.h"
#include "case/CaseError.h"
#include "checkpoints/CheckpointLedger.h"
#include "checkpoints/VictimChoicePolicy.h"
#include "model/EvidenceLinks.h"
#include "model/PersonRepository.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"
#include "time/TimeFormat.h"

#include <QDate>
#include <QJsonObject>

namespace tessera {

namespace {

Person needPerson(Database& db, qint64 personId, const char* option) {
    const auto p = PersonRepository::get(db, personId);
    if (!p)
        throw CaseError(ErrorKind::Usage, QStringLiteral("--%1: no person with id %2").arg(QLatin1String(option)).arg(personId));
    return *p;
}

/// Gates and audits a view of a person's protected contact data (in its own transaction).
void viewContactData(Case& c, qint64 personId, const QString& what) {
    VictimChoicePolicy::require(c.db(), VictimAction::ShowContactDetails, personId);
    Transaction tx(c.db());
    c.audit(QStringLiteral("contact.details.view"), QStringLiteral("person:%1").arg(personId),
            QJsonObject{{QStringLiteral("what"), what}});
    tx.commit();
}

} // namespace

SafeContactDetails ContactLog::viewDetails(Case& c, qint64 personId) {
    needPerson(c.db(), personId, "victim");
    viewContactData(c, personId, QStringLiteral("safe-contact details"));
    SafeContactDetails d;
    if (const auto dec = CheckpointLedger::latest(c.db(), personId, QStringLiteral("contact"))) {
        d.decisionId = dec->id;
        d.note = dec->note;
        d.recordedBy = dec->recordedBy;
        d.recordedUtcUs = dec->recordedUtcUs;
    }
    return d;
}

qint64 ContactLog::add(Case& c, const NewContact& in) {
    Database& db = c.db();
    needPerson(db, in.personId, "victim");
    if (in.channel.trimmed().isEmpty())
        throw CaseError(ErrorKind::Usage, QStringLiteral("--channel: say how the person was contacted (the way they chose)"));
    VictimChoicePolicy::require(db, VictimAction::ContactPerson, in.personId);
    const qint64 now = currentUtcUs();
    Transaction tx(db);
    Statement s = db.prepare("INSERT INTO victim_contact(person_id, contacted_utc, channel, purpose, safe_note, "
                             "recorded_by, recorded_utc) VALUES (?,?,?,?,?,?,?)");
    s.bind(1, in.personId).bind(2, in.contactedUtcUs > 0 ? in.contactedUtcUs : now).bindText(3, in.channel.trimmed());
    s.bindText(4, in.purpose.trimmed()).bindText(5, in.safeNote.trimmed()).bindText(6, c.actor()).bind(7, now);
    s.exec();
    const qint64 id = db.lastInsertRowId();
    // The audit names the entry, never the channel or the note (protected data).
    c.audit(QStringLiteral("contact.add"), QStringLiteral("person:%1").arg(in.personId),
            QJsonObject{{QStringLiteral("contact_id"), id}});
    tx.commit();
    return id;
}

QVector<ContactEntry> ContactLog::list(Case& c, qint64 personId, bool details) {
    Database& db = c.db();
    needPerson(db, personId, "victim");
    if (details)
        viewContactData(c, personId, QStringLiteral("contact log"));
    QVector<ContactEntry> out;
    Statement s = db.prepare("SELECT id, person_id, contacted_utc, channel, purpose, safe_note, recorded_by, recorded_utc "
                             "FROM victim_contact WHERE person_id = ? ORDER BY id");
    s.bind(1, personId);
    while (s.step()) {
        ContactEntry e;
        e.id = s.int64(0);
        e.personId = s.int64(1);
        e.contactedUtcUs = s.int64(2);
        if (details) {
            e.channel = s.text(3);
            e.safeNote = s.text(5);
        }
        e.purpose = s.text(4);
        e.recordedBy = s.text(6);
        e.recordedUtcUs = s.int64(7);
        out.append(e);
    }
    return out;
}

qint64 MediaRequestLog::add(Case& c, const MediaRequest& in) {
    Database& db = c.db();
    needPerson(db, in.personId, "victim");
    if (in.received.size() != 10 || !QDate::fromString(in.received, Qt::ISODate).isValid())
        throw CaseError(ErrorKind::Usage, QStringLiteral("--received: expected a date as YYYY-MM-DD"));
    if (in.outlet.trimmed().isEmpty())
        throw CaseError(ErrorKind::Usage, QStringLiteral("--outlet: name the outlet that asked"));
    if (in.request.trimmed().isEmpty())
        throw CaseError(ErrorKind::Usage, QStringLiteral("--request: say what was asked"));
    VictimChoicePolicy::require(db, VictimAction::MediaRelease, in.personId);
    Transaction tx(db);
    Statement s = db.prepare("INSERT INTO media_request(person_id, received, outlet, request, response, recorded_by, "
                             "recorded_utc) VALUES (?,?,?,?,?,?,?)");
    s.bind(1, in.personId).bind(2, in.received).bindText(3, in.outlet.trimmed()).bindText(4, in.request.trimmed());
    s.bindText(5, in.response.trimmed()).bindText(6, c.actor()).bind(7, currentUtcUs());
    s.exec();
    const qint64 id = db.lastInsertRowId();
    c.audit(QStringLiteral("media.request.add"), QStringLiteral("person:%1").arg(in.personId),
            QJsonObject{{QStringLiteral("media_request_id"), id}, {QStringLiteral("received"), in.received}});
    tx.commit();
    return id;
}

QVector<MediaRequest> MediaRequestLog::list(Database& db, qint64 personId) {
    QVector<MediaRequest> out;
    Statement s = db.prepare("SELECT id, person_id, received, outlet, request, response, recorded_by, recorded_utc "
                             "FROM media_request WHERE ?1 = 0 OR person_id = ?1 ORDER BY id");
    s.bind(1, personId);
    while (s.step()) {
        MediaRequest m;
        m.id = s.int64(0);
        m.personId = s.int64(1);
        m.received = s.text(2);
        m.outlet = s.text(3);
        m.request = s.text(4);
        m.response = s.text(5);
        m.recordedBy = s.text(6);
        m.recordedUtcUs = s.int64(7);
        out.append(m);
    }
    return out;
}

const QStringList& VictimPhotographs::subjects() {
    static const QStringList s{QStringLiteral("injuries"), QStringLiteral("tattoo"), QStringLiteral("branding"),
                               QStringLiteral("other")};
    return s;
}

qint64 VictimPhotographs::add(Case& c, const QString& path, qint64 personId, const QString& subject, const QString& title) {
    const Person p = needPerson(c.db(), personId, "victim");
    if (!subjects().contains(subject))
        throw CaseError(ErrorKind::Usage, QStringLiteral("--subject: expected one of %1").arg(subjects().join(QStringLiteral(", "))));
    // Ask before hashing the file, so a held choice names the decision point whatever the file (DESIGN §7).
    VictimChoicePolicy::require(c.db(), VictimAction::Photograph, personId);
    const QString t = title.trimmed().isEmpty() ? QStringLiteral("Photograph (%1) of %2").arg(subject, p.label()) : title.trimmed();
    return EvidenceLinks::addExhibitFile(c, path, QStringLiteral("victim-photograph"), t, personId);
}

qint64 VictimPhotographs::count(Database& db, qint64 personId) {
    Statement s = db.prepare("SELECT count(*) FROM exhibit WHERE kind = 'victim-photograph' AND provided_by_person_id = ?");
    s.bind(1, personId);
    return s.step() ? s.int64(0) : 0;
}

} // namespace tessera
