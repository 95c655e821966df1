// `tessera-cli check` on a case whose audit log was altered (issue 8 §4): it exits 5 and names the first entry that
// does not hold — run as a user runs it, on a case tampered with from inside (the append-only trigger dropped with the
// key in hand, as an attacker with the passphrase could).

#include "TestSupport.h"

#include "audit/AuditLog.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <catch2/catch.hpp>

using namespace tessera;
using namespace tessera::test;

namespace {
const QString kPass = QStringLiteral("audit tamper passphrase");

struct CheckRun {
    int exitCode = -1;
    QString out, err;
};

CheckRun runCheck(const QString& casePath) {
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("TESSERA_PASSPHRASE"), kPass);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(TESSERA_CLI), {QStringLiteral("check"), casePath});
    REQUIRE(p.waitForFinished(60000));
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}
} // namespace

TEST_CASE("check reports an altered audit entry as the first bad one, exit 5", "[audit][cli]") {
    Scratch s;
    const QString path = s.path(QStringLiteral("c.tessera"));
    {
        auto c = Case::create(path, kPass, testOptions());
        for (int i = 0; i < 4; ++i) {
            Transaction tx(c->db());
            c->audit(QStringLiteral("test.entry"), QStringLiteral("case"), QJsonObject{{QStringLiteral("n"), i}});
            tx.commit();
        }
    }
    CheckRun clean = runCheck(path);
    INFO(clean.err.toStdString());
    REQUIRE(clean.exitCode == 0);
    CHECK(clean.out.contains(QStringLiteral("audit chain: 5 entries, intact")));

    {
        auto c = Case::open(path, kPass, false);
        c->db().exec("DROP TRIGGER audit_no_update; UPDATE audit_entry SET detail = '{\"n\":99}' WHERE id = 3");
    }
    CheckRun bad = runCheck(path);
    INFO(bad.err.toStdString());
    CHECK(bad.exitCode == 5);
    CHECK(bad.err.contains(QStringLiteral("audit chain broken at entry 3")));
    CHECK(bad.out.contains(QStringLiteral("BROKEN")));
}
