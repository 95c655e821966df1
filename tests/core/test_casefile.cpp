// The case file: encryption, passphrase, locking, format and schema versions, crash-safety of header and journal.
#include "TestSupport.h"

#include "audit/AuditLog.h"
#include "case/CaseError.h"
#include "crypto/Sodium.h"
#include "storage/Database.h"
#include "storage/OffsetVfs.h"
#include "storage/Transaction.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <catch2/catch.hpp>
#include <sodium.h>

using namespace tessera;
using namespace tessera::test;

static ErrorKind kindOf(const std::function<void()>& f) {
    try {
        f();
    } catch (const CaseError& e) {
        return e.kind();
    }
    FAIL("expected a CaseError");
    return ErrorKind::Internal;
}

TEST_CASE("the linked SQLite is SQLCipher 3.4.1, not the plain library") {
    REQUIRE(Database::linkedCipherVersion() == QStringLiteral("3.4.1"));
}

TEST_CASE("a new case is encrypted, starts with the Tessera header and keeps its settings") {
    Scratch s;
    const QString path = s.path(QStringLiteral("a.tessera"));
    {
        auto c = Case::create(path, QStringLiteral("correct horse"), testOptions(QStringLiteral("Operation MARKERTITLE")));
        REQUIRE(c->db().cipherVersion() == QStringLiteral("3.4.1"));
    }
    const QByteArray bytes = readFile(path);
    REQUIRE(bytes.startsWith(OffsetVfs::caseMagic()));
    REQUIRE_FALSE(bytes.contains("SQLite format 3"));
    REQUIRE_FALSE(bytes.contains("MARKERTITLE"));
    REQUIRE(bytes.size() > CaseHeader::kHeaderBytes);
    REQUIRE((bytes.size() - CaseHeader::kHeaderBytes) % 4096 == 0);
    auto c = Case::open(path, QStringLiteral("correct horse"));
    REQUIRE(c->settings().value(CaseSettings::Key::Title) == QStringLiteral("Operation MARKERTITLE"));
    REQUIRE(c->settings().value(CaseSettings::Key::BatesPrefix) == QStringLiteral("TSR"));
    REQUIRE(c->settings().value(CaseSettings::Key::DisplayZone) == QStringLiteral("America/New_York"));
}

TEST_CASE("a wrong passphrase is refused and leaves the file's bytes unchanged") {
    Scratch s;
    const QString path = s.path(QStringLiteral("b.tessera"));
    Case::create(path, QStringLiteral("right one"), testOptions());
    const QByteArray before = readFile(path);
    REQUIRE(kindOf([&] { Case::open(path, QStringLiteral("wrong one")); }) == ErrorKind::WrongPassphrase);
    REQUIRE(kindOf([&] { Case::open(path, QStringLiteral("right one ")); }) == ErrorKind::WrongPassphrase); // no trimming
    REQUIRE(readFile(path) == before);
    REQUIRE_FALSE(QFileInfo::exists(path + QStringLiteral(".lock")));
}

TEST_CASE("passphrases are compared after NFC normalisation") {
    Scratch s;
    const QString path = s.path(QStringLiteral("n.tessera"));
    Case::create(path, QStringLiteral("Pa\u00DFwort caf\u00E9"), testOptions()); // precomposed é
    REQUIRE_NOTHROW(Case::open(path, QStringLiteral("Pa\u00DFwort cafe\u0301"))); // e + combining acute
}

TEST_CASE("create refuses to overwrite an existing file") {
    Scratch s;
    const QString path = s.path(QStringLiteral("c.tessera"));
    writeFile(path, "precious");
    REQUIRE(kindOf([&] { Case::create(path, QStringLiteral("x"), testOptions()); }) == ErrorKind::Usage);
    REQUIRE(readFile(path) == "precious");
}

TEST_CASE("a case open in one place cannot be opened again") {
    Scratch s;
    const QString path = s.path(QStringLiteral("d.tessera"));
    auto c = Case::create(path, QStringLiteral("pw"), testOptions());
    REQUIRE(kindOf([&] { Case::open(path, QStringLiteral("pw")); }) == ErrorKind::OpenElsewhere);
    c.reset();
    REQUIRE_NOTHROW(Case::open(path, QStringLiteral("pw")));
}

TEST_CASE("a file of a newer format version is refused and not touched") {
    Scratch s;
    const QString path = s.path(QStringLiteral("e.tessera"));
    Case::create(path, QStringLiteral("pw"), testOptions());
    QByteArray bytes = readFile(path);
    // Raise the format version in both header copies and fix their checksums (BLAKE2b-256 over bytes 0..1983).
    for (int off : {64, 2080}) {
        bytes[off + 4] = 9;
        unsigned char sum[32];
        crypto_generichash(sum, 32, reinterpret_cast<const unsigned char*>(bytes.constData() + off), 1984, nullptr, 0);
        bytes.replace(off + 1984, 32, QByteArray(reinterpret_cast<const char*>(sum), 32));
    }
    writeFile(path, bytes);
    REQUIRE(kindOf([&] { Case::open(path, QStringLiteral("pw")); }) == ErrorKind::Unsupported);
    REQUIRE(readFile(path) == bytes);
}

TEST_CASE("a case with a newer schema version is refused") {
    Scratch s;
    const QString path = s.path(QStringLiteral("f.tessera"));
    {
        auto c = Case::create(path, QStringLiteral("pw"), testOptions());
        c->db().exec("PRAGMA user_version = 999");
    }
    const QByteArray before = readFile(path);
    REQUIRE(kindOf([&] { Case::open(path, QStringLiteral("pw")); }) == ErrorKind::Unsupported);
    REQUIRE(readFile(path) == before);
}

TEST_CASE("a torn header copy is survived — both copies damaged is reported as damage") {
    Scratch s;
    const QString path = s.path(QStringLiteral("g.tessera"));
    Case::create(path, QStringLiteral("pw"), testOptions());
    QByteArray bytes = readFile(path);
    bytes[64 + 100] = static_cast<char>(bytes[64 + 100] ^ 0x5a); // copy A
    writeFile(path, bytes);
    REQUIRE_NOTHROW(Case::open(path, QStringLiteral("pw")));
    bytes[2080 + 100] = static_cast<char>(bytes[2080 + 100] ^ 0x5a); // copy B too
    writeFile(path, bytes);
    REQUIRE(kindOf([&] { Case::open(path, QStringLiteral("pw")); }) == ErrorKind::Damaged);
}

TEST_CASE("a file that is not a case is refused as damaged, and so is an altered database page") {
    Scratch s;
    const QString other = s.path(QStringLiteral("plain.txt"));
    writeFile(other, QByteArray(8192, 'x'));
    REQUIRE(kindOf([&] { Case::open(other, QStringLiteral("pw")); }) == ErrorKind::Damaged);
    const QString path = s.path(QStringLiteral("h.tessera"));
    Case::create(path, QStringLiteral("pw"), testOptions());
    QByteArray bytes = readFile(path);
    bytes[4096 + 200] = static_cast<char>(bytes[4096 + 200] ^ 1); // page 1 of the database
    writeFile(path, bytes);
    REQUIRE(kindOf([&] { Case::open(path, QStringLiteral("pw")); }) == ErrorKind::Damaged);
}

TEST_CASE("the rollback journal is renamed so stock SQLite tools cannot replay it at the wrong offset") {
    Scratch s;
    const QString path = s.path(QStringLiteral("j.tessera"));
    auto c = Case::create(path, QStringLiteral("pw"), testOptions());
    {
        Transaction tx(c->db());
        c->settings().setValue(CaseSettings::Key::Agency, QStringLiteral("Agency"));
        REQUIRE(QFileInfo::exists(path + QStringLiteral("-tjournal")));
        REQUIRE_FALSE(QFileInfo::exists(path + QStringLiteral("-journal")));
    } // rolled back
    REQUIRE(c->settings().value(CaseSettings::Key::Agency).isEmpty());
    REQUIRE_FALSE(QFileInfo::exists(path + QStringLiteral("-tjournal")));
}

TEST_CASE("the audit chain verifies and detects an altered entry") {
    Scratch s;
    const QString path = s.path(QStringLiteral("k.tessera"));
    auto c = Case::create(path, QStringLiteral("pw"), testOptions());
    {
        Transaction tx(c->db());
        c->audit(QStringLiteral("test.one"), QStringLiteral("case"));
        c->audit(QStringLiteral("test.two"), QStringLiteral("case"));
        tx.commit();
    }
    auto v = AuditLog::verify(c->db());
    REQUIRE(v.entries == 3);
    REQUIRE(v.firstBadId == 0);
    REQUIRE_THROWS_AS(c->db().exec("UPDATE audit_entry SET actor = 'someone else' WHERE id = 2"), CaseError);
    c->db().exec("DROP TRIGGER audit_no_update; UPDATE audit_entry SET actor = 'someone else' WHERE id = 2");
    v = AuditLog::verify(c->db());
    REQUIRE(v.firstBadId == 2);
}

TEST_CASE("changing the passphrase: only the new one opens, the data stays, and it is audited") {
    Scratch s;
    const QString path = s.path(QStringLiteral("r.tessera"));
    {
        auto c = Case::create(path, QStringLiteral("old passphrase"), testOptions(QStringLiteral("Kept title")));
        c->changePassphrase(QStringLiteral("new passphrase"), KdfParameters::testing());
    }
    REQUIRE(kindOf([&] { Case::open(path, QStringLiteral("old passphrase")); }) == ErrorKind::WrongPassphrase);
    auto c = Case::open(path, QStringLiteral("new passphrase"));
    REQUIRE(c->settings().value(CaseSettings::Key::Title) == QStringLiteral("Kept title"));
    REQUIRE(c->db().scalar("SELECT count(*) FROM audit_entry WHERE action = 'passphrase.change'") == 1);
    REQUIRE(AuditLog::verify(c->db()).firstBadId == 0);
    const QByteArray bytes = readFile(path);
    REQUIRE(bytes.mid(64, 2016) == bytes.mid(2080, 2016)); // no copy keeps the old slot
}

TEST_CASE("a passphrase change interrupted between the two header copies opens with exactly one passphrase") {
    Scratch s;
    const QString path = s.path(QStringLiteral("i.tessera"));
    Case::create(path, QStringLiteral("old passphrase"), testOptions());
    const QByteArray before = readFile(path);
    {
        auto c = Case::open(path, QStringLiteral("old passphrase"));
        c->changePassphrase(QStringLiteral("new passphrase"), KdfParameters::testing());
    }
    // The crash: a new case's current copy is A, so B (offset 2080) is written first and A (offset 64) second;
    // A never reached the disk and still holds the old slot.
    QByteArray crashed = readFile(path);
    crashed.replace(64, 2016, before.mid(64, 2016));
    writeFile(path, crashed);
    REQUIRE(kindOf([&] { Case::open(path, QStringLiteral("old passphrase")); }) == ErrorKind::WrongPassphrase);
    { auto c = Case::open(path, QStringLiteral("new passphrase")); } // repairs the stale copy
    const QByteArray repaired = readFile(path);
    REQUIRE(repaired.mid(64, 2016) == repaired.mid(2080, 2016));
    // And a crash before any copy was written leaves the old passphrase working.
    writeFile(path, before);
    REQUIRE_NOTHROW(Case::open(path, QStringLiteral("old passphrase")));
}

TEST_CASE("key rotation re-encrypts under a new data key, and an interrupted rotation opens with the new passphrase only") {
    for (int stopAfter : {0, 1, 2}) {
        INFO("stop after step " << stopAfter);
        Scratch s;
        const QString path = s.path(QStringLiteral("k.tessera"));
        QByteArray pagesBefore;
        {
            auto c = Case::create(path, QStringLiteral("old passphrase"), testOptions(QStringLiteral("Rotated title")));
            c->close();
        }
        pagesBefore = readFile(path).mid(4096);
        {
            auto c = Case::open(path, QStringLiteral("old passphrase"));
            c->rotateDataKey(QStringLiteral("new passphrase"), KdfParameters::testing(), stopAfter);
        }
        REQUIRE(kindOf([&] { Case::open(path, QStringLiteral("old passphrase")); }) == ErrorKind::WrongPassphrase);
        {
            auto c = Case::open(path, QStringLiteral("new passphrase"));
            REQUIRE(c->settings().value(CaseSettings::Key::Title) == QStringLiteral("Rotated title"));
            REQUIRE(c->db().integrityCheck() == QStringList{QStringLiteral("ok")});
            REQUIRE(AuditLog::verify(c->db()).firstBadId == 0);
        }
        // Opening finished any interrupted rotation: one passphrase slot is left.
        const QByteArray header = readFile(path).left(4096);
        const CaseHeader h = CaseHeader::parse(header, path);
        int passphraseSlots = 0;
        for (const KeySlot& slot : h.keySlots())
            passphraseSlots += slot.type == KeySlotType::Passphrase ? 1 : 0;
        REQUIRE(passphraseSlots == 1);
        REQUIRE(h.copiesInSync());
        if (stopAfter != 1) // the pages were re-encrypted: no page keeps its old ciphertext
            REQUIRE(readFile(path).mid(4096 + 16, 4000) != pagesBefore.mid(16, 4000));
    }
}
