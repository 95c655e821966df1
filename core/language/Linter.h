// Fast trauma-informed language linter (DESIGN §8): one precompiled token trie over every active rule's phrases.
#pragma once

#include "language/LanguageRules.h"

#include <QStringView>
#include <QVector>

#include <memory>

namespace tessera::language {

/// One finding. Offsets are half-open [start, end): `start`/`end` in UTF-16 code units (QString indices, for
/// editors), `startCodePoint`/`endCodePoint` in Unicode code points (for the CLI's JSON and other languages).
struct Finding {
    qsizetype start = 0, end = 0;
    qsizetype startCodePoint = 0, endCodePoint = 0;
    QString text;        ///< the words found, as written (a line break inside a phrase is kept)
    QString ruleId;
    QString category;
    QStringList suggestions;
    QString why;
    QString source;      ///< the guide behind the rule (field-research.md §2)
    Severity severity = Severity::Warning; ///< after quote handling
    bool inQuote = false; ///< inside quotation marks: someone's own words
};

/// Result of checkRange(): the paragraph-aligned range that was re-checked and its findings (absolute offsets).
/// An editor replaces its findings in [from, to) (UTF-16) with `findings`.
struct RangeResult {
    qsizetype from = 0, to = 0;
    QVector<Finding> findings;
};

/// Precompiled linter for one rule set and one agency profile. Thread-safe for concurrent check() calls once built.
///
/// Matching: text is split into word tokens (letters and digits; an apostrophe between letters stays in the word,
/// ’ counts as '), lower-cased, and walked through a trie over words, so the cost is one hash look-up per word
/// whatever the number of rules. Words of a phrase may be separated by spaces, tabs, line breaks or hyphens, never
/// by punctuation. Paragraphs (separated by a blank line) are independent: quotes, context windows and citations
/// never reach across one, which is what makes checkRange() give exactly the findings check() gives.
///
/// Quotes: "…", “…”, «…» (closed within the paragraph) mark someone's own words; each rule's QuoteHandling applies.
/// Citations: a rule with keepInCitation stays silent when the match is part of a statute citation (a "§",
/// "U.S.C.", "Penal Code", "Stat.", "charged with", "violation of"… in the same sentence, within 120 characters
/// before or 60 after) or of an offense title in Title Case ("Promoting Prostitution of a Minor").
class Linter {
public:
    /// Compiles the active rules of `profile` (empty: the rules' default profile). Throws LanguageRulesError for an
    /// unknown profile name.
    explicit Linter(const LanguageRules& rules = LanguageRules::builtIn(), const QString& profile = QString());
    ~Linter();
    Linter(Linter&&) noexcept;
    Linter& operator=(Linter&&) noexcept;

    /// All findings in `text`, ordered by start; overlapping matches keep the earliest, then the longest.
    QVector<Finding> check(QStringView text) const;

    /// Incremental check for editors (per keystroke): widens [from, to) (UTF-16 offsets into the whole `text`) to the
    /// enclosing paragraphs and checks only those. Findings carry absolute offsets (code points counted from the
    /// start of `text`) and equal what check(text) reports inside the returned range. Cost: the paragraph(s) plus a
    /// code-point count of the prefix (about 1 µs per 10 KB).
    RangeResult checkRange(QStringView text, qsizetype from, qsizetype to) const;

    /// The profile compiled in, and how many rules are active under it.
    QString profile() const;
    int activeRuleCount() const;

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace tessera::language
