#pragma once

#include "lock/AutoLock.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace tessera {

/**
 * What the main window shows while the case is locked (issue 8 §1): why it locked, a passphrase field to unlock
 * (a wrong passphrase says so and asks again) and a button to close the case instead. It shows nothing of the case —
 * not its title, file name, number or any person — so a locked window can be left on screen.
 */
class LockScreen : public QWidget {
    Q_OBJECT
public:
    explicit LockScreen(QWidget* parent = nullptr);
    /// Sets the reason line; `idleSeconds` is the idle time that locked it (for LockReason::Idle).
    void setReason(LockReason reason, qint64 idleSeconds);
    /// A calm note under the passphrase field (wrong passphrase, case open elsewhere…); empty hides it.
    void setNote(const QString& note);
    /// Empties the passphrase field and puts the focus in it.
    void resetPassphrase();
    /// The reason line as shown (for tests).
    QString reasonText() const;

signals:
    void unlockRequested(const QString& passphrase);
    void closeRequested();

private:
    QLabel* m_reason = nullptr;
    QLabel* m_note = nullptr;
    QLineEdit* m_passphrase = nullptr;
    QPushButton* m_unlock = nullptr;
};

} // namespace tessera
