#include "casework/LegalProcessRepository.h"

#include "case/Case.h"
#include "case/CaseError.h"
#include "casework/CaseworkWithdrawal.h"
#include "packet/ProtectedIdentityRedactor.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "time/LocalTimeResolver.h"
#include "time/TimeFormat.h"

#include <QJsonArray>
#include <QJsonObject>
#include <algorithm>

namespace tessera {
namespace {

QDate parseDay(const QString& text, const char* option) {
    if (text.isEmpty())
        return {};
    const QDate d = QDate::fromString(text, Qt::ISODate);
    if (!d.isValid() || text.size() != 10)
        throw CaseError(ErrorKind::Usage, QStringLiteral("%1: expected a date as YYYY-MM-DD").arg(QLatin1String(option)));
    return d;
}

QString dayText(QDate d) { return d.isValid() ? d.toString(Qt::ISODate) : QString(); }

std::optional<qint64> dayBound(const QString& text, const QString& zone, bool end, const char* option) {
    const QDate d = parseDay(text, option);
    if (!d.isValid())
        return std::nullopt;
    const auto start = LocalTimeResolver::startOfLocalDayUtcUs(end ? d.addDays(1) : d, zone);
    if (!start)
        throw CaseError(ErrorKind::Usage, QStringLiteral("%1: date out of range").arg(QLatin1String(option)));
    return end ? *start - 1 : *start;
}

QVector<LegalProcess> query(Database& db, qint64 id) {
    QVector<LegalProcess> out;
    Statement s = db.prepare(
        "SELECT p.id, p.kind, p.provider, p.lead_id, p.served_date, p.due_date, p.expires_date, p.scope_from_utc, "
        "p.scope_to_utc, p.scope_from, p.scope_to, p.created_utc, r.served_date, r.expires_date FROM legal_process p "
        "LEFT JOIN legal_process_renewal r ON r.process_id = p.id WHERE ?1 = 0 OR p.id = ?1 ORDER BY p.id");
    s.bind(1, id);
    while (s.step()) {
        LegalProcess p;
        p.id = s.int64(0);
        p.kind = s.text(1);
        p.provider = s.text(2);
        p.leadId = s.int64(3);
        p.served = QDate::fromString(s.text(4), Qt::ISODate);
        p.due = QDate::fromString(s.text(5), Qt::ISODate);
        p.originalExpires = QDate::fromString(s.text(6), Qt::ISODate);
        if (!s.isNull(7))
            p.scopeFromUtcUs = s.int64(7);
        if (!s.isNull(8))
            p.scopeToUtcUs = s.int64(8);
        p.scopeFrom = s.text(9);
        p.scopeTo = s.text(10);
        p.createdUtcUs = s.int64(11);
        p.renewalServed = QDate::fromString(s.text(12), Qt::ISODate);
        const QDate renewedEnd = QDate::fromString(s.text(13), Qt::ISODate);
        p.expires = renewedEnd.isValid() ? renewedEnd : p.originalExpires;
        out.append(p);
    }
    const QSet<qint64> withdrawn = CaseworkWithdrawal::withdrawnIds(db, QStringLiteral("process"));
    for (LegalProcess& p : out) {
        p.withdrawn = withdrawn.contains(p.id);
        Statement i = db.prepare("SELECT l.identifier_id, l.value, coalesce(i.kind, '') FROM legal_process_identifier l "
                                 "LEFT JOIN identifier i ON i.id = l.identifier_id WHERE l.process_id = ? "
                                 "ORDER BY l.identifier_id");
        i.bind(1, p.id);
        while (i.step())
            p.identifiers.append({i.int64(0), i.text(1), i.text(2)});
        Statement r = db.prepare("SELECT exhibit_id FROM legal_process_return WHERE process_id = ? ORDER BY exhibit_id");
        r.bind(1, p.id);
        while (r.step())
            p.returns.append(r.int64(0));
    }
    return out;
}

} // namespace

const QStringList& LegalProcessRepository::kinds() {
    static const QStringList k{QStringLiteral("subpoena"), QStringLiteral("court-order"), QStringLiteral("search-warrant"),
                               QStringLiteral("preservation"), QStringLiteral("delayed-notice")};
    return k;
}

QString LegalProcessRepository::citation(const QString& kind) {
    if (kind == QLatin1String("subpoena"))
        return QStringLiteral("18 U.S.C. 2703(c)(2)");
    if (kind == QLatin1String("court-order"))
        return QStringLiteral("18 U.S.C. 2703(d)");
    if (kind == QLatin1String("search-warrant"))
        return QStringLiteral("18 U.S.C. 2703(a)-(c); Fed. R. Crim. P. 41");
    if (kind == QLatin1String("preservation"))
        return QStringLiteral("18 U.S.C. 2703(f)");
    if (kind == QLatin1String("delayed-notice"))
        return QStringLiteral("18 U.S.C. 2705");
    return {};
}

QString LegalProcessRepository::kindWords(const QString& kind) {
    if (kind == QLatin1String("court-order"))
        return QStringLiteral("court order");
    if (kind == QLatin1String("search-warrant"))
        return QStringLiteral("search warrant");
    if (kind == QLatin1String("preservation"))
        return QStringLiteral("preservation request");
    if (kind == QLatin1String("delayed-notice"))
        return QStringLiteral("delayed-notice order");
    return kind;
}

QDate LegalProcessRepository::preservationExpiry(QDate served) {
    return served.isValid() ? served.addDays(kPreservationDays) : QDate();
}

QDate LegalProcessRepository::renewedPreservationExpiry(QDate currentExpiry) {
    return currentExpiry.isValid() ? currentExpiry.addDays(kPreservationDays) : QDate();
}

qint64 LegalProcessRepository::add(Case& c, const NewLegalProcess& p) {
    if (!kinds().contains(p.kind))
        throw CaseError(ErrorKind::Usage, QStringLiteral("--kind: expected one of %1").arg(kinds().join(QStringLiteral(", "))));
    if (p.provider.trimmed().isEmpty())
        throw CaseError(ErrorKind::Usage, QStringLiteral("--provider is required"));
    const QDate served = parseDay(p.served, "--served");
    const QDate due = parseDay(p.due, "--due");
    QDate expires = parseDay(p.expires, "--expires");
    if (p.kind == QLatin1String("preservation") && !expires.isValid())
        expires = preservationExpiry(served);
    if (p.kind == QLatin1String("delayed-notice") && !expires.isValid())
        throw CaseError(ErrorKind::Usage, QStringLiteral("--expires: a delayed-notice order needs its end date"));
    const QString zone = c.settings().value(CaseSettings::Key::DisplayZone);
    const auto from = dayBound(p.scopeFrom, zone, false, "--from");
    const auto to = dayBound(p.scopeTo, zone, true, "--to");
    if (from && to && *to < *from)
        throw CaseError(ErrorKind::Usage, QStringLiteral("--to: the window ends before it starts"));
    Database& db = c.db();
    Transaction tx(db);
    if (p.leadId) {
        Statement l = db.prepare("SELECT count(*) FROM lead WHERE id = ?");
        l.bind(1, p.leadId);
        if (!l.step() || l.int64(0) == 0)
            throw CaseError(ErrorKind::Usage, QStringLiteral("--lead: no lead with id %1").arg(p.leadId));
    }
    Statement ins = db.prepare("INSERT INTO legal_process(kind, provider, lead_id, served_date, due_date, expires_date, "
                               "scope_from_utc, scope_to_utc, scope_from, scope_to, created_utc) VALUES (?,?,?,?,?,?,?,?,?,?,?)");
    ins.bind(1, p.kind).bind(2, p.provider.trimmed());
    if (p.leadId)
        ins.bind(3, p.leadId);
    ins.bind(4, dayText(served)).bind(5, dayText(due)).bind(6, dayText(expires));
    if (from)
        ins.bind(7, *from);
    if (to)
        ins.bind(8, *to);
    ins.bind(9, p.scopeFrom.isEmpty() ? QString() : p.scopeFrom).bind(10, p.scopeTo.isEmpty() ? QString() : p.scopeTo);
    ins.bind(11, currentUtcUs());
    ins.exec();
    const qint64 id = db.lastInsertRowId();
    Statement val = db.prepare("SELECT value FROM identifier WHERE id = ?");
    Statement link = db.prepare("INSERT OR IGNORE INTO legal_process_identifier(process_id, identifier_id, value) VALUES (?,?,?)");
    QJsonArray ids;
    for (qint64 identifierId : p.identifierIds) {
        val.reset();
        val.bind(1, identifierId);
        if (!val.step())
            throw CaseError(ErrorKind::Usage, QStringLiteral("--identifier: no identifier with id %1").arg(identifierId));
        const QString value = val.text(0);
        link.reset();
        link.bind(1, id).bind(2, identifierId).bind(3, value);
        link.exec();
        ids.append(identifierId);
    }
    c.audit(QStringLiteral("process.add"), QStringLiteral("process:%1").arg(id),
            {{QStringLiteral("kind"), p.kind},
             {QStringLiteral("served"), dayText(served)},
             {QStringLiteral("due"), dayText(due)},
             {QStringLiteral("expires"), dayText(expires)},
             {QStringLiteral("identifiers"), ids},
             {QStringLiteral("from"), p.scopeFrom},
             {QStringLiteral("to"), p.scopeTo}});
    tx.commit();
    return id;
}

QDate LegalProcessRepository::renew(Case& c, qint64 processId, QDate served) {
    if (!served.isValid())
        throw CaseError(ErrorKind::Usage, QStringLiteral("--served: expected a date as YYYY-MM-DD"));
    Database& db = c.db();
    Transaction tx(db);
    const auto p = get(db, processId);
    if (!p)
        throw CaseError(ErrorKind::Usage, QStringLiteral("--process: no legal process with id %1").arg(processId));
    if (p->withdrawn)
        throw CaseError(ErrorKind::Usage, QStringLiteral("--process: legal process %1 was withdrawn").arg(processId));
    if (p->kind != QLatin1String("preservation"))
        throw CaseError(ErrorKind::Usage, QStringLiteral("--process: process %1 is a %2; only a preservation request "
                                                         "(18 U.S.C. 2703(f)) is renewed").arg(processId).arg(kindWords(p->kind)));
    if (p->renewed())
        throw CaseError(ErrorKind::BadInput,
                        QStringLiteral("process %1: already renewed on %2 (18 U.S.C. 2703(f)(2) allows one 90-day "
                                       "extension); send a new preservation request").arg(processId).arg(dayText(p->renewalServed)));
    if (!p->originalExpires.isValid())
        throw CaseError(ErrorKind::Usage, QStringLiteral("process %1: no service date recorded, so there is no period "
                                                         "to extend").arg(processId));
    if (p->served.isValid() && served < p->served)
        throw CaseError(ErrorKind::BadInput, QStringLiteral("--served: before the request was served (%1)").arg(dayText(p->served)));
    if (served > p->originalExpires)
        throw CaseError(ErrorKind::BadInput,
                        QStringLiteral("process %1: the preservation period ended on %2, before this renewal; send a new "
                                       "preservation request").arg(processId).arg(dayText(p->originalExpires)));
    const QDate expires = renewedPreservationExpiry(p->originalExpires);
    Statement ins = db.prepare("INSERT INTO legal_process_renewal(process_id, served_date, expires_date, created_utc) "
                               "VALUES (?,?,?,?)");
    ins.bind(1, processId).bind(2, dayText(served)).bind(3, dayText(expires)).bind(4, currentUtcUs());
    ins.exec();
    c.audit(QStringLiteral("process.renew"), QStringLiteral("process:%1").arg(processId),
            {{QStringLiteral("served"), dayText(served)}, {QStringLiteral("expires"), dayText(expires)}});
    tx.commit();
    return expires;
}

QVector<LegalProcess> LegalProcessRepository::list(Database& db) { return query(db, 0); }

std::optional<LegalProcess> LegalProcessRepository::get(Database& db, qint64 id) {
    if (id <= 0)
        return std::nullopt;
    const auto v = query(db, id);
    if (v.isEmpty())
        return std::nullopt;
    return v.first();
}

QVector<ProcessDeadline> LegalProcessRepository::deadlines(const LegalProcess& p, QDate today) {
    QVector<ProcessDeadline> out;
    if (p.due.isValid() && p.returns.isEmpty())
        out.append({p.due, QStringLiteral("return due from %1").arg(p.provider), today.daysTo(p.due)});
    if (p.expires.isValid() && p.expires >= today) {
        QString action;
        if (p.kind == QLatin1String("preservation"))
            action = p.renewed() ? QStringLiteral("preservation ends (renewed once already): records may be deleted "
                                                  "after this day unless obtained by other process")
                                 : QStringLiteral("preservation ends: renew by then for 90 more days (once, 18 U.S.C. "
                                                  "2703(f)(2)) or obtain the records");
        else if (p.kind == QLatin1String("delayed-notice"))
            action = QStringLiteral("delayed-notice order ends: give notice or apply for an extension (18 U.S.C. 2705(a)(4))");
        else
            action = QStringLiteral("%1 expires").arg(kindWords(p.kind));
        out.append({p.expires, action, today.daysTo(p.expires)});
    }
    std::stable_sort(out.begin(), out.end(), [](const ProcessDeadline& a, const ProcessDeadline& b) { return a.date < b.date; });
    return out;
}

QVector<DueProcess> LegalProcessRepository::due(Database& db, QDate today, std::optional<int> withinDays) {
    QVector<DueProcess> out;
    for (const LegalProcess& p : list(db)) {
        if (p.withdrawn)
            continue;
        QVector<ProcessDeadline> d = deadlines(p, today);
        if (withinDays) {
            const QDate limit = today.addDays(*withinDays);
            d.erase(std::remove_if(d.begin(), d.end(), [&](const ProcessDeadline& x) { return x.date > limit; }), d.end());
        }
        if (!d.isEmpty())
            out.append({p, d});
    }
    std::stable_sort(out.begin(), out.end(), [](const DueProcess& a, const DueProcess& b) {
        return a.deadlines.first().date < b.deadlines.first().date;
    });
    return out;
}

QString LegalProcessRepository::letterDraft(Case& c, qint64 processId, qint64 leadId) {
    Database& db = c.db();
    const auto p = get(db, processId);
    if (!p)
        throw CaseError(ErrorKind::Usage, QStringLiteral("--process: no legal process with id %1").arg(processId));
    if (!leadId)
        leadId = p->leadId;
    QString leadTitle;
    if (leadId) {
        Statement l = db.prepare("SELECT title FROM lead WHERE id = ?");
        l.bind(1, leadId);
        if (!l.step())
            throw CaseError(ErrorKind::Usage, QStringLiteral("--lead: no lead with id %1").arg(leadId));
        leadTitle = ProtectedIdentityRedactor(db).redact(l.text(0));
    }
    CaseSettings settings = c.settings();
    const QString agency = settings.value(CaseSettings::Key::Agency);
    const QString investigator = settings.value(CaseSettings::Key::Investigator);
    const QString caseNumber = settings.value(CaseSettings::Key::CaseNumber);
    QStringList t;
    t << QStringLiteral("DRAFT — for the detective to edit and have reviewed. Tessera does not send anything.")
      << QString()
      << QStringLiteral("To: %1 (legal process compliance)").arg(p->provider)
      << QStringLiteral("From: %1%2").arg(investigator.isEmpty() ? QStringLiteral("[investigator]") : investigator,
                                          agency.isEmpty() ? QString() : QStringLiteral(", ") + agency)
      << QStringLiteral("Our reference: %1").arg(caseNumber.isEmpty() ? QStringLiteral("[case number]") : caseNumber)
      << QStringLiteral("Re: %1 under %2").arg(kindWords(p->kind), citation(p->kind))
      << QString();
    if (p->kind == QLatin1String("preservation"))
        t << QStringLiteral("Pursuant to 18 U.S.C. 2703(f), please take all necessary steps to preserve the records and "
                            "other evidence in your possession described below, pending the issuance of further legal "
                            "process. Under 2703(f)(2) the records are to be retained for 90 days; we may request a "
                            "90-day extension.");
    else if (p->kind == QLatin1String("subpoena"))
        t << QStringLiteral("The attached subpoena requires the production of the records described below "
                            "(18 U.S.C. 2703(c)(2): subscriber name, address, session and connection records, length "
                            "and types of service, identifiers, and means of payment).");
    else if (p->kind == QLatin1String("court-order"))
        t << QStringLiteral("The attached order under 18 U.S.C. 2703(d) requires the disclosure of the records described "
                            "below.");
    else if (p->kind == QLatin1String("search-warrant"))
        t << QStringLiteral("The attached search warrant requires the disclosure of the records and content described "
                            "below.");
    else
        t << QStringLiteral("The attached order under 18 U.S.C. 2705(b) commands you not to notify any person of the "
                            "existence of the legal process described below until %1.").arg(dayText(p->expires));
    t << QString() << QStringLiteral("Accounts and identifiers:");
    if (p->identifiers.isEmpty())
        t << QStringLiteral("  [identifiers to be named]");
    for (const ScopeIdentifier& i : p->identifiers)
        t << QStringLiteral("  - %1 (%2)").arg(i.value, i.kind.isEmpty() ? QStringLiteral("identifier") : i.kind);
    t << QStringLiteral("Time period: %1 through %2 (%3)")
             .arg(p->scopeFrom.isEmpty() ? QStringLiteral("[start]") : p->scopeFrom,
                  p->scopeTo.isEmpty() ? QStringLiteral("[end]") : p->scopeTo, settings.value(CaseSettings::Key::DisplayZone));
    if (!leadTitle.isEmpty())
        t << QString() << QStringLiteral("Purpose (internal; remove before sending if not needed): %1").arg(leadTitle);
    if (p->due.isValid())
        t << QString() << QStringLiteral("Please respond by %1.").arg(dayText(p->due));
    t << QStringLiteral("Please produce records in their native electronic format with a certificate of authenticity of "
                        "business records (Fed. R. Evid. 902(11)), and state the time zone of every time stamp.")
      << QString()
      << QStringLiteral("Please do not disclose this request to the account holder.");
    return t.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace tessera
