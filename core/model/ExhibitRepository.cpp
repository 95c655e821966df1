#include "model/ExhibitRepository.h"

#include "case/Case.h"
#include "case/CaseError.h"
#include "crypto/Sodium.h"
#include "storage/Database.h"
#include "time/TimeFormat.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>

namespace tessera {
namespace {

Exhibit readExhibit(Statement& s) {
    Exhibit e;
    e.id = s.int64(0);
    e.kind = s.text(1);
    e.title = s.text(2);
    e.originalFileName = s.text(3);
    e.sha256 = s.text(4);
    e.sizeBytes = s.int64(5);
    e.victimSourced = s.int64(6) != 0;
    e.provenance = s.text(7);
    e.authenticationMethod = s.text(8);
    e.authenticationDetail = s.text(9);
    e.authenticationVictimDependent = s.int64(10) != 0;
    e.importProfile = s.text(11);
    e.timeBasis = s.text(12);
    e.timeBasisAssumed = s.int64(13) != 0;
    e.subscriber = s.text(14);
    e.recordCount = s.int64(15);
    e.flaggedCount = s.int64(16);
    e.rejectedCount = s.int64(17);
    e.createdUtc = s.int64(18);
    return e;
}
constexpr const char* kSelect =
    "SELECT id, kind, title, original_file_name, sha256, size_bytes, victim_sourced, provenance, "
    "authentication_method, authentication_detail, authentication_victim_dependent, import_profile, time_basis, "
    "time_basis_assumed, subscriber, record_count, flagged_count, rejected_count, created_utc FROM exhibit ";
} // namespace

void ExhibitRepository::requireRegularFile(const QString& path) {
    const QFileInfo info(path); // stat(2), following links; a FIFO is never opened here
    if (!info.exists())
        throw CaseError(ErrorKind::BadInput, QStringLiteral("%1: no such file").arg(path));
    if (info.isDir())
        throw CaseError(ErrorKind::BadInput, QStringLiteral("%1: is a folder, not a file").arg(path));
    if (!info.isFile())
        throw CaseError(ErrorKind::BadInput, QStringLiteral("%1: not a regular file (a named pipe, device or socket); "
                                                            "nothing was read")
                                                 .arg(path));
}

QPair<QString, qint64> ExhibitRepository::hashFile(const QString& path) {
    requireRegularFile(path);
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw CaseError(ErrorKind::BadInput, QStringLiteral("%1: cannot read the file (%2)").arg(path, f.errorString()));
    QString err;
    const QByteArray digest = sha256Of(f, &err);
    if (digest.isEmpty())
        throw CaseError(ErrorKind::BadInput, QStringLiteral("%1: read error (%2)").arg(path, err));
    return {QString::fromLatin1(digest.toHex()), f.size()};
}

std::optional<qint64> ExhibitRepository::findBySha256(Database& db, const QString& sha256Hex) {
    Statement s = db.prepare("SELECT id FROM exhibit WHERE sha256 = ?");
    s.bind(1, sha256Hex);
    if (s.step())
        return s.int64(0);
    return std::nullopt;
}

qint64 ExhibitRepository::insertFromFile(Case& c, const QString& path, const NewExhibit& meta,
                                         const QString& expectedSha256Hex) {
    Database& db = c.db();
    requireRegularFile(path);
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw CaseError(ErrorKind::BadInput, QStringLiteral("%1: cannot read the file (%2)").arg(path, f.errorString()));
    const QString fileName = QFileInfo(path).fileName();
    Statement ins = db.prepare(
        "INSERT INTO exhibit(kind, title, original_file_name, sha256, size_bytes, victim_sourced, obtained_utc, "
        "provenance, import_profile, time_basis, time_basis_assumed, subscriber, created_utc) "
        "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)");
    const qint64 now = currentUtcUs();
    ins.bind(1, meta.kind)
        .bind(2, meta.title.isEmpty() ? fileName : meta.title)
        .bind(3, fileName)
        .bind(4, expectedSha256Hex)
        .bind(5, f.size())
        .bind(6, meta.victimSourced)
        .bind(7, now)
        .bindText(8, meta.provenance)
        .bind(9, meta.importProfile.isEmpty() ? QString() : meta.importProfile)
        .bind(10, meta.timeBasis.isEmpty() ? QString() : meta.timeBasis)
        .bind(11, meta.timeBasisAssumed)
        .bind(12, meta.subscriber.isEmpty() ? QString() : meta.subscriber)
        .bind(13, now);
    ins.exec();
    const qint64 id = db.lastInsertRowId();
    Statement chunk = db.prepare("INSERT INTO exhibit_chunk(exhibit_id, seq, data) VALUES (?,?,?)");
    Sha256Stream hash;
    qint64 seq = 0;
    for (;;) {
        const QByteArray data = f.read(kChunkBytes);
        if (data.isEmpty()) {
            if (f.error() != QFileDevice::NoError)
                throw CaseError(ErrorKind::BadInput, QStringLiteral("%1: read error (%2)").arg(path, f.errorString()));
            break;
        }
        hash.add(data);
        chunk.bind(1, id).bind(2, seq++).bind(3, data);
        chunk.exec();
    }
    if (QString::fromLatin1(hash.finish().toHex()) != expectedSha256Hex)
        throw CaseError(ErrorKind::BadInput,
                        QStringLiteral("%1: the file changed while it was being imported; nothing was saved").arg(path));
    addCustody(db, id, QStringLiteral("received"), c.actor(),
               QStringLiteral("stored in the case as received, SHA-256 %1").arg(expectedSha256Hex));
    return id;
}

void ExhibitRepository::setCounts(Database& db, qint64 id, qint64 records, qint64 flagged, qint64 rejected) {
    Statement s = db.prepare("UPDATE exhibit SET record_count = ?, flagged_count = ?, rejected_count = ? WHERE id = ?");
    s.bind(1, records).bind(2, flagged).bind(3, rejected).bind(4, id);
    s.exec();
}

void ExhibitRepository::setTimeBasis(Database& db, qint64 id, const QString& basis, bool assumed) {
    Statement s = db.prepare("UPDATE exhibit SET time_basis = ?, time_basis_assumed = ? WHERE id = ?");
    s.bind(1, basis).bind(2, assumed ? 1 : 0).bind(3, id);
    s.exec();
}

QVector<Exhibit> ExhibitRepository::list(Database& db) {
    QVector<Exhibit> out;
    Statement s = db.prepare((QByteArray(kSelect) + "WHERE withdrawn = 0 ORDER BY id").constData());
    while (s.step())
        out.append(readExhibit(s));
    return out;
}

std::optional<Exhibit> ExhibitRepository::get(Database& db, qint64 id) {
    Statement s = db.prepare((QByteArray(kSelect) + "WHERE id = ?").constData());
    s.bind(1, id);
    if (s.step())
        return readExhibit(s);
    return std::nullopt;
}

void ExhibitRepository::writeNative(Database& db, qint64 id, QIODevice& out, const std::atomic<bool>* cancel) {
    const auto e = get(db, id);
    if (!e)
        throw CaseError(ErrorKind::Usage, QStringLiteral("no exhibit %1").arg(id));
    Statement s = db.prepare("SELECT data FROM exhibit_chunk WHERE exhibit_id = ? ORDER BY seq");
    s.bind(1, id);
    Sha256Stream hash;
    while (s.step()) {
        if (cancel && cancel->load())
            throw CaseError(ErrorKind::Internal, QStringLiteral("interrupted while writing exhibit %1").arg(id));
        const QByteArray data = s.blob(0);
        hash.add(data);
        if (out.write(data) != data.size())
            throw CaseError(ErrorKind::Internal, QStringLiteral("writing exhibit %1 failed (%2)").arg(id).arg(out.errorString()));
    }
    if (QString::fromLatin1(hash.finish().toHex()) != e->sha256)
        throw CaseError(ErrorKind::Damaged,
                        QStringLiteral("exhibit %1: the stored native does not match its SHA-256").arg(id));
}

void ExhibitRepository::addCustody(Database& db, qint64 exhibitId, const QString& action, const QString& actor,
                                   const QString& detail) {
    Statement s = db.prepare("INSERT INTO custody_entry(exhibit_id, utc, action, actor, detail) VALUES (?,?,?,?,?)");
    s.bind(1, exhibitId).bind(2, currentUtcUs()).bindText(3, action).bindText(4, actor).bindText(5, detail);
    s.exec();
}

QStringList ExhibitRepository::custody(Database& db, qint64 exhibitId) {
    QStringList out;
    Statement s = db.prepare("SELECT utc, action, actor, detail FROM custody_entry WHERE exhibit_id = ? ORDER BY id");
    s.bind(1, exhibitId);
    while (s.step())
        out << QStringLiteral("%1 — %2 — by %3 — %4").arg(formatIsoUtc(s.int64(0)), s.text(1), s.text(2), s.text(3));
    return out;
}

} // namespace tessera
