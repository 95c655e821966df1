#pragma once

#include <QDialog>

class QCheckBox;
class QSpinBox;

namespace tessera {

/**
 * Tools → Preferences…: settings of this computer's Tessera, kept in QSettings — numbers and switches, never case
 * data (DESIGN §3). Today: the auto-lock (minutes without activity, and whether a screen lock locks the case).
 */
class PreferencesDialog : public QDialog {
    Q_OBJECT
public:
    explicit PreferencesDialog(QWidget* parent = nullptr);
    /// Writes the choices to AutoLockSettings (called on OK).
    void save() const;
    QSpinBox* idleMinutesBox() const { return m_minutes; }

private:
    QSpinBox* m_minutes = nullptr;
    QCheckBox* m_screenLock = nullptr;
};

} // namespace tessera
