#include "lock/LockScreen.h"

#include "common/LintedTextEdit.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace tessera {

LockScreen::LockScreen(QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("lockScreen"));
    auto* icon = new QLabel(this);
    icon->setObjectName(QStringLiteral("lockIcon"));
    icon->setPixmap(QIcon::fromTheme(QStringLiteral("system-lock-screen"), QApplication::windowIcon()).pixmap(96, 96));
    icon->setAlignment(Qt::AlignCenter);

    auto* title = new QLabel(tr("The case is locked"), this);
    title->setObjectName(QStringLiteral("lockTitle"));
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    title->setFont(big);
    title->setAlignment(Qt::AlignCenter);

    m_reason = new QLabel(this);
    m_reason->setObjectName(QStringLiteral("lockReason"));
    m_reason->setAlignment(Qt::AlignCenter);
    m_reason->setWordWrap(true);

    auto* explain = new QLabel(tr("Its key was wiped from memory and the case file was closed. Text you were typing "
                                  "was kept, encrypted inside the case, and is offered back when you unlock."),
                               this);
    explain->setObjectName(QStringLiteral("lockExplanation"));
    explain->setAlignment(Qt::AlignCenter);
    explain->setWordWrap(true);

    m_passphrase = new QLineEdit(this);
    m_passphrase->setObjectName(QStringLiteral("lockPassphraseEdit"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setAccessibleName(tr("Passphrase"));
    m_passphrase->setPlaceholderText(tr("Passphrase"));
    m_passphrase->setMinimumWidth(320);
    markNotProse(m_passphrase);

    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("lockNote"));
    m_note->setAlignment(Qt::AlignCenter);
    m_note->setWordWrap(true);
    m_note->hide();

    m_unlock = new QPushButton(tr("Unlock"), this);
    m_unlock->setObjectName(QStringLiteral("lockUnlockButton"));
    m_unlock->setAccessibleName(tr("Unlock the case"));
    m_unlock->setDefault(true);
    auto* close = new QPushButton(tr("Close the case"), this);
    close->setObjectName(QStringLiteral("lockCloseButton"));
    close->setAccessibleName(tr("Close the case instead of unlocking it"));

    connect(m_unlock, &QPushButton::clicked, this, [this] {
        const QString p = m_passphrase->text();
        m_passphrase->clear();
        if (!p.isEmpty())
            emit unlockRequested(p);
    });
    connect(m_passphrase, &QLineEdit::returnPressed, m_unlock, &QPushButton::click);
    connect(close, &QPushButton::clicked, this, [this] {
        m_passphrase->clear();
        emit closeRequested();
    });

    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(close);
    buttons->addWidget(m_unlock);
    buttons->addStretch(1);

    auto* column = new QVBoxLayout;
    column->addStretch(2);
    column->addWidget(icon);
    column->addSpacing(12);
    column->addWidget(title);
    column->addWidget(m_reason);
    column->addSpacing(8);
    column->addWidget(explain);
    column->addSpacing(16);
    column->addWidget(m_passphrase, 0, Qt::AlignHCenter);
    column->addWidget(m_note);
    column->addLayout(buttons);
    column->addStretch(3);

    auto* outer = new QHBoxLayout(this);
    outer->addStretch(1);
    outer->addLayout(column, 2);
    outer->addStretch(1);
}

void LockScreen::setReason(LockReason reason, qint64 idleSeconds) {
    switch (reason) {
    case LockReason::Idle: {
        const qint64 minutes = idleSeconds / 60;
        const QString period = idleSeconds < 60
                                   ? (idleSeconds == 1 ? tr("1 second") : tr("%1 seconds").arg(idleSeconds))
                               : minutes == 1 ? tr("1 minute")
                                              : tr("%1 minutes").arg(minutes);
        m_reason->setText(tr("Tessera locked it after %1 without activity.").arg(period));
        break;
    }
    case LockReason::ScreenLocked:
        m_reason->setText(tr("Tessera locked it because the screen was locked."));
        break;
    case LockReason::ByUser:
        m_reason->setText(tr("You locked it (Case → Lock case, Ctrl+L)."));
        break;
    }
}

void LockScreen::setNote(const QString& note) {
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
}

void LockScreen::resetPassphrase() {
    m_passphrase->clear();
    m_passphrase->setFocus();
}

QString LockScreen::reasonText() const {
    return m_reason->text();
}

} // namespace tessera
