#include "casework/CaseworkProduction.h"

#include "case/CaseError.h"
#include "casework/LegalProcessRepository.h"
#include "casework/NoteRepository.h"
#include "casework/ReportRepository.h"
#include "casework/ReturnScope.h"
#include "packet/AnalystCsv.h"
#include "packet/ProtectedIdentityRedactor.h"
#include "storage/Database.h"
#include "time/TimeFormat.h"

#include <QSaveFile>

namespace tessera::CaseworkProduction {
namespace {

/// One RFC 4180 cell, formula-neutralised like every CSV in a production (AnalystCsv: a note may start with "=").
QByteArray csv(const QString& s) { return AnalystCsv::field(s).toUtf8(); }

void save(const QString& path, const QByteArray& bytes) {
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit())
        throw CaseError(ErrorKind::Internal, QStringLiteral("%1: cannot write (%2)").arg(path, f.errorString()));
}

} // namespace

QVector<QPair<QString, QString>> writeFiles(Database& db, const ProtectedIdentityRedactor& redactor, const QString& folder,
                                            const QHash<qint64, QString>& batesOf,
                                            const QSet<QPair<qint64, int>>* onlyNoteVersions) {
    QVector<QPair<QString, QString>> files;
    QByteArray notes = "note_id,version,about,author,written_utc,text\n";
    for (const Note& n : NoteRepository::list(db))
        for (const NoteVersion& v : n.versions)
            if (!onlyNoteVersions || onlyNoteVersions->contains({n.id, v.version}))
                notes += QByteArray::number(n.id) + ',' + QByteArray::number(v.version) + ',' + csv(n.about.text()) +
                         ',' + csv(redactor.redact(v.author)) + ',' + formatIsoUtc(v.createdUtcUs).toUtf8() + ',' +
                         csv(redactor.redact(v.text)) + '\n';
    save(folder + QStringLiteral("/notes.csv"), notes);
    files.append({QStringLiteral("notes.csv"), QStringLiteral("notes")});

    // Reports (issue 5 point 5): every signed version, frozen, with signer, time and the SHA-256 of the signed text;
    // and the current unsigned draft, marked as one, as notes are produced in every saved version (DESIGN §10: notes
    // and reports are discoverable). `redacted` says whether protected identities were replaced in this copy, in
    // which case the text here no longer hashes to sha256 (the hash is of the signed text held in the case).
    QByteArray reports = "report_id,title,version,status,author,saved_utc,signed_by,signed_utc,sha256,redacted,text\n";
    for (const Report& r : ReportRepository::list(db))
        for (const ReportVersion& v : r.versions) {
            const QString text = redactor.redact(v.text);
            reports += QByteArray::number(r.id) + ',' + csv(redactor.redact(r.title)) + ',' +
                       QByteArray::number(v.version) + ',' + (v.isSigned() ? "signed" : "draft (unsigned)") + ',' +
                       csv(redactor.redact(v.author)) + ',' + formatIsoUtc(v.savedUtcUs).toUtf8() + ',' +
                       csv(redactor.redact(v.signedBy)) + ',' +
                       (v.isSigned() ? formatIsoUtc(v.signedUtcUs).toUtf8() : QByteArray()) + ',' + v.sha256.toUtf8() +
                       ',' + (text == v.text ? "no" : "yes") + ',' + csv(text) + '\n';
        }
    save(folder + QStringLiteral("/reports.csv"), reports);
    files.append({QStringLiteral("reports.csv"), QStringLiteral("reports")});

    const QVector<QuarantinedRecord> q = ReturnScope::list(db);
    if (!q.isEmpty()) {
        QHash<qint64, LegalProcess> processes;
        for (const LegalProcess& p : LegalProcessRepository::list(db))
            processes.insert(p.id, p);
        QByteArray out = "exhibit_id,native_bates,row,process_id,process,provider,reason\n";
        for (const QuarantinedRecord& r : q) {
            const LegalProcess p = processes.value(r.processId);
            out += QByteArray::number(r.exhibitId) + ',' + csv(batesOf.value(r.exhibitId)) + ',' +
                   QByteArray::number(r.rowNumber) + ',' + QByteArray::number(r.processId) + ',' +
                   csv(LegalProcessRepository::kindWords(p.kind)) + ',' + csv(redactor.redact(p.provider)) + ',' +
                   csv(r.reason) + '\n';
        }
        save(folder + QStringLiteral("/quarantine.csv"), out);
        files.append({QStringLiteral("quarantine.csv"), QStringLiteral("quarantine")});
    }
    return files;
}

bool reportSignedSince(Database& db, qint64 utcUs) {
    Statement s = db.prepare("SELECT count(*) FROM report_version WHERE signed_utc > ?");
    s.bind(1, utcUs);
    return s.step() && s.int64(0) > 0;
}

QStringList summary(Database& db, const QSet<QPair<qint64, int>>* onlyNoteVersions) {
    QStringList out;
    if (onlyNoteVersions) {
        if (!onlyNoteVersions->isEmpty())
            out << QStringLiteral("The %1 note version(s) written since the last production are produced in notes.csv; "
                                  "earlier versions were produced before.")
                       .arg(onlyNoteVersions->size());
    }
    const qint64 versions = onlyNoteVersions ? 0 : db.scalar("SELECT count(*) FROM note_version");
    if (versions > 0)
        out << QStringLiteral("Every version of every investigator note (%1 versions of %2 notes) is produced in notes.csv.")
                   .arg(versions)
                   .arg(db.scalar("SELECT count(*) FROM note"));
    const qint64 signedVersions = db.scalar("SELECT count(*) FROM report_version WHERE signed_utc IS NOT NULL");
    const qint64 drafts = db.scalar("SELECT count(*) FROM report_version WHERE signed_utc IS NULL");
    if (signedVersions + drafts > 0)
        out << QStringLiteral("Investigator reports are produced in reports.csv: every signed version (%1), frozen when "
                              "signed, with the signer, the time signed and the SHA-256 of the signed text; and each "
                              "report's current unsigned draft (%2), marked as a draft.")
                   .arg(signedVersions)
                   .arg(drafts);
    const qint64 quarantined = db.scalar("SELECT count(*) FROM record_quarantine");
    if (quarantined > 0)
        out << QStringLiteral("%1 records returned under legal process fall outside that process's scope (identifiers or "
                              "time window). They are quarantined: left out of the timeline, the chart and every other "
                              "document derived here, and listed by exhibit and row in quarantine.csv for the prosecutor "
                              "to decide on. The native returns are produced as received.")
                   .arg(quarantined);
    return out;
}

} // namespace tessera::CaseworkProduction
