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
    QByteArray text;     ///< the whole file as UTF-8 (no byte-order mark); raw data over the mapped file when mapped
    QStringList extraWarnings;
    /// True when `text` lies in a read-only memory-mapped file (RecordImporter, UTF-8 input): release() may then drop
    /// the pages behind the reader from this process.
    bool textIsMapped = false;
    /// Reports progress (`done`: bytes of `text` read) and releases the mapped pages before it; throws the cancel
    /// error when the caller cancels.
    void progress(qint64 done) const;
    /// Drops the whole pages of a mapped `text` before byte `done` from this process's resident memory (Linux
    /// madvise MADV_DONTNEED on a shared read-only file mapping: they stay in the page cache and are read again if
    /// touched, so nothing a reader holds is lost). A no-op for text on the heap. Keeps resident memory from growing
    /// with the size of the file (issue 6 point 6); a reader's later pass just maps the pages in again.
    void release(qint64 done) const;
    mutable qint64 released = 0; ///< bytes of `text` released so far (release())
};

/// One line of decoded text: its 1-based number and its bytes (without the line end).
struct Line {
    qint64 number = 0;
    QByteArray text;
};

/**
 * The lines of a decoded text one at a time (CR, LF or CRLF ends), each with its 1-based number, without splitting the
 * whole text first: memory stays that of one line however many records the file holds. After the last line end
 * there is one more (possibly empty) line, as a split would give.
 */
class LineCursor {
public:
    explicit LineCursor(const QByteArray& text) : m_text(text) {}
    /// The next line; false at the end of the text.
    bool next(Line& out);
    /// Bytes of the text read so far (for progress).
    qsizetype position() const { return m_pos; }

private:
    const QByteArray& m_text;
    qsizetype m_pos = 0;
    qint64 m_number = 0;
    bool m_done = false;
};

/**
 * Content lines of vCard and iCalendar one at a time over a LineCursor: a line starting with a space or tab continues
 * the one before (RFC 5545 §3.1, RFC 6350 §3.2); with `joinQuotedPrintableSoftBreaks` (vCard 2.1), a line naming
 * QUOTED-PRINTABLE that ends in '=' is first joined with the lines after it (RFC 2045 §6.7 soft line breaks). A
 * logical line keeps the number of its first physical line.
 */
class UnfoldedLines {
public:
    UnfoldedLines(const QByteArray& text, bool joinQuotedPrintableSoftBreaks)
        : m_cursor(text), m_joinQp(joinQuotedPrintableSoftBreaks) {}
    /// The next logical line; false at the end of the text.
    bool next(Line& out);
    /// Bytes of the text read so far (for progress).
    qsizetype position() const { return m_cursor.position(); }

private:
    bool take(Line& out);
    LineCursor m_cursor;
    bool m_joinQp;
    bool m_hasPending = false;
    Line m_pending;
};

/// Drops the whole pages of the mapped bytes `mapped` between `released` and 1 MiB before `done` from this process's
/// resident memory, every 4 MiB (Linux: madvise MADV_DONTNEED on a shared read-only file mapping — the pages stay in
/// the page cache and are read again if touched, so the bytes never change); updates `released`. No-op elsewhere.
void releaseMapped(QByteArrayView mapped, qint64& released, qint64 done);

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
