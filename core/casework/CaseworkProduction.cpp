#include "casework/CaseworkProduction.h"

#include "case/CaseError.h"
#include "casework/LegalProcessRepository.h"
#include "casework/NoteRepository.h"
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
                                            const QHash<qint64, QString>& batesOf) {
    QVector<QPair<QString, QString>> files;
    QByteArray notes = "note_id,version,about,author,written_utc,text,withdrawn\n";
    for (const Note& n : NoteRepository::list(db))
        for (const NoteVersion& v : n.versions)
            notes += QByteArray::number(n.id) + ',' + QByteArray::number(v.version) + ',' + csv(n.about.text()) + ',' +
                     csv(redactor.redact(v.author)) + ',' + formatIsoUtc(v.createdUtcUs).toUtf8() + ',' +
                     csv(redactor.redact(v.text)) + ',' + (n.withdrawn ? "yes" : "") + '\n';
    save(folder + QStringLiteral("/notes.csv"), notes);
    files.append({QStringLiteral("notes.csv"), QStringLiteral("notes")});

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

QStringList summary(Database& db) {
    QStringList out;
    const qint64 versions = db.scalar("SELECT count(*) FROM note_version");
    if (versions > 0)
        out << QStringLiteral("Every version of every investigator note (%1 versions of %2 notes) is produced in notes.csv.")
                   .arg(versions)
                   .arg(db.scalar("SELECT count(*) FROM note"));
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
