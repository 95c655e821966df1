// bench_import: the call-record import benchmark (bench/README.md). It is not a test and is never added to CTest.
//
//   bench_import generate CSV N [SEED]   write N bandicoot-layout call records (header row) to CSV
//   bench_import create CASE             create an encrypted case with the release KDF; prints kdf_s and create_s
//   bench_import import CASE CSV         open CASE and import CSV (profile cdr-bandicoot, time basis
//                                        America/New_York); prints open_s, import_s, records and peak memory
//
// Every mode prints one line of `key=value` pairs on stdout for bench/run-import-bench.sh to read.
// The passphrase is a fixed benchmark string (override with TESSERA_BENCH_PASSPHRASE); these cases hold no evidence.
#include "case/Case.h"
#include "case/CaseError.h"
#include "crypto/CaseHeader.h"
#include "crypto/SecureBuffer.h"
#include "ingest/CallDetailRecordImporter.h"
#include "ingest/ImportSession.h"
#include "ingest/PhoneNormalizer.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QSet>
#include <QStringList>
#include <QTimeZone>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <exception>
#include <random>
#include <string>
#include <vector>

using namespace tessera;

namespace {

constexpr const char* kProfile = "cdr-bandicoot";
constexpr const char* kTimeBasis = "America/New_York";
constexpr const char* kSubscriber = "4125550147";
constexpr int kCorrespondents = 200;
constexpr int kAntennas = 60;

using Clock = std::chrono::steady_clock;

double secondsSince(Clock::time_point start) {
    return std::chrono::duration<double>(Clock::now() - start).count();
}

QString passphrase() {
    const QString fromEnv = qEnvironmentVariable("TESSERA_BENCH_PASSPHRASE");
    return fromEnv.isEmpty() ? QStringLiteral("bench-import passphrase, not a secret") : fromEnv;
}

/// VmHWM (peak resident set) of this process in KiB, or -1 if /proc is unavailable.
long peakRssKib() {
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : f.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLong();
    return -1;
}

/// Resets VmHWM (and so ru_maxrss) to the current RSS (Linux ≥ 4.0). Returns false where it is not supported.
bool resetPeakRss() {
    QFile f(QStringLiteral("/proc/self/clear_refs"));
    return f.open(QIODevice::WriteOnly) && f.write("5") == 1;
}

double mib(long kib) { return kib < 0 ? -1.0 : kib / 1024.0; }

/// Bytes this process has passed to write(2)/pwrite(2) so far (`wchar` in /proc/self/io), or -1.
long long bytesWritten() {
    QFile f(QStringLiteral("/proc/self/io"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : f.readAll().split('\n'))
        if (line.startsWith("wchar:"))
            return line.mid(6).trimmed().toLongLong();
    return -1;
}

// ---- generate --------------------------------------------------------------------------------------------------

/// `count` distinct 10-digit US numbers (area codes 412/617/202, exchanges 200–999) that libphonenumber accepts as
/// valid, so no record is flagged invalid-number.
std::vector<std::string> makeNumbers(std::mt19937_64& rng, int count) {
    static const char* const areas[] = {"412", "617", "202"};
    std::uniform_int_distribution<int> area(0, 2), exchange(200, 999), line(0, 9999);
    std::vector<std::string> numbers;
    QSet<QString> seen;
    seen.insert(QString::fromLatin1(kSubscriber));
    int attempts = 0;
    while (static_cast<int>(numbers.size()) < count) {
        if (++attempts > count * 100)
            throw std::runtime_error("cannot find enough valid phone numbers (libphonenumber metadata?)");
        char buf[16];
        std::snprintf(buf, sizeof buf, "%s%03d%04d", areas[area(rng)], exchange(rng), line(rng));
        const QString s = QString::fromLatin1(buf);
        if (seen.contains(s))
            continue;
        if (PhoneNormalizer::normalize(s, QStringLiteral("US")).status != PhoneNormalizer::Status::Valid)
            continue;
        seen.insert(s);
        numbers.emplace_back(buf);
    }
    return numbers;
}

int cmdGenerate(const QString& path, long long n, unsigned long long seed) {
    if (n < 1)
        throw std::runtime_error("N must be at least 1");
    std::mt19937_64 rng(seed);
    const std::vector<std::string> numbers = makeNumbers(rng, kCorrespondents);
    if (PhoneNormalizer::normalize(QString::fromLatin1(kSubscriber), QStringLiteral("US")).status !=
        PhoneNormalizer::Status::Valid)
        throw std::runtime_error("the benchmark subscriber number is not valid in libphonenumber");

    // Instants spread over 2023 in order (UTC), written as New York wall-clock time, as a US carrier would: the
    // November fall-back hour repeats (those rows are flagged ambiguous-local-time), and no time falls in the
    // March gap.
    const QTimeZone zone(kTimeBasis);
    const qint64 start = QDateTime(QDate(2023, 1, 1), QTime(5, 0), Qt::UTC).toSecsSinceEpoch();
    const qint64 end = QDateTime(QDate(2024, 1, 1), QTime(5, 0), Qt::UTC).toSecsSinceEpoch();
    struct Change {
        qint64 atUtc;
        int offset;
    };
    std::vector<Change> changes;
    changes.push_back({start, zone.offsetFromUtc(QDateTime::fromSecsSinceEpoch(start, Qt::UTC))});
    for (const QTimeZone::OffsetData& t :
         zone.transitions(QDateTime::fromSecsSinceEpoch(start, Qt::UTC), QDateTime::fromSecsSinceEpoch(end, Qt::UTC)))
        changes.push_back({t.atUtc.toSecsSinceEpoch(), t.offsetFromUtc});

    // Correspondents: a few close contacts carry most of the traffic (Zipf-like weights).
    std::vector<double> weights(numbers.size());
    for (std::size_t i = 0; i < weights.size(); ++i)
        weights[i] = 1.0 / static_cast<double>(i + 1);
    std::discrete_distribution<int> who(weights.begin(), weights.end());
    std::uniform_int_distribution<int> percent(0, 99), antenna(0, kAntennas - 1);
    std::lognormal_distribution<double> callSeconds(4.0, 1.2); // median ≈ 55 s
    const double meanGap = static_cast<double>(end - start) / static_cast<double>(n);
    std::uniform_real_distribution<double> gap(0.0, 2.0 * meanGap);

    QFile out(path);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        throw std::runtime_error("cannot write " + path.toStdString());
    std::string buf;
    buf.reserve(1 << 20);
    buf += "interaction,direction,correspondent_id,datetime,call_duration,antenna_id\n";
    double t = static_cast<double>(start);
    std::size_t change = 0;
    qint64 bytes = 0;
    for (long long i = 0; i < n; ++i) {
        t += gap(rng);
        const qint64 utc = static_cast<qint64>(t);
        while (change + 1 < changes.size() && changes[change + 1].atUtc <= utc)
            ++change;
        const QDateTime local = QDateTime::fromSecsSinceEpoch(utc + changes[change].offset, Qt::UTC);
        const QDate d = local.date();
        const QTime tm = local.time();
        const bool call = percent(rng) < 55;
        const bool outgoing = percent(rng) < 48;
        char line[160];
        char duration[16] = "";
        if (call) {
            // About 8 % unanswered (0 s); the rest log-normal, capped at two hours.
            const long s = percent(rng) < 8 ? 0 : std::min(7200L, 1L + static_cast<long>(callSeconds(rng)));
            std::snprintf(duration, sizeof duration, "%ld", s);
        }
        const int len = std::snprintf(line, sizeof line, "%s,%s,%s,%04d-%02d-%02d %02d:%02d:%02d,%s,%d\n",
                                      call ? "call" : "text", outgoing ? "out" : "in", numbers[who(rng)].c_str(),
                                      d.year(), d.month(), d.day(), tm.hour(), tm.minute(), tm.second(), duration,
                                      1000 + 37 * antenna(rng));
        buf.append(line, static_cast<std::size_t>(len));
        if (buf.size() > (1u << 20) - 256) {
            if (out.write(buf.data(), static_cast<qint64>(buf.size())) != static_cast<qint64>(buf.size()))
                throw std::runtime_error("write error on " + path.toStdString());
            bytes += static_cast<qint64>(buf.size());
            buf.clear();
        }
    }
    if (out.write(buf.data(), static_cast<qint64>(buf.size())) != static_cast<qint64>(buf.size()) || !out.flush())
        throw std::runtime_error("write error on " + path.toStdString());
    bytes += static_cast<qint64>(buf.size());
    std::printf("rows=%lld bytes=%lld correspondents=%d\n", n, static_cast<long long>(bytes), kCorrespondents);
    return 0;
}

// ---- create ----------------------------------------------------------------------------------------------------

int cmdCreate(const QString& path) {
    const KdfParameters kdf = KdfParameters::releaseDefault();
    // The KDF alone, on a throw-away key: what every open of a case pays before the database is touched.
    auto t0 = Clock::now();
    {
        SecureBuffer dummy(32);
        (void)CaseHeader::createWithPassphrase(passphrase(), dummy, kdf);
    }
    const double kdfS = secondsSince(t0);
    NewCaseOptions o;
    o.title = QStringLiteral("Import benchmark");
    o.displayZone = QString::fromLatin1(kTimeBasis);
    o.region = QStringLiteral("US");
    o.investigator = QStringLiteral("bench");
    o.kdf = kdf;
    t0 = Clock::now();
    auto c = Case::create(path, passphrase(), o);
    c->close();
    const double createS = secondsSince(t0);
    std::printf("kdf_s=%.3f create_s=%.3f kdf_ops=%llu kdf_mem_mib=%llu\n", kdfS, createS,
                static_cast<unsigned long long>(kdf.opsLimit), static_cast<unsigned long long>(kdf.memLimit >> 20));
    return 0;
}

// ---- import ----------------------------------------------------------------------------------------------------

int cmdImport(const QString& casePath, const QString& csvPath) {
    const auto t0 = Clock::now();
    auto c = Case::open(casePath, passphrase()); // Argon2id (≈64 MiB) + SQLCipher open + schema check
    const double openS = secondsSince(t0);
    const long openPeak = peakRssKib();
    // From here on VmHWM and ru_maxrss measure the import alone, not the KDF's 64 MiB.
    const bool reset = resetPeakRss();
    ImportOptions o;
    o.profile = QString::fromLatin1(kProfile);
    o.timeBasis = QString::fromLatin1(kTimeBasis);
    o.region = QStringLiteral("US");
    o.subscriber = QString::fromLatin1(kSubscriber);
    o.exhibitTitle = QStringLiteral("Generated call records");
    // TESSERA_BENCH_SEQUENTIAL=1: the sequential path (one INSERT per row on this thread), for comparison.
    const bool sequential = qEnvironmentVariableIntValue("TESSERA_BENCH_SEQUENTIAL") == 1;
    ImportSession::setPipelined(!sequential);
    const long long written0 = bytesWritten();
    const auto t1 = Clock::now();
    const ImportResult r = CallDetailRecordImporter::run(*c, csvPath, o);
    const double importS = secondsSince(t1);
    const long long written = written0 < 0 ? -1 : bytesWritten() - written0;
    const long importPeak = peakRssKib();
    const auto t2 = Clock::now();
    c->close();
    const double closeS = secondsSince(t2);
    std::printf("open_s=%.3f import_s=%.3f close_s=%.3f records=%lld flagged=%lld rejected=%lld "
                "rss_open_mib=%.1f rss_import_mib=%.1f rss_reset=%d written_mib=%.1f pipelined=%d\n",
                openS, importS, closeS, static_cast<long long>(r.records), static_cast<long long>(r.flagged),
                static_cast<long long>(r.rejected), mib(openPeak), mib(importPeak), reset ? 1 : 0,
                written < 0 ? -1.0 : static_cast<double>(written) / (1024.0 * 1024.0), sequential ? 0 : 1);
    return r.records > 0 ? 0 : 1;
}

int usage() {
    std::fprintf(stderr, "usage: bench_import generate CSV N [SEED]\n"
                         "       bench_import create CASE\n"
                         "       bench_import import CASE CSV\n");
    return 2;
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    try {
        if (args.size() >= 3 && args.size() <= 4 && args[0] == QLatin1String("generate")) {
            bool okN = true, okSeed = true;
            const long long n = args[2].toLongLong(&okN);
            const unsigned long long seed = args.size() == 4 ? args[3].toULongLong(&okSeed) : 20231105ULL;
            if (!okN || !okSeed)
                return usage();
            return cmdGenerate(args[1], n, seed);
        }
        if (args.size() == 2 && args[0] == QLatin1String("create"))
            return cmdCreate(args[1]);
        if (args.size() == 3 && args[0] == QLatin1String("import"))
            return cmdImport(args[1], args[2]);
        return usage();
    } catch (const CaseError& e) {
        std::fprintf(stderr, "bench_import: %s\n", qPrintable(e.message()));
    } catch (const std::exception& e) {
        std::fprintf(stderr, "bench_import: %s\n", e.what());
    }
    return 1;
}
