// The end of the desktop session and termination signals, as Qt signals (found by a new-user trial: text typed but
// not yet added was lost when Tessera was closed at logout or shutdown).
#pragma once

#include <QObject>

class QSessionManager;
class QSocketNotifier;

namespace tessera {

/**
 * Tells the main window that Tessera is about to be ended from outside, so it can keep half-typed text as drafts in
 * the case and close the case cleanly first:
 * - SIGTERM (sent at logout and shutdown by the session or systemd, and by `kill`) and SIGHUP (the terminal that
 *   started Tessera closed): the handler only writes the signal's number to a self-pipe; a QSocketNotifier reads it in
 *   the event loop and emits terminateRequested() (the only async-signal-safe way to reach Qt; see "Calling Qt
 *   Functions From Unix Signal Handlers" in the Qt documentation);
 * - QGuiApplication::commitDataRequest (an X11/XSMP session manager asks applications to save before logout): emits
 *   sessionEnding(). Qt's documentation says not to quit here: the session manager may still cancel the logout.
 * Only one watcher may exist at a time; its destructor puts the default signal dispositions back.
 */
class SessionEndWatcher : public QObject {
    Q_OBJECT
public:
    /// Installs the signal handlers and connects to the application's commitDataRequest.
    explicit SessionEndWatcher(QObject* parent = nullptr);
    ~SessionEndWatcher() override;

signals:
    /// SIGTERM or SIGHUP arrived: Tessera should keep what it can and quit. `signalName`: "SIGTERM" or "SIGHUP".
    void terminateRequested(const QString& signalName);
    /// The desktop session is ending (commitDataRequest): keep what is unsaved; do not quit.
    void sessionEnding();

private:
    void readSignal();
    QSocketNotifier* m_notifier = nullptr;
};

} // namespace tessera
