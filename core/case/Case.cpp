#include "case/Case.h"

#include "audit/AuditLog.h"
#include "case/CaseBackups.h"
#include "case/CaseError.h"
#include "ingest/PhoneNormalizer.h"
#include "crypto/SealKey.h"
#include "crypto/Sodium.h"
#include "storage/Database.h"
#include "storage/Migrations.h"
#include "storage/OffsetVfs.h"
#include "storage/Transaction.h"
#include "time/TimeFormat.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QTimeZone>
#include <cerrno>
#include <fcntl.h>
#include <unistd.h>

namespace tessera {
namespace {

/// errno of creating and writing a lock file at `lockPath` now (0 when both work), to say why QLockFile failed with
/// UnknownError: QLockFile reports ENOSPC, EDQUOT and EFBIG only as "unknown". The probe file is removed again.
int lockFileErrno(const QString& lockPath) {
    const QByteArray p = QFile::encodeName(lockPath);
    const int fd = ::open(p.constData(), O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0)
        return errno;
    static const char probe[] = "0\ntessera-cli\nlocalhost\n"; // about what QLockFile writes (PID, name, host)
    const int err = ::write(fd, probe, sizeof probe - 1) < 0 ? errno : 0;
    ::close(fd);
    ::unlink(p.constData());
    return err;
}

/// The case lock (`<case>.lock`, QLockFile), or — when `readOnlyFallback` and the folder cannot take a lock file
/// (read-only folder or file system: EACCES, EROFS; a full disk: ENOSPC, EDQUOT; a file-size limit: EFBIG) — none,
/// with `readOnly` set to the error a write must then raise. Throws CaseError: OpenElsewhere when another process
/// holds the lock; otherwise (no fallback, or another cause) Usage, or Internal for a full disk (as SQLITE_FULL).
std::unique_ptr<QLockFile> takeLock(const QString& path, bool readOnlyFallback, std::optional<CaseError>* readOnly,
                                    QString* readOnlyReason) {
    auto lock = std::make_unique<QLockFile>(path + QStringLiteral(".lock"));
    lock->setStaleLockTime(0); // never by age: only a dead owner (PID/host check) makes a lock stale
    if (lock->tryLock(0))
        return lock;
    if (lock->error() == QLockFile::LockFailedError)
        throw CaseError(ErrorKind::OpenElsewhere,
                        QStringLiteral("%1: case is open elsewhere (another Tessera window or command holds it); "
                                       "close it there first")
                            .arg(path));
    const int err = lock->error() == QLockFile::PermissionError ? EACCES : lockFileErrno(path + QStringLiteral(".lock"));
    std::optional<CaseError> why;
    QString reason;
    if (err == EACCES || err == EPERM || err == EROFS) {
        why = CaseError(ErrorKind::Usage, QStringLiteral("the case file or its folder is read-only; nothing was saved "
                                                         "(make it writable, or work on a copy)"));
        reason = QStringLiteral("its folder is read-only (no lock file can be made beside it), so nothing can be saved");
    } else if (err == ENOSPC || err == EDQUOT) {
        why = CaseError(ErrorKind::Internal, QStringLiteral("%1: the disk holding the case is full; nothing was saved "
                                                            "(free some space, then open the case again)")
                                                 .arg(path));
        reason = QStringLiteral("the disk holding the case is full, so nothing can be saved until space is freed");
    } else if (err == EFBIG) {
        why = CaseError(ErrorKind::Internal, QStringLiteral("%1: a file-size limit (ulimit -f) refuses writes beside the "
                                                            "case; nothing was saved")
                                                 .arg(path));
        reason = QStringLiteral("a file-size limit (ulimit -f) refuses writes beside the case, so nothing can be saved");
    }
    if (why && readOnlyFallback) {
        // No lock can be taken, so nothing may be written; reading stays safe: SQLite's own file locks keep a
        // writer elsewhere from changing pages under a read, and a hot journal makes the open fail (Database).
        *readOnly = why;
        *readOnlyReason = QStringLiteral("%1: opened read-only: %2").arg(path, reason);
        return nullptr;
    }
    if (err == ENOSPC || err == EDQUOT)
        throw CaseError(ErrorKind::Internal,
                        QStringLiteral("%1: the disk holding the case is full (no room for the lock file beside it)").arg(path));
    if (why && why->kind() == ErrorKind::Internal)
        throw *why;
    throw CaseError(ErrorKind::Usage,
                    QStringLiteral("%1: cannot create the lock file beside the case (is the folder writable?)").arg(path));
}


/// Writes one header copy of the case (or backup) file at `path` in place and fsyncs it. Throws CaseError: Usage if
/// the file cannot be opened for writing, Internal if the write fails.
void writeCopyTo(const QString& path, int offset, const QByteArray& bytes) {
    QFile f(path);
    if (!f.open(QIODevice::ReadWrite))
        throw CaseError(ErrorKind::Usage,
                        QStringLiteral("%1: the case file cannot be written (%2); nothing was changed").arg(path, f.errorString()));
    if (!f.seek(offset) || f.write(bytes) != bytes.size() || !f.flush() || ::fsync(f.handle()) != 0)
        throw CaseError(ErrorKind::Internal, QStringLiteral("%1: writing the case header failed").arg(path));
}

} // namespace

std::unique_ptr<Case> Case::create(const QString& path, const QString& passphrase, const NewCaseOptions& options) {
    ensureSodium();
    if (QFileInfo::exists(path))
        throw CaseError(ErrorKind::Usage, QStringLiteral("%1: a file already exists there; not overwriting it").arg(path));
    if (!options.displayZone.isEmpty() && options.displayZone != QLatin1String("UTC") &&
        !QTimeZone(options.displayZone.toUtf8()).isValid())
        throw CaseError(ErrorKind::Usage, QStringLiteral("--display-zone: unknown time zone"));
    PhoneNormalizer::requireKnownRegion(options.region);
    std::unique_ptr<Case> c(new Case);
    c->m_path = path;
    c->m_lock = takeLock(path, false, nullptr, nullptr);
    c->m_dataKey = SecureBuffer(32);
    {
        const QByteArray r = randomBytes(32);
        memcpy(c->m_dataKey.data(), r.constData(), 32);
    }
    c->m_header = CaseHeader::createWithPassphrase(passphrase, c->m_dataKey, options.kdf);
    {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            throw CaseError(ErrorKind::Usage, QStringLiteral("%1: cannot create the file (%2)").arg(path, f.errorString()));
        // Readable by its owner only: the file is encrypted, but who holds a copy still matters.
        f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        const QByteArray header = c->m_header.initialBytes(c->m_dataKey);
        if (f.write(header) != header.size() || !f.flush() || ::fsync(f.handle()) != 0) {
            f.close();
            QFile::remove(path);
            throw CaseError(ErrorKind::Internal, QStringLiteral("%1: cannot write the case header").arg(path));
        }
    }
    try {
        c->m_db = std::make_unique<Database>(path, c->m_dataKey, true);
        Migrations::migrate(*c->m_db);
        Transaction tx(*c->m_db);
        CaseSettings s(*c->m_db);
        auto put = [&s](CaseSettings::Key k, const QString& v) { s.setValue(k, v.isEmpty() ? CaseSettings::defaultValue(k) : v); };
        put(CaseSettings::Key::Title, options.title);
        put(CaseSettings::Key::CaseNumber, options.caseNumber);
        put(CaseSettings::Key::DisplayZone,
            options.displayZone.isEmpty() ? QString::fromUtf8(QTimeZone::systemTimeZoneId()) : options.displayZone);
        put(CaseSettings::Key::Region, options.region.toUpper());
        put(CaseSettings::Key::BatesPrefix, options.batesPrefix);
        put(CaseSettings::Key::Agency, options.agency);
        put(CaseSettings::Key::Investigator, options.investigator);
        s.setValue(CaseSettings::Key::CreatedUtc, QString::number(currentUtcUs()));
        const SealKey seal = SealKey::generate();
        Statement ins = c->m_db->prepare("INSERT INTO seal_key(id, public_key, secret_key, created_utc) VALUES (1,?,?,?)");
        ins.bind(1, seal.publicKey()).bind(2, seal.secretKeyBytes()).bind(3, currentUtcUs());
        ins.exec();
        c->audit(QStringLiteral("case.create"), QStringLiteral("case"),
                 QJsonObject{{QStringLiteral("format_version"), CaseHeader::kFormatVersion},
                             {QStringLiteral("schema_version"), Migrations::latestVersion()},
                             {QStringLiteral("seal_fingerprint"), SealKey::fingerprint(seal.publicKey())}});
        tx.commit();
    } catch (...) {
        c->m_db.reset();
        QFile::remove(path);
        QFile::remove(path + QLatin1String(OffsetVfs::kJournalSuffix));
        throw;
    }
    return c;
}

std::unique_ptr<Case> Case::open(const QString& path, const QString& passphrase, bool takeBackup) {
    return openWith(
        path, [&passphrase](const CaseHeader& h) { return h.unlockAllWithPassphrase(passphrase); }, &passphrase,
        takeBackup);
}

std::unique_ptr<Case> Case::openWithRecoveryKey(const QString& path, const SecureBuffer& agencySecretKey, bool takeBackup) {
    auto c = openWith(
        path, [&agencySecretKey](const CaseHeader& h) { return h.unlockAllWithRecoveryKey(agencySecretKey); }, nullptr,
        takeBackup);
    Transaction tx(*c->m_db);
    c->audit(QStringLiteral("case.open-with-recovery-key"), QStringLiteral("case"),
             QJsonObject{{QStringLiteral("agency_key_fingerprint"), SealKey::fingerprint(c->m_header.recoveryPublicKey())}});
    tx.commit();
    return c;
}

std::unique_ptr<Case> Case::openWith(const QString& path,
                                     const std::function<std::vector<SecureBuffer>(const CaseHeader&)>& unlock,
                                     const QString* passphrase, bool takeBackup) {
    ensureSodium();
    if (!QFileInfo::exists(path))
        throw CaseError(ErrorKind::Usage, QStringLiteral("%1: no such case file").arg(path));
    std::unique_ptr<Case> c(new Case);
    c->m_path = path;
    c->m_lock = takeLock(path, true, &c->m_readOnly, &c->m_readOnlyReason);
    QByteArray headerBytes;
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            throw CaseError(ErrorKind::Usage, QStringLiteral("%1: cannot read the file (%2)").arg(path, f.errorString()));
        headerBytes = f.read(CaseHeader::kHeaderBytes);
    }
    c->m_header = CaseHeader::parse(headerBytes, path);
    // Normally one key; two only when a key rotation was interrupted. The current key comes first: it is the one a
    // hot journal of an interrupted re-encryption must be rolled back with.
    std::vector<SecureBuffer> keys = unlock(c->m_header);
    for (size_t i = 0; i < keys.size(); ++i) {
        try {
            c->m_db = std::make_unique<Database>(path, keys[i], false, c->m_readOnly);
            c->m_dataKey = std::move(keys[i]);
            break;
        } catch (const CaseError& e) {
            if (e.kind() != ErrorKind::Damaged || i + 1 == keys.size())
                throw;
        }
    }
    if (c->m_readOnly) {
        // Opened without the lock: nothing beside the case is touched (no journal removed, no backup, no header
        // repair); a pending schema upgrade fails with the read-only error.
        Migrations::migrate(*c->m_db);
        return c;
    }
    c->removeStaleJournal();
    if (takeBackup)
        c->takeBackup(); // before migrating: the backup keeps the version this build has not yet touched
    Migrations::migrate(*c->m_db);
    if (keys.size() > 1 && passphrase) {
        // Finish what an interrupted rotation left: one slot, for the key that opened the database. (Opened with the
        // recovery key, the passphrase is unknown: the investigator's next open finishes it.)
        KdfParameters kdf = KdfParameters::releaseDefault();
        for (const KeySlot& s : c->m_header.keySlots())
            if (s.type == KeySlotType::Passphrase) {
                kdf = s.kdf;
                break;
            }
        CaseHeader finished = c->m_header;
        finished.setPassphraseSlots(*passphrase, {&c->m_dataKey}, kdf);
        try {
            c->writeHeaderBothCopies(finished);
        } catch (const CaseError&) {
            // read-only: it still opens with this passphrase; the next writable open finishes it
        }
    }
    if (!c->m_header.copiesInSync()) {
        // An interrupted header write (or a damaged copy): bring the stale copy up to the current generation, so an
        // old passphrase slot does not linger in it. Best effort: a read-only file still opens.
        try {
            c->writeHeaderCopy(CaseHeader::copyOffset(1 - c->m_header.currentCopyIndex()),
                               c->m_header.currentCopy(c->m_dataKey));
        } catch (const CaseError&) {
        }
    }
    return c;
}

bool Case::isReadOnly() const {
    return m_db && m_db->isReadOnly();
}

void Case::takeBackup() {
    bool ok = false;
    int keep = settings().value(CaseSettings::Key::BackupKeep).toInt(&ok);
    if (!ok || keep < 0)
        keep = CaseSettings::defaultValue(CaseSettings::Key::BackupKeep).toInt();
    int interval = settings().value(CaseSettings::Key::BackupIntervalMinutes).toInt(&ok);
    if (!ok || interval < 0)
        interval = CaseSettings::defaultValue(CaseSettings::Key::BackupIntervalMinutes).toInt();
    // A schema upgrade is about to change the file: keep the version the older build wrote, whatever the interval.
    const bool upgrading = Migrations::currentVersion(*m_db) < Migrations::latestVersion();
    try {
        // Every page is read (and its SQLCipher HMAC checked) before the file is copied: a damaged case is never
        // backed up over the good backups (found by a new-user trial).
        CaseBackups::take(m_path, keep, interval, upgrading, [this] {
            Statement s = m_db->prepare("PRAGMA quick_check");
            if (!s.step() || s.text(0) != QLatin1String("ok"))
                throw CaseError(ErrorKind::Damaged, QStringLiteral("the case file fails its integrity check"));
        });
    } catch (const CaseError& e) {
        m_backupWarning = e.kind() == ErrorKind::Damaged
                              ? QStringLiteral("no backup was taken: %1; the earlier backups are kept (run check, and "
                                               "restore one with restore)")
                                    .arg(e.message())
                              : QStringLiteral("no backup was taken: %1").arg(e.message());
    }
}

void Case::requireWritableBackups() const {
    for (const BackupInfo& b : CaseBackups::list(m_path)) {
        QFile probe(b.path);
        if (!probe.open(QIODevice::ReadWrite))
            throw CaseError(ErrorKind::Usage, QStringLiteral("%1: the backup cannot be written (%2); nothing was changed")
                                                  .arg(b.path, probe.errorString()));
    }
}

QPair<int, int> Case::rekeyBackups(const QString& passphrase, const KdfParameters& kdf) {
    return updateBackupHeaders([&](CaseHeader& h) { h.setPassphraseSlots(passphrase, {&m_dataKey}, kdf); });
}

QPair<int, int> Case::updateBackupHeaders(const std::function<void(CaseHeader&)>& change) {
    int rewritten = 0, removed = 0;
    for (const BackupInfo& b : CaseBackups::list(m_path)) {
        QByteArray bytes;
        {
            QFile f(b.path);
            if (f.open(QIODevice::ReadOnly))
                bytes = f.read(CaseHeader::kHeaderBytes);
        }
        try {
            CaseHeader h = CaseHeader::parse(bytes, b.path);
            if (h.authenticatedBy(m_dataKey)) {
                change(h);
                // The copy not holding the current generation first, then the other (as for the case itself).
                const auto [offset, copy] = h.nextCopy(m_dataKey);
                writeCopyTo(b.path, offset, copy);
                writeCopyTo(b.path, CaseHeader::copyOffset(1 - h.currentCopyIndex()), copy);
                ++rewritten;
                continue;
            }
        } catch (const CaseError&) {
            // damaged or unreadable: it cannot be brought in step, so it goes
        }
        if (QFile::remove(b.path))
            ++removed;
    }
    return {rewritten, removed};
}

void Case::removeStaleJournal() {
    // SQLite has had its chance: a hot journal was rolled back at the first read (or the open failed, e.g. on a
    // read-only file). What is left is not hot (a kill before its header was written, or an empty file): it holds
    // only ciphertext, no transaction of ours is open, and the case lock keeps other Tessera processes out.
    const QString journal = m_path + QLatin1String(OffsetVfs::kJournalSuffix);
    if (QFileInfo::exists(journal))
        QFile::remove(journal); // best effort: a read-only folder keeps it, and SQLite ignores it as before
}

void Case::writeHeaderCopy(int offset, const QByteArray& bytes) {
    requireWritable();
    writeCopyTo(m_path, offset, bytes);
}

void Case::requireWritable() const {
    if (m_readOnly)
        throw *m_readOnly;
}


bool Case::checkPassphrase(const QString& passphrase) const {
    try {
        return m_header.unlockWithPassphrase(passphrase).equals(m_dataKey);
    } catch (const CaseError&) {
        return false;
    }
}

void Case::changePassphrase(const QString& newPassphrase, const KdfParameters& kdf) {
    requireWritable();
    {
        QFile probe(m_path);
        if (!probe.open(QIODevice::ReadWrite))
            throw CaseError(ErrorKind::Usage, QStringLiteral("%1: the case file cannot be written (%2); the passphrase "
                                                             "was not changed")
                                                  .arg(m_path, probe.errorString()));
    }
    requireWritableBackups();
    CaseHeader updated = m_header;
    updated.setPassphraseSlots(newPassphrase, {&m_dataKey}, kdf);
    writeHeaderBothCopies(updated);
    verifyHeaderOnDisk(newPassphrase);
    const auto [rewritten, removed] = rekeyBackups(newPassphrase, kdf);
    Transaction tx(*m_db);
    audit(QStringLiteral("passphrase.change"), QStringLiteral("case"),
          QJsonObject{{QStringLiteral("generation"), static_cast<qint64>(m_header.generation())},
                      {QStringLiteral("backups_rekeyed"), rewritten},
                      {QStringLiteral("backups_removed"), removed}});
    tx.commit();
}

void Case::writeHeaderBothCopies(CaseHeader& updated) {
    // First the copy that does not hold the current generation, then the other: each step leaves one valid
    // current copy on disk. The MAC is keyed from the first passphrase slot's key: the current data key.
    const auto [offset, bytes] = updated.nextCopy(m_dataKey);
    writeHeaderCopy(offset, bytes);
    writeHeaderCopy(CaseHeader::copyOffset(1 - updated.currentCopyIndex()), bytes);
    m_header = updated;
}

void Case::verifyHeaderOnDisk(const QString& passphrase) {
    QFile f(m_path);
    if (!f.open(QIODevice::ReadOnly))
        throw CaseError(ErrorKind::Internal, QStringLiteral("%1: cannot read back the header").arg(m_path));
    const CaseHeader reread = CaseHeader::parse(f.read(CaseHeader::kHeaderBytes), m_path);
    if (!reread.copiesInSync() || !reread.unlockWithPassphrase(passphrase).equals(m_dataKey))
        throw CaseError(ErrorKind::Internal, QStringLiteral("%1: the new passphrase could not be verified").arg(m_path));
    m_header = reread;
}

void Case::rotateDataKey(const QString& newPassphrase, const KdfParameters& kdf, int testStopAfterStep) {
    requireWritable();
    {
        QFile probe(m_path);
        if (!probe.open(QIODevice::ReadWrite))
            throw CaseError(ErrorKind::Usage, QStringLiteral("%1: the case file cannot be written (%2); nothing was "
                                                             "changed")
                                                  .arg(m_path, probe.errorString()));
    }
    requireWritableBackups();
    SecureBuffer fresh(32);
    const QByteArray r = randomBytes(32);
    memcpy(fresh.data(), r.constData(), 32);
    // 1. The header holds both keys under the new passphrase (current first): from here on only the new passphrase
    //    opens the case, whichever key the pages are under after a crash.
    CaseHeader both = m_header;
    both.setPassphraseSlots(newPassphrase, {&m_dataKey, &fresh}, kdf);
    writeHeaderBothCopies(both);
    if (testStopAfterStep == 1)
        return;
    // 2. Every page re-encrypted under the new key, in one journaled transaction.
    m_db->rekey(fresh);
    if (testStopAfterStep == 2)
        return;
    // 3. The header keeps only the new key; the old one is gone from the file.
    m_dataKey = std::move(fresh);
    CaseHeader only = m_header;
    only.setPassphraseSlots(newPassphrase, {&m_dataKey}, kdf);
    writeHeaderBothCopies(only);
    verifyHeaderOnDisk(newPassphrase);
    // The old backups are under the old (possibly compromised) data key: re-encrypting every copy would cost as much
    // as the case itself, so they are removed and one fresh backup under the new key replaces them.
    const int removed = rekeyBackups(newPassphrase, kdf).second;
    Transaction tx(*m_db);
    audit(QStringLiteral("key.rotate"), QStringLiteral("case"),
          QJsonObject{{QStringLiteral("generation"), static_cast<qint64>(m_header.generation())},
                      {QStringLiteral("backups_removed"), removed}});
    tx.commit();
    takeBackup();
}

void Case::restoreBackup(const QString& casePath, const QString& backupId, const QString& outPath,
                         const QString& passphrase) {
    CaseBackups::restoreTo(casePath, backupId, outPath);
    try {
        std::unique_ptr<Case> restored = open(outPath, passphrase, false);
        Transaction tx(restored->db());
        restored->audit(QStringLiteral("case.restore"), QStringLiteral("case"),
                        QJsonObject{{QStringLiteral("backup"), backupId},
                                    {QStringLiteral("from"), QFileInfo(casePath).fileName()}});
        tx.commit();
    } catch (...) {
        QFile::remove(outPath);
        QFile::remove(outPath + QLatin1String(OffsetVfs::kJournalSuffix));
        throw;
    }
}

void Case::addRecoverySlot(const QByteArray& agencyPublicKey) {
    requireWritable();
    {
        QFile probe(m_path);
        if (!probe.open(QIODevice::ReadWrite))
            throw CaseError(ErrorKind::Usage, QStringLiteral("%1: the case file cannot be written (%2); nothing was "
                                                             "changed")
                                                  .arg(m_path, probe.errorString()));
    }
    requireWritableBackups();
    CaseHeader updated = m_header;
    updated.setRecoverySlots(agencyPublicKey, {&m_dataKey});
    writeHeaderBothCopies(updated);
    {
        QFile f(m_path);
        if (!f.open(QIODevice::ReadOnly))
            throw CaseError(ErrorKind::Internal, QStringLiteral("%1: cannot read back the header").arg(m_path));
        const CaseHeader reread = CaseHeader::parse(f.read(CaseHeader::kHeaderBytes), m_path);
        if (!reread.copiesInSync() || !reread.authenticatedBy(m_dataKey) || reread.recoveryPublicKey() != agencyPublicKey)
            throw CaseError(ErrorKind::Internal, QStringLiteral("%1: the recovery slot could not be verified").arg(m_path));
        m_header = reread;
    }
    const auto [rewritten, removed] =
        updateBackupHeaders([&](CaseHeader& h) { h.setRecoverySlots(agencyPublicKey, {&m_dataKey}); });
    Transaction tx(*m_db);
    audit(QStringLiteral("recovery-slot.add"), QStringLiteral("case"),
          QJsonObject{{QStringLiteral("agency_key_fingerprint"), SealKey::fingerprint(agencyPublicKey)},
                      {QStringLiteral("backups_updated"), rewritten},
                      {QStringLiteral("backups_removed"), removed}});
    tx.commit();
}

void Case::handOver(const QString& newPassphrase, const QString& note, const QString& newInvestigator,
                    const KdfParameters& kdf) {
    if (note.trimmed().isEmpty())
        throw CaseError(ErrorKind::Usage, QStringLiteral("--note: say why the case is handed over"));
    const QString from = actor();
    rotateDataKey(newPassphrase, kdf);
    Transaction tx(*m_db);
    if (!newInvestigator.isEmpty())
        settings().setValue(CaseSettings::Key::Investigator, newInvestigator);
    AuditLog::append(*m_db, from, QStringLiteral("case.handover"), QStringLiteral("case"),
                     QJsonObject{{QStringLiteral("from"), from},
                                 {QStringLiteral("to"), newInvestigator.isEmpty() ? QJsonValue() : QJsonValue(newInvestigator)},
                                 {QStringLiteral("note"), note},
                                 {QStringLiteral("key_rotated"), true},
                                 {QStringLiteral("generation"), static_cast<qint64>(m_header.generation())}});
    tx.commit();
}

Case::~Case() { close(); }

void Case::close() {
    m_db.reset();
    m_dataKey.wipe();
    if (m_lock)
        m_lock->unlock();
    m_lock.reset();
}

SealKey Case::sealKey() {
    Statement s = m_db->prepare("SELECT public_key, secret_key FROM seal_key WHERE id = 1");
    if (!s.step())
        throw CaseError(ErrorKind::Damaged, QStringLiteral("%1: the case has no seal key").arg(m_path));
    return SealKey::fromBytes(s.blob(0), s.blob(1));
}

QString Case::actor() {
    const QString investigator = settings().value(CaseSettings::Key::Investigator);
    if (!investigator.isEmpty())
        return investigator;
    const QString user = qEnvironmentVariable("USER");
    return user.isEmpty() ? QStringLiteral("investigator") : user;
}

void Case::audit(const QString& action, const QString& subject, const QJsonObject& detail) {
    AuditLog::append(*m_db, actor(), action, subject, detail);
}

} // namespace tessera
