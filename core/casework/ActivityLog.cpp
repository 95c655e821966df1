#include "casework/ActivityLog.h"

#include "storage/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace tessera::ActivityLog {

QString describe(const QString& action, const QString& subject, const QString& detailJson) {
    const QJsonObject d = QJsonDocument::fromJson(detailJson.toUtf8()).object();
    const QString id = subject.section(QLatin1Char(':'), 1);
    auto num = [&d](const char* key) { return QString::number(d.value(QLatin1String(key)).toInteger()); };
    if (action == QLatin1String("note.add"))
        return QStringLiteral("Note %1 added (about %2)").arg(id, d.value(QStringLiteral("about")).toString());
    if (action == QLatin1String("note.revise"))
        return QStringLiteral("Note %1 revised (version %2)").arg(id, num("version"));
    if (action == QLatin1String("report.add"))
        return QStringLiteral("Report %1 started (draft version 1)").arg(id);
    if (action == QLatin1String("report.draft"))
        return QStringLiteral("Report %1 draft saved (version %2)").arg(id, num("version"));
    if (action == QLatin1String("report.discard-draft"))
        return QStringLiteral("Report %1 draft version %2 discarded").arg(id, num("version"));
    if (action == QLatin1String("report.sign"))
        return QStringLiteral("Report %1 version %2 signed (SHA-256 %3)")
            .arg(id, num("version"), d.value(QStringLiteral("sha256")).toString().left(16) + QStringLiteral("…"));
    if (action == QLatin1String("lead.add"))
        return QStringLiteral("Lead %1 opened").arg(id);
    if (action == QLatin1String("lead.close"))
        return QStringLiteral("Lead %1 closed").arg(id);
    if (action == QLatin1String("process.add"))
        return QStringLiteral("Legal process %1 recorded (%2)").arg(id, d.value(QStringLiteral("kind")).toString());
    if (action == QLatin1String("process.renew"))
        return QStringLiteral("Preservation request %1 renewed until %2").arg(id, d.value(QStringLiteral("expires")).toString());
    if (action == QLatin1String("process.letter"))
        return QStringLiteral("Request letter draft written for legal process %1").arg(id);
    if (action == QLatin1String("import"))
        return QStringLiteral("Exhibit %1 imported (%2 records, %3 rejected rows)").arg(id, num("records"), num("rejected"));
    if (action == QLatin1String("import.return-of"))
        return QStringLiteral("Exhibit %1 checked against legal process %2: %3 records quarantined")
            .arg(id, num("process"), num("quarantined"));
    if (action == QLatin1String("case.lock")) // issue 8 §1: the reason and how many drafts, never their text
        return QStringLiteral("Case locked (%1); %2 draft(s) kept").arg(d.value(QStringLiteral("reason")).toString(),
                                                                        num("drafts_kept"));
    if (action == QLatin1String("draft.keep")) // the case closed with half-typed text: kept, never shown here
        return QStringLiteral("Case closed (%1); %2 draft(s) kept").arg(d.value(QStringLiteral("reason")).toString(),
                                                                        num("drafts_kept"));
    if (action == QLatin1String("draft.restore") || action == QLatin1String("draft.discard")) {
        const QString count = QString::number(d.value(QStringLiteral("drafts")).toArray().size());
        const bool restored = action == QLatin1String("draft.restore");
        return QStringLiteral("%1 draft(s) %2")
            .arg(count, restored ? QStringLiteral("restored") : QStringLiteral("discarded"));
    }
    if (action.endsWith(QLatin1String(".withdraw")) || action.endsWith(QLatin1String(".reinstate"))) {
        const QString kind = action.section(QLatin1Char('.'), 0, 0);
        const QString what = kind == QLatin1String("note")   ? QStringLiteral("Note")
                             : kind == QLatin1String("lead") ? QStringLiteral("Lead")
                                                             : QStringLiteral("Legal process");
        return action.endsWith(QLatin1String(".withdraw")) ? QStringLiteral("%1 %2 withdrawn (undone)").arg(what, id)
                                                           : QStringLiteral("%1 %2 reinstated (redone)").arg(what, id);
    }
    if (action == QLatin1String("exhibit.certify"))
        return QStringLiteral("Authentication of exhibit %1 recorded (%2)").arg(id, d.value(QStringLiteral("method")).toString());
    if (action == QLatin1String("exhibit.certify-restore"))
        return d.value(QStringLiteral("method")).isString()
                   ? QStringLiteral("Authentication of exhibit %1 recorded again (%2)").arg(id, d.value(QStringLiteral("method")).toString())
                   : QStringLiteral("Authentication of exhibit %1 withdrawn (undone)").arg(id);
    if (action == QLatin1String("deconfliction.export"))
        return QStringLiteral("Deconfliction export written (%1 rows)").arg(num("rows"));
    QString words = action;
    words.replace(QLatin1Char('.'), QLatin1Char(' '));
    return subject.isEmpty() ? words : QStringLiteral("%1 (%2)").arg(words, subject);
}

QVector<Activity> recent(Database& db, int limit) {
    QVector<Activity> out;
    Statement s = db.prepare("SELECT id, utc, actor, action, subject, detail FROM audit_entry ORDER BY id DESC LIMIT ?");
    s.bind(1, limit > 0 ? static_cast<qint64>(limit) : qint64(-1));
    while (s.step())
        out.append({s.int64(0), s.int64(1), s.text(2), s.text(3), s.text(4), describe(s.text(3), s.text(4), s.text(5))});
    return out;
}

} // namespace tessera::ActivityLog
