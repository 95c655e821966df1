#include "packet/ProtectedIdentityRedactor.h"

#include "model/IdentifierRepository.h"
#include "model/PersonRepository.h"

#include <QStringList>
#include <algorithm>

namespace tessera {
namespace {

QRegularExpression alternation(QStringList terms, bool caseInsensitive) {
    if (terms.isEmpty())
        return {};
    // Longest first, so "+221770000005" wins over "770000005" and a full name over its parts.
    std::sort(terms.begin(), terms.end(), [](const QString& a, const QString& b) { return a.size() > b.size(); });
    QStringList escaped;
    for (const QString& t : terms)
        escaped << QRegularExpression::escape(t);
    QRegularExpression re(QStringLiteral("(?<![\\p{L}\\p{N}])(?:%1)(?![\\p{L}\\p{N}])").arg(escaped.join(QLatin1Char('|'))),
                          caseInsensitive ? QRegularExpression::CaseInsensitiveOption : QRegularExpression::NoPatternOption);
    re.optimize();
    return re;
}

QString apply(const QRegularExpression& re, const QHash<QString, QString>& map, bool fold, const QString& text) {
    if (!re.isValid() || re.pattern().isEmpty())
        return text;
    QString out;
    qsizetype last = 0;
    auto it = re.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        out += QStringView(text).mid(last, m.capturedStart() - last);
        const QString key = fold ? m.captured().toCaseFolded() : m.captured();
        out += map.value(key, m.captured());
        last = m.capturedEnd();
    }
    out += QStringView(text).mid(last);
    return out;
}

} // namespace

ProtectedIdentityRedactor::ProtectedIdentityRedactor(Database& db) {
    QStringList folded, exact;
    for (const Person& p : PersonRepository::list(db)) {
        if (!p.isProtected || p.pseudonym.isEmpty())
            continue;
        const QString mark = QLatin1Char('[') + p.pseudonym + QLatin1Char(']');
        const QString name = p.legalName.simplified();
        if (!name.isEmpty()) {
            folded << name;
            m_replacementFolded.insert(name.toCaseFolded(), mark);
        }
        for (const QString& part : name.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            if (part.size() >= 3 && !m_replacementExact.contains(part)) {
                exact << part;
                m_replacementExact.insert(part, mark);
            }
        }
        for (const Identifier& i : IdentifierRepository::forPerson(db, p.id)) {
            for (const QString& v : {i.value.trimmed(), i.rawValue.trimmed()}) {
                if (v.size() >= 2 && !m_replacementFolded.contains(v.toCaseFolded())) {
                    folded << v;
                    m_replacementFolded.insert(v.toCaseFolded(), mark);
                }
            }
        }
    }
    m_caseInsensitive = alternation(folded, true);
    m_caseSensitive = alternation(exact, false);
}

QString ProtectedIdentityRedactor::redact(const QString& text) const {
    return apply(m_caseSensitive, m_replacementExact, false, apply(m_caseInsensitive, m_replacementFolded, true, text));
}

bool ProtectedIdentityRedactor::containsProtected(const QString& text) const { return redact(text) != text; }

} // namespace tessera
