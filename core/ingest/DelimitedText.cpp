#include "ingest/DelimitedText.h"

#include "ingest/CsvReader.h"
#include "ingest/ValueParsers.h"

#include <QHash>
#include <QSet>

namespace tessera {

char DelimitedText::sniffDelimiter(const char* data, qint64 size) {
    const char candidates[] = {',', ';', '\t', '|'};
    char best = ',';
    double bestScore = 0;
    int bestFields = 1;
    for (const char d : candidates) {
        CsvReader reader(data, size, d);
        CsvReader::Row row;
        QHash<int, int> counts;
        int rows = 0;
        while (rows < 50 && reader.next(row)) {
            ++counts[static_cast<int>(row.fields.size())];
            ++rows;
        }
        if (rows == 0)
            continue;
        int modeFields = 1, modeCount = 0;
        for (auto it = counts.constBegin(); it != counts.constEnd(); ++it)
            if (it.value() > modeCount || (it.value() == modeCount && it.key() > modeFields)) {
                modeFields = it.key();
                modeCount = it.value();
            }
        if (modeFields < 2)
            continue;
        const double score = static_cast<double>(modeCount) / rows;
        if (score > bestScore + 1e-9 || (qAbs(score - bestScore) < 1e-9 && modeFields > bestFields)) {
            best = d;
            bestScore = score;
            bestFields = modeFields;
        }
    }
    return best;
}

bool DelimitedText::looksLikeHeader(const QVector<QByteArray>& first, const QVector<QVector<QByteArray>>& rest) {
    QSet<QByteArray> seen;
    for (const QByteArray& f : first) {
        const QByteArray t = f.trimmed();
        if (t.isEmpty())
            continue;
        if (values::looksLikeValue(t))
            return false;
        if (seen.contains(t))
            return false;
        seen.insert(t);
    }
    if (seen.isEmpty())
        return false;
    if (rest.isEmpty())
        return true;
    for (int col = 0; col < first.size(); ++col) {
        if (first[col].trimmed().isEmpty())
            continue;
        for (const auto& row : rest)
            if (col < row.size() && values::looksLikeValue(row[col]))
                return true;
    }
    // No column has values below it: a header only if the first row differs from every other row in shape.
    return false;
}

} // namespace tessera
