// tessera-memscan: counts how often given strings occur in another process's memory, as UTF-8 and as UTF-16LE (Qt's
// QString), by reading every readable mapping listed in /proc/PID/maps through /proc/PID/mem. Used by
// tests/lock/test_lock_memory.sh (issue 8 §1: after a lock, no case text is left in the locked process's memory).
//
// Usage: tessera-memscan PID NEEDLE...
// Output: one line per needle, "<utf8 count> <utf16le count> <needle>", then a "total <n>" line, then one line per
// kind of mapping with its hits ("heap", "anon", "stack", "file"), bytes in kilobytes.
// Exit codes: 0 scanned; 77 /proc/PID/mem cannot be read here (the reason on stderr: not root, no CAP_SYS_PTRACE,
// the process is not dumpable, or ptrace is restricted); 2 usage; 1 anything else.
#include <QByteArray>
#include <QString>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <unistd.h>
#include <vector>

namespace {

struct Region {
    unsigned long long start = 0;
    unsigned long long end = 0;
    std::string kind; // heap, stack, anon, file
};

std::vector<Region> readableRegions(const std::string& pid) {
    std::vector<Region> out;
    std::ifstream maps("/proc/" + pid + "/maps");
    std::string line;
    while (std::getline(maps, line)) {
        std::istringstream in(line);
        std::string range, perms, offset, dev, inode, path;
        in >> range >> perms >> offset >> dev >> inode;
        std::getline(in, path);
        path.erase(0, path.find_first_not_of(' '));
        if (perms.empty() || perms[0] != 'r')
            continue;
        if (path == "[vvar]" || path == "[vsyscall]" || path == "[vvar_vclock]")
            continue;
        Region r;
        const auto dash = range.find('-');
        r.start = std::stoull(range.substr(0, dash), nullptr, 16);
        r.end = std::stoull(range.substr(dash + 1), nullptr, 16);
        if (path == "[heap]")
            r.kind = "heap";
        else if (path.rfind("[stack", 0) == 0)
            r.kind = "stack";
        else if (path.empty() || path[0] == '[')
            r.kind = "anon";
        else
            r.kind = "file";
        out.push_back(r);
    }
    return out;
}

size_t countIn(const char* hay, size_t hayLen, const QByteArray& needle, size_t limit) {
    // Occurrences that start before `limit` (the overlap after it belongs to the next chunk).
    size_t n = 0;
    if (needle.isEmpty() || hayLen < size_t(needle.size()))
        return 0;
    const char* p = hay;
    const char* end = hay + hayLen;
    while (p < end) {
        p = static_cast<const char*>(memmem(p, size_t(end - p), needle.constData(), size_t(needle.size())));
        if (!p || size_t(p - hay) >= limit)
            break;
        ++n;
        ++p;
    }
    return n;
}

} // namespace

int main(int argc, char** argv) {
    if (argc < 3) {
        std::fprintf(stderr, "usage: tessera-memscan PID NEEDLE...\n");
        return 2;
    }
    const std::string pid = argv[1];
    std::vector<QString> needles;
    std::vector<QByteArray> utf8, utf16;
    size_t longest = 1;
    for (int i = 2; i < argc; ++i) {
        const QString s = QString::fromUtf8(argv[i]);
        needles.push_back(s);
        utf8.push_back(s.toUtf8());
        utf16.push_back(QByteArray(reinterpret_cast<const char*>(s.utf16()), s.size() * 2)); // little-endian host
        longest = std::max<size_t>(longest, size_t(utf16.back().size()));
    }

    const std::string memPath = "/proc/" + pid + "/mem";
    const int fd = ::open(memPath.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        const int err = errno;
        std::fprintf(stderr, "cannot open %s: %s — reading another process's memory needs root or CAP_SYS_PTRACE "
                             "when the process is not dumpable (Tessera sets PR_SET_DUMPABLE 0), or a ptrace "
                             "permission (Yama ptrace_scope)\n",
                     memPath.c_str(), std::strerror(err));
        return err == EACCES || err == EPERM ? 77 : 1;
    }
    const std::vector<Region> regions = readableRegions(pid);
    if (regions.empty()) {
        std::fprintf(stderr, "no readable mappings in /proc/%s/maps\n", pid.c_str());
        ::close(fd);
        return 1;
    }

    std::vector<size_t> count8(needles.size()), count16(needles.size());
    std::map<std::string, size_t> hitsByKind, kbByKind;
    size_t bytesRead = 0;
    const size_t chunk = 1 << 20;
    std::vector<char> buf(chunk + longest);
    for (const Region& r : regions) {
        for (unsigned long long at = r.start; at < r.end; at += chunk) {
            const size_t want = size_t(std::min<unsigned long long>(chunk + longest, r.end - at));
            const ssize_t got = ::pread(fd, buf.data(), want, off_t(at));
            if (got <= 0)
                break; // an unreadable mapping (a device, a guard): skip the rest of it
            const size_t limit = std::min<size_t>(chunk, size_t(got));
            bytesRead += limit;
            kbByKind[r.kind] += limit / 1024;
            for (size_t i = 0; i < needles.size(); ++i) {
                const size_t a = countIn(buf.data(), size_t(got), utf8[i], limit);
                const size_t b = countIn(buf.data(), size_t(got), utf16[i], limit);
                count8[i] += a;
                count16[i] += b;
                hitsByKind[r.kind] += a + b;
            }
        }
    }
    ::close(fd);
    if (bytesRead == 0) {
        std::fprintf(stderr, "read nothing from %s: %s\n", memPath.c_str(), std::strerror(errno));
        return errno == EACCES || errno == EPERM || errno == EIO ? 77 : 1;
    }
    size_t total = 0;
    for (size_t i = 0; i < needles.size(); ++i) {
        std::printf("%zu %zu %s\n", count8[i], count16[i], needles[i].toUtf8().constData());
        total += count8[i] + count16[i];
    }
    std::printf("total %zu\n", total);
    for (const auto& [kind, kb] : kbByKind)
        std::printf("region %s %zu KiB %zu hits\n", kind.c_str(), kb, hitsByKind[kind]);
    return 0;
}
