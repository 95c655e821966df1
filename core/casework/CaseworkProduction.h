#pragma once

#include <QHash>
#include <QPair>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QVector>

namespace tessera {

class Database;
class ProtectedIdentityRedactor;

/**
 * The casework part of a discovery production (issue 10), kept apart from ProductionBuilder so the builder only calls
 * it: every version of every investigator note (notes are discoverable: DESIGN §4, §10) as `notes.csv`, with protected
 * identities replaced by the marked pseudonym; every signed version of every investigator report and each report's
 * current unsigned draft as `reports.csv` (version, status, signer, time signed, SHA-256 of the signed text; issue 5
 * point 5); and the records quarantined as outside a legal process's scope as
 * `quarantine.csv` (exhibit, Bates number of the native, row, process, reason) for the prosecutor, who decides on them.
 */
namespace CaseworkProduction {

/**
 * Writes the files into `folder` (through QSaveFile) and returns each one's path relative to it and its manifest role
 * ("notes", "reports", "quarantine"). `batesOf` maps exhibit ids to the Bates number of their produced native. `notes.csv` and
 * `reports.csv` are always written (a header alone when there are none); `quarantine.csv` only when records are quarantined.
 * Throws CaseError(Internal) when a file cannot be written.
 */
QVector<QPair<QString, QString>> writeFiles(Database& db, const ProtectedIdentityRedactor& redactor, const QString& folder,
                                            const QHash<qint64, QString>& batesOf,
                                            const QSet<QPair<qint64, int>>* onlyNoteVersions = nullptr);
/// Whether a report version was signed after `utcUs` (UTC µs): new material for a supplemental production.
bool reportSignedSince(Database& db, qint64 utcUs);
/// Summary paragraphs for the report: the notes, the reports and the quarantined records, when there are any. With
/// `onlyNoteVersions` (a supplemental production) the notes paragraph counts those (note id, version) pairs.
QStringList summary(Database& db, const QSet<QPair<qint64, int>>* onlyNoteVersions = nullptr);

} // namespace CaseworkProduction
} // namespace tessera
