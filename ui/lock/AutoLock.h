// Auto-lock (issue 8 §1, DESIGN §3): when Tessera locks the open case, and the settings that say so.
#pragma once

#include <QDeadlineTimer>
#include <QObject>
#include <QTimer>
#include <chrono>
#include <optional>

namespace tessera {

class Case;

/// Why the case locked; the lock screen says it.
enum class LockReason {
    Idle,         ///< no keyboard or mouse input for the configured time
    ScreenLocked, ///< the desktop announced that the screen locked (D-Bus)
    ByUser        ///< Case → Lock case (Ctrl+L)
};

/// The word recorded in the audit log for a reason: idle, screen-locked, by-user.
QString lockReasonWord(LockReason reason);
/// The reason a word of lockReasonWord() names; nullopt for any other word.
std::optional<LockReason> lockReasonFromWord(const QString& word);

/**
 * The auto-lock settings, kept in QSettings (numbers and switches only — never case data, DESIGN §3).
 * Keys: `security/autoLockMinutes` (default 5, 1…60: CJIS Security Policy §5.5.5 asks for a session lock after at
 * most 30 minutes, the default is stricter) and `security/lockOnScreenLock` (default true).
 */
class AutoLockSettings {
public:
    static constexpr int kDefaultMinutes = 5;
    static constexpr int kMinMinutes = 1;
    static constexpr int kMaxMinutes = 60;
    /// Minutes without input before the case locks (clamped to 1…60).
    static int idleMinutes();
    static void setIdleMinutes(int minutes);
    /// Whether the case locks when the desktop's screen locks.
    static bool lockOnScreenLock();
    static void setLockOnScreenLock(bool on);
};

/**
 * Watches the whole application's input (an event filter on qApp: keys, mouse buttons and moves, wheel, touch) and
 * emits idle() once no input arrived for interval(); also emits lockShortcut() for Ctrl+L pressed in any window,
 * including a modal dialog (where the main window's own shortcut does not reach). Only runs while setRunning(true).
 * The interval is injectable (tests use milliseconds); the main window sets it from AutoLockSettings.
 */
class IdleWatcher : public QObject {
    Q_OBJECT
public:
    explicit IdleWatcher(QObject* parent = nullptr);
    void setInterval(std::chrono::milliseconds interval);
    std::chrono::milliseconds interval() const { return m_interval; }
    /// Starts (counting from now) or stops watching.
    void setRunning(bool running);
    bool isRunning() const { return m_running; }
    /// Counts as input: restarts the idle period.
    void poke();

signals:
    void idle();
    void lockShortcut();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void onTimeout();
    std::chrono::milliseconds m_interval{std::chrono::minutes(AutoLockSettings::kDefaultMinutes)};
    QDeadlineTimer m_deadline;
    QTimer m_timer;
    bool m_running = false;
};

/**
 * The cases a lock closed (Case::close: key wiped, connection dropped). The main window keeps those Case objects
 * alive, closed, so a dialog that holds a `Case&` and is still returning from a nested exec() when the lock closes it
 * never holds a dangling reference; such a dialog asks isClosed() before it reads the case again.
 */
class ClosedCases {
public:
    static void add(const Case* c);
    static void remove(const Case* c);
    /// Whether `c` was closed by a lock (its database must not be touched).
    static bool isClosed(const Case* c);
};

/**
 * Marks a long operation on the case (an import or an export running its transaction with processEvents): a lock
 * requested meanwhile waits until the last one ends, so the connection is never dropped under an open transaction.
 */
class LongOperation {
public:
    LongOperation() { ++s_active; }
    ~LongOperation() { --s_active; }
    LongOperation(const LongOperation&) = delete;
    LongOperation& operator=(const LongOperation&) = delete;
    /// Whether any long operation is running.
    static bool active() { return s_active > 0; }

private:
    static inline int s_active = 0;
};

} // namespace tessera
