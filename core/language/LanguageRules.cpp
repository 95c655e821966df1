#include "language/LanguageRules.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

static void initLanguageResources() { Q_INIT_RESOURCE(language); }

namespace tessera::language {
namespace {

[[noreturn]] void fail(const QString& file, const QString& id, const QString& field, const QString& what) {
    throw LanguageRulesError(QStringLiteral("%1: %2: field '%3': %4").arg(file, id, field, what));
}

QJsonObject parseObject(const QByteArray& data, const QString& file) {
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(data, &err);
    if (err.error != QJsonParseError::NoError)
        throw LanguageRulesError(QStringLiteral("%1: not valid JSON at offset %2: %3").arg(file).arg(err.offset).arg(err.errorString()));
    if (!doc.isObject())
        throw LanguageRulesError(QStringLiteral("%1: expected a JSON object").arg(file));
    return doc.object();
}

QString needString(const QJsonObject& o, const QString& key, const QString& file, const QString& id) {
    const QJsonValue v = o.value(key);
    if (!v.isString() || v.toString().trimmed().isEmpty())
        fail(file, id, key, QStringLiteral("expected a non-empty string"));
    return v.toString();
}

QStringList stringList(const QJsonObject& o, const QString& key, const QString& file, const QString& id, bool required) {
    const QJsonValue v = o.value(key);
    if (v.isUndefined() && !required)
        return {};
    if (!v.isArray() || (required && v.toArray().isEmpty()))
        fail(file, id, key, QStringLiteral("expected a non-empty array of strings"));
    QStringList out;
    for (const QJsonValue& e : v.toArray()) {
        if (!e.isString() || e.toString().trimmed().isEmpty())
            fail(file, id, key, QStringLiteral("expected only non-empty strings"));
        out << e.toString();
    }
    return out;
}

QStringList lowerWords(const QStringList& l) {
    QStringList out;
    for (const QString& s : l)
        out << s.toLower();
    return out;
}

/// Splits one phrase into word slots (spaces and hyphens separate words, '|' separates alternatives) and expands it.
QVector<QStringList> expandPhrase(const QString& phrase, const QString& id) {
    static const QRegularExpression sep(QStringLiteral("[\\s\\-\\x{2010}\\x{2011}]+"));
    // A hyphen inside an alternative list ("wife-in-law|wives-in-law") would split the alternatives; expand those
    // alternatives first, then split each into words.
    const QStringList groups = phrase.trimmed().split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    QVector<QStringList> result{QStringList{}};
    for (const QString& group : groups) {
        QVector<QStringList> next;
        for (const QString& alt : group.split(QLatin1Char('|'), Qt::SkipEmptyParts)) {
            const QStringList words = alt.toLower().split(sep, Qt::SkipEmptyParts);
            if (words.isEmpty())
                fail(QStringLiteral("rules.json"), QStringLiteral("rule '%1'").arg(id), QStringLiteral("phrases"),
                     QStringLiteral("empty word in \"%1\"").arg(phrase));
            for (const QStringList& prefix : result)
                next.append(prefix + words);
        }
        if (next.isEmpty())
            fail(QStringLiteral("rules.json"), QStringLiteral("rule '%1'").arg(id), QStringLiteral("phrases"),
                 QStringLiteral("empty alternatives in \"%1\"").arg(phrase));
        result = next;
    }
    return result;
}

} // namespace

QString severityName(Severity s) {
    return s == Severity::Warning ? QStringLiteral("warning") : QStringLiteral("info");
}

const LanguageRules& LanguageRules::builtIn() {
    static const LanguageRules rules = [] {
        initLanguageResources();
        auto read = [](const QString& path) {
            QFile f(path);
            if (!f.open(QIODevice::ReadOnly))
                throw LanguageRulesError(QStringLiteral("%1: bundled resource missing").arg(path));
            return f.readAll();
        };
        return fromJson(read(QStringLiteral(":/language/rules.json")), read(QStringLiteral(":/language/profiles.json")),
                        read(QStringLiteral(":/language/prompts.json")));
    }();
    return rules;
}

LanguageRules LanguageRules::fromJson(const QByteArray& rulesJson, const QByteArray& profilesJson, const QByteArray& promptsJson) {
    LanguageRules out;
    const QString rf = QStringLiteral("rules.json");
    const QJsonObject root = parseObject(rulesJson, rf);
    if (!root.value(QStringLiteral("version")).isDouble() || root.value(QStringLiteral("version")).toInt() < 1)
        fail(rf, QStringLiteral("file"), QStringLiteral("version"), QStringLiteral("expected a positive integer"));
    out.m_version = root.value(QStringLiteral("version")).toInt();
    if (out.m_version != 1)
        fail(rf, QStringLiteral("file"), QStringLiteral("version"), QStringLiteral("version %1 is not supported (1 is)").arg(out.m_version));

    // Profiles first: rules name their choices.
    const QString pf = QStringLiteral("profiles.json");
    const QJsonObject proot = parseObject(profilesJson, pf);
    if (proot.value(QStringLiteral("version")).toInt() != 1)
        fail(pf, QStringLiteral("file"), QStringLiteral("version"), QStringLiteral("expected 1"));
    QSet<QString> choiceIds;
    for (const QJsonValue& cv : proot.value(QStringLiteral("choices")).toArray()) {
        const QJsonObject co = cv.toObject();
        Choice c;
        c.id = needString(co, QStringLiteral("id"), pf, QStringLiteral("choice"));
        const QString cid = QStringLiteral("choice '%1'").arg(c.id);
        c.topic = needString(co, QStringLiteral("topic"), pf, cid);
        c.defaultOption = needString(co, QStringLiteral("default"), pf, cid);
        c.source = co.value(QStringLiteral("source")).toString();
        const QJsonObject opts = co.value(QStringLiteral("options")).toObject();
        for (auto it = opts.begin(); it != opts.end(); ++it)
            c.options.insert(it.key(), it.value().toString());
        if (c.options.size() < 2)
            fail(pf, cid, QStringLiteral("options"), QStringLiteral("expected at least two options"));
        if (!c.options.contains(c.defaultOption))
            fail(pf, cid, QStringLiteral("default"), QStringLiteral("'%1' is not one of the options").arg(c.defaultOption));
        if (choiceIds.contains(c.id))
            fail(pf, cid, QStringLiteral("id"), QStringLiteral("duplicate"));
        choiceIds.insert(c.id);
        out.m_choices.append(c);
    }
    for (const QJsonValue& pv : proot.value(QStringLiteral("profiles")).toArray()) {
        const QJsonObject po = pv.toObject();
        Profile p;
        p.name = needString(po, QStringLiteral("name"), pf, QStringLiteral("profile"));
        const QString pid = QStringLiteral("profile '%1'").arg(p.name);
        p.description = po.value(QStringLiteral("description")).toString();
        const QJsonObject ch = po.value(QStringLiteral("choices")).toObject();
        for (auto it = ch.begin(); it != ch.end(); ++it) {
            const auto c = std::find_if(out.m_choices.cbegin(), out.m_choices.cend(), [&](const Choice& x) { return x.id == it.key(); });
            if (c == out.m_choices.cend())
                fail(pf, pid, QStringLiteral("choices"), QStringLiteral("unknown choice '%1'").arg(it.key()));
            if (!c->options.contains(it.value().toString()))
                fail(pf, pid, QStringLiteral("choices"), QStringLiteral("'%1' is not an option of '%2'").arg(it.value().toString(), it.key()));
            p.choices.insert(it.key(), it.value().toString());
        }
        out.m_profiles.append(p);
    }
    out.m_defaultProfile = needString(proot, QStringLiteral("default"), pf, QStringLiteral("file"));
    if (std::none_of(out.m_profiles.cbegin(), out.m_profiles.cend(), [&](const Profile& p) { return p.name == out.m_defaultProfile; }))
        fail(pf, QStringLiteral("file"), QStringLiteral("default"), QStringLiteral("no profile named '%1'").arg(out.m_defaultProfile));

    QSet<QString> ids;
    const QJsonValue rulesValue = root.value(QStringLiteral("rules"));
    if (!rulesValue.isArray())
        fail(rf, QStringLiteral("file"), QStringLiteral("rules"), QStringLiteral("expected an array"));
    for (const QJsonValue& v : rulesValue.toArray()) {
        const QJsonObject o = v.toObject();
        Rule r;
        r.id = needString(o, QStringLiteral("id"), rf, QStringLiteral("rule #%1").arg(out.m_rules.size() + 1));
        const QString rid = QStringLiteral("rule '%1'").arg(r.id);
        if (ids.contains(r.id))
            fail(rf, rid, QStringLiteral("id"), QStringLiteral("duplicate id"));
        ids.insert(r.id);
        r.row = o.value(QStringLiteral("row")).toString();
        r.category = needString(o, QStringLiteral("category"), rf, rid);
        r.phrases = stringList(o, QStringLiteral("phrases"), rf, rid, true);
        for (const QString& ph : r.phrases)
            r.expanded += expandPhrase(ph, r.id);
        r.suggestions = stringList(o, QStringLiteral("suggestions"), rf, rid, true);
        r.why = needString(o, QStringLiteral("why"), rf, rid);
        r.source = needString(o, QStringLiteral("source"), rf, rid);
        const QString sev = needString(o, QStringLiteral("severity"), rf, rid);
        if (sev == QLatin1String("warning"))
            r.severity = Severity::Warning;
        else if (sev == QLatin1String("info"))
            r.severity = Severity::Info;
        else
            fail(rf, rid, QStringLiteral("severity"), QStringLiteral("expected info or warning, not '%1'").arg(sev));
        const QString q = o.value(QStringLiteral("quotes")).toString(QStringLiteral("lower"));
        if (q == QLatin1String("skip"))
            r.quotes = QuoteHandling::Skip;
        else if (q == QLatin1String("lower"))
            r.quotes = QuoteHandling::Lower;
        else if (q == QLatin1String("same"))
            r.quotes = QuoteHandling::Same;
        else
            fail(rf, rid, QStringLiteral("quotes"), QStringLiteral("expected skip, lower or same, not '%1'").arg(q));
        const QString cit = o.value(QStringLiteral("citation")).toString(QStringLiteral("keep"));
        if (cit != QLatin1String("keep") && cit != QLatin1String("lint"))
            fail(rf, rid, QStringLiteral("citation"), QStringLiteral("expected keep or lint"));
        r.keepInCitation = cit == QLatin1String("keep");
        if (o.contains(QStringLiteral("conditions"))) {
            const QJsonObject c = o.value(QStringLiteral("conditions")).toObject();
            static const QStringList known{QStringLiteral("before"), QStringLiteral("notBefore"), QStringLiteral("after"), QStringLiteral("notAfter"),
                                           QStringLiteral("near"), QStringLiteral("notNear"), QStringLiteral("window"), QStringLiteral("lowercaseOnly")};
            for (const QString& k : c.keys())
                if (!known.contains(k))
                    fail(rf, rid, QStringLiteral("conditions.") + k, QStringLiteral("unknown condition"));
            r.conditions.before = lowerWords(stringList(c, QStringLiteral("before"), rf, rid, false));
            r.conditions.notBefore = lowerWords(stringList(c, QStringLiteral("notBefore"), rf, rid, false));
            r.conditions.after = lowerWords(stringList(c, QStringLiteral("after"), rf, rid, false));
            r.conditions.notAfter = lowerWords(stringList(c, QStringLiteral("notAfter"), rf, rid, false));
            r.conditions.near = lowerWords(stringList(c, QStringLiteral("near"), rf, rid, false));
            r.conditions.notNear = lowerWords(stringList(c, QStringLiteral("notNear"), rf, rid, false));
            r.conditions.window = c.value(QStringLiteral("window")).toInt(8);
            if (r.conditions.window < 1 || r.conditions.window > 50)
                fail(rf, rid, QStringLiteral("conditions.window"), QStringLiteral("expected 1 to 50 words"));
            r.conditions.lowercaseOnly = c.value(QStringLiteral("lowercaseOnly")).toBool(false);
        }
        if (o.contains(QStringLiteral("choice"))) {
            const QJsonObject c = o.value(QStringLiteral("choice")).toObject();
            r.choiceId = needString(c, QStringLiteral("id"), rf, rid);
            r.choiceWhen = stringList(c, QStringLiteral("when"), rf, rid, true);
            const auto ch = std::find_if(out.m_choices.cbegin(), out.m_choices.cend(), [&](const Choice& x) { return x.id == r.choiceId; });
            if (ch == out.m_choices.cend())
                fail(rf, rid, QStringLiteral("choice.id"), QStringLiteral("no choice '%1' in profiles.json").arg(r.choiceId));
            for (const QString& w : r.choiceWhen)
                if (!ch->options.contains(w))
                    fail(rf, rid, QStringLiteral("choice.when"), QStringLiteral("'%1' is not an option of '%2'").arg(w, r.choiceId));
        }
        out.m_rules.append(r);
    }
    if (out.m_rules.isEmpty())
        fail(rf, QStringLiteral("file"), QStringLiteral("rules"), QStringLiteral("no rules"));

    if (!promptsJson.isEmpty()) {
        const QString mf = QStringLiteral("prompts.json");
        const QJsonObject mroot = parseObject(promptsJson, mf);
        for (const QJsonValue& v : mroot.value(QStringLiteral("prompts")).toArray()) {
            const QJsonObject o = v.toObject();
            Prompt p;
            p.id = needString(o, QStringLiteral("id"), mf, QStringLiteral("prompt"));
            const QString pid = QStringLiteral("prompt '%1'").arg(p.id);
            p.row = o.value(QStringLiteral("row")).toString();
            p.text = needString(o, QStringLiteral("text"), mf, pid);
            p.source = needString(o, QStringLiteral("source"), mf, pid);
            out.m_prompts.append(p);
        }
    }
    return out;
}

QMap<QString, QString> LanguageRules::resolveProfile(const QString& name) const {
    const QString wanted = name.isEmpty() ? m_defaultProfile : name;
    const auto p = std::find_if(m_profiles.cbegin(), m_profiles.cend(), [&](const Profile& x) { return x.name == wanted; });
    if (p == m_profiles.cend()) {
        QStringList names;
        for (const Profile& x : m_profiles)
            names << x.name;
        throw LanguageRulesError(QStringLiteral("unknown language profile '%1' (known: %2)").arg(wanted, names.join(QStringLiteral(", "))));
    }
    QMap<QString, QString> out;
    for (const Choice& c : m_choices)
        out.insert(c.id, p->choices.value(c.id, c.defaultOption));
    return out;
}

bool LanguageRules::ruleActive(const Rule& rule, const QMap<QString, QString>& choices) {
    if (rule.choiceId.isEmpty())
        return true;
    return rule.choiceWhen.contains(choices.value(rule.choiceId));
}

bool isReplacementSuggestion(const QString& suggestion) {
    static const QStringList kInstructionVerbs = {QStringLiteral("describe"), QStringLiteral("quote"),
                                                  QStringLiteral("record"),   QStringLiteral("choose"),
                                                  QStringLiteral("omit"),     QStringLiteral("ask"),
                                                  QStringLiteral("name the"), QStringLiteral("person-first")};
    const QString s = suggestion.trimmed();
    if (s.isEmpty() || s.contains(QLatin1Char(':')) || s.startsWith(QLatin1Char('(')))
        return false;
    for (const QString& verb : kInstructionVerbs)
        if (s.startsWith(verb + QLatin1Char(' '), Qt::CaseInsensitive) || s.compare(verb, Qt::CaseInsensitive) == 0)
            return false;
    return true;
}

} // namespace tessera::language
