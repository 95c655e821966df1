#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace tessera {

/**
 * Asks for the passphrase of one case file, without echoing it. After a wrong passphrase the caller shows the dialog
 * again with a calm note (setNote) so the person can retry.
 */
class PassphraseDialog : public QDialog {
    Q_OBJECT

public:
    explicit PassphraseDialog(const QString& casePath, QWidget* parent = nullptr);
    ~PassphraseDialog() override;

    QString passphrase() const;
    /// A note above the field, e.g. after a wrong passphrase; empty hides it.
    void setNote(const QString& note);

private:
    QLabel* m_note;
    QLineEdit* m_passphrase;
    QPushButton* m_unlock;
};

} // namespace tessera
