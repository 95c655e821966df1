#pragma once

#include <QByteArray>
#include <QString>
#include <QVector>

namespace tessera {

/**
 * A streaming reader of delimited text (RFC 4180): quoted fields with embedded delimiters, doubled quotes and
 * newlines; LF, CRLF and CR line endings; a UTF-8 byte-order mark is skipped. Works over an in-memory or
 * memory-mapped byte range that outlives the reader. Fields are returned as raw bytes; decoding is the caller's.
 */
class CsvReader {
public:
    /// One row: its 1-based line number where it starts, its fields, and its raw bytes (for the row hash).
    struct Row {
        qint64 lineNumber = 0;
        QVector<QByteArray> fields;
        QByteArray raw;
        bool unterminatedQuote = false; ///< the file ended inside a quoted field
    };

    CsvReader(const char* data, qint64 size, char delimiter);
    /// Reads the next row; returns false at the end. Blank lines are skipped.
    bool next(Row& row);
    /// Bytes consumed so far (for progress).
    qint64 position() const { return m_pos; }

private:
    const char* m_data;
    qint64 m_size;
    qint64 m_pos = 0;
    qint64 m_line = 1;
    char m_delim;
};

} // namespace tessera
