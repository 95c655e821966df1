#include "main/PreferencesDialog.h"

#include "common/DialogParts.h"
#include "lock/AutoLock.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

namespace tessera {

PreferencesDialog::PreferencesDialog(QWidget* parent) : QDialog(parent) {
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Preferences"));
    auto* lockBox = new QGroupBox(tr("Locking the case"), this);
    m_minutes = new QSpinBox(lockBox);
    m_minutes->setObjectName(QStringLiteral("autoLockMinutesBox"));
    m_minutes->setAccessibleName(tr("Minutes without activity before the case locks"));
    m_minutes->setRange(AutoLockSettings::kMinMinutes, AutoLockSettings::kMaxMinutes);
    m_minutes->setSuffix(tr(" min"));
    m_minutes->setValue(AutoLockSettings::idleMinutes());
    m_screenLock = new QCheckBox(tr("Lock the case when the screen locks"), lockBox);
    m_screenLock->setObjectName(QStringLiteral("lockOnScreenLockBox"));
    m_screenLock->setAccessibleName(m_screenLock->text());
    m_screenLock->setChecked(AutoLockSettings::lockOnScreenLock());
    auto* note = new QLabel(tr("A locked case has its key wiped from memory and its file closed; text being typed is "
                               "kept encrypted inside the case. Ctrl+L locks at once. Agencies under the CJIS Security "
                               "Policy need a lock after at most 30 minutes."),
                            lockBox);
    note->setWordWrap(true);
    auto* form = new QFormLayout(lockBox);
    form->addRow(tr("Lock after:"), m_minutes);
    form->addRow(m_screenLock);
    form->addRow(note);

    auto* buttons = okCancelButtons(this, tr("OK"), QStringLiteral("preferencesOkButton"), nullptr);
    connect(this, &QDialog::accepted, this, &PreferencesDialog::save);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(lockBox);
    layout->addStretch(1);
    layout->addWidget(buttons);
    resize(480, 260);
}

void PreferencesDialog::save() const {
    AutoLockSettings::setIdleMinutes(m_minutes->value());
    AutoLockSettings::setLockOnScreenLock(m_screenLock->isChecked());
}

} // namespace tessera
