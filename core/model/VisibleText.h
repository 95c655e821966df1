#pragma once

#include <QString>

namespace tessera {

/// Which layout characters survive visibleControls(): none (a one-line summary) or tab, LF and CR (a quoted CSV cell,
/// a multi-line note).
enum class KeepLayout { None, TabAndLineBreaks };

/**
 * `text` with every control character made visible instead of written raw (a NUL byte in an imported cell must not
 * reach a summary, a CSV cell or a report: it truncates C strings, confuses spreadsheets and hides text).
 * C0 controls U+0000–U+001F become their Unicode Control Pictures U+2400–U+241F ("␀", "␉"), DEL U+007F becomes
 * "␡" (U+2421), and C1 controls U+0080–U+009F become "<U+0085>"-style text. With KeepLayout::TabAndLineBreaks tab,
 * LF and CR are kept. Natives are never passed through this: exhibits are produced byte-identical.
 */
QString visibleControls(const QString& text, KeepLayout keep = KeepLayout::None);

} // namespace tessera
