#include "model/ReceivedTime.h"

#include "case/Case.h"
#include "case/CaseError.h"
#include "model/ExhibitRepository.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "time/Edtf.h"
#include "time/TimeFormat.h"

#include <QJsonObject>

namespace tessera {
namespace {

const char* kSelect = "SELECT r.id, r.exhibit_id, r.lower_utc, r.upper_utc, r.precision, r.edtf, r.time_basis, r.reason, "
                      "r.recorded_by, r.recorded_utc, x.created_utc FROM exhibit_received_correction r "
                      "JOIN exhibit x ON x.id = r.exhibit_id ";

ReceivedTimeCorrection fromRow(const Statement& s) {
    ReceivedTimeCorrection r;
    r.id = s.int64(0);
    r.exhibitId = s.int64(1);
    r.lowerUtcUs = s.int64(2);
    r.upperUtcUs = s.int64(3);
    r.precision = s.text(4);
    r.edtf = s.text(5);
    r.timeBasis = s.text(6);
    r.reason = s.text(7);
    r.recordedBy = s.text(8);
    r.recordedUtcUs = s.int64(9);
    r.enteredUtcUs = s.int64(10);
    return r;
}

} // namespace

qint64 ReceivedTime::correct(Case& c, qint64 exhibitId, const QString& when, const QString& reason) {
    Database& db = c.db();
    const auto exhibit = ExhibitRepository::get(db, exhibitId);
    if (!exhibit)
        throw CaseError(ErrorKind::Usage, QStringLiteral("--exhibit: no exhibit with id %1").arg(exhibitId));
    if (reason.trimmed().isEmpty())
        throw CaseError(ErrorKind::Usage, QStringLiteral("--reason: say why the time the exhibit entered the case is not "
                                                         "when it was received"));
    const QString zone = c.settings().value(CaseSettings::Key::DisplayZone);
    const EdtfResult parsed = parseEdtf(when, zone, false);
    if (!parsed.ok())
        throw CaseError(ErrorKind::Usage, QStringLiteral("--when: %1").arg(parsed.error));
    const TimeSpan& span = *parsed.span;
    const qint64 now = currentUtcUs();
    if (span.lowerUtcUs > now)
        throw CaseError(ErrorKind::Usage, QStringLiteral("--when: is in the future"));
    Transaction tx(db);
    Statement ins = db.prepare("INSERT INTO exhibit_received_correction(exhibit_id, lower_utc, upper_utc, precision, "
                               "edtf, time_basis, reason, recorded_by, recorded_utc) VALUES (?,?,?,?,?,?,?,?,?)");
    ins.bind(1, exhibitId)
        .bind(2, span.lowerUtcUs)
        .bind(3, span.upperUtcUs)
        .bind(4, timePrecisionName(span.precision))
        .bind(5, span.edtf.isEmpty() ? when.trimmed() : span.edtf)
        .bind(6, zone)
        .bindText(7, reason.trimmed())
        .bindText(8, c.actor())
        .bind(9, now);
    ins.exec();
    const qint64 id = db.lastInsertRowId();
    ExhibitRepository::addCustody(db, exhibitId, QStringLiteral("received time corrected"), c.actor(),
                                  QStringLiteral("received %1, not when it entered the case (%2); reason: %3")
                                      .arg(onOrAbout(span, zone),
                                           formatLocal(exhibit->createdUtc, zone, TimePrecision::Second),
                                           reason.trimmed()));
    c.audit(QStringLiteral("exhibit.received-time"), QStringLiteral("exhibit:%1").arg(exhibitId),
            QJsonObject{{QStringLiteral("correction_id"), id},
                        {QStringLiteral("lower_utc"), formatIsoUtc(span.lowerUtcUs)},
                        {QStringLiteral("upper_utc"), formatIsoUtc(span.upperUtcUs)}});
    tx.commit();
    return id;
}

std::optional<ReceivedTimeCorrection> ReceivedTime::latest(Database& db, qint64 exhibitId) {
    Statement s = db.prepare((QByteArray(kSelect) + "WHERE r.exhibit_id = ? ORDER BY r.id DESC LIMIT 1").constData());
    s.bind(1, exhibitId);
    if (!s.step())
        return std::nullopt;
    return fromRow(s);
}

QHash<qint64, ReceivedTimeCorrection> ReceivedTime::latestAll(Database& db) {
    QHash<qint64, ReceivedTimeCorrection> out;
    Statement s = db.prepare((QByteArray(kSelect) + "ORDER BY r.id").constData());
    while (s.step())
        out.insert(s.int64(1), fromRow(s)); // later rows replace earlier ones
    return out;
}

QString ReceivedTime::describe(const ReceivedTimeCorrection& r, const QString& displayZone) {
    TimeSpan span;
    span.lowerUtcUs = r.lowerUtcUs;
    span.upperUtcUs = r.upperUtcUs;
    span.precision = timePrecisionFromName(r.precision);
    span.edtf = r.edtf;
    return QStringLiteral("%1 (corrected; entered in the case %2)")
        .arg(onOrAbout(span, displayZone), formatLocal(r.enteredUtcUs, displayZone, TimePrecision::Day));
}

} // namespace tessera
