#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace tessera {

/**
 * CSV for analysts' spreadsheets (the production's timeline.csv, exhibit-index.csv and the Timesketch timeline):
 * RFC 4180 quoting, UTF-8, LF line ends, and formula-injection neutralising after OWASP "CSV Injection": a text cell
 * whose first character is `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading apostrophe, so a spreadsheet
 * shows it as text instead of evaluating it. A plain decimal number (`-89.50`, `42`) is left as it is, so it stays a
 * number.
 */
class AnalystCsv {
public:
    /// True for a plain decimal number: an optional minus sign, digits, and an optional fraction ("-89.50").
    static bool isPlainNumber(const QString& cell);
    /// `cell` with a leading apostrophe when a spreadsheet would read it as a formula; numbers unchanged.
    static QString neutralise(const QString& cell);
    /// `cell` with control characters made visible (visibleControls: tab, LF and CR kept), neutralised, and quoted
    /// where RFC 4180 needs it (comma, quote, CR or LF).
    static QString field(const QString& cell);
    /// One CSV line (UTF-8, ending in LF) of the neutralised, quoted cells.
    static QByteArray line(const QStringList& cells);
};

} // namespace tessera
