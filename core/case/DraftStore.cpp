#include "case/DraftStore.h"

#include "case/Case.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"
#include "time/TimeFormat.h"

#include <QJsonArray>
#include <QJsonObject>

namespace tessera {

namespace {

/// Writes `drafts` (each replacing an older one for the same place) and returns their labels, for the audit entry.
QJsonArray writeDrafts(Database& db, const QVector<Draft>& drafts) {
    const qint64 now = currentUtcUs();
    QJsonArray fields;
    for (const Draft& d : drafts) {
        Statement del = db.prepare("DELETE FROM draft WHERE window = ? AND context = ? AND field = ?");
        del.bindText(1, d.window).bindText(2, d.context).bindText(3, d.field);
        del.exec();
        Statement ins =
            db.prepare("INSERT INTO draft(window, context, field, label, text, kept_utc) VALUES (?,?,?,?,?,?)");
        ins.bindText(1, d.window).bindText(2, d.context).bindText(3, d.field).bindText(4, d.label);
        const QByteArray utf8 = d.text.toUtf8();
        ins.bind(5, utf8.isNull() ? QByteArray("") : utf8).bind(6, now);
        ins.exec();
        fields.append(d.label.isEmpty() ? d.field : d.label);
    }
    return fields;
}

} // namespace

void DraftStore::keepOnLock(Case& c, const QVector<Draft>& drafts, const QString& reason) {
    Database& db = c.db();
    Transaction tx(db);
    const QJsonArray fields = writeDrafts(db, drafts);
    c.audit(QStringLiteral("case.lock"), QStringLiteral("case"),
            {{QStringLiteral("reason"), reason},
             {QStringLiteral("drafts_kept"), static_cast<int>(drafts.size())},
             {QStringLiteral("fields"), fields}});
    tx.commit();
}

void DraftStore::keepOnClose(Case& c, const QVector<Draft>& drafts, const QString& reason) {
    if (drafts.isEmpty())
        return;
    Database& db = c.db();
    Transaction tx(db);
    const QJsonArray fields = writeDrafts(db, drafts);
    c.audit(QStringLiteral("draft.keep"), QStringLiteral("case"),
            {{QStringLiteral("reason"), reason},
             {QStringLiteral("drafts_kept"), static_cast<int>(drafts.size())},
             {QStringLiteral("fields"), fields}});
    tx.commit();
}

QVector<Draft> DraftStore::list(Database& db) {
    QVector<Draft> out;
    Statement s = db.prepare("SELECT id, window, context, field, label, text, kept_utc FROM draft ORDER BY id");
    while (s.step()) {
        Draft d;
        d.id = s.int64(0);
        d.window = s.text(1);
        d.context = s.text(2);
        d.field = s.text(3);
        d.label = s.text(4);
        d.text = QString::fromUtf8(s.blob(5));
        d.keptUtcUs = s.int64(6);
        out.append(d);
    }
    return out;
}

bool DraftStore::any(Database& db) {
    return db.scalar("SELECT count(*) FROM draft") > 0;
}

void DraftStore::remove(Case& c, const QVector<qint64>& ids, bool restored) {
    if (ids.isEmpty())
        return;
    Database& db = c.db();
    Transaction tx(db);
    QJsonArray gone;
    for (qint64 id : ids) {
        Statement del = db.prepare("DELETE FROM draft WHERE id = ?");
        del.bind(1, id);
        del.exec();
        if (db.changes() > 0)
            gone.append(id);
    }
    if (!gone.isEmpty()) {
        c.audit(restored ? QStringLiteral("draft.restore") : QStringLiteral("draft.discard"), QStringLiteral("case"),
                {{QStringLiteral("drafts"), gone}});
    }
    tx.commit();
}

} // namespace tessera
