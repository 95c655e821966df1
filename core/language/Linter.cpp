#include "language/Linter.h"

#include <algorithm>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace tessera::language {
namespace {

struct Node {
    std::unordered_map<int, int> next; // word id → node
    std::vector<int> rules;            // rules whose phrase ends here
};

struct CompiledRule {
    std::unordered_set<int> before, notBefore, after, notAfter, near, notNear;
    bool needBefore = false, needAfter = false, needNear = false;
};

struct Token {
    qsizetype s, e; // UTF-16, absolute
    int id;         // vocabulary id, -1 when the word is in no rule
    int para;       // paragraph number within the scanned range
    int sent;       // sentence number within the scanned range (context windows stay inside one)
    bool gapBreak;  // the gap before this token holds punctuation (a phrase cannot span it)
    bool sentenceStart;
    bool inQuote;
};

struct Candidate {
    qsizetype s, e;
    int first, last; // token indices
    int rule;
    bool inQuote;
};

inline bool isHighSurrogate(char16_t c) { return c >= 0xD800 && c < 0xDC00; }
inline bool isLowSurrogate(char16_t c) { return c >= 0xDC00 && c < 0xE000; }

inline bool isWordChar(const char16_t* p, qsizetype i, qsizetype n, int* len) {
    const char16_t c = p[i];
    *len = 1;
    if (c < 0x80)
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    if (isHighSurrogate(c) && i + 1 < n && isLowSurrogate(p[i + 1])) {
        *len = 2;
        return QChar::isLetterOrNumber(QChar::surrogateToUcs4(c, p[i + 1]));
    }
    return QChar::isLetterOrNumber(c);
}

inline bool isApostrophe(char16_t c) { return c == '\'' || c == 0x2019; }
inline bool isJoiner(char16_t c) { // may sit between the words of one phrase
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == 0xA0 || c == '-' || c == 0x2010 || c == 0x2011;
}

/// A sentence ends at . ! ? followed by white space and an upper-case letter, when the word before the stop is an
/// ordinary lower-case word (so "U.S.C. §" and initials do not end a sentence).
bool sentenceEndAt(QStringView t, qsizetype i) {
    if (i < 2 || i + 2 >= t.size())
        return false;
    const QChar c = t[i];
    if (c != QLatin1Char('.') && c != QLatin1Char('!') && c != QLatin1Char('?'))
        return false;
    if (!t[i + 1].isSpace())
        return false;
    qsizetype k = i + 1;
    while (k < t.size() && t[k].isSpace())
        ++k;
    if (k >= t.size() || !(t[k].isUpper() || t[k] == QLatin1Char('"') || t[k] == QChar(0x201C)))
        return false;
    return (t[i - 1].isLower() || t[i - 1].isDigit()) && (t[i - 2].isLower() || t[i - 2].isDigit());
}

} // namespace

struct Linter::Impl {
    QString profile;
    QVector<Rule> rules;
    std::vector<CompiledRule> compiled;
    std::unordered_map<std::u16string, int> vocab;
    std::vector<Node> nodes;
    std::unordered_set<int> smallWords; // lower-case words allowed in a Title Case offense name
    // Citation markers: first word → the word sequences that must follow it (an empty list: the word alone is one).
    std::unordered_map<int, std::vector<std::vector<int>>> citationWords;

    void addCitationMarker(const QString& phrase) {
        const QStringList words = phrase.split(QLatin1Char(' '));
        std::vector<int> rest;
        for (int i = 1; i < words.size(); ++i)
            rest.push_back(wordId(words[i], true));
        auto& list = citationWords[wordId(words[0], true)];
        if (rest.empty())
            list.clear(); // the word alone is a marker
        else
            list.push_back(rest);
    }

    int wordId(const QString& w, bool add) {
        const std::u16string key(reinterpret_cast<const char16_t*>(w.utf16()), size_t(w.size()));
        const auto it = vocab.find(key);
        if (it != vocab.end())
            return it->second;
        if (!add)
            return -1;
        const int id = int(vocab.size());
        vocab.emplace(key, id);
        return id;
    }

    std::unordered_set<int> idSet(const QStringList& words) {
        std::unordered_set<int> s;
        for (const QString& w : words)
            s.insert(wordId(w, true));
        return s;
    }

    void scan(QStringView text, qsizetype from, qsizetype to, QVector<Candidate>& out, std::vector<Token>& tokens,
              std::vector<qsizetype>& paraBounds) const;
    bool isCitation(QStringView text, const Candidate& c, const std::vector<Token>& tokens, qsizetype paraFrom, qsizetype paraTo) const;
    QVector<Finding> run(QStringView text, qsizetype from, qsizetype to) const;
    void runChunk(QStringView text, qsizetype from, qsizetype to, QVector<Finding>& out, std::vector<Token>& tokens) const;
};

Linter::Linter(const LanguageRules& rules, const QString& profile) : d(std::make_unique<Impl>()) {
    const QMap<QString, QString> choices = rules.resolveProfile(profile);
    d->profile = profile.isEmpty() ? rules.defaultProfile() : profile;
    d->nodes.emplace_back();
    for (const Rule& r : rules.rules()) {
        if (!LanguageRules::ruleActive(r, choices))
            continue;
        const int ri = static_cast<int>(d->rules.size());
        d->rules.append(r);
        for (const QStringList& words : r.expanded) {
            int node = 0;
            for (const QString& w : words) {
                const int id = d->wordId(w, true);
                const auto it = d->nodes[size_t(node)].next.find(id);
                if (it != d->nodes[size_t(node)].next.end()) {
                    node = it->second;
                } else {
                    d->nodes.emplace_back();
                    const int n = int(d->nodes.size()) - 1;
                    d->nodes[size_t(node)].next.emplace(id, n);
                    node = n;
                }
            }
            auto& rl = d->nodes[size_t(node)].rules;
            if (std::find(rl.begin(), rl.end(), ri) == rl.end())
                rl.push_back(ri);
        }
        CompiledRule c;
        c.before = d->idSet(r.conditions.before);
        c.notBefore = d->idSet(r.conditions.notBefore);
        c.after = d->idSet(r.conditions.after);
        c.notAfter = d->idSet(r.conditions.notAfter);
        c.near = d->idSet(r.conditions.near);
        c.notNear = d->idSet(r.conditions.notNear);
        c.needBefore = !c.before.empty();
        c.needAfter = !c.after.empty();
        c.needNear = !c.near.empty();
        d->compiled.push_back(std::move(c));
    }
    for (const char* w : {"of", "a", "an", "the", "in", "and", "by", "with", "for", "to", "on", "or"})
        d->smallWords.insert(d->wordId(QString::fromLatin1(w), true));
    // Words that mark a statute citation or a charge (besides the § sign): "U.S.C.", "Penal Code", "charged with"…
    for (const char* m : {"u s c", "usc", "c f r", "cfr", "penal code", "penal law", "stat", "stats", "code ann", "statute", "statutes",
                          "charged with", "charge of", "charges of", "charges a", "count of", "offense of", "offence of", "violation of",
                          "indicted for", "convicted of", "pursuant to", "offense title", "offence title", "crime of", "rev code", "ilcs"})
        d->addCitationMarker(QString::fromLatin1(m));
}

Linter::~Linter() = default;
Linter::Linter(Linter&&) noexcept = default;
Linter& Linter::operator=(Linter&&) noexcept = default;

QString Linter::profile() const { return d->profile; }
int Linter::activeRuleCount() const { return static_cast<int>(d->rules.size()); }

void Linter::Impl::scan(QStringView text, qsizetype from, qsizetype to, QVector<Candidate>& out, std::vector<Token>& tokens,
                        std::vector<qsizetype>& paraBounds) const {
    const char16_t* p = reinterpret_cast<const char16_t*>(text.utf16());
    tokens.clear();
    paraBounds.clear();
    paraBounds.push_back(from);
    std::u16string buf;
    buf.reserve(64);
    int para = 0, sent = 0;
    bool gapBreak = true, sentenceStart = true, inQuote = false;
    size_t quoteOpenedAt = 0;
    auto endParagraph = [&](qsizetype at) {
        if (inQuote) // an unclosed quote is not a quotation: clear the marks it set
            for (size_t k = quoteOpenedAt; k < tokens.size(); ++k)
                tokens[k].inQuote = false;
        inQuote = false;
        paraBounds.push_back(at);
        ++para;
        gapBreak = true;
        sentenceStart = true;
    };
    qsizetype i = from;
    while (i < to) {
        int len = 1;
        if (isWordChar(p, i, to, &len)) {
            const qsizetype s = i;
            buf.clear();
            while (i < to) {
                int l = 1;
                if (isWordChar(p, i, to, &l)) {
                    if (l == 1) {
                        const char16_t c = p[i];
                        if (c < 0x80)
                            buf.push_back((c >= 'A' && c <= 'Z') ? char16_t(c + 32) : c);
                        else
                            buf.push_back(char16_t(QChar::toLower(c)));
                    } else {
                        const char32_t u = QChar::toLower(QChar::surrogateToUcs4(p[i], p[i + 1]));
                        buf.push_back(QChar::highSurrogate(u));
                        buf.push_back(QChar::lowSurrogate(u));
                    }
                    i += l;
                } else if (isApostrophe(p[i]) && i + 1 < to && isWordChar(p, i + 1, to, &l)) {
                    buf.push_back(u'\'');
                    ++i;
                } else {
                    break;
                }
            }
            const auto it = vocab.find(buf);
            if (sentenceStart && !tokens.empty())
                ++sent;
            tokens.push_back(Token{s, i, it == vocab.end() ? -1 : it->second, para, sent, gapBreak, sentenceStart, inQuote});
            gapBreak = false;
            sentenceStart = false;
            continue;
        }
        const char16_t c = p[i];
        if (c == '\n') {
            qsizetype k = i + 1;
            while (k < to && (p[k] == ' ' || p[k] == '\t' || p[k] == '\r'))
                ++k;
            if (k < to && p[k] == '\n') {
                endParagraph(k + 1);
                i = k + 1;
                continue;
            }
        } else if (!isJoiner(c)) {
            gapBreak = true;
            if (c == '.' || c == '!' || c == '?')
                sentenceStart = true;
            if (c == '"') {
                inQuote = !inQuote;
                if (inQuote)
                    quoteOpenedAt = tokens.size();
            } else if (c == 0x201C || c == 0xAB) {
                if (!inQuote)
                    quoteOpenedAt = tokens.size();
                inQuote = true;
            } else if (c == 0x201D || c == 0xBB) {
                inQuote = false;
            }
        }
        i += len;
    }
    endParagraph(to);

    // Walk the trie from every token that starts a phrase.
    const Node& root = nodes[0];
    const size_t n = tokens.size();
    for (size_t t = 0; t < n; ++t) {
        if (tokens[t].id < 0)
            continue;
        auto it = root.next.find(tokens[t].id);
        if (it == root.next.end())
            continue;
        size_t j = t;
        int node = it->second;
        while (true) {
            for (int r : nodes[size_t(node)].rules)
                out.append(Candidate{tokens[t].s, tokens[j].e, int(t), int(j), r, tokens[t].inQuote});
            if (j + 1 >= n || tokens[j + 1].id < 0 || tokens[j + 1].gapBreak || tokens[j + 1].para != tokens[t].para)
                break;
            const auto nx = nodes[size_t(node)].next.find(tokens[j + 1].id);
            if (nx == nodes[size_t(node)].next.end())
                break;
            node = nx->second;
            ++j;
        }
    }
}

bool Linter::Impl::isCitation(QStringView text, const Candidate& c, const std::vector<Token>& tokens, qsizetype paraFrom,
                              qsizetype paraTo) const {
    // Offense title in Title Case: every word of the match capitalised (small words aside), and either two capitalised
    // words in the match or a capitalised word right before it in the same sentence.
    int capitals = 0;
    bool title = true;
    for (int k = c.first; k <= c.last; ++k) {
        const Token& tk = tokens[size_t(k)];
        if (text[tk.s].isUpper())
            ++capitals;
        else if (smallWords.count(tk.id) == 0 && text[tk.s].isLetter())
            title = false;
    }
    if (title && capitals > 0 && !tokens[size_t(c.first)].sentenceStart) {
        // The title goes on before the match: walk back over small words to a capitalised word inside the sentence.
        for (int k = c.first - 1; k >= 0; --k) {
            const Token& prev = tokens[size_t(k)];
            if (prev.para != tokens[size_t(c.first)].para || tokens[size_t(k) + 1].gapBreak)
                break;
            if (text[prev.s].isUpper()) {
                if (!prev.sentenceStart)
                    return true;
                break;
            }
            if (smallWords.count(prev.id) == 0)
                break;
        }
    }
    // Statute citation nearby, in the same sentence.
    qsizetype a = std::max(paraFrom, c.s - 120);
    for (qsizetype k = c.s - 1; k >= a; --k)
        if (sentenceEndAt(text, k)) {
            a = k + 1;
            break;
        }
    qsizetype b = std::min(paraTo, c.e + 60);
    for (qsizetype k = c.e; k < b; ++k)
        if (sentenceEndAt(text, k)) {
            b = k + 1;
            break;
        }
    for (qsizetype k = a; k < b; ++k)
        if (text[k] == QChar(0x00A7)) // §
            return true;
    // Marker words among the tokens of the window (one hash look-up each, done when the linter was built).
    int lo = c.first, hi = c.last;
    while (lo > 0 && tokens[size_t(lo - 1)].s >= a)
        --lo;
    while (size_t(hi) + 1 < tokens.size() && tokens[size_t(hi) + 1].e <= b)
        ++hi;
    for (int k = lo; k <= hi; ++k) {
        const int id = tokens[size_t(k)].id;
        if (id < 0)
            continue;
        const auto it = citationWords.find(id);
        if (it == citationWords.end())
            continue;
        if (it->second.empty())
            return true; // a marker on its own ("statute", "usc")
        const int next = k < hi ? tokens[size_t(k) + 1].id : -1;
        for (const std::vector<int>& seq : it->second) {
            bool ok = true;
            for (size_t m = 0; m < seq.size() && ok; ++m)
                ok = k + 1 + int(m) <= hi && tokens[size_t(k) + 1 + m].id == seq[m];
            if (ok)
                return true;
        }
        (void)next;
    }
    return false;
}

QVector<Finding> Linter::Impl::run(QStringView text, qsizetype from, qsizetype to) const {
    // Paragraphs are independent, so the text goes through in chunks of about 64 K code units that end at a paragraph
    // break: the token buffer stays small and warm in the cache whatever the size of the text.
    QVector<Finding> out;
    std::vector<Token> tokens;
    tokens.reserve(16384);
    constexpr qsizetype kChunk = qsizetype{64} * 1024;
    qsizetype a = from;
    while (a < to) {
        qsizetype b = a + kChunk;
        if (b >= to) {
            b = to;
        } else {
            // Extend to the end of a blank line ("\n[ \t\r]*\n").
            while (b < to) {
                if (text[b] == QLatin1Char('\n')) {
                    qsizetype k = b + 1;
                    while (k < to && (text[k] == QLatin1Char(' ') || text[k] == QLatin1Char('\t') || text[k] == QLatin1Char('\r')))
                        ++k;
                    if (k < to && text[k] == QLatin1Char('\n')) {
                        b = k + 1;
                        break;
                    }
                }
                ++b;
            }
        }
        runChunk(text, a, b, out, tokens);
        a = b;
    }
    // Code-point offsets: one forward walk from the start of the text.
    const char16_t* p = reinterpret_cast<const char16_t*>(text.utf16());
    qsizetype pos = 0, pairs = 0; // surrogate pairs completed before pos
    auto advance = [&](qsizetype target) {
        for (; pos < target; ++pos)
            if (isLowSurrogate(p[pos]) && pos > 0 && isHighSurrogate(p[pos - 1]))
                ++pairs;
        return target - pairs;
    };
    // Starts and ends interleave in order (findings do not overlap), so walk them in turn.
    for (Finding& f : out) {
        f.startCodePoint = advance(f.start);
        f.endCodePoint = advance(f.end);
    }
    return out;
}

void Linter::Impl::runChunk(QStringView text, qsizetype from, qsizetype to, QVector<Finding>& out, std::vector<Token>& tokens) const {
    QVector<Candidate> cands;
    std::vector<qsizetype> paraBounds;
    scan(text, from, to, cands, tokens, paraBounds);

    QVector<Candidate> kept;
    for (const Candidate& c : std::as_const(cands)) {
        const Rule& r = rules[c.rule];
        const CompiledRule& cr = compiled[size_t(c.rule)];
        const int para = tokens[size_t(c.first)].para;
        const bool hasPrev = c.first > 0 && tokens[size_t(c.first - 1)].para == para;
        const bool hasNext = size_t(c.last) + 1 < tokens.size() && tokens[size_t(c.last) + 1].para == para;
        const int prevId = hasPrev ? tokens[size_t(c.first - 1)].id : -1;
        const int nextId = hasNext ? tokens[size_t(c.last) + 1].id : -1;
        if (cr.needBefore && (!hasPrev || cr.before.count(prevId) == 0))
            continue;
        if (hasPrev && cr.notBefore.count(prevId))
            continue;
        if (cr.needAfter && (!hasNext || cr.after.count(nextId) == 0))
            continue;
        if (hasNext && cr.notAfter.count(nextId))
            continue;
        if (cr.needNear || !cr.notNear.empty()) {
            bool foundNear = false, foundNot = false;
            const int w = r.conditions.window;
            const int lo = std::max(0, c.first - w);
            const int hi = std::min(int(tokens.size()) - 1, c.last + w);
            for (int k = lo; k <= hi; ++k) {
                if (k >= c.first && k <= c.last)
                    continue;
                const Token& tk = tokens[size_t(k)];
                if (tk.para != para || tk.sent != tokens[size_t(c.first)].sent || tk.id < 0)
                    continue;
                if (cr.near.count(tk.id))
                    foundNear = true;
                if (cr.notNear.count(tk.id))
                    foundNot = true;
            }
            if ((cr.needNear && !foundNear) || foundNot)
                continue;
        }
        if (r.conditions.lowercaseOnly) {
            bool upper = false;
            for (qsizetype k = c.s; k < c.e && !upper; ++k)
                upper = text[k].isUpper();
            if (upper)
                continue;
        }
        if (c.inQuote && r.quotes == QuoteHandling::Skip)
            continue;
        if (r.keepInCitation && isCitation(text, c, tokens, paraBounds[size_t(para)], paraBounds[size_t(para) + 1]))
            continue;
        kept.append(c);
    }
    // Earliest first, then longest; drop matches overlapping one already kept.
    std::stable_sort(kept.begin(), kept.end(), [](const Candidate& x, const Candidate& y) {
        return x.s != y.s ? x.s < y.s : x.e > y.e;
    });
    qsizetype lastEnd = -1;
    for (const Candidate& c : std::as_const(kept)) {
        if (c.s < lastEnd)
            continue;
        lastEnd = c.e;
        const Rule& r = rules[c.rule];
        Finding f;
        f.start = c.s;
        f.end = c.e;
        f.text = text.mid(c.s, c.e - c.s).toString();
        f.ruleId = r.id;
        f.category = r.category;
        f.suggestions = r.suggestions;
        f.why = r.why;
        f.source = r.source;
        f.inQuote = c.inQuote;
        f.severity = (c.inQuote && r.quotes == QuoteHandling::Lower) ? Severity::Info : r.severity;
        out.append(std::move(f));
    }
}

QVector<Finding> Linter::check(QStringView text) const { return d->run(text, 0, text.size()); }

RangeResult Linter::checkRange(QStringView text, qsizetype from, qsizetype to) const {
    from = std::clamp<qsizetype>(from, 0, text.size());
    to = std::clamp<qsizetype>(to, from, text.size());
    // Widen to paragraph boundaries: a paragraph starts after "\n[ \t\r]*\n" (or at 0) and ends before one.
    auto isBreakEndingAt = [&](qsizetype k) { // text[k-1] == '\n' closes a blank line
        if (k <= 0 || text[k - 1] != QLatin1Char('\n'))
            return false;
        qsizetype j = k - 2;
        while (j >= 0 && (text[j] == QLatin1Char(' ') || text[j] == QLatin1Char('\t') || text[j] == QLatin1Char('\r')))
            --j;
        return j >= 0 && text[j] == QLatin1Char('\n');
    };
    qsizetype a = from;
    while (a > 0 && !isBreakEndingAt(a))
        --a;
    qsizetype b = to;
    while (b < text.size() && !(text[b] == QLatin1Char('\n') && [&] {
               qsizetype k = b + 1;
               while (k < text.size() && (text[k] == QLatin1Char(' ') || text[k] == QLatin1Char('\t') || text[k] == QLatin1Char('\r')))
                   ++k;
               return k < text.size() && text[k] == QLatin1Char('\n');
           }()))
        ++b;
    RangeResult r;
    r.from = a;
    r.to = b;
    r.findings = d->run(text, a, b);
    return r;
}

} // namespace tessera::language
