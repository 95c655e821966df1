#include "ingest/CsvReader.h"

namespace tessera {

CsvReader::CsvReader(const char* data, qint64 size, char delimiter) : m_data(data), m_size(size), m_delim(delimiter) {
    if (m_size >= 3 && static_cast<unsigned char>(m_data[0]) == 0xEF && static_cast<unsigned char>(m_data[1]) == 0xBB &&
        static_cast<unsigned char>(m_data[2]) == 0xBF)
        m_pos = 3;
}

bool CsvReader::next(Row& row) {
    for (;;) {
        if (m_pos >= m_size)
            return false;
        // Fields are rebuilt in place: a QByteArray the previous row left unshared keeps its buffer (no allocation).
        qsizetype nFields = 0;
        auto field = [&]() -> QByteArray& {
            if (nFields == row.fields.size())
                row.fields.append(QByteArray());
            QByteArray& f = row.fields[nFields];
            if (f.isDetached())
                f.resize(0);
            else
                f = QByteArray();
            return f;
        };
        QByteArray* current = &field();
        row.unterminatedQuote = false;
        row.lineNumber = m_line;
        const qint64 start = m_pos;
        bool inQuotes = false;
        bool fieldWasQuoted = false;
        bool endOfRow = false;
        while (m_pos < m_size && !endOfRow) {
            const char c = m_data[m_pos];
            if (inQuotes) {
                if (c == '"') {
                    if (m_pos + 1 < m_size && m_data[m_pos + 1] == '"') {
                        current->append('"');
                        m_pos += 2;
                        continue;
                    }
                    inQuotes = false;
                    ++m_pos;
                    continue;
                }
                if (c == '\n' || (c == '\r' && !(m_pos + 1 < m_size && m_data[m_pos + 1] == '\n')))
                    ++m_line;
                current->append(c);
                ++m_pos;
                continue;
            }
            if (c == '"' && current->isEmpty() && !fieldWasQuoted) {
                inQuotes = true;
                fieldWasQuoted = true;
                ++m_pos;
            } else if (c == m_delim) {
                ++nFields;
                current = &field();
                fieldWasQuoted = false;
                ++m_pos;
            } else if (c == '\n' || c == '\r') {
                ++m_pos;
                if (c == '\r' && m_pos < m_size && m_data[m_pos] == '\n')
                    ++m_pos;
                ++m_line;
                endOfRow = true;
            } else {
                // Fast path: copy a run of plain bytes at once.
                qint64 end = m_pos + 1;
                while (end < m_size) {
                    const char d = m_data[end];
                    if (d == m_delim || d == '\n' || d == '\r' || d == '"')
                        break;
                    ++end;
                }
                current->append(m_data + m_pos, static_cast<qsizetype>(end - m_pos));
                m_pos = end;
            }
        }
        row.unterminatedQuote = inQuotes;
        ++nFields;
        row.fields.resize(nFields);
        qint64 rawEnd = m_pos;
        while (rawEnd > start && (m_data[rawEnd - 1] == '\n' || m_data[rawEnd - 1] == '\r'))
            --rawEnd;
        if (row.raw.isDetached())
            row.raw.resize(0);
        else
            row.raw = QByteArray();
        row.raw.append(m_data + start, static_cast<qsizetype>(rawEnd - start));
        if (row.fields.size() == 1 && row.fields.first().isEmpty() && !fieldWasQuoted)
            continue; // blank line
        return true;
    }
}

} // namespace tessera
