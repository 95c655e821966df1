#include "case/CaseBackups.h"

#include "case/CaseError.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QTimeZone>
#include <algorithm>

namespace tessera {
namespace {

constexpr auto kIdFormat = "yyyyMMdd'T'HHmmsszzz'Z'";

bool isBackupId(const QString& id) {
    return QDateTime::fromString(id, QLatin1String(kIdFormat)).isValid();
}

BackupInfo infoFor(const QFileInfo& fi) {
    BackupInfo b;
    b.id = fi.completeBaseName();
    b.path = fi.absoluteFilePath();
    b.bytes = fi.size();
    QDateTime t = QDateTime::fromString(b.id, QLatin1String(kIdFormat));
    t.setTimeZone(QTimeZone::utc());
    b.createdUtcUs = t.toMSecsSinceEpoch() * 1000;
    return b;
}

/// Streams `from` into a QSaveFile at `to` (1 MiB chunks), mode 0600. Throws CaseError(Usage) naming `to`.
void copyAtomically(const QString& from, const QString& to) {
    QFile in(from);
    if (!in.open(QIODevice::ReadOnly))
        throw CaseError(ErrorKind::Usage, QStringLiteral("%1: cannot read (%2)").arg(from, in.errorString()));
    QSaveFile out(to);
    if (!out.open(QIODevice::WriteOnly))
        throw CaseError(ErrorKind::Usage, QStringLiteral("%1: cannot write (%2)").arg(to, out.errorString()));
    out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QByteArray chunk;
    while (!(chunk = in.read(1 << 20)).isEmpty()) {
        if (out.write(chunk) != chunk.size()) {
            const QString why = out.errorString();
            out.cancelWriting();
            throw CaseError(ErrorKind::Usage, QStringLiteral("%1: writing the copy failed (%2); disk full?").arg(to, why));
        }
    }
    if (in.error() != QFileDevice::NoError) {
        out.cancelWriting();
        throw CaseError(ErrorKind::Usage, QStringLiteral("%1: reading failed (%2)").arg(from, in.errorString()));
    }
    if (!out.commit())
        throw CaseError(ErrorKind::Usage,
                        QStringLiteral("%1: writing the copy failed (%2); disk full?").arg(to, out.errorString()));
}

} // namespace

QString CaseBackups::folderFor(const QString& casePath) { return casePath + QStringLiteral(".backups"); }

QVector<BackupInfo> CaseBackups::list(const QString& casePath) {
    QVector<BackupInfo> out;
    const QDir dir(folderFor(casePath));
    for (const QFileInfo& fi : dir.entryInfoList({QStringLiteral("*.tessera")}, QDir::Files))
        if (isBackupId(fi.completeBaseName()))
            out.append(infoFor(fi));
    std::sort(out.begin(), out.end(), [](const BackupInfo& a, const BackupInfo& b) { return a.id > b.id; });
    return out;
}

BackupInfo CaseBackups::find(const QString& casePath, const QString& id) {
    for (const BackupInfo& b : list(casePath))
        if (b.id == id)
            return b;
    return {};
}

bool CaseBackups::due(const QString& casePath, int minIntervalMinutes, bool always, qint64 nowUtcMs) {
    const QFileInfo source(casePath);
    const QVector<BackupInfo> existing = list(casePath); // newest first
    for (const BackupInfo& b : existing) {
        const QFileInfo copy(b.path);
        if (copy.size() == source.size() && copy.lastModified() == source.lastModified())
            return false; // this version is already kept
    }
    if (always || minIntervalMinutes <= 0)
        return true;
    for (const BackupInfo& b : existing) {
        const qint64 ageMs = nowUtcMs - b.createdUtcUs / 1000;
        if (ageMs >= 0) // the newest not dated in the future (a clock set back must not hold backups back)
            return ageMs >= qint64(minIntervalMinutes) * 60 * 1000;
    }
    return true;
}

bool CaseBackups::take(const QString& casePath, int keep, int minIntervalMinutes, bool always,
                       const std::function<void()>& verifySource) {
    if (keep <= 0)
        return false;
    const QFileInfo source(casePath);
    QVector<BackupInfo> existing = list(casePath);
    bool written = false;
    if (due(casePath, minIntervalMinutes, always, QDateTime::currentMSecsSinceEpoch())) {
        if (verifySource)
            verifySource(); // throws before anything is copied or rotated out
        const QString folder = folderFor(casePath);
        if (!QDir().mkpath(folder))
            throw CaseError(ErrorKind::Usage, QStringLiteral("%1: cannot create the backup folder").arg(folder));
        QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        QString id = QDateTime::currentDateTimeUtc().toString(QLatin1String(kIdFormat));
        while (QFileInfo::exists(folder + QLatin1Char('/') + id + QStringLiteral(".tessera"))) // same millisecond
            id = QDateTime::fromString(id, QLatin1String(kIdFormat)).addMSecs(1).toString(QLatin1String(kIdFormat));
        const QString target = folder + QLatin1Char('/') + id + QStringLiteral(".tessera");
        copyAtomically(casePath, target);
        // Same modification time as the case: the next open sees that this version is already kept.
        QFile stamp(target);
        if (stamp.open(QIODevice::ReadWrite))
            stamp.setFileTime(source.lastModified(), QFileDevice::FileModificationTime);
        existing.prepend(infoFor(QFileInfo(target)));
        written = true;
    }
    for (int i = keep; i < existing.size(); ++i)
        QFile::remove(existing[i].path);
    return written;
}

void CaseBackups::restoreTo(const QString& casePath, const QString& id, const QString& outPath) {
    const BackupInfo b = find(casePath, id);
    if (b.id.isEmpty())
        throw CaseError(ErrorKind::Usage, QStringLiteral("%1: no backup with id %2 (see `tessera-cli backups`)").arg(casePath, id));
    if (QFileInfo::exists(outPath))
        throw CaseError(ErrorKind::Usage, QStringLiteral("%1: a file already exists there; not overwriting it").arg(outPath));
    copyAtomically(b.path, outPath);
}

} // namespace tessera
