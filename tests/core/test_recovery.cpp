// The agency recovery slot and handover (issue 8 §3) at the core level: the slot survives passphrase changes,
// interrupted and finished key rotations and handovers; a handover leaves an audit record with its note.

#include "TestSupport.h"

#include "case/CaseError.h"
#include "crypto/RecoveryKey.h"
#include "storage/Database.h"

#include <QJsonDocument>
#include <catch2/catch.hpp>
#include <sodium.h>

using namespace tessera;
using namespace tessera::test;

namespace {

struct AgencyKey {
    SecureBuffer secret{32};
    QByteArray publicKey;
    AgencyKey() {
        randombytes_buf(secret.data(), 32);
        publicKey = RecoveryKey::publicKeyOf(secret);
    }
};

const QString kPass = QStringLiteral("investigator passphrase");

} // namespace

TEST_CASE("An OpenSSL X25519 key pair in PEM form is read, and other keys are refused", "[recovery]") {
    // Fixed vector: the PKCS#8 and SPKI PEMs OpenSSL writes for one key (RFC 8410 layout).
    const AgencyKey k;
    const QByteArray pubPem = RecoveryKey::publicKeyPem(k.publicKey);
    CHECK(RecoveryKey::publicKeyFromPem(pubPem) == k.publicKey);
    const QByteArray der = QByteArray::fromHex("302e020100300506032b656e04220420") +
                           QByteArray(reinterpret_cast<const char*>(k.secret.data()), 32);
    const QByteArray privPem = "-----BEGIN PRIVATE KEY-----\n" + der.toBase64() + "\n-----END PRIVATE KEY-----\n";
    const SecureBuffer back = RecoveryKey::secretKeyFromPem(privPem);
    REQUIRE_FALSE(back.isEmpty());
    CHECK(back.equals(k.secret));
    // An Ed25519 public key (OID 1.3.101.112) is not an X25519 key.
    const QByteArray ed = "-----BEGIN PUBLIC KEY-----\n" +
                          (QByteArray::fromHex("302a300506032b6570032100") + k.publicKey).toBase64() +
                          "\n-----END PUBLIC KEY-----\n";
    CHECK(RecoveryKey::publicKeyFromPem(ed).isEmpty());
    CHECK(RecoveryKey::secretKeyFromPem(pubPem).isEmpty());
}

TEST_CASE("The agency recovery slot opens the case through passphrase changes and key rotations", "[recovery]") {
    Scratch s;
    const QString path = s.path(QStringLiteral("c.tessera"));
    const AgencyKey agency, stranger;
    Case::create(path, kPass, testOptions())->close();
    CHECK_THROWS_AS(Case::openWithRecoveryKey(path, agency.secret, false), CaseError);
    Case::open(path, kPass, false)->addRecoverySlot(agency.publicKey);
    CHECK_NOTHROW(Case::openWithRecoveryKey(path, agency.secret, false));
    try {
        Case::openWithRecoveryKey(path, stranger.secret, false);
        FAIL("a stranger's key opened the case");
    } catch (const CaseError& e) {
        CHECK(e.kind() == ErrorKind::WrongPassphrase);
    }
    Case::open(path, kPass, false)->changePassphrase(QStringLiteral("second passphrase"), KdfParameters::testing());
    CHECK_NOTHROW(Case::openWithRecoveryKey(path, agency.secret, false));

    // A rotation interrupted after each step: the agency key opens whichever key the pages are under.
    for (int step : {1, 2}) {
        const QString p = s.path(QStringLiteral("r%1.tessera").arg(step));
        QFile::copy(path, p);
        Case::open(p, QStringLiteral("second passphrase"), false)
            ->rotateDataKey(QStringLiteral("third passphrase"), KdfParameters::testing(), step);
        INFO("stopped after step " << step);
        auto c = Case::openWithRecoveryKey(p, agency.secret, false);
        CHECK(c->db().integrityCheck() == QStringList{QStringLiteral("ok")});
        c.reset();
        // The investigator's next open finishes the rotation; the agency key still opens it afterwards.
        Case::open(p, QStringLiteral("third passphrase"), false).reset();
        CHECK_NOTHROW(Case::openWithRecoveryKey(p, agency.secret, false));
    }

    // A handover: new data key, new passphrase, the recovery slot kept, and the record in the audit log.
    {
        auto c = Case::open(path, QStringLiteral("second passphrase"), false);
        CHECK_THROWS_AS(c->handOver(QStringLiteral("receiving passphrase"), QStringLiteral(" "), {}, KdfParameters::testing()), CaseError);
        c->handOver(QStringLiteral("receiving passphrase"), QStringLiteral("reassigned to the task force"),
                    QStringLiteral("Det. Receiving"), KdfParameters::testing());
    }
    CHECK_THROWS_AS(Case::open(path, QStringLiteral("second passphrase"), false), CaseError);
    auto c = Case::openWithRecoveryKey(path, agency.secret, false);
    Statement st = c->db().prepare("SELECT actor, detail FROM audit_entry WHERE action = 'case.handover'");
    REQUIRE(st.step());
    CHECK(st.text(0) == QStringLiteral("Det. Test"));
    const QJsonObject detail = QJsonDocument::fromJson(st.text(1).toUtf8()).object();
    CHECK(detail.value(QStringLiteral("note")).toString() == QStringLiteral("reassigned to the task force"));
    CHECK(detail.value(QStringLiteral("to")).toString() == QStringLiteral("Det. Receiving"));
    CHECK(detail.value(QStringLiteral("key_rotated")).toBool());
    CHECK(c->actor() == QStringLiteral("Det. Receiving"));
}
