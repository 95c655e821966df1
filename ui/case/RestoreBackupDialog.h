#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace tessera {

/**
 * Case → Restore a backup: lists the case's rolling encrypted backups (CaseBackups, newest first) and asks which
 * one to restore, where to put the restored case (a new file, never over an existing one) and the case passphrase
 * (backups open with the case's current passphrase). The caller performs the restore (Case::restoreBackup).
 */
class RestoreBackupDialog : public QDialog {
    Q_OBJECT

public:
    /// `casePath`: the case whose backups are listed.
    explicit RestoreBackupDialog(const QString& casePath, QWidget* parent = nullptr);
    ~RestoreBackupDialog() override;

    /// The chosen backup's id, or empty.
    QString backupId() const;
    QString outPath() const;
    QString passphrase() const;
    /// A calm note shown above the list, e.g. after a passphrase that did not open the backup; empty hides it.
    void setNote(const QString& note);

private:
    void validate();
    void browse();
    QString m_casePath;
    QLabel* m_note;
    QTreeWidget* m_list;
    QLineEdit* m_out;
    QLineEdit* m_passphrase;
    QLabel* m_problem;
    QPushButton* m_ok = nullptr;
};

} // namespace tessera
