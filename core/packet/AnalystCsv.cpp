#include "packet/AnalystCsv.h"

#include "model/VisibleText.h"

namespace tessera {

bool AnalystCsv::isPlainNumber(const QString& cell) {
    int i = 0;
    const int n = int(cell.size());
    if (i < n && cell[i] == QLatin1Char('-'))
        ++i;
    const int digitsStart = i;
    while (i < n && cell[i] >= QLatin1Char('0') && cell[i] <= QLatin1Char('9'))
        ++i;
    if (i == digitsStart)
        return false;
    if (i < n && cell[i] == QLatin1Char('.')) {
        const int fractionStart = ++i;
        while (i < n && cell[i] >= QLatin1Char('0') && cell[i] <= QLatin1Char('9'))
            ++i;
        if (i == fractionStart)
            return false;
    }
    return i == n;
}

QString AnalystCsv::neutralise(const QString& cell) {
    if (cell.isEmpty() || isPlainNumber(cell))
        return cell;
    const QChar first = cell.front();
    if (first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('-') || first == QLatin1Char('@') ||
        first == QLatin1Char('\t') || first == QLatin1Char('\r'))
        return QLatin1Char('\'') + cell;
    return cell;
}

QString AnalystCsv::field(const QString& cell) {
    QString s = neutralise(visibleControls(cell, KeepLayout::TabAndLineBreaks));
    if (s.contains(QLatin1Char(',')) || s.contains(QLatin1Char('"')) || s.contains(QLatin1Char('\n')) ||
        s.contains(QLatin1Char('\r'))) {
        s.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        return QLatin1Char('"') + s + QLatin1Char('"');
    }
    return s;
}

QByteArray AnalystCsv::line(const QStringList& cells) {
    QStringList out;
    out.reserve(cells.size());
    for (const QString& c : cells)
        out << field(c);
    return out.join(QLatin1Char(',')).toUtf8() + '\n';
}

} // namespace tessera
