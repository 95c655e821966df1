#pragma once

#include <QDialog>

class QLabel;
class QTreeWidget;

namespace tessera {

class Database;

/**
 * Case → Audit log: the case's tamper-evident audit log, read-only, newest first (ActivityLog's plain words: never a
 * protected identity or a cell value), with the state of the hash chain above it (AuditLog::verify): intact with N
 * entries, or broken at the first entry that does not hold, which is marked in the list. Nothing can be edited here.
 */
class AuditLogDialog : public QDialog {
    Q_OBJECT

public:
    /// Reads the log and verifies the chain from `db` once; throws CaseError on storage errors.
    explicit AuditLogDialog(Database& db, QWidget* parent = nullptr);

private:
    QLabel* m_status;
    QTreeWidget* m_list;
};

} // namespace tessera
