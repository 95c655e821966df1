#include "casework/CaseworkWithdrawal.h"

#include "case/Case.h"
#include "case/CaseError.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"
#include "time/TimeFormat.h"

#include <QJsonObject>
#include <QStringList>

namespace tessera {
namespace {

const char* tableOf(const QString& subject) {
    if (subject == QLatin1String("note"))
        return "note";
    if (subject == QLatin1String("lead"))
        return "lead";
    if (subject == QLatin1String("process"))
        return "legal_process";
    throw CaseError(ErrorKind::Usage, QStringLiteral("withdraw: expected note, lead or process"));
}

} // namespace

const QStringList& CaseworkWithdrawal::subjects() {
    static const QStringList s{QStringLiteral("note"), QStringLiteral("lead"), QStringLiteral("process")};
    return s;
}

bool CaseworkWithdrawal::isWithdrawn(Database& db, const QString& subject, qint64 id) {
    Statement s = db.prepare("SELECT withdrawn FROM casework_withdrawal WHERE subject = ? AND subject_id = ? "
                             "ORDER BY id DESC LIMIT 1");
    s.bind(1, subject).bind(2, id);
    return s.step() && s.int64(0) != 0;
}

QSet<qint64> CaseworkWithdrawal::withdrawnIds(Database& db, const QString& subject) {
    Statement s = db.prepare("SELECT w.subject_id FROM casework_withdrawal w WHERE w.subject = ?1 AND w.withdrawn = 1 "
                             "AND w.id = (SELECT max(id) FROM casework_withdrawal x WHERE x.subject = ?1 "
                             "AND x.subject_id = w.subject_id)");
    s.bind(1, subject);
    QSet<qint64> out;
    while (s.step())
        out.insert(s.int64(0));
    return out;
}

void CaseworkWithdrawal::set(Case& c, const QString& subject, qint64 id, bool withdrawn) {
    const QString table = QString::fromLatin1(tableOf(subject));
    Database& db = c.db();
    Transaction tx(db);
    Statement exists = db.prepare(QStringLiteral("SELECT count(*) FROM %1 WHERE id = ?").arg(table).toUtf8().constData());
    exists.bind(1, id);
    if (!exists.step() || exists.int64(0) == 0)
        throw CaseError(ErrorKind::Usage, QStringLiteral("withdraw: no %1 with id %2").arg(subject).arg(id));
    if (isWithdrawn(db, subject, id) == withdrawn)
        throw CaseError(ErrorKind::BadInput, QStringLiteral("%1 %2 is %3 already")
                                                 .arg(subject)
                                                 .arg(id)
                                                 .arg(withdrawn ? QStringLiteral("withdrawn") : QStringLiteral("in force")));
    Statement ins = db.prepare("INSERT INTO casework_withdrawal(subject, subject_id, withdrawn, actor, created_utc) "
                               "VALUES (?,?,?,?,?)");
    ins.bind(1, subject).bind(2, id).bind(3, withdrawn).bind(4, c.actor()).bind(5, currentUtcUs());
    ins.exec();
    c.audit(withdrawn ? QStringLiteral("%1.withdraw").arg(subject) : QStringLiteral("%1.reinstate").arg(subject),
            QStringLiteral("%1:%2").arg(subject).arg(id), QJsonObject{});
    tx.commit();
}

} // namespace tessera
