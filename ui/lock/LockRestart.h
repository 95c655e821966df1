// Restarting into the lock screen (issue 8 §1): a lock ends the memory that held case data by replacing the process
// image with a fresh one of the same program, which shows the lock screen of the same case.
#pragma once

#include "lock/AutoLock.h"

#include <QByteArrayList>
#include <QList>
#include <QString>
#include <QStringList>
#include <functional>
#include <optional>

class QCommandLineOption;
class QCommandLineParser;

namespace tessera {

/**
 * What a Tessera restarted into its lock screen needs to know, carried as hidden command-line arguments:
 * `--locked-case PATH --lock-reason idle|screen-locked|by-user --lock-idle-seconds N [--lock-note drafts-not-kept]`.
 *
 * /proc/PID/cmdline shows a process's arguments to its own user, so they carry only the case's path (a path the person
 * chose; the recent-cases list keeps it in the settings already), a reason word, a number and a note word: never case
 * data, a passphrase or a key.
 */
struct LockRestart {
    QString casePath;
    LockReason reason = LockReason::ByUser;
    /// The idle time that locked the case, in seconds (the lock screen says it for LockReason::Idle).
    qint64 idleSeconds = 0;
    /// The half-typed text could not be kept in the case (DraftStore failed): the lock screen says so.
    bool draftsNotKept = false;

    /// The hidden arguments above, in that order.
    QStringList arguments() const;
    /**
     * The argument vector of the restarted process: `original` (this process's argv as main() received it, before
     * Qt took its own options out) without the hidden lock arguments of an earlier restart, then arguments().
     */
    QByteArrayList argv(const QByteArrayList& original) const;

    /// The hidden options, for main()'s QCommandLineParser (HiddenFromHelp).
    static QList<QCommandLineOption> options();
    /// The restart main() was asked for, or nullopt when `--locked-case` is absent or a value does not parse.
    static std::optional<LockRestart> fromParser(const QCommandLineParser& parser);
};

/**
 * How a lock ends once the case is closed (MainWindow::setLockRestartHook). The application's hook is
 * restartIntoLockScreen(), which returns only when the restart failed (false: the window stays on its in-process lock
 * screen); tests install one that records the request and returns true.
 */
using LockRestartHook = std::function<bool(const LockRestart&)>;

/**
 * Replaces this process with a fresh image of the same program (execv of /proc/self/exe, else of
 * QCoreApplication::applicationFilePath()) run with `argv`, so no freed heap page of the locked session survives: the
 * kernel gives the new image zeroed pages. Before the exec: Qt's file-dialog history is dropped and QSettings synced
 * (as on quit), TESSERA_PASSPHRASE leaves the environment (the restarted process must not unlock by itself), and every
 * file descriptor above 2 is marked close-on-exec (close_range, else one by one from /proc/self/fd). The caller must
 * have closed the case (its key wiped, its file and lock file released). Other threads end with the exec.
 * Returns only on failure, with errno's text in *error when given.
 */
bool restartIntoLockScreen(const QByteArrayList& argv, QString* error = nullptr);

/// Drops Qt's file-dialog history (visited folders can name a case: DESIGN §3, no case data in settings).
void dropFileDialogHistory();

} // namespace tessera
