// Trauma-informed language rules (DESIGN §8): the rules, drafting prompts and agency profiles of resources/language/.
#pragma once

#include <QMap>
#include <QString>
#include <QStringList>
#include <QVector>

#include <stdexcept>

namespace tessera::language {

/// How strongly a finding is shown. Info: a prompt to check the wording; Warning: wording the guides say to avoid.
enum class Severity { Info, Warning };

/// What a rule does with a match inside quotation marks ("…", “…”, «…»): the words are someone's own words.
/// Skip: no finding. Lower: reported one severity lower (Warning → Info) and marked inQuote. Same: reported as is.
enum class QuoteHandling { Skip, Lower, Same };

/// Thrown when rules.json, profiles.json or a profile name is invalid. The message names the rule id (or profile)
/// and the field, e.g. "rules.json: rule 'pimp': field 'severity': expected info or warning".
class LanguageRulesError : public std::runtime_error {
public:
    explicit LanguageRulesError(const QString& message) : std::runtime_error(message.toStdString()) {}
};

/// Conditions that must hold around a match (all word lists are lower-cased single words).
/// before/notBefore: the word immediately before the match (same paragraph, any gap); after/notAfter: the word
/// immediately after. near/notNear: a word within `window` words either side (same paragraph).
/// lowercaseOnly: the matched text must contain no upper-case letter (the name "John" never fires).
struct RuleConditions {
    QStringList before, notBefore, after, notAfter, near, notNear;
    int window = 8;
    bool lowercaseOnly = false;
};

/// One lint rule, from resources/language/rules.json (format in resources/language/README.md).
/// `phrases` are as written in the file: words separated by spaces or hyphens, alternatives of one word by '|'
/// ("child|teen prostitute|prostitutes"); `expanded` holds every word sequence they stand for, lower-cased.
struct Rule {
    QString id;
    QString row;        ///< where in field-research.md §2 the rule comes from, e.g. "2.2 #22"
    QString category;
    QStringList phrases;
    QVector<QStringList> expanded;
    RuleConditions conditions;
    QStringList suggestions;
    QString why;
    QString source;
    Severity severity = Severity::Warning;
    QuoteHandling quotes = QuoteHandling::Lower;
    bool keepInCitation = true; ///< a statute's name or an offense title in a citation is kept (no finding)
    QString choiceId;           ///< contested term: fires only when the profile's option for this choice is listed
    QStringList choiceWhen;
};

/// A drafting prompt: guidance no phrase can match (prompts.json).
struct Prompt {
    QString id, row, text, source;
};

/// A contested-term setting (profiles.json "choices"): option name → description, with its default option.
struct Choice {
    QString id, topic, defaultOption, source;
    QMap<QString, QString> options;
};

/// A named agency profile: the option picked for each choice; choices it does not name keep their default.
struct Profile {
    QString name, description;
    QMap<QString, QString> choices;
};

/// The loaded and validated rule set. Cheap to copy (Qt implicit sharing of its lists).
class LanguageRules {
public:
    /// The rules compiled into the binary (core/language/language.qrc → resources/language/*.json).
    /// Throws LanguageRulesError if the bundled files are invalid (a build defect; the tests load them).
    static const LanguageRules& builtIn();

    /// Parses and validates the three files. Throws LanguageRulesError naming the file, rule id and field.
    static LanguageRules fromJson(const QByteArray& rulesJson, const QByteArray& profilesJson,
                                  const QByteArray& promptsJson = QByteArray());

    int version() const { return m_version; }
    const QVector<Rule>& rules() const { return m_rules; }
    const QVector<Prompt>& prompts() const { return m_prompts; }
    const QVector<Choice>& choices() const { return m_choices; }
    const QVector<Profile>& profiles() const { return m_profiles; }
    /// The profile used when none is named (profiles.json "default"; "default" in the bundled file).
    QString defaultProfile() const { return m_defaultProfile; }

    /// Choice id → option for the named profile (empty name: the default profile), every choice filled in.
    /// Throws LanguageRulesError for an unknown profile name.
    QMap<QString, QString> resolveProfile(const QString& name) const;

    /// Whether `rule` fires under the resolved choices of resolveProfile().
    static bool ruleActive(const Rule& rule, const QMap<QString, QString>& choices);

private:
    int m_version = 0;
    QVector<Rule> m_rules;
    QVector<Prompt> m_prompts;
    QVector<Choice> m_choices;
    QVector<Profile> m_profiles;
    QString m_defaultProfile;
};

/// "info" / "warning".
QString severityName(Severity s);

/// Whether a rule's suggestion is words that can replace the finding ("stated", "was sold for sex by [suspect]") rather
/// than drafting guidance ("describe the context: …", "quote the words verbatim …", "(omit)"). Guidance contains a
/// colon or starts with an instruction verb or a parenthesis; editors offer only replacements as one-step edits and
/// show guidance as text. Bracketed placeholders such as "[suspect]" are part of a replacement, for the writer to fill.
bool isReplacementSuggestion(const QString& suggestion);

} // namespace tessera::language
