// Language linter benchmark (bench/README.md "Language linter"). Not a test: never registered with CTest.
//   bench_lint [generate FILE [BYTES]]
// Without arguments: throughput of Linter::check() on a generated 3 MB narrative (median of 5), and the time per
// keystroke (checkRange of the paragraph around a random position) on a 300 KB narrative (median and p99 of 500).
// With "generate FILE [BYTES]": writes the generated narrative (UTF-8) for the whole-process run of tessera-cli lint.
#include "language/Linter.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QStringList>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace tessera::language;

namespace {

/// Ordinary investigative prose with, now and then, wording the rules look for (about one finding per 600 bytes),
/// quotes, citations, line breaks inside sentences and some non-ASCII text. Deterministic for a given size.
QString narrative(qsizetype bytes) {
    static const char* sentences[] = {
        "On 14 March 2023 at about 21:40 the reporting party called dispatch from the parking lot of the Red Roof Inn.",
        "Detective Alvarez and I met V-1 at the Child Advocacy Center, where an advocate from the local program was present.",
        "V-1 stated that the suspect took her phone and her identification card after they arrived in Columbus.",
        "Bank records for the account ending 4471 show cash deposits of $900 to $1,400 on most days in April.",
        "The hotel clerk, Mr. Johnson, said the room was paid in cash and registered to a man who gave the name \"Dre\".",
        "She said, \u201CHe told me I owed him for the bus ticket and the clothes, and the number kept going up.\u201D",
        "The ads on the site used the same phone number, 412-555-0142, between 2 May and 19 June.",
        "Subscriber records for that number list a prepaid account opened at a gas station in Wheeling.",
        "She claims that he kept all the money and that she was beaten when the quota was not met.",
        "Count 1 charges a violation of 18 U.S.C. \u00A7 1591(a)(1) and (b)(2); Count 2 charges 18 U.S.C. \u00A7 2421, transportation with\nintent that the individual engage in prostitution.",
        "The pimp posted new ads each night, and V-2 said the money was handed over to him at the end of every shift.",
        "V-2 declined a forensic exam on 3 June; services were offered and the advocate gave her the hotline number.",
        "Ren\u00E9e, the caseworker at the shelter, confirmed the dates of the stays at the caf\u00E9 across the street.",
        "Why didn't you leave when he was asleep? (This question was not asked; noted here for training.)",
        "The suspect's vehicle, a grey 2014 Nissan Altima, was recorded by a plate reader on I-70 at 02:13.",
        "The date of birth on the Ohio identification card is 2006-09-30, which makes her 16 at the time of the first ad.",
    };
    constexpr int kCount = int(sizeof(sentences) / sizeof(sentences[0]));
    QRandomGenerator rng(42);
    QString out;
    out.reserve(bytes + 512);
    int inParagraph = 0;
    while (out.size() < bytes) {
        out += QString::fromUtf8(sentences[rng.bounded(kCount)]);
        if (++inParagraph >= 6 + int(rng.bounded(4))) {
            out += QStringLiteral("\n\n");
            inParagraph = 0;
        } else {
            out += QLatin1Char(' ');
        }
    }
    return out;
}

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

} // namespace

int main(int argc, char** argv) {
    if (argc >= 3 && qstrcmp(argv[1], "generate") == 0) {
        const qsizetype bytes = argc >= 4 ? QByteArray(argv[3]).toLongLong() : 3 * 1024 * 1024;
        QFile f(QString::fromLocal8Bit(argv[2]));
        if (!f.open(QIODevice::WriteOnly))
            return 1;
        f.write(narrative(bytes).toUtf8());
        return 0;
    }
    QElapsedTimer setup;
    setup.start();
    const Linter linter;
    const double setupMs = double(setup.nsecsElapsed()) / 1e6;

    const QString big = narrative(3 * 1024 * 1024);
    const double mb = double(big.toUtf8().size()) / (1024.0 * 1024.0);
    std::vector<double> runs;
    qsizetype findings = 0;
    for (int i = 0; i < 5; ++i) {
        QElapsedTimer t;
        t.start();
        findings = linter.check(big).size();
        runs.push_back(double(t.nsecsElapsed()) / 1e9);
    }
    const double sec = median(runs);

    const QString doc = narrative(300 * 1024);
    QRandomGenerator rng(7);
    std::vector<double> keys;
    for (int i = 0; i < 500; ++i) {
        const qsizetype at = rng.bounded(int(doc.size()));
        QElapsedTimer t;
        t.start();
        const RangeResult r = linter.checkRange(doc, at, at + 1);
        keys.push_back(double(t.nsecsElapsed()) / 1e3);
        (void)r;
    }
    std::vector<double> sorted = keys;
    std::sort(sorted.begin(), sorted.end());
    QElapsedTimer full;
    full.start();
    (void)linter.check(doc);
    const double fullMs = double(full.nsecsElapsed()) / 1e6;

    std::printf("rules active            %d (profile %s), linter set-up %.2f ms\n", linter.activeRuleCount(), qPrintable(linter.profile()), setupMs);
    std::printf("check() on %.2f MB      median of 5: %.1f ms, %.1f MB/s, %lld findings\n", mb, sec * 1e3, mb / sec, static_cast<long long>(findings));
    std::printf("keystroke on 300 KB     checkRange of the paragraph: median %.1f us, p99 %.1f us (500 keystrokes)\n", median(keys),
                sorted[size_t(sorted.size() * 99 / 100)]);
    std::printf("full re-check of 300 KB %.2f ms\n", fullMs);
    return 0;
}
