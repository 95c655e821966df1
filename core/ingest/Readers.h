#pragma once

// Internal to ingest: the readers RecordImporter dispatches to. Each reads decoded UTF-8 text and writes through the
// ImportSession in `ctx`; rows it cannot read go to the reject report; it throws CaseError BadInput only for a file
// that cannot be read as its format at all (nothing is written then: the session's transaction rolls back).

#include "ingest/ImportProfile.h"
#include "ingest/ImportSession.h"

#include <QByteArray>
#include <QHash>
#include <QString>

namespace tessera::readers {

struct Context {
    const ImportProfile& profile;
    const ImportOptions& options;
    ImportResult& result;
    RecordSink& session;   ///< the case (ImportSession) or a counter (fuzz targets)
    QString fileName;
    QString region;      ///< default region for phone numbers
    QString subscriber;  ///< normalised subscriber, may be empty
    QByteArray text;     ///< the whole file as UTF-8 (no byte-order mark)
    QStringList extraWarnings;
    /// Reports progress; throws the cancel error when the caller cancels.
    void progress(qint64 done) const;
};

/// A phone-or-handle identifier, normalised; flags invalid or ambiguous numbers.
SourceIdentifier identifier(const QString& kind, const QString& raw, const QString& region, const QString& label = {});

void readTable(Context& ctx);
/// The column each field of a table profile comes from, by `mapping` first, then the profile's header names; -1 when
/// not found. Throws CaseError BadInput for a mapped column that is not in the file.
QHash<QString, int> mapColumns(const ImportProfile& profile, const QList<QPair<QString, QString>>& mapping,
                               const QVector<QByteArray>& header, bool hasHeader, const QString& fileName);
/// True when `firstRow` names every column `profile` requires (by its header aliases): then it is a header row even
/// when no row below has readable values (every date bad), so such a file is rejected row by row, not as a misfit.
bool namesRequiredColumns(const ImportProfile& profile, const QVector<QByteArray>& firstRow);
void readOfx(Context& ctx);
void readTimesketchJsonl(Context& ctx);
void readVCard(Context& ctx);
void readICalendar(Context& ctx);
void readEml(Context& ctx);
void readGpx(Context& ctx);

} // namespace tessera::readers
