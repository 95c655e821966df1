#include "lock/AutoLock.h"

#include <QApplication>
#include <QKeyEvent>
#include <QSet>
#include <QSettings>
#include <algorithm>

namespace tessera {

namespace {
const char* const kMinutesKey = "security/autoLockMinutes";
const char* const kScreenLockKey = "security/lockOnScreenLock";

QSet<const Case*>& closedCases() {
    static QSet<const Case*> set;
    return set;
}
} // namespace

void ClosedCases::add(const Case* c) {
    closedCases().insert(c);
}

void ClosedCases::remove(const Case* c) {
    closedCases().remove(c);
}

bool ClosedCases::isClosed(const Case* c) {
    return closedCases().contains(c);
}

QString lockReasonWord(LockReason reason) {
    switch (reason) {
    case LockReason::Idle:
        return QStringLiteral("idle");
    case LockReason::ScreenLocked:
        return QStringLiteral("screen-locked");
    case LockReason::ByUser:
        break;
    }
    return QStringLiteral("by-user");
}

std::optional<LockReason> lockReasonFromWord(const QString& word) {
    for (const LockReason r : {LockReason::Idle, LockReason::ScreenLocked, LockReason::ByUser})
        if (word == lockReasonWord(r))
            return r;
    return std::nullopt;
}

int AutoLockSettings::idleMinutes() {
    bool ok = false;
    const int m = QSettings().value(QLatin1String(kMinutesKey), kDefaultMinutes).toInt(&ok);
    return ok ? std::clamp(m, kMinMinutes, kMaxMinutes) : kDefaultMinutes;
}

void AutoLockSettings::setIdleMinutes(int minutes) {
    QSettings().setValue(QLatin1String(kMinutesKey), std::clamp(minutes, kMinMinutes, kMaxMinutes));
}

bool AutoLockSettings::lockOnScreenLock() {
    return QSettings().value(QLatin1String(kScreenLockKey), true).toBool();
}

void AutoLockSettings::setLockOnScreenLock(bool on) {
    QSettings().setValue(QLatin1String(kScreenLockKey), on);
}

IdleWatcher::IdleWatcher(QObject* parent) : QObject(parent) {
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::CoarseTimer);
    connect(&m_timer, &QTimer::timeout, this, &IdleWatcher::onTimeout);
    qApp->installEventFilter(this);
}

void IdleWatcher::setInterval(std::chrono::milliseconds interval) {
    m_interval = std::max(interval, std::chrono::milliseconds(1));
    if (m_running) { // a shorter interval must not wait for the timer of the longer one
        m_deadline.setRemainingTime(m_interval);
        m_timer.start(m_interval);
    }
}

void IdleWatcher::setRunning(bool running) {
    m_running = running;
    if (running)
        poke();
    else
        m_timer.stop();
}

void IdleWatcher::poke() {
    if (!m_running)
        return;
    m_deadline.setRemainingTime(m_interval);
    if (!m_timer.isActive())
        m_timer.start(m_interval);
}

void IdleWatcher::onTimeout() {
    if (!m_running)
        return;
    const qint64 left = m_deadline.remainingTime();
    if (left > 0) { // input arrived meanwhile: wait for the rest of the period
        m_timer.start(std::chrono::milliseconds(left));
        return;
    }
    emit idle();
}

bool IdleWatcher::eventFilter(QObject* watched, QEvent* event) {
    switch (event->type()) {
    case QEvent::KeyPress: {
        auto* key = static_cast<QKeyEvent*>(event);
        if (m_running && key->keyCombination() == QKeyCombination(Qt::ControlModifier, Qt::Key_L)) {
            emit lockShortcut();
            return true;
        }
        poke();
        break;
    }
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::HoverMove: // moving over a widget without a button pressed
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::TabletPress:
    case QEvent::InputMethod:
        poke();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace tessera
