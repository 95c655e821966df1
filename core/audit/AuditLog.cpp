#include "audit/AuditLog.h"

#include "crypto/Sodium.h"
#include "storage/Database.h"
#include "time/TimeFormat.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

namespace tessera::AuditLog {
namespace {

QByteArray canonical(qint64 utc, const QString& actor, const QString& action, const QString& subject,
                     const QString& detailJson) {
    // A JSON array has a fixed order, so the same entry always gives the same bytes.
    QJsonArray a{QString::number(utc), actor, action, subject, detailJson};
    return QJsonDocument(a).toJson(QJsonDocument::Compact);
}

} // namespace

void append(Database& db, const QString& actor, const QString& action, const QString& subject,
            const QJsonObject& detail, qint64 utcUs) {
    if (utcUs == 0)
        utcUs = currentUtcUs();
    QByteArray prev(32, '\0');
    {
        Statement s = db.prepare("SELECT hash FROM audit_entry ORDER BY id DESC LIMIT 1");
        if (s.step())
            prev = s.blob(0);
    }
    const QString detailJson = QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact));
    const QByteArray hash = sha256(prev + canonical(utcUs, actor, action, subject, detailJson));
    Statement ins = db.prepare(
        "INSERT INTO audit_entry(utc, actor, action, subject, detail, prev_hash, hash) VALUES (?,?,?,?,?,?,?)");
    ins.bind(1, utcUs).bind(2, actor).bind(3, action).bind(4, subject).bind(5, detailJson).bind(6, prev).bind(7, hash);
    ins.exec();
}

Verification verify(Database& db) {
    Verification v;
    QByteArray prev(32, '\0');
    Statement s = db.prepare("SELECT id, utc, actor, action, subject, detail, prev_hash, hash FROM audit_entry "
                             "ORDER BY id");
    while (s.step()) {
        ++v.entries;
        const QByteArray expected = sha256(prev + canonical(s.int64(1), s.text(2), s.text(3), s.text(4), s.text(5)));
        if (s.blob(6) != prev || s.blob(7) != expected) {
            if (v.firstBadId == 0)
                v.firstBadId = s.int64(0);
        }
        prev = s.blob(7);
    }
    return v;
}

} // namespace tessera::AuditLog
