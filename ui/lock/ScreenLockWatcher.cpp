#include "lock/ScreenLockWatcher.h"

#ifdef TESSERA_HAVE_DBUS
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#endif

#include <unistd.h>

namespace tessera {

ScreenLockWatcher::ScreenLockWatcher(QObject* parent) : QObject(parent) {
#ifdef TESSERA_HAVE_DBUS
    watchScreenSaver(QDBusConnection::sessionBus());
    watchLogind(QDBusConnection::systemBus());
#endif
}

#ifdef TESSERA_HAVE_DBUS
ScreenLockWatcher::ScreenLockWatcher(const QDBusConnection& session, QObject* parent) : QObject(parent) {
    watchScreenSaver(session);
}

void ScreenLockWatcher::watchScreenSaver(QDBusConnection bus) {
    if (!bus.isConnected())
        return;
    m_available = true;
    const struct {
        const char* path;
        const char* interface;
    } sources[] = {{"/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver"},
                   {"/ScreenSaver", "org.freedesktop.ScreenSaver"},
                   {"/org/gnome/ScreenSaver", "org.gnome.ScreenSaver"}};
    for (const auto& s : sources) // any sender: the screen saver's unique name changes when it restarts
        bus.connect(QString(), QLatin1String(s.path), QLatin1String(s.interface), QStringLiteral("ActiveChanged"), this,
                    SLOT(onActiveChanged(bool)));
}

void ScreenLockWatcher::watchLogind(QDBusConnection bus) {
    if (!bus.isConnected())
        return;
    // Asynchronous: a system bus without logind must not delay start-up.
    QDBusMessage call = QDBusMessage::createMethodCall(
        QStringLiteral("org.freedesktop.login1"), QStringLiteral("/org/freedesktop/login1"),
        QStringLiteral("org.freedesktop.login1.Manager"), QStringLiteral("GetSessionByPID"));
    call << static_cast<uint>(::getpid());
    auto* watcher = new QDBusPendingCallWatcher(bus.asyncCall(call, 2000), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, bus, watcher]() mutable {
        const QDBusPendingReply<QDBusObjectPath> reply = *watcher;
        watcher->deleteLater();
        if (reply.isError())
            return; // not in a logind session (or no logind): nothing to watch
        if (bus.connect(QStringLiteral("org.freedesktop.login1"), reply.value().path(),
                        QStringLiteral("org.freedesktop.login1.Session"), QStringLiteral("Lock"), this,
                        SLOT(onSessionLock())))
            m_available = true;
    });
}
#endif

void ScreenLockWatcher::onActiveChanged(bool active) {
    if (active)
        emit screenLocked();
}

void ScreenLockWatcher::onSessionLock() {
    emit screenLocked();
}

} // namespace tessera
