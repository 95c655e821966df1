#include "casework/LeadRepository.h"

#include "analysis/ProofBoard.h"
#include "case/Case.h"
#include "case/CaseError.h"
#include "casework/CaseworkWithdrawal.h"
#include "model/ChargeRepository.h"
#include "statutes/StatuteCatalog.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "time/TimeFormat.h"

#include <QJsonArray>
#include <QJsonObject>

namespace tessera {
namespace {

void requireElement(Database& db, qint64 chargeId, const QString& elementId) {
    const auto charge = ChargeRepository::get(db, chargeId);
    if (!charge)
        throw CaseError(ErrorKind::Usage, QStringLiteral("--element: no charge with id %1").arg(chargeId));
    const Statute st = Statute::fromJson(charge->templateJson, QStringLiteral("charge %1 template").arg(chargeId));
    for (const StatuteElement& e : st.elements)
        if (e.id == elementId)
            return;
    throw CaseError(ErrorKind::Usage, QStringLiteral("--element: charge %1 (%2) has no element '%3'")
                                          .arg(chargeId).arg(st.id, elementId));
}

} // namespace

qint64 LeadRepository::add(Case& c, const NewLead& lead) {
    if (lead.title.trimmed().isEmpty())
        throw CaseError(ErrorKind::Usage, QStringLiteral("--title: empty"));
    QDate due;
    if (!lead.due.isEmpty()) {
        due = QDate::fromString(lead.due, Qt::ISODate);
        if (!due.isValid() || lead.due.size() != 10)
            throw CaseError(ErrorKind::Usage, QStringLiteral("--due: expected a date as YYYY-MM-DD"));
    }
    Database& db = c.db();
    Transaction tx(db);
    if (lead.chargeId)
        requireElement(db, lead.chargeId, lead.elementId);
    const qint64 now = currentUtcUs();
    Statement ins = db.prepare("INSERT INTO lead(title, charge_id, element_id, owner, due_date, created_utc) VALUES (?,?,?,?,?,?)");
    ins.bind(1, lead.title.trimmed());
    if (lead.chargeId)
        ins.bind(2, lead.chargeId).bind(3, lead.elementId);
    ins.bindText(4, lead.owner).bind(5, due.isValid() ? due.toString(Qt::ISODate) : QString()).bind(6, now);
    ins.exec();
    const qint64 id = db.lastInsertRowId();
    Statement st = db.prepare("INSERT INTO lead_status(lead_id, status, outcome, actor, created_utc) VALUES (?, 'open', '', ?, ?)");
    st.bind(1, id).bind(2, c.actor()).bind(3, now);
    st.exec();
    c.audit(QStringLiteral("lead.add"), QStringLiteral("lead:%1").arg(id),
            {{QStringLiteral("charge"), lead.chargeId ? QJsonValue(lead.chargeId) : QJsonValue()},
             {QStringLiteral("element"), lead.chargeId ? QJsonValue(lead.elementId) : QJsonValue()},
             {QStringLiteral("due"), due.isValid() ? QJsonValue(due.toString(Qt::ISODate)) : QJsonValue()}});
    tx.commit();
    return id;
}

QVector<ProofGap> LeadRepository::gaps(Case& c) {
    QVector<ProofGap> out;
    const ProofBoardResult board = ProofBoard::build(c);
    for (const ChargeProof& cp : board.charges)
        for (const ElementProof& e : cp.elements)
            if (e.required && e.status != QLatin1String("independent") && e.status != QLatin1String("not-required"))
                out.append({cp.id, cp.citation, e.id, e.text, e.status, e.suggestions});
    return out;
}

QString LeadRepository::titleForGap(const ProofGap& gap, int suggestion) {
    static const QString evidencePrefix = QStringLiteral("Independent evidence that usually proves this: ");
    static const QString certifyPrefix = QStringLiteral("Record how exhibit ");
    if (suggestion < 0) { // the first actionable suggestion: evidence to get, else an exhibit to certify
        for (int i = 0; i < gap.suggestions.size() && suggestion < 0; ++i)
            if (gap.suggestions[i].startsWith(evidencePrefix))
                suggestion = i;
        for (int i = 0; i < gap.suggestions.size() && suggestion < 0; ++i)
            if (gap.suggestions[i].startsWith(certifyPrefix))
                suggestion = i;
    }
    QString what = QStringLiteral("Find independent evidence");
    if (suggestion >= 0 && suggestion < gap.suggestions.size()) {
        what = gap.suggestions[suggestion];
        if (what.startsWith(evidencePrefix)) {
            what = what.mid(evidencePrefix.size());
            const qsizetype paren = what.indexOf(QStringLiteral(" ("));
            if (paren > 0)
                what = what.left(paren);
            what = QStringLiteral("Get %1").arg(what);
        } else {
            const qsizetype colon = what.indexOf(QLatin1Char(':'));
            if (colon > 0)
                what = what.left(colon);
        }
    }
    return QStringLiteral("%1 for the %2 element of charge %3 (%4)").arg(what, gap.elementId).arg(gap.chargeId).arg(gap.citation);
}

qint64 LeadRepository::addFromGap(Case& c, qint64 chargeId, const QString& elementId, const QString& owner,
                                  const QString& due, const QString& title) {
    for (const ProofGap& g : gaps(c)) {
        if (g.chargeId != chargeId || g.elementId != elementId)
            continue;
        NewLead lead;
        lead.title = title.isEmpty() ? titleForGap(g) : title;
        lead.chargeId = chargeId;
        lead.elementId = elementId;
        lead.owner = owner;
        lead.due = due;
        return add(c, lead);
    }
    requireElement(c.db(), chargeId, elementId);
    throw CaseError(ErrorKind::Usage, QStringLiteral("--element: %1/%2 is not a gap on the proof board (already "
                                                     "independent or not required)").arg(chargeId).arg(elementId));
}

LeadClosed LeadRepository::close(Case& c, qint64 leadId, const QString& outcome, const QVector<qint64>& exhibits) {
    if (outcome.trimmed().isEmpty())
        throw CaseError(ErrorKind::Usage, QStringLiteral("--outcome: empty"));
    Database& db = c.db();
    Transaction tx(db);
    Statement l = db.prepare("SELECT l.charge_id, l.element_id, (SELECT status FROM lead_status s WHERE s.lead_id = l.id "
                             "ORDER BY s.id DESC LIMIT 1) FROM lead l WHERE l.id = ?");
    l.bind(1, leadId);
    if (!l.step())
        throw CaseError(ErrorKind::Usage, QStringLiteral("--lead: no lead with id %1").arg(leadId));
    if (l.text(2) == QLatin1String("closed"))
        throw CaseError(ErrorKind::Usage, QStringLiteral("--lead: lead %1 is already closed").arg(leadId));
    if (CaseworkWithdrawal::isWithdrawn(db, QStringLiteral("lead"), leadId))
        throw CaseError(ErrorKind::Usage, QStringLiteral("--lead: lead %1 was withdrawn").arg(leadId));
    const qint64 chargeId = l.int64(0);
    const QString elementId = l.text(1);
    LeadClosed result;
    QVector<qint64> events;
    if (chargeId) {
        Statement ev = db.prepare("SELECT event_id FROM element_link WHERE charge_id = ? AND element_id = ? ORDER BY event_id");
        ev.bind(1, chargeId).bind(2, elementId);
        while (ev.step())
            events << ev.int64(0);
    }
    Statement ex = db.prepare("SELECT count(*) FROM exhibit WHERE id = ? AND withdrawn = 0");
    Statement link = db.prepare("INSERT OR IGNORE INTO lead_exhibit(lead_id, exhibit_id) VALUES (?,?)");
    Statement support = db.prepare("INSERT OR IGNORE INTO event_exhibit(event_id, exhibit_id, contradicts) VALUES (?,?,0)");
    QJsonArray exArr;
    for (qint64 x : exhibits) {
        ex.reset();
        ex.bind(1, x);
        if (!ex.step() || ex.int64(0) == 0)
            throw CaseError(ErrorKind::Usage, QStringLiteral("--exhibit: no exhibit with id %1").arg(x));
        link.reset();
        link.bind(1, leadId).bind(2, x);
        link.exec();
        exArr.append(x);
        for (qint64 e : events) {
            support.reset();
            support.bind(1, e).bind(2, x);
            support.exec();
            if (db.changes() > 0 && !result.linkedEvents.contains(e))
                result.linkedEvents << e;
        }
    }
    Statement st = db.prepare("INSERT INTO lead_status(lead_id, status, outcome, actor, created_utc) VALUES (?, 'closed', ?, ?, ?)");
    st.bind(1, leadId).bind(2, outcome.trimmed()).bind(3, c.actor()).bind(4, currentUtcUs());
    st.exec();
    QJsonArray evArr;
    for (qint64 e : result.linkedEvents)
        evArr.append(e);
    c.audit(QStringLiteral("lead.close"), QStringLiteral("lead:%1").arg(leadId),
            {{QStringLiteral("exhibits"), exArr}, {QStringLiteral("linked_events"), evArr}});
    tx.commit();
    return result;
}

QVector<Lead> LeadRepository::list(Database& db) {
    QVector<Lead> out;
    Statement s = db.prepare("SELECT l.id, l.title, l.charge_id, l.element_id, l.owner, l.due_date, l.created_utc, "
                             "(SELECT status FROM lead_status s WHERE s.lead_id = l.id ORDER BY s.id DESC LIMIT 1), "
                             "(SELECT outcome FROM lead_status s WHERE s.lead_id = l.id ORDER BY s.id DESC LIMIT 1) "
                             "FROM lead l ORDER BY l.id");
    while (s.step()) {
        Lead l;
        l.id = s.int64(0);
        l.title = s.text(1);
        l.chargeId = s.int64(2);
        l.elementId = s.text(3);
        l.owner = s.text(4);
        l.due = QDate::fromString(s.text(5), Qt::ISODate);
        l.createdUtcUs = s.int64(6);
        l.status = s.text(7);
        l.outcome = s.text(8);
        out.append(l);
    }
    const QSet<qint64> withdrawn = CaseworkWithdrawal::withdrawnIds(db, QStringLiteral("lead"));
    for (Lead& l : out) {
        l.withdrawn = withdrawn.contains(l.id);
        Statement x = db.prepare("SELECT exhibit_id FROM lead_exhibit WHERE lead_id = ? ORDER BY exhibit_id");
        x.bind(1, l.id);
        while (x.step())
            l.exhibits << x.int64(0);
    }
    return out;
}

} // namespace tessera
