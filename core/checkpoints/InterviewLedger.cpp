#include "checkpoints/InterviewLedger.h"

#include "case/Case.h"
#include "case/CaseError.h"
#include "checkpoints/CheckpointCatalog.h"
#include "checkpoints/CheckpointLedger.h"
#include "checkpoints/VictimChoicePolicy.h"
#include "model/PersonRepository.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "time/TimeFormat.h"

#include <QJsonDocument>

namespace tessera {

InterviewAdded InterviewLedger::add(Case& c, const NewInterview& in) {
    Database& db = c.db();
    const auto person = PersonRepository::get(db, in.personId);
    if (!person)
        throw CaseError(ErrorKind::Usage, QStringLiteral("--victim: no person with id %1").arg(in.personId));
    if (in.lead.trimmed().isEmpty())
        throw CaseError(ErrorKind::Usage, QStringLiteral("--lead: who leads the interview is needed"));
    if (in.noteTaker.trimmed().isEmpty())
        throw CaseError(ErrorKind::Usage, QStringLiteral("--note-taker: one designated note-taker is needed"));
    VictimChoicePolicy::require(db, VictimAction::RecordInterview, in.personId);
    InterviewAdded r;
    r.recorded = VictimChoicePolicy::check(db, VictimAction::RecordInterviewAudio, in.personId).allowed();
    for (const QString& point : {QStringLiteral("advocate"), QStringLiteral("interpreter"), QStringLiteral("recording")})
        if (!CheckpointLedger::latest(db, in.personId, point))
            r.reminders << QStringLiteral("'%1' has not been asked yet").arg(point);
    Transaction tx(db);
    Statement s = db.prepare("INSERT INTO interview(person_id, lead, note_taker, advocate, interpreter, recorded, prompts, "
                             "held_utc, recorded_by) VALUES (?,?,?,?,?,?,?,?,?)");
    s.bind(1, in.personId).bindText(2, in.lead.trimmed()).bindText(3, in.noteTaker.trimmed()).bindText(4, in.advocate.trimmed());
    s.bindText(5, in.interpreter.trimmed()).bind(6, r.recorded);
    s.bind(7, QString::fromUtf8(QJsonDocument(in.prompts).toJson(QJsonDocument::Compact)));
    s.bind(8, currentUtcUs()).bind(9, c.actor());
    s.exec();
    r.id = db.lastInsertRowId();
    r.number = count(db, in.personId);
    c.audit(QStringLiteral("interview.add"), QStringLiteral("person:%1").arg(in.personId),
            QJsonObject{{QStringLiteral("interview_id"), r.id},
                        {QStringLiteral("number"), r.number},
                        {QStringLiteral("advocate_present"), !in.advocate.trimmed().isEmpty()},
                        {QStringLiteral("interpreter"), !in.interpreter.trimmed().isEmpty()},
                        {QStringLiteral("recorded"), r.recorded}});
    tx.commit();
    return r;
}

int InterviewLedger::count(Database& db, qint64 personId) {
    Statement s = db.prepare("SELECT count(*) FROM interview WHERE person_id = ?");
    s.bind(1, personId);
    return s.step() ? s.int32(0) : 0;
}

QVector<Interview> InterviewLedger::list(Database& db, qint64 personId) {
    QVector<Interview> out;
    Statement s = db.prepare("SELECT id, person_id, lead, note_taker, advocate, interpreter, recorded, prompts, held_utc, "
                             "recorded_by FROM interview WHERE person_id = ? ORDER BY id");
    s.bind(1, personId);
    while (s.step()) {
        Interview i;
        i.id = s.int64(0);
        i.personId = s.int64(1);
        i.lead = s.text(2);
        i.noteTaker = s.text(3);
        i.advocate = s.text(4);
        i.interpreter = s.text(5);
        i.recorded = s.int64(6) != 0;
        i.prompts = QJsonDocument::fromJson(s.text(7).toUtf8()).object();
        i.heldUtcUs = s.int64(8);
        i.recordedBy = s.text(9);
        out.append(i);
    }
    return out;
}

QString InterviewLedger::repeatWarning(Database& db, qint64 personId) {
    const int n = count(db, personId);
    if (n == 0)
        return {};
    const CheckpointPoint* p = CheckpointCatalog::builtIn().find(QStringLiteral("interview"));
    QString w = QStringLiteral("This person has been interviewed %1 time(s); this would be interview %2. Every retelling "
                               "is hard: keep interviews to the minimum needed.")
                    .arg(n)
                    .arg(n + 1);
    if (p)
        w += QStringLiteral(" Could these answer the question instead? ") + p->ifDeclined.join(QLatin1Char(' '));
    return w;
}

} // namespace tessera
