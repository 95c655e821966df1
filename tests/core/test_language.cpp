// Trauma-informed language rules and linter (issue 5, DESIGN §8): rule files, matching, quotes, citations, profiles.
#include "language/LanguageRules.h"
#include "language/Linter.h"

#include <QStringList>
#include <catch2/catch.hpp>

using namespace tessera::language;

namespace {

const Linter& defaultLinter() {
    static const Linter l;
    return l;
}

QStringList rulesHit(const QString& text, const Linter& l = defaultLinter()) {
    QStringList out;
    for (const Finding& f : l.check(text))
        out << f.ruleId;
    return out;
}

const Finding* findRule(const QVector<Finding>& fs, const QString& id) {
    for (const Finding& f : fs)
        if (f.ruleId == id)
            return &f;
    return nullptr;
}

const QByteArray kProfiles = R"({"version":1,"default":"default","choices":[],"profiles":[{"name":"default","choices":{}}]})";

} // namespace

TEST_CASE("language: bundled rules load, are versioned and cite their source", "[language]") {
    const LanguageRules& r = LanguageRules::builtIn();
    CHECK(r.version() == 1);
    CHECK(r.rules().size() >= 40);
    CHECK(r.prompts().size() >= 5);
    CHECK(r.defaultProfile() == QLatin1String("default"));
    for (const Rule& rule : r.rules()) {
        INFO(rule.id.toStdString());
        CHECK_FALSE(rule.source.isEmpty());
        CHECK_FALSE(rule.why.isEmpty());
        CHECK_FALSE(rule.suggestions.isEmpty());
        CHECK_FALSE(rule.expanded.isEmpty());
    }
    // Rows no phrase can match are drafting prompts, not rules.
    QStringList promptIds;
    for (const Prompt& p : r.prompts())
        promptIds << p.id;
    CHECK(promptIds.contains(QStringLiteral("gender-neutral-default")));
    CHECK(promptIds.contains(QStringLiteral("movement-not-required")));
}

TEST_CASE("language: invalid rule files give errors naming the rule and the field", "[language]") {
    const QByteArray badSeverity = R"({"version":1,"rules":[{"id":"x1","category":"c","phrases":["foo"],"suggestions":["bar"],"why":"w","source":"s","severity":"loud"}]})";
    try {
        LanguageRules::fromJson(badSeverity, kProfiles);
        FAIL("no error");
    } catch (const LanguageRulesError& e) {
        const QString m = QString::fromUtf8(e.what());
        CHECK(m.contains(QStringLiteral("'x1'")));
        CHECK(m.contains(QStringLiteral("severity")));
    }
    const QByteArray noPhrases = R"({"version":1,"rules":[{"id":"x2","category":"c","phrases":[],"suggestions":["bar"],"why":"w","source":"s","severity":"info"}]})";
    CHECK_THROWS_WITH(LanguageRules::fromJson(noPhrases, kProfiles), Catch::Contains("'x2'") && Catch::Contains("phrases"));
    const QByteArray badChoice = R"({"version":1,"rules":[{"id":"x3","category":"c","phrases":["a"],"suggestions":["b"],"why":"w","source":"s","severity":"info","choice":{"id":"nope","when":["x"]}}]})";
    CHECK_THROWS_WITH(LanguageRules::fromJson(badChoice, kProfiles), Catch::Contains("'x3'") && Catch::Contains("choice.id"));
    CHECK_THROWS_WITH(LanguageRules::fromJson("{\"version\":2,\"rules\":[]}", kProfiles), Catch::Contains("version"));
    CHECK_THROWS_AS(LanguageRules::builtIn().resolveProfile(QStringLiteral("no-such-profile")), LanguageRulesError);
}

TEST_CASE("language: each category fires on a realistic sentence", "[language]") {
    const struct {
        const char* text;
        const char* rule;
    } cases[] = {
        {"Officers found a child prostitute at the motel.", "child-prostitute"},
        {"The phone held child pornography downloaded in May.", "child-pornography"},
        {"V-1 engaged in prostitution at the truck stop.", "engaged-in-prostitution"},
        {"She admitted to prostitution during the first interview.", "admitted-prostitution"},
        {"V-1 claims that the suspect took her passport.", "claims"},
        {"She alleges that he kept all the money.", "alleges"},
        {"The alleged victim arrived with an advocate.", "alleged-victim"},
        {"V-2 was uncooperative at the scene.", "uncooperative"},
        {"She refused the forensic exam.", "refused"},
        {"Later the victim changed her story about the hotel.", "changed-story"},
        {"In my opinion she is not credible.", "credibility-verdict"},
        {"V-3 is a runaway from the group home.", "runaway"},
        {"She went willingly to Atlanta.", "willingly"},
        {"The 15 year-old girl consented to the trip.", "consented-minor"},
        {"Her boyfriend posted the ads.", "boyfriend"},
        {"V-1 became the bottom girl in March.", "bottom"},
        {"She saw five johns that night.", "buyer-john"},
        {"He made her turn tricks for money at the motel.", "buyer-trick"},
        {"The buyer had sex with the 15-year-old in room 12.", "consensual-sex-language"},
        {"She performed oral sex on the buyer.", "performed-sex-act"},
        {"She was beaten twice that week.", "passive-hides-offender"},
        {"All the money was handed over each night.", "passive-hides-taker"},
        {"The task force rescued four women.", "rescue-framing"},
        {"She was kept as a sex slave.", "slavery-framing"},
        {"He called her an illegal alien.", "illegal-alien"},
        {"He ran a prostitution ring from the apartment.", "prostitution-ring"},
        {"She worked off her debt in six weeks.", "worked-off-debt"},
        {"Q: Why didn't you leave when he was asleep?", "why-question"},
        {"Explain to me what happened that night.", "directive-question"},
        {"Are you a victim of human trafficking?", "are-you-a-victim"},
        {"She decided to go back to him after a week.", "chose-to-return"},
        {"She had no visible injuries so there was no force.", "no-injury-no-force"},
        {"She was high when officers arrived.", "intoxicated-discrediting"},
        {"She posted an escort ad on the site.", "escort-provider"},
        {"She became a trafficking victim at 14.", "victim-as-identity"},
        {"She was in the life for three years.", "street-vocabulary"},
    };
    for (const auto& c : cases) {
        INFO(c.text);
        CHECK(rulesHit(QString::fromUtf8(c.text)).contains(QString::fromUtf8(c.rule)));
    }
}

TEST_CASE("language: word boundaries and innocent senses stay silent", "[language]") {
    const char* silent[] = {
        "Mr. Johnson interviewed the manager.",
        "A pimple on the photo is an artefact.",
        "Date of birth: 2008-01-02.",
        "The date of the transfer was 12 May.",
        "The bank client paid the loan in cash.",
        "John Smith rented the room.",
        "She was admitted to the hospital at 02:00.",
        "The insurance claims were filed in June.",
        "The suspect was arrested by the task force.",
        "The search and rescue team arrived.",
        "She went to the pimpernel garden.",
        "The customer service desk kept the receipt.",
        "He consented to a search of his phone.",
    };
    for (const char* s : silent) {
        INFO(s);
        CHECK(rulesHit(QString::fromUtf8(s)).isEmpty());
    }
}

TEST_CASE("language: inflections, letter case and line breaks inside phrases", "[language]") {
    CHECK(rulesHit(QStringLiteral("He PIMPS two women.")).contains(QStringLiteral("pimp")));
    CHECK(rulesHit(QStringLiteral("He pimped her out.")).contains(QStringLiteral("pimp")));
    CHECK(rulesHit(QStringLiteral("She prostituted herself, he said.")).contains(QStringLiteral("prostituted-herself")));
    CHECK(rulesHit(QStringLiteral("Three prostitutes were in the car.")).contains(QStringLiteral("prostitute")));
    CHECK(rulesHit(QStringLiteral("Two Teen Prostitutes, the ad said")).contains(QStringLiteral("child-prostitute")));
    const QString broken = QStringLiteral("The officer found a child\nprostitute in room 4.");
    const QVector<Finding> fs = defaultLinter().check(broken);
    const Finding* f = findRule(fs, QStringLiteral("child-prostitute"));
    REQUIRE(f);
    CHECK(f->text == QStringLiteral("child\nprostitute"));
    // A hyphen joins words of a phrase; punctuation does not.
    CHECK(rulesHit(QStringLiteral("She was a wife-in-law to V-2.")).contains(QStringLiteral("street-vocabulary")));
    CHECK_FALSE(rulesHit(QStringLiteral("A child. Prostitute was the word he used")).contains(QStringLiteral("child-prostitute")));
    // A paragraph break ends a phrase.
    CHECK_FALSE(rulesHit(QStringLiteral("She was a child\n\nprostitute")).contains(QStringLiteral("child-prostitute")));
}

TEST_CASE("language: quoted words are the speaker's own and follow each rule", "[language]") {
    // Skip: the victim's own words stay as they are.
    CHECK(rulesHit(QStringLiteral("She said, \u201CHe is my daddy and I had five johns a night.\u201D")).filter(QStringLiteral("buyer-john")).isEmpty());
    CHECK(rulesHit(QStringLiteral("She said \"my pimp kept the money\".")).isEmpty());
    CHECK(rulesHit(QStringLiteral("She said my pimp kept the money.")).contains(QStringLiteral("pimp")));
    // Lower: reported, one step lower, marked as quoted.
    const QVector<Finding> fs = defaultLinter().check(QStringLiteral("The buyer told me, \"I had sex with her twice.\""));
    const Finding* f = findRule(fs, QStringLiteral("consensual-sex-language"));
    REQUIRE(f);
    CHECK(f->inQuote);
    CHECK(f->severity == Severity::Info);
    // An unclosed quotation mark quotes nothing.
    CHECK(rulesHit(QStringLiteral("She measured 5'2\" and the pimp kept her ID.")).contains(QStringLiteral("pimp")));
}

TEST_CASE("language: a statute's name in a citation is kept", "[language]") {
    CHECK(rulesHit(QStringLiteral("Count 2: 18 U.S.C. \u00A7 2421 (transportation with intent that the individual engage in prostitution).")).isEmpty());
    CHECK(rulesHit(QStringLiteral("He was charged with Promoting Prostitution of a Minor.")).isEmpty());
    CHECK(rulesHit(QStringLiteral("The offense title is Possession of Child Pornography.")).isEmpty());
    CHECK(rulesHit(QStringLiteral("Possession of child pornography, 18 U.S.C. \u00A7 2252A(a)(5)(B).")).isEmpty());
    // The same words in the narrative are findings.
    CHECK(rulesHit(QStringLiteral("The laptop held child pornography.")).contains(QStringLiteral("child-pornography")));
    CHECK(rulesHit(QStringLiteral("He arranged the prostitution of a minor at the motel.")).contains(QStringLiteral("child-prostitute")));
    // A citation in an earlier sentence does not cover a later one.
    CHECK(rulesHit(QStringLiteral("He is charged under 18 U.S.C. \u00A7 1591. Later she engaged in prostitution again.")).contains(QStringLiteral("engaged-in-prostitution")));
}

TEST_CASE("language: offsets in UTF-16 and code points with emoji and accents", "[language]") {
    const QString text = QStringLiteral("\U0001F600 Ren\u00E9e \U0001F600 said the pimp left.");
    const QVector<Finding> fs = defaultLinter().check(text);
    const Finding* f = findRule(fs, QStringLiteral("pimp"));
    REQUIRE(f);
    CHECK(text.mid(f->start, f->end - f->start) == QStringLiteral("pimp"));
    const QList<uint> ucs = text.toUcs4();
    CHECK(QString::fromUcs4(reinterpret_cast<const char32_t*>(ucs.constData()) + f->startCodePoint, f->endCodePoint - f->startCodePoint) == QStringLiteral("pimp"));
    CHECK(f->start - f->startCodePoint == 2); // two emoji before it, each a surrogate pair
    // Accented words are words: no match inside them, and they are lower-cased like ASCII.
    CHECK(rulesHit(QStringLiteral("Le pimpé and PIMPÉ are not English.")).isEmpty());
}

TEST_CASE("language: agency profiles switch contested terms", "[language]") {
    const LanguageRules& r = LanguageRules::builtIn();
    const QString text = QStringLiteral("The alleged victim said she was a sex worker and that the pimp set a quota.");
    const QStringList byDefault = rulesHit(text);
    CHECK(byDefault.contains(QStringLiteral("alleged-victim")));
    CHECK(byDefault.contains(QStringLiteral("sex-worker")));
    CHECK(byDefault.contains(QStringLiteral("pimp")));
    const Linter neutral(r, QStringLiteral("neutral-reporting"));
    CHECK_FALSE(rulesHit(text, neutral).contains(QStringLiteral("alleged-victim")));
    const Linter rights(r, QStringLiteral("rights-based"));
    CHECK_FALSE(rulesHit(text, rights).contains(QStringLiteral("sex-worker")));
    CHECK(rulesHit(QStringLiteral("She is a prostituted woman."), rights).contains(QStringLiteral("prostituted-person")));
    const Linter abolitionist(r, QStringLiteral("abolitionist"));
    CHECK(rulesHit(text, abolitionist).contains(QStringLiteral("sex-worker")));
    CHECK_FALSE(rulesHit(QStringLiteral("She is a prostituted woman."), abolitionist).contains(QStringLiteral("prostituted-person")));
    const Linter street(r, QStringLiteral("street-terms"));
    CHECK_FALSE(rulesHit(text, street).contains(QStringLiteral("pimp")));
    CHECK(street.activeRuleCount() < defaultLinter().activeRuleCount());
    // Every choice has a documented default.
    const QMap<QString, QString> d = r.resolveProfile(QString());
    CHECK(d.value(QStringLiteral("sex-trade-terms")) == QStringLiteral("neutral"));
    CHECK(d.value(QStringLiteral("victim-term")) == QStringLiteral("victim"));
}

TEST_CASE("language: checkRange re-checks whole paragraphs and agrees with check", "[language]") {
    QString text;
    for (int i = 0; i < 50; ++i)
        text += QStringLiteral("Paragraph %1: \U0001F600 she claims the pimp kept her ID. The bank client paid.\nA second line with a child\nprostitute.\n\n").arg(i);
    const QVector<Finding> all = defaultLinter().check(text);
    CHECK(all.size() == 150);
    const qsizetype at = text.indexOf(QStringLiteral("Paragraph 20:")) + 30; // a keystroke in paragraph 20
    const RangeResult rr = defaultLinter().checkRange(text, at, at + 1);
    CHECK(text.mid(rr.from, 13) == QStringLiteral("Paragraph 20:"));
    CHECK(rr.to > at);
    CHECK(text.mid(rr.to, 2) == QStringLiteral("\n\n"));
    QVector<Finding> expected;
    for (const Finding& f : all)
        if (f.start >= rr.from && f.end <= rr.to)
            expected << f;
    REQUIRE(rr.findings.size() == expected.size());
    REQUIRE(expected.size() == 3);
    for (int i = 0; i < expected.size(); ++i) {
        CHECK(rr.findings[i].ruleId == expected[i].ruleId);
        CHECK(rr.findings[i].start == expected[i].start);
        CHECK(rr.findings[i].startCodePoint == expected[i].startCodePoint);
        CHECK(rr.findings[i].endCodePoint == expected[i].endCodePoint);
    }
}

TEST_CASE("language: ordinary investigative prose raises no false alarm", "[language]") {
    // Trauma-informed report prose of the kind the case summaries hold: the false-alarm rate must be zero here.
    const QString prose = QStringLiteral(
        "On 14 March 2023 at about 21:40 the reporting party called dispatch from the parking lot of the motel on Route 9.\n"
        "Detective Alvarez and I met V-1 at the Child Advocacy Center; an advocate from the local program was present.\n"
        "V-1 stated that Marcus Johnson took her phone and her identification card after they arrived in Columbus.\n"
        "She said Johnson set a nightly quota and kept all proceeds. Bank records for the account ending 4471 show cash\n"
        "deposits of $900 to $1,400 on most days in April. The bank's client services desk provided the statements.\n\n"
        "V-1 declined a forensic exam on 3 June; services were offered. The date of birth on her card is 2006-09-30.\n"
        "The ads used the number 412-555-0142 between 2 May and 19 June. Johnson rented room 12 and paid in cash.\n"
        "Johnson drove V-1 and V-2 to Wheeling on 5 May. John Smith, the clerk, said the customer at the front desk\n"
        "asked for a receipt. Johnson beat V-2 on 7 May when she did not meet the quota, according to V-2.\n"
        "V-2 said, \u201CHe told me I owed him for the bus ticket and the clothes.\u201D She was treated at the hospital\n"
        "and admitted for observation. Officers recovered the phone during a search authorized by warrant.\n"
        "The suspect consented to a search of his vehicle. The plate reader recorded the vehicle on I-70 at 02:13.\n"
        "Count 1: 18 U.S.C. \u00A7 1591(a)(1). Count 2: 18 U.S.C. \u00A7 2421, transportation with intent that the individual\n"
        "engage in prostitution. The trick to reading the records is the time zone of the carrier.\n");
    const QVector<Finding> fs = defaultLinter().check(prose);
    for (const Finding& f : fs)
        UNSCOPED_INFO(f.ruleId.toStdString() << ": " << f.text.toStdString());
    CHECK(fs.isEmpty());
}
