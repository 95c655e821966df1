#pragma once

#include <QByteArray>
#include <QVector>

namespace tessera {

/**
 * Layout detection for delimited text (issue 6 point 1): which delimiter, and whether the first row is a header.
 * Works on decoded UTF-8 bytes (TextDecoder) through CsvReader, so quoted delimiters and embedded newlines do not
 * mislead it.
 */
class DelimitedText {
public:
    /// The delimiter among `,` `;` tab `|` that splits the first rows (up to 50) into the most consistent number of
    /// fields greater than one; ties go to the larger field count, then to that order. `,` when none splits.
    static char sniffDelimiter(const char* data, qint64 size);
    /// True when `first` reads as a header above `rest`: no cell of it reads as a value (number, amount, date or
    /// time; values::looksLikeValue), its non-empty cells are distinct, and — when there are data rows — some column
    /// holds a value below a non-value name.
    static bool looksLikeHeader(const QVector<QByteArray>& first, const QVector<QVector<QByteArray>>& rest);
};

} // namespace tessera
