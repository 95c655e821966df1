#include "model/PersonRepository.h"

#include "case/Case.h"
#include "case/CaseError.h"
#include "analysis/MinorLogic.h"
#include "case/CaseSettings.h"
#include "model/Roles.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "time/TimeFormat.h"

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QTimeZone>

namespace tessera {

namespace {

/// The next pseudonym with this prefix (never reused); inside the caller's transaction.
QString nextPseudonym(Database& db, const QString& prefix) {
    qint64 last = 0;
    {
        Statement s = db.prepare("SELECT last FROM pseudonym_counter WHERE prefix = ?");
        s.bind(1, prefix);
        if (s.step())
            last = s.int64(0);
    }
    Statement s = db.prepare("INSERT OR REPLACE INTO pseudonym_counter(prefix, last) VALUES (?, ?)");
    s.bind(1, prefix).bind(2, last + 1);
    s.exec();
    return QStringLiteral("%1-%2").arg(prefix).arg(last + 1);
}

} // namespace

const QStringList& PersonRepository::dobSources() {
    static const QStringList sources{QStringLiteral("victim-statement"), QStringLiteral("document"),
                                     QStringLiteral("record"), QStringLiteral("other")};
    return sources;
}

bool PersonRepository::protectIfMayHaveBeenMinor(Case& c, qint64 personId, qint64 lowerUtcUs, qint64 upperUtcUs) {
    Database& db = c.db();
    const auto person = get(db, personId);
    if (!person || person->isProtected)
        return false;
    const bool victim = person->roles.contains(QStringLiteral("victim"));
    if (!victim && !person->roles.contains(QStringLiteral("witness")))
        return false;
    QTimeZone zone(c.settings().value(CaseSettings::Key::DisplayZone).toUtf8());
    if (!zone.isValid())
        zone = QTimeZone::utc();
    const MinorStatus status = MinorLogic::assess(QDate::fromString(person->dateOfBirth, Qt::ISODate),
                                                  {ConductBounds{lowerUtcUs, upperUtcUs}}, zone);
    if (!MinorLogic::protectByDefault(status))
        return false;
    QString pseudonym = person->pseudonym;
    if (pseudonym.isEmpty())
        pseudonym = nextPseudonym(db, victim ? QStringLiteral("V") : QStringLiteral("W"));
    Statement up = db.prepare("UPDATE person SET protected = 1, pseudonym = ? WHERE id = ?");
    up.bind(1, pseudonym).bind(2, personId);
    up.exec();
    c.audit(QStringLiteral("person.protect"), QStringLiteral("person:%1").arg(personId),
            QJsonObject{{QStringLiteral("reason"), QStringLiteral("minor or may have been a minor during an event")},
                        {QStringLiteral("pseudonym"), pseudonym}});
    return true;
}

Person PersonRepository::add(Case& c, const QStringList& rolesIn, const QString& legalName, const QString& dateOfBirth,
                             const QString& dobSource) {
    QStringList roles;
    for (const QString& r : rolesIn) {
        if (!Vocabulary::personRoles().contains(r))
            throw CaseError(ErrorKind::Usage, QStringLiteral("--role: unknown role (expected one of %1)")
                                                  .arg(Vocabulary::personRoles().join(QStringLiteral(", "))));
        if (!roles.contains(r))
            roles << r;
    }
    if (roles.isEmpty())
        throw CaseError(ErrorKind::Usage, QStringLiteral("--role: at least one role is needed"));
    if (legalName.trimmed().isEmpty())
        throw CaseError(ErrorKind::Usage, QStringLiteral("--name: a name is needed (it stays protected for victims)"));
    if (!dobSource.isEmpty() && !dobSources().contains(dobSource))
        throw CaseError(ErrorKind::Usage, QStringLiteral("--dob-source: expected one of %1")
                                              .arg(dobSources().join(QStringLiteral(", "))));
    if (!dobSource.isEmpty() && dateOfBirth.isEmpty())
        throw CaseError(ErrorKind::Usage, QStringLiteral("--dob-source: needs --dob"));
    bool minorOrUnknownAge = true;
    if (!dateOfBirth.isEmpty()) {
        const QDate dob = QDate::fromString(dateOfBirth, Qt::ISODate);
        if (!dob.isValid())
            throw CaseError(ErrorKind::Usage, QStringLiteral("--dob: expected a date as YYYY-MM-DD"));
        minorOrUnknownAge = dob.addYears(18) > QDate::currentDate();
    }
    Person p;
    p.roles = roles;
    p.legalName = legalName.trimmed();
    p.dateOfBirth = dateOfBirth;
    p.dobSource = dobSource;
    p.isProtected = Vocabulary::isProtectedIdentity(roles, minorOrUnknownAge);
    Database& db = c.db();
    Transaction tx(db);
    const QString prefix = Vocabulary::pseudonymPrefix(roles, minorOrUnknownAge);
    if (!prefix.isEmpty())
        p.pseudonym = nextPseudonym(db, prefix);
    Statement ins = db.prepare("INSERT INTO person(legal_name, pseudonym, date_of_birth, protected, created_utc, "
                               "dob_source) VALUES (?,?,?,?,?,?)");
    ins.bind(1, p.legalName)
        .bind(2, p.pseudonym.isEmpty() ? QString() : p.pseudonym)
        .bind(3, dateOfBirth.isEmpty() ? QString() : dateOfBirth)
        .bind(4, p.isProtected)
        .bind(5, currentUtcUs())
        .bind(6, dobSource.isEmpty() ? QString() : dobSource);
    ins.exec();
    p.id = db.lastInsertRowId();
    Statement role = db.prepare("INSERT INTO person_role(person_id, role) VALUES (?, ?)");
    for (const QString& r : roles) {
        role.bind(1, p.id).bind(2, r);
        role.exec();
    }
    c.audit(QStringLiteral("person.add"), QStringLiteral("person:%1").arg(p.id),
            QJsonObject{{QStringLiteral("roles"), QJsonArray::fromStringList(roles)},
                        {QStringLiteral("pseudonym"), p.pseudonym.isEmpty() ? QJsonValue() : QJsonValue(p.pseudonym)}});
    tx.commit();
    return p;
}

QVector<Person> PersonRepository::list(Database& db) {
    QMap<qint64, QStringList> roles;
    {
        Statement s = db.prepare("SELECT person_id, role FROM person_role ORDER BY person_id, role");
        while (s.step())
            roles[s.int64(0)] << s.text(1);
    }
    QVector<Person> out;
    Statement s = db.prepare("SELECT id, legal_name, pseudonym, date_of_birth, protected, dob_source FROM person ORDER BY id");
    while (s.step()) {
        Person p;
        p.id = s.int64(0);
        p.legalName = s.text(1);
        p.pseudonym = s.text(2);
        p.dateOfBirth = s.text(3);
        p.isProtected = s.int64(4) != 0;
        p.dobSource = s.text(5);
        p.roles = roles.value(p.id);
        out.append(p);
    }
    return out;
}

std::optional<Person> PersonRepository::get(Database& db, qint64 id) {
    for (const Person& p : list(db))
        if (p.id == id)
            return p;
    return std::nullopt;
}

} // namespace tessera
