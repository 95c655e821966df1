#include "model/IdentifierRepository.h"

#include "case/Case.h"
#include "case/CaseError.h"
#include "ingest/PhoneNormalizer.h"
#include "model/PersonRepository.h"
#include "model/Roles.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "time/LocalTimeResolver.h"
#include "time/TimeFormat.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QRegularExpression>

namespace tessera {
namespace {

qint64 dayBound(const QString& text, const QString& zone, bool end, const char* option) {
    if (text.isEmpty())
        return 0;
    const QDate d = QDate::fromString(text, Qt::ISODate);
    if (!d.isValid())
        throw CaseError(ErrorKind::Usage, QStringLiteral("%1: expected a date as YYYY-MM-DD").arg(QLatin1String(option)));
    const auto start = LocalTimeResolver::startOfLocalDayUtcUs(end ? d.addDays(1) : d, zone);
    if (!start)
        throw CaseError(ErrorKind::Usage, QStringLiteral("%1: date out of range").arg(QLatin1String(option)));
    return end ? *start - 1 : *start;
}

/// Checks that a value has the shape of its kind (throws Usage naming --value) and returns the flags of a value kept
/// raw: a phone number that does not parse as a valid number of its region is kept as entered and flagged, as imports do.
QStringList shapeFlags(const QString& kind, const QString& raw, const QString& region) {
    const QString v = raw.trimmed();
    if (kind == QLatin1String("email")) {
        // RFC 5322 addr-spec in the plain form investigators meet: one @, a local part, a domain with a dot.
        static const QRegularExpression re(QStringLiteral(R"(^[^@\s]+@[^@\s.]+(\.[^@\s.]+)+$)"));
        if (!re.match(v).hasMatch())
            throw CaseError(ErrorKind::Usage, QStringLiteral("--value: not an e-mail address (expected one @ and a "
                                                             "domain, e.g. name@example.com)"));
    } else if (kind == QLatin1String("phone")) {
        switch (PhoneNormalizer::normalize(v, region).status) {
        case PhoneNormalizer::Status::Valid:
            break;
        case PhoneNormalizer::Status::NotANumber:
            throw CaseError(ErrorKind::Usage, QStringLiteral("--value: not a phone number (digits, with + and a country "
                                                             "code or in the region's own format; a name or handle is "
                                                             "--kind handle)"));
        case PhoneNormalizer::Status::Invalid:
            return {QStringLiteral("invalid-number")};
        case PhoneNormalizer::Status::Ambiguous:
            return {QStringLiteral("ambiguous-number")};
        }
    }
    return {};
}

QVector<Identifier> query(Database& db, qint64 personId) {
    QVector<Identifier> out;
    Statement s = db.prepare(personId
                                 ? "SELECT id, person_id, kind, value, raw_value, valid_from, valid_to FROM identifier "
                                   "WHERE person_id = ? ORDER BY id"
                                 : "SELECT id, person_id, kind, value, raw_value, valid_from, valid_to FROM identifier "
                                   "ORDER BY id");
    if (personId)
        s.bind(1, personId);
    while (s.step())
        out.append({s.int64(0), s.int64(1), s.text(2), s.text(3), s.text(4), s.int64(5), s.int64(6)});
    return out;
}

} // namespace

IdentifierRepository::Added IdentifierRepository::add(Case& c, qint64 personId, const QString& kind,
                                                      const QString& rawValue, const QString& region,
                                                      const QString& from, const QString& to) {
    Database& db = c.db();
    if (!PersonRepository::get(db, personId))
        throw CaseError(ErrorKind::Usage, QStringLiteral("--person: no person with id %1").arg(personId));
    if (!Vocabulary::identifierKinds().contains(kind))
        throw CaseError(ErrorKind::Usage, QStringLiteral("--kind: unknown identifier kind (expected one of %1)")
                                              .arg(Vocabulary::identifierKinds().join(QStringLiteral(", "))));
    if (rawValue.trimmed().isEmpty())
        throw CaseError(ErrorKind::Usage, QStringLiteral("--value: empty"));
    PhoneNormalizer::requireKnownRegion(region);
    const QString zone = c.settings().value(CaseSettings::Key::DisplayZone);
    const QString reg = region.isEmpty() ? c.settings().value(CaseSettings::Key::Region) : region.toUpper();
    Added a;
    a.identifier.personId = personId;
    a.identifier.kind = kind;
    a.identifier.rawValue = rawValue;
    a.flags = shapeFlags(kind, rawValue, reg);
    a.identifier.value = PhoneNormalizer::normalizeIdentifier(kind, rawValue, reg);
    a.identifier.validFromUtcUs = dayBound(from, zone, false, "--from");
    a.identifier.validToUtcUs = dayBound(to, zone, true, "--to");
    if (a.identifier.validFromUtcUs && a.identifier.validToUtcUs && a.identifier.validToUtcUs < a.identifier.validFromUtcUs)
        throw CaseError(ErrorKind::Usage, QStringLiteral("--to: the period ends before it starts (--from is later)"));
    Transaction tx(db);
    Statement ins = db.prepare("INSERT INTO identifier(person_id, kind, value, raw_value, valid_from, valid_to, "
                               "created_utc) VALUES (?,?,?,?,?,?,?)");
    ins.bind(1, personId).bind(2, kind).bind(3, a.identifier.value).bind(4, rawValue);
    if (a.identifier.validFromUtcUs)
        ins.bind(5, a.identifier.validFromUtcUs);
    if (a.identifier.validToUtcUs)
        ins.bind(6, a.identifier.validToUtcUs);
    ins.bind(7, currentUtcUs());
    ins.exec();
    a.identifier.id = db.lastInsertRowId();
    {
        Statement s = db.prepare("SELECT count(*) FROM record WHERE (originator = ?1 OR recipient = ?1) "
                                 "AND (?2 = 0 OR upper_utc >= ?2) AND (?3 = 0 OR lower_utc <= ?3)");
        s.bind(1, a.identifier.value).bind(2, a.identifier.validFromUtcUs).bind(3, a.identifier.validToUtcUs);
        a.linkedRecords = s.step() ? s.int64(0) : 0;
    }
    c.audit(QStringLiteral("identifier.add"), QStringLiteral("identifier:%1").arg(a.identifier.id),
            QJsonObject{{QStringLiteral("person"), personId}, {QStringLiteral("kind"), kind}});
    tx.commit();
    return a;
}

QVector<Identifier> IdentifierRepository::forPerson(Database& db, qint64 personId) { return query(db, personId); }
QVector<Identifier> IdentifierRepository::all(Database& db) { return query(db, 0); }

} // namespace tessera
