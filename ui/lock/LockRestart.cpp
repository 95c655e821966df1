#include "lock/LockRestart.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QSettings>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <sys/syscall.h>
#include <unistd.h>
#include <vector>

#ifndef CLOSE_RANGE_CLOEXEC
#define CLOSE_RANGE_CLOEXEC (1U << 2) // linux/close_range.h, Linux 5.11
#endif

namespace tessera {

namespace {
const char* const kCaseOption = "locked-case";
const char* const kReasonOption = "lock-reason";
const char* const kIdleOption = "lock-idle-seconds";
const char* const kNoteOption = "lock-note";
const char* const kDraftsNotKept = "drafts-not-kept";

/// Marks every descriptor above 2 close-on-exec: the restarted process inherits only stdin, stdout and stderr.
void closeOnExecAll() {
#ifdef SYS_close_range
    if (::syscall(SYS_close_range, 3U, ~0U, CLOSE_RANGE_CLOEXEC) == 0)
        return;
#endif
    DIR* dir = ::opendir("/proc/self/fd");
    if (!dir) { // no /proc: every possible descriptor
        const long max = ::sysconf(_SC_OPEN_MAX);
        for (int fd = 3; fd < (max > 0 ? max : 1024); ++fd)
            ::fcntl(fd, F_SETFD, FD_CLOEXEC);
        return;
    }
    const int own = ::dirfd(dir);
    while (const dirent* e = ::readdir(dir)) {
        const int fd = std::atoi(e->d_name);
        if (fd > 2 && fd != own)
            ::fcntl(fd, F_SETFD, ::fcntl(fd, F_GETFD) | FD_CLOEXEC);
    }
    ::closedir(dir);
}
} // namespace

QStringList LockRestart::arguments() const {
    QStringList out{QLatin1String("--") + QLatin1String(kCaseOption),
                    casePath,
                    QLatin1String("--") + QLatin1String(kReasonOption),
                    lockReasonWord(reason),
                    QLatin1String("--") + QLatin1String(kIdleOption),
                    QString::number(idleSeconds)};
    if (draftsNotKept)
        out << QLatin1String("--") + QLatin1String(kNoteOption) << QLatin1String(kDraftsNotKept);
    return out;
}

QByteArrayList LockRestart::argv(const QByteArrayList& original) const {
    QByteArrayList out;
    for (qsizetype i = 0; i < original.size(); ++i) {
        const QByteArray& a = original[i];
        bool hidden = false;
        for (const char* name : {kCaseOption, kReasonOption, kIdleOption, kNoteOption}) {
            const QByteArray flag = QByteArray("--") + name;
            if (a == flag) { // "--name VALUE": drop both
                hidden = true;
                ++i;
                break;
            }
            if (a.startsWith(flag + '=')) {
                hidden = true;
                break;
            }
        }
        if (!hidden && i < original.size())
            out << a;
    }
    for (const QString& a : arguments())
        out << QFile::encodeName(a); // the path in the file system's encoding, as it came
    return out;
}

QList<QCommandLineOption> LockRestart::options() {
    QList<QCommandLineOption> out{
        QCommandLineOption(QLatin1String(kCaseOption), QStringLiteral("restarted locked: the case"),
                           QStringLiteral("PATH")),
        QCommandLineOption(QLatin1String(kReasonOption), QStringLiteral("restarted locked: why"),
                           QStringLiteral("WORD")),
        QCommandLineOption(QLatin1String(kIdleOption), QStringLiteral("restarted locked: idle time"),
                           QStringLiteral("SECONDS")),
        QCommandLineOption(QLatin1String(kNoteOption), QStringLiteral("restarted locked: a note"),
                           QStringLiteral("WORD"))};
    for (QCommandLineOption& o : out)
        o.setFlags(QCommandLineOption::HiddenFromHelp);
    return out;
}

std::optional<LockRestart> LockRestart::fromParser(const QCommandLineParser& parser) {
    if (!parser.isSet(QLatin1String(kCaseOption)))
        return std::nullopt;
    LockRestart r;
    r.casePath = parser.value(QLatin1String(kCaseOption));
    const std::optional<LockReason> reason = lockReasonFromWord(parser.value(QLatin1String(kReasonOption)));
    bool ok = false;
    r.idleSeconds = parser.value(QLatin1String(kIdleOption)).toLongLong(&ok);
    if (r.casePath.isEmpty() || !reason || !ok || r.idleSeconds < 0)
        return std::nullopt;
    r.reason = *reason;
    r.draftsNotKept = parser.value(QLatin1String(kNoteOption)) == QLatin1String(kDraftsNotKept);
    return r;
}

void dropFileDialogHistory() {
    QSettings(QSettings::UserScope, QStringLiteral("QtProject")).remove(QStringLiteral("FileDialog"));
}

bool restartIntoLockScreen(const QByteArrayList& argv, QString* error) {
    if (argv.isEmpty()) {
        if (error)
            *error = QStringLiteral("no program name");
        return false;
    }
    dropFileDialogHistory();
    QSettings().sync();
    ::unsetenv("TESSERA_PASSPHRASE");
    std::vector<char*> args;
    QByteArrayList keep = argv; // owns the bytes the pointers point at
    for (QByteArray& a : keep)
        args.push_back(a.data());
    args.push_back(nullptr);
    const QByteArray fallback = QFile::encodeName(QCoreApplication::applicationFilePath());
    closeOnExecAll();
    ::execv("/proc/self/exe", args.data());
    if (!fallback.isEmpty())
        ::execv(fallback.constData(), args.data());
    const int err = errno;
    if (error)
        *error = QString::fromLocal8Bit(std::strerror(err));
    return false;
}

} // namespace tessera
