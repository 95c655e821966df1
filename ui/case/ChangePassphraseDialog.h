#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace tessera {

/**
 * Asks for the current passphrase and a new one twice (at least 8 characters, as for a new case). The caller checks
 * the current one against the case and performs the change (Case::changePassphrase), which verifies it from disk.
 */
class ChangePassphraseDialog : public QDialog {
    Q_OBJECT

public:
    explicit ChangePassphraseDialog(QWidget* parent = nullptr);
    ~ChangePassphraseDialog() override;

    QString currentPassphrase() const;
    QString newPassphrase() const;
    /// A calm note shown above the fields, e.g. after a wrong current passphrase; empty hides it.
    void setNote(const QString& note);

private:
    void validate();
    QLabel* m_note;
    QLineEdit* m_current;
    QLineEdit* m_new;
    QLineEdit* m_repeat;
    QLabel* m_problem;
    QPushButton* m_ok = nullptr;
};

} // namespace tessera
