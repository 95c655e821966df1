#pragma once

#include <QObject>

#ifdef TESSERA_HAVE_DBUS
#include <QDBusConnection>
#endif

namespace tessera {

/**
 * Listens for the desktop announcing that the screen locked, and emits screenLocked() (issue 8 §1):
 *  - `org.freedesktop.ScreenSaver.ActiveChanged(true)` on the session bus (KDE Plasma, Xfce, LXQt…; object paths
 *    `/org/freedesktop/ScreenSaver` and `/ScreenSaver`), and `org.gnome.ScreenSaver.ActiveChanged(true)` (GNOME);
 *  - systemd-logind's `org.freedesktop.login1.Session.Lock` for this process's session on the system bus
 *    (`loginctl lock-session`, most lock-screen tools).
 * Degrades silently: without Qt D-Bus at build time, or without a bus at run time, it never fires (available() says
 * so); the idle timer still locks.
 */
class ScreenLockWatcher : public QObject {
    Q_OBJECT
public:
    /// Watches the session and system buses.
    explicit ScreenLockWatcher(QObject* parent = nullptr);
#ifdef TESSERA_HAVE_DBUS
    /// Watches `session` for the screen-saver signals only (tests use a private bus).
    ScreenLockWatcher(const QDBusConnection& session, QObject* parent);
#endif
    /// Whether at least one bus was reachable to listen on.
    bool available() const {
        return m_available;
    }

signals:
    void screenLocked();

private slots:
    void onActiveChanged(bool active);
    void onSessionLock();

private:
#ifdef TESSERA_HAVE_DBUS
    void watchScreenSaver(QDBusConnection bus);
    void watchLogind(QDBusConnection bus);
#endif
    bool m_available = false;
};

} // namespace tessera
