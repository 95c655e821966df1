#include "analysis/IdentifierLinks.h"

#include "case/Case.h"
#include "case/CaseError.h"
#include "case/CaseSettings.h"
#include "ingest/PhoneNormalizer.h"
#include "model/ExhibitRepository.h"
#include "model/PersonRepository.h"
#include "model/Roles.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"
#include "time/TimeFormat.h"

#include <QJsonObject>
#include <QMap>

namespace tessera {

QString IdentifierLinks::addToExhibit(Case& c, qint64 exhibitId, const QString& kind, const QString& rawValue,
                                      const QString& region) {
    Database& db = c.db();
    if (!ExhibitRepository::get(db, exhibitId))
        throw CaseError(ErrorKind::Usage, QStringLiteral("--exhibit: no exhibit with id %1").arg(exhibitId));
    if (!Vocabulary::identifierKinds().contains(kind))
        throw CaseError(ErrorKind::Usage, QStringLiteral("--kind: unknown identifier kind (expected one of %1)")
                                              .arg(Vocabulary::identifierKinds().join(QStringLiteral(", "))));
    if (rawValue.trimmed().isEmpty())
        throw CaseError(ErrorKind::Usage, QStringLiteral("--value: empty"));
    const QString reg = region.isEmpty() ? c.settings().value(CaseSettings::Key::Region) : region.toUpper();
    const QString value = PhoneNormalizer::normalizeIdentifier(kind, rawValue, reg);
    Transaction tx(db);
    Statement ins = db.prepare("INSERT OR IGNORE INTO exhibit_identifier(exhibit_id, kind, value, raw_value, created_utc) "
                               "VALUES (?,?,?,?,?)");
    ins.bind(1, exhibitId).bind(2, kind).bind(3, value).bind(4, rawValue).bind(5, currentUtcUs());
    ins.exec();
    if (db.changes() > 0)
        c.audit(QStringLiteral("exhibit.identifier"), QStringLiteral("exhibit:%1").arg(exhibitId),
                QJsonObject{{QStringLiteral("kind"), kind}});
    tx.commit();
    return value;
}

QVector<IdentifierLink> IdentifierLinks::links(Database& db) {
    // value → exhibit → what carries it there.
    QMap<QString, QMap<qint64, LinkedExhibit>> byValue;
    QHash<QString, QString> kindOf;
    {
        Statement s = db.prepare(
            "SELECT value, exhibit_id, SUM(n) FROM ("
            "  SELECT originator AS value, exhibit_id, COUNT(*) AS n FROM record WHERE originator IS NOT NULL AND "
            "  originator <> '' GROUP BY originator, exhibit_id"
            "  UNION ALL "
            "  SELECT recipient, exhibit_id, COUNT(*) FROM record WHERE recipient IS NOT NULL AND recipient <> '' "
            "  GROUP BY recipient, exhibit_id) "
            "WHERE exhibit_id NOT IN (SELECT id FROM exhibit WHERE withdrawn = 1) GROUP BY value, exhibit_id");
        while (s.step()) {
            LinkedExhibit& e = byValue[s.text(0)][s.int64(1)];
            e.exhibitId = s.int64(1);
            e.records = s.int64(2);
        }
    }
    {
        Statement s = db.prepare(
            "SELECT value, exhibit_id, kind FROM exhibit_identifier WHERE exhibit_id NOT IN "
            "(SELECT id FROM exhibit WHERE withdrawn = 1) "
            "UNION SELECT value, exhibit_id, kind FROM identifier WHERE exhibit_id IS NOT NULL AND exhibit_id NOT IN "
            "(SELECT id FROM exhibit WHERE withdrawn = 1)");
        while (s.step()) {
            LinkedExhibit& e = byValue[s.text(0)][s.int64(1)];
            e.exhibitId = s.int64(1);
            e.stated = true;
            kindOf.insert(s.text(0), s.text(2));
        }
    }
    QHash<qint64, Exhibit> exhibits;
    for (const Exhibit& e : ExhibitRepository::list(db))
        exhibits.insert(e.id, e);
    QHash<qint64, PersonRef> people;
    for (const Person& p : PersonRepository::list(db))
        people.insert(p.id, PersonRef{p.id, p.label()});
    QVector<IdentifierLink> out;
    for (auto it = byValue.constBegin(); it != byValue.constEnd(); ++it) {
        if (it.value().size() < 2)
            continue;
        IdentifierLink link;
        link.value = it.key();
        link.kind = kindOf.value(it.key(), QStringLiteral("record-party"));
        for (const LinkedExhibit& e : it.value()) {
            LinkedExhibit x = e;
            const Exhibit ex = exhibits.value(e.exhibitId);
            x.exhibitKind = ex.kind;
            x.title = ex.title.isEmpty() ? ex.originalFileName : ex.title;
            link.exhibits << x;
        }
        Statement s = db.prepare("SELECT DISTINCT person_id, kind FROM identifier WHERE value = ? ORDER BY person_id");
        s.bind(1, it.key());
        while (s.step()) {
            if (people.contains(s.int64(0)))
                link.people << people.value(s.int64(0));
            if (link.kind == QLatin1String("record-party"))
                link.kind = s.text(1);
        }
        out << link;
    }
    return out;
}

QVector<IdentifierLink> IdentifierLinks::linksOf(Database& db, qint64 exhibitId) {
    QVector<IdentifierLink> out;
    for (const IdentifierLink& l : links(db))
        for (const LinkedExhibit& e : l.exhibits)
            if (e.exhibitId == exhibitId) {
                out << l;
                break;
            }
    return out;
}

} // namespace tessera
