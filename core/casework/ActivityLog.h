#pragma once

#include <QString>
#include <QVector>

namespace tessera {

class Database;

/// One line of the activity log: what was done, when, by whom.
struct Activity {
    qint64 auditId = 0;
    qint64 utcUs = 0;  ///< UTC microseconds
    QString actor;
    QString action;    ///< the audit action, e.g. "note.add"
    QString subject;   ///< e.g. "note:3", "exhibit:2"
    QString text;      ///< plain words, e.g. "Note 3 added (about case)"; never a protected identity or a cell value
};

/**
 * The activity log (issue 10): what was done when, derived from the tamper-evident audit chain (audit/AuditLog), so it
 * cannot disagree with it and needs no table of its own. Read-only.
 */
namespace ActivityLog {

/// The latest `limit` entries (≤ 0: all), newest first. Throws CaseError on storage errors.
QVector<Activity> recent(Database& db, int limit = 200);
/// Plain words for one audit entry (action, subject, detail JSON text).
QString describe(const QString& action, const QString& subject, const QString& detailJson);

} // namespace ActivityLog
} // namespace tessera
