#include "checkpoints/BenefitLedger.h"

#include "case/Case.h"
#include "case/CaseError.h"
#include "model/PersonRepository.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "time/TimeFormat.h"

#include <QDate>
#include <QJsonObject>
#include <QRegularExpression>

namespace tessera {

const QStringList& BenefitLedger::kinds() {
    static const QStringList k{QStringLiteral("lodging"),  QStringLiteral("transport"), QStringLiteral("money"),
                               QStringLiteral("services"), QStringLiteral("continued-presence"), QStringLiteral("t-visa"),
                               QStringLiteral("u-visa"),   QStringLiteral("promise"),   QStringLiteral("other")};
    return k;
}

QString BenefitLedger::continuedPresenceNote() {
    return QStringLiteral("Continued Presence is never conditioned on cooperation.");
}

bool BenefitLedger::isDecimal(const QString& amount) {
    static const QRegularExpression rx(QStringLiteral("^[0-9]{1,15}(\\.[0-9]{1,6})?$"));
    return rx.match(amount).hasMatch();
}

qint64 BenefitLedger::add(Case& c, qint64 personId, const QString& kind, const QString& date, const QString& amount,
                          const QString& note) {
    Database& db = c.db();
    const auto person = PersonRepository::get(db, personId);
    if (!person)
        throw CaseError(ErrorKind::Usage, QStringLiteral("--to: no person with id %1").arg(personId));
    if (!person->roles.contains(QLatin1String("victim")) && !person->roles.contains(QLatin1String("witness")))
        throw CaseError(ErrorKind::Usage, QStringLiteral("--to: person %1 is not a victim or witness").arg(personId));
    if (!kinds().contains(kind))
        throw CaseError(ErrorKind::Usage, QStringLiteral("--kind: expected one of %1").arg(kinds().join(QStringLiteral(", "))));
    if (!QDate::fromString(date, Qt::ISODate).isValid() || date.size() != 10)
        throw CaseError(ErrorKind::Usage, QStringLiteral("--date: expected a date as YYYY-MM-DD"));
    if (!amount.isEmpty() && !isDecimal(amount))
        throw CaseError(ErrorKind::Usage, QStringLiteral("--amount: expected an exact decimal such as 125.50 (no sign, "
                                                         "currency symbol or thousands separator)"));
    Transaction tx(db);
    Statement s = db.prepare("INSERT INTO benefit(person_id, kind, date, amount, note, recorded_by, created_utc) "
                             "VALUES (?,?,?,?,?,?,?)");
    s.bind(1, personId).bind(2, kind).bind(3, date);
    if (amount.isEmpty()) s.bindNull(4); else s.bind(4, amount);
    s.bindText(5, note).bindText(6, c.actor()).bind(7, currentUtcUs());
    s.exec();
    const qint64 id = db.lastInsertRowId();
    c.audit(QStringLiteral("benefit.add"), QStringLiteral("person:%1").arg(personId),
            QJsonObject{{QStringLiteral("benefit_id"), id}, {QStringLiteral("kind"), kind}, {QStringLiteral("date"), date},
                        {QStringLiteral("amount"), amount.isEmpty() ? QJsonValue() : QJsonValue(amount)}});
    tx.commit();
    return id;
}

QVector<Benefit> BenefitLedger::list(Database& db, qint64 personId) {
    QVector<Benefit> out;
    Statement s = db.prepare("SELECT id, person_id, kind, date, amount, note, recorded_by, created_utc FROM benefit "
                             "WHERE ?1 = 0 OR person_id = ?1 ORDER BY id");
    s.bind(1, personId);
    while (s.step()) {
        Benefit b;
        b.id = s.int64(0);
        b.personId = s.int64(1);
        b.kind = s.text(2);
        b.date = s.text(3);
        b.amount = s.text(4);
        b.note = s.text(5);
        b.recordedBy = s.text(6);
        b.createdUtcUs = s.int64(7);
        out.append(b);
    }
    return out;
}

} // namespace tessera
