// New-user trial (session 4): an import or an exhibit from a named pipe or a device is refused by stat as "not a
// regular file" (BadInput, exit 4), never opened (a pipe would block the read forever), and nothing is written.
#include "TestSupport.h"

#include "case/CaseError.h"
#include "ingest/RecordImporter.h"
#include "model/ExhibitRepository.h"
#include "storage/Database.h"

#include <catch2/catch.hpp>
#include <functional>
#include <sys/stat.h>

using namespace tessera;
using namespace tessera::test;

namespace {
CaseError errorOf(const std::function<void()>& f) {
    try {
        f();
    } catch (const CaseError& e) {
        return e;
    }
    return CaseError(ErrorKind::Internal, QStringLiteral("nothing thrown"));
}
} // namespace

TEST_CASE("a named pipe or a device is not a regular file: refused by stat, never read", "[import][input]") {
    Scratch s;
    const QString fifo = s.path(QStringLiteral("return.csv"));
    REQUIRE(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
    for (const QString& path : {fifo, QStringLiteral("/dev/zero")}) {
        const CaseError e = errorOf([&] { ExhibitRepository::requireRegularFile(path); });
        CHECK(e.kind() == ErrorKind::BadInput);
        CHECK(e.message().contains(QStringLiteral("not a regular file")));
    }
    CHECK(errorOf([&] { ExhibitRepository::requireRegularFile(s.path(QStringLiteral("missing.csv"))); })
              .message()
              .contains(QStringLiteral("no such file")));
    CHECK(errorOf([&] { ExhibitRepository::requireRegularFile(s.dir.path()); })
              .message()
              .contains(QStringLiteral("is a folder")));

    // The importer itself (the GUI's path): the pipe has no writer, so opening it would block this test forever.
    auto c = Case::create(s.path(QStringLiteral("c.tessera")), QStringLiteral("Input files passphrase"), testOptions());
    ImportOptions o;
    o.profile = QStringLiteral("cdr-bandicoot");
    o.timeBasis = QStringLiteral("UTC");
    const CaseError e = errorOf([&] { RecordImporter::run(*c, fifo, o); });
    CHECK(e.kind() == ErrorKind::BadInput);
    CHECK(e.message().contains(QStringLiteral("not a regular file")));
    CHECK(c->db().scalar("SELECT count(*) FROM exhibit") == 0);
    CHECK(RecordImporter::preview(fifo, o, 10, 10).problem == QStringLiteral("not a regular file"));
    CHECK(errorOf([&] { ExhibitRepository::hashFile(fifo); }).kind() == ErrorKind::BadInput);
}
