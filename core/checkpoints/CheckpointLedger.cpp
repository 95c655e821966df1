#include "checkpoints/CheckpointLedger.h"

#include "case/Case.h"
#include "case/CaseError.h"
#include "checkpoints/CheckpointCatalog.h"
#include "checkpoints/VictimChoicePolicy.h"
#include "model/ExhibitRepository.h"
#include "model/PersonRepository.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "time/TimeFormat.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace tessera {
namespace {

CheckpointDecision readDecision(const Statement& s) {
    CheckpointDecision d;
    d.id = s.int64(0);
    d.personId = s.int64(1);
    d.point = s.text(2);
    d.decision = s.text(3);
    d.scopeFrom = s.text(4);
    d.scopeTo = s.text(5);
    for (const QJsonValue& v : QJsonDocument::fromJson(s.text(6).toUtf8()).array())
        d.scopeItems << v.toString();
    d.explained = s.int64(7) != 0;
    d.advocatePresent = s.int64(8) != 0;
    d.note = s.text(9);
    d.recordedBy = s.text(10);
    d.recordedUtcUs = s.int64(11);
    d.catalogueVersion = s.text(12);
    return d;
}

constexpr const char* kColumns = "id, person_id, point, decision, scope_from, scope_to, scope_items, explained, "
                                 "advocate_present, note, recorded_by, recorded_utc, catalogue_version";

void checkDate(const QString& value, const QString& option) {
    if (!value.isEmpty() && !QDate::fromString(value, Qt::ISODate).isValid())
        throw CaseError(ErrorKind::Usage, QStringLiteral("%1: expected a date as YYYY-MM-DD").arg(option));
}

} // namespace

QString ExhibitSeal::displayText() const {
    return QStringLiteral("Sealed on %1 after %2 withdrew the '%3' choice: no further review; kept and flagged for "
                          "the prosecutor, who decides on its use")
        .arg(formatIsoUtc(sealedUtcUs).left(10), personLabel, point);
}

const QStringList& CheckpointLedger::decisions() {
    static const QStringList d{QStringLiteral("agreed"), QStringLiteral("declined"), QStringLiteral("deferred"),
                               QStringLiteral("withdrawn")};
    return d;
}

qint64 CheckpointLedger::record(Case& c, const NewCheckpointDecision& d) {
    Database& db = c.db();
    const auto person = PersonRepository::get(db, d.personId);
    if (!person)
        throw CaseError(ErrorKind::Usage, QStringLiteral("--victim: no person with id %1").arg(d.personId));
    if (!person->roles.contains(QLatin1String("victim")) && !person->isProtected &&
        !person->roles.contains(QLatin1String("witness")))
        throw CaseError(ErrorKind::Usage, QStringLiteral("--victim: person %1 is not a victim or witness").arg(d.personId));
    const CheckpointCatalog& catalog = CheckpointCatalog::builtIn();
    const CheckpointPoint* point = catalog.find(d.point);
    if (!point)
        throw CaseError(ErrorKind::Usage, QStringLiteral("--point: unknown decision point (tessera-cli checkpoints lists them)"));
    if (!decisions().contains(d.decision))
        throw CaseError(ErrorKind::Usage, QStringLiteral("--decision: expected agreed, declined, deferred or withdrawn"));
    checkDate(d.scopeFrom, QStringLiteral("--scope-from"));
    checkDate(d.scopeTo, QStringLiteral("--scope-to"));
    const bool hasScope = !d.scopeFrom.isEmpty() || !d.scopeTo.isEmpty() || !d.scopeItems.isEmpty();
    if (hasScope && !point->scoped)
        throw CaseError(ErrorKind::Usage, QStringLiteral("--scope-*: the decision point '%1' takes no scope").arg(d.point));
    if (hasScope && d.decision != QLatin1String("agreed"))
        throw CaseError(ErrorKind::Usage, QStringLiteral("--scope-*: a scope belongs to an agreed decision"));
    if (!d.scopeFrom.isEmpty() && !d.scopeTo.isEmpty() && d.scopeFrom > d.scopeTo)
        throw CaseError(ErrorKind::Usage, QStringLiteral("--scope-from: is after --scope-to"));
    if (d.decision == QLatin1String("withdrawn") && !point->withdrawable)
        throw CaseError(ErrorKind::Usage, QStringLiteral("--decision: the '%1' choice is not withdrawn (%2)")
                                              .arg(d.point, point->withdrawalHow));
    QStringList items;
    for (const QString& i : d.scopeItems)
        if (!i.trimmed().isEmpty() && !items.contains(i.trimmed()))
            items << i.trimmed();

    Transaction tx(db);
    const auto previous = latest(db, d.personId, d.point);
    const qint64 now = currentUtcUs();
    Statement ins = db.prepare("INSERT INTO checkpoint_decision(person_id, point, decision, scope_from, scope_to, "
                               "scope_items, explained, advocate_present, note, recorded_by, recorded_utc, "
                               "catalogue_version) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)");
    ins.bind(1, d.personId).bind(2, d.point).bind(3, d.decision);
    if (d.scopeFrom.isEmpty()) ins.bindNull(4); else ins.bind(4, d.scopeFrom);
    if (d.scopeTo.isEmpty()) ins.bindNull(5); else ins.bind(5, d.scopeTo);
    ins.bind(6, QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(items)).toJson(QJsonDocument::Compact)));
    ins.bind(7, d.explained).bind(8, d.advocatePresent).bindText(9, d.note).bind(10, c.actor()).bind(11, now);
    ins.bind(12, catalog.version());
    ins.exec();
    const qint64 id = db.lastInsertRowId();
    c.audit(QStringLiteral("checkpoint.record"), QStringLiteral("person:%1").arg(d.personId),
            QJsonObject{{QStringLiteral("decision_id"), id},
                        {QStringLiteral("point"), d.point},
                        {QStringLiteral("decision"), d.decision},
                        {QStringLiteral("explained"), d.explained},
                        {QStringLiteral("advocate_present"), d.advocatePresent},
                        {QStringLiteral("scoped"), hasScope}});

    // Withdrawal from then on: seal what was obtained under this point; never purge it.
    const bool withdrawing = d.decision == QLatin1String("withdrawn") ||
                             (d.decision == QLatin1String("declined") && previous &&
                              previous->decision == QLatin1String("agreed"));
    if (withdrawing) {
        QSet<QString> kinds;
        for (const VictimActionInfo& a : VictimChoicePolicy::actions())
            if (a.point == d.point)
                for (const QString& k : a.exhibitKinds)
                    kinds.insert(k);
        QVector<qint64> toSeal;
        {
            // Imports of the person's own device or data (ImportSession, --provided-by) are governed by the point
            // of extract-device, whatever their profile's exhibit kind.
            const bool governsImports = d.point == VictimChoicePolicy::info(VictimAction::ExtractDevice).point;
            Statement s = db.prepare("SELECT id, kind, coalesce(import_profile, '') FROM exhibit WHERE "
                                     "provided_by_person_id = ? AND id NOT IN (SELECT exhibit_id FROM exhibit_seal) "
                                     "ORDER BY id");
            s.bind(1, d.personId);
            while (s.step())
                if (kinds.contains(s.text(1)) || (governsImports && !s.text(2).isEmpty()))
                    toSeal << s.int64(0);
        }
        Statement seal = db.prepare("INSERT INTO exhibit_seal(exhibit_id, person_id, point, decision_id, sealed_utc) "
                                    "VALUES (?,?,?,?,?)");
        for (qint64 exhibitId : toSeal) {
            seal.bind(1, exhibitId).bind(2, d.personId).bind(3, d.point).bind(4, id).bind(5, now);
            seal.exec();
            seal.reset();
            ExhibitRepository::addCustody(db, exhibitId, QStringLiteral("sealed"), c.actor(),
                                          QStringLiteral("sealed after %1 withdrew the '%2' choice; kept and flagged "
                                                         "for the prosecutor")
                                              .arg(person->label(), d.point));
            c.audit(QStringLiteral("exhibit.seal"), QStringLiteral("exhibit:%1").arg(exhibitId),
                    QJsonObject{{QStringLiteral("point"), d.point}, {QStringLiteral("decision_id"), id}});
        }
    }
    tx.commit();
    return id;
}

QVector<CheckpointDecision> CheckpointLedger::list(Database& db, qint64 personId) {
    QVector<CheckpointDecision> out;
    Statement s = db.prepare(QStringLiteral("SELECT %1 FROM checkpoint_decision WHERE person_id = ? ORDER BY id")
                                 .arg(QLatin1String(kColumns))
                                 .toUtf8()
                                 .constData());
    s.bind(1, personId);
    while (s.step())
        out.append(readDecision(s));
    return out;
}

std::optional<CheckpointDecision> CheckpointLedger::latest(Database& db, qint64 personId, const QString& point) {
    Statement s = db.prepare(QStringLiteral("SELECT %1 FROM checkpoint_decision WHERE person_id = ? AND point = ? "
                                            "ORDER BY id DESC LIMIT 1")
                                 .arg(QLatin1String(kColumns))
                                 .toUtf8()
                                 .constData());
    s.bind(1, personId).bind(2, point);
    if (s.step())
        return readDecision(s);
    return std::nullopt;
}

QHash<qint64, ExhibitSeal> CheckpointLedger::seals(Database& db) {
    QHash<qint64, ExhibitSeal> out;
    Statement s = db.prepare("SELECT s.exhibit_id, s.person_id, s.point, s.decision_id, s.sealed_utc, p.pseudonym, "
                             "p.legal_name, p.protected FROM exhibit_seal s JOIN person p ON p.id = s.person_id");
    while (s.step()) {
        ExhibitSeal e;
        e.exhibitId = s.int64(0);
        e.personId = s.int64(1);
        e.point = s.text(2);
        e.decisionId = s.int64(3);
        e.sealedUtcUs = s.int64(4);
        // A seal names the person by pseudonym; an unprotected person by their person id only (the text is produced).
        e.personLabel = !s.text(5).isEmpty() ? s.text(5) : QStringLiteral("person %1").arg(e.personId);
        out.insert(e.exhibitId, e);
    }
    return out;
}

} // namespace tessera
