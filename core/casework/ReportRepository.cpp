#include "casework/ReportRepository.h"

#include "case/Case.h"
#include "case/CaseError.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "time/TimeFormat.h"

#include <QCryptographicHash>
#include <QJsonObject>

namespace tessera {
namespace {

QVector<Report> query(Database& db, qint64 only) {
    QVector<Report> reports;
    Statement s = db.prepare(
        "SELECT r.id, r.title, r.created_utc, v.version, v.text, v.author, v.created_utc, v.saved_utc, v.signed_by, "
        "v.signed_utc, v.sha256 FROM report r JOIN report_version v ON v.report_id = r.id "
        "WHERE ?1 = 0 OR r.id = ?1 ORDER BY r.id, v.version");
    s.bind(1, only);
    while (s.step()) {
        const qint64 id = s.int64(0);
        if (reports.isEmpty() || reports.constLast().id != id) {
            Report r;
            r.id = id;
            r.title = s.text(1);
            r.createdUtcUs = s.int64(2);
            reports.append(r);
        }
        ReportVersion v;
        v.reportId = id;
        v.version = s.int32(3);
        v.text = s.text(4);
        v.author = s.text(5);
        v.createdUtcUs = s.int64(6);
        v.savedUtcUs = s.int64(7);
        if (!s.isNull(9)) {
            v.signedBy = s.text(8);
            v.signedUtcUs = s.int64(9);
            v.sha256 = s.text(10);
        }
        reports.last().versions.append(v);
    }
    return reports;
}

/// The current version of `reportId` inside an open transaction. Throws CaseError(Usage) for an unknown report.
ReportVersion currentVersion(Database& db, qint64 reportId) {
    const QVector<Report> r = query(db, reportId);
    if (r.isEmpty() || reportId <= 0)
        throw CaseError(ErrorKind::Usage, QStringLiteral("--report: no report with id %1").arg(reportId));
    return r.first().current();
}

void requireText(const QString& text) {
    if (text.trimmed().isEmpty())
        throw CaseError(ErrorKind::Usage, QStringLiteral("--text: empty"));
}

} // namespace

const ReportVersion* Report::latestSigned() const {
    for (auto it = versions.crbegin(); it != versions.crend(); ++it)
        if (it->isSigned())
            return &*it;
    return nullptr;
}

QString ReportRepository::textSha256(const QString& text) {
    return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
}

qint64 ReportRepository::add(Case& c, const QString& title, const QString& text) {
    if (title.trimmed().isEmpty())
        throw CaseError(ErrorKind::Usage, QStringLiteral("--title: empty"));
    requireText(text);
    Database& db = c.db();
    Transaction tx(db);
    const qint64 now = currentUtcUs();
    Statement r = db.prepare("INSERT INTO report(title, created_utc) VALUES (?,?)");
    r.bind(1, title.trimmed()).bind(2, now);
    r.exec();
    const qint64 id = db.lastInsertRowId();
    Statement v = db.prepare("INSERT INTO report_version(report_id, version, text, author, created_utc, saved_utc) "
                             "VALUES (?,1,?,?,?,?)");
    v.bind(1, id).bind(2, text).bind(3, c.actor()).bind(4, now).bind(5, now);
    v.exec();
    c.audit(QStringLiteral("report.add"), QStringLiteral("report:%1").arg(id), {{QStringLiteral("version"), 1}});
    tx.commit();
    return id;
}

int ReportRepository::saveDraft(Case& c, qint64 reportId, const QString& text) {
    requireText(text);
    Database& db = c.db();
    Transaction tx(db);
    const ReportVersion cur = currentVersion(db, reportId);
    if (cur.text == text)
        throw CaseError(ErrorKind::Usage, QStringLiteral("--text: the same as the current version; nothing to save"));
    const qint64 now = currentUtcUs();
    int version = cur.version;
    if (cur.isSigned()) {
        version = cur.version + 1; // a signed version is frozen: the change is a new version
        Statement v = db.prepare("INSERT INTO report_version(report_id, version, text, author, created_utc, saved_utc) "
                                 "VALUES (?,?,?,?,?,?)");
        v.bind(1, reportId).bind(2, version).bind(3, text).bind(4, c.actor()).bind(5, now).bind(6, now);
        v.exec();
    } else {
        Statement v = db.prepare("UPDATE report_version SET text = ?, author = ?, saved_utc = ? "
                                 "WHERE report_id = ? AND version = ?");
        v.bind(1, text).bind(2, c.actor()).bind(3, now).bind(4, reportId).bind(5, version);
        v.exec();
    }
    c.audit(QStringLiteral("report.draft"), QStringLiteral("report:%1").arg(reportId),
            {{QStringLiteral("version"), version}});
    tx.commit();
    return version;
}

void ReportRepository::discardDraft(Case& c, qint64 reportId) {
    Database& db = c.db();
    Transaction tx(db);
    const ReportVersion cur = currentVersion(db, reportId);
    if (cur.isSigned() || cur.version == 1)
        throw CaseError(ErrorKind::Usage,
                        QStringLiteral("--report: report %1 has no later draft to discard (version %2 is %3)")
                            .arg(reportId)
                            .arg(cur.version)
                            .arg(cur.isSigned() ? QStringLiteral("signed") : QStringLiteral("the first")));
    Statement d = db.prepare("DELETE FROM report_version WHERE report_id = ? AND version = ?");
    d.bind(1, reportId).bind(2, cur.version);
    d.exec();
    c.audit(QStringLiteral("report.discard-draft"), QStringLiteral("report:%1").arg(reportId),
            {{QStringLiteral("version"), cur.version}});
    tx.commit();
}

ReportVersion ReportRepository::sign(Case& c, qint64 reportId, const QString& expectedSha256) {
    Database& db = c.db();
    Transaction tx(db);
    ReportVersion cur = currentVersion(db, reportId);
    if (cur.isSigned())
        throw CaseError(ErrorKind::Usage, QStringLiteral("--report: version %1 of report %2 is already signed; save a "
                                                         "change to start a new version")
                                              .arg(cur.version)
                                              .arg(reportId));
    const QString hash = textSha256(cur.text);
    if (!expectedSha256.isEmpty() && expectedSha256.compare(hash, Qt::CaseInsensitive) != 0)
        throw CaseError(ErrorKind::Usage, QStringLiteral("--sha256: the draft of report %1 is not the text you expect "
                                                         "(it changed); nothing signed")
                                              .arg(reportId));
    cur.signedBy = c.actor();
    cur.signedUtcUs = currentUtcUs();
    cur.sha256 = hash;
    Statement s = db.prepare("UPDATE report_version SET signed_by = ?, signed_utc = ?, sha256 = ? "
                             "WHERE report_id = ? AND version = ?");
    s.bind(1, cur.signedBy).bind(2, cur.signedUtcUs).bind(3, hash).bind(4, reportId).bind(5, cur.version);
    s.exec();
    c.audit(QStringLiteral("report.sign"), QStringLiteral("report:%1").arg(reportId),
            {{QStringLiteral("version"), cur.version}, {QStringLiteral("sha256"), hash}});
    tx.commit();
    return cur;
}

QVector<Report> ReportRepository::list(Database& db) { return query(db, 0); }

Report ReportRepository::get(Database& db, qint64 reportId) {
    const QVector<Report> r = reportId > 0 ? query(db, reportId) : QVector<Report>();
    if (r.isEmpty())
        throw CaseError(ErrorKind::Usage, QStringLiteral("--report: no report with id %1").arg(reportId));
    return r.first();
}

} // namespace tessera
