// Bounded memory of the import readers (issue 6 point 6): the decoded text read line by line (LineCursor,
// UnfoldedLines — the same lines, numbers, unfolding and vCard 2.1 soft breaks as splitting the whole text), and the
// pages of a memory-mapped file released behind a reader and read again unchanged.
#include "TestSupport.h"

#include "ingest/Readers.h"

#include <QFile>
#include <catch2/catch.hpp>

using namespace tessera;
using namespace tessera::test;

namespace {
QStringList all(readers::LineCursor& c) {
    QStringList out;
    readers::Line l;
    while (c.next(l))
        out << QStringLiteral("%1:%2").arg(l.number).arg(QString::fromUtf8(l.text));
    return out;
}
QStringList all(readers::UnfoldedLines& c) {
    QStringList out;
    readers::Line l;
    while (c.next(l))
        out << QStringLiteral("%1:%2").arg(l.number).arg(QString::fromUtf8(l.text));
    return out;
}

#ifdef Q_OS_LINUX
/// This process's resident KiB of the mapping that starts at `address` (/proc/self/smaps).
qint64 residentKib(const void* address) {
    QFile f(QStringLiteral("/proc/self/smaps"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray start = QByteArray::number(reinterpret_cast<quintptr>(address), 16) + '-';
    bool inside = false;
    for (const QByteArray& line : f.readAll().split('\n')) {
        if (line.contains('-') && !line.startsWith("Rss") && line.indexOf(' ') > line.indexOf('-'))
            inside = line.startsWith(start);
        if (inside && line.startsWith("Rss:"))
            return line.mid(4).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}
#endif
} // namespace

TEST_CASE("reader lines: CR, LF and CRLF ends, numbers, and the last line after the final end") {
    const QByteArray text = "a\r\nb\nc\rd\n";
    readers::LineCursor c(text);
    CHECK(all(c) == QStringList{"1:a", "2:b", "3:c", "4:d", "5:"});
    const QByteArray none;
    readers::LineCursor empty(none);
    CHECK(all(empty) == QStringList{"1:"});
}

TEST_CASE("reader lines: folded lines unfolded, vCard 2.1 quoted-printable soft breaks joined") {
    const QByteArray ics = "BEGIN:VEVENT\r\nSUMMARY:a long\r\n  summary\r\n\tgoes on\r\nEND:VEVENT\r\n";
    readers::UnfoldedLines u(ics, false);
    // RFC 5545 §3.1: the line break and the one space or tab after it are removed.
    CHECK(all(u) == QStringList{"1:BEGIN:VEVENT", "2:SUMMARY:a long summarygoes on", "5:END:VEVENT", "6:"});
    const QByteArray vcf = "N;ENCODING=QUOTED-PRINTABLE:M=C3=BC=\r\n  ller\r\nTEL:1\r\n";
    readers::UnfoldedLines q(vcf, true);
    CHECK(all(q) == QStringList{"1:N;ENCODING=QUOTED-PRINTABLE:M=C3=BCller", "3:TEL:1", "4:"});
    readers::UnfoldedLines noQp(vcf, false); // iCalendar: no soft breaks, the second line is a fold
    CHECK(all(noQp) == QStringList{"1:N;ENCODING=QUOTED-PRINTABLE:M=C3=BC= ller", "3:TEL:1", "4:"});
}

#ifdef Q_OS_LINUX
TEST_CASE("mapped text: pages behind the reader leave resident memory and read back unchanged") {
    Scratch s;
    const qint64 size = qint64(12) << 20;
    QByteArray bytes(size, Qt::Uninitialized);
    for (qint64 i = 0; i < size; ++i)
        bytes[i] = static_cast<char>(i % 251);
    writeFile(s.path(QStringLiteral("big.txt")), bytes);
    QFile f(s.path(QStringLiteral("big.txt")));
    REQUIRE(f.open(QIODevice::ReadOnly));
    const uchar* map = f.map(0, size);
    REQUIRE(map);
    const QByteArrayView mapped(reinterpret_cast<const char*>(map), size);
    qint64 sum = 0;
    for (qint64 i = 0; i < size; i += 4096)
        sum += mapped[i];
    CHECK(sum != 0);
    CHECK(residentKib(map) >= 11 * 1024); // every page read

    qint64 released = 0;
    readers::releaseMapped(mapped, released, size / 2); // half way: released up to 1 MiB behind
    CHECK(released == size / 2 - (1 << 20));
    readers::releaseMapped(mapped, released, size);
    CHECK(released == size - (1 << 20));
    CHECK(residentKib(map) <= 1024 + 8); // only the last MiB (the reader's margin) is left
    CHECK(QByteArrayView(bytes) == mapped); // read again from the file, unchanged
    CHECK(residentKib(map) >= 11 * 1024);
}
#endif
