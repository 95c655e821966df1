// Rolling backups (issue 8 §6) at the core level: at most one per interval however often a changed case is opened,
// the interval and count read from the case settings, and a passphrase change re-keys every kept copy.

#include "TestSupport.h"

#include "case/CaseBackups.h"
#include "case/CaseError.h"
#include "case/CaseSettings.h"
#include "model/PersonRepository.h"
#include "storage/Transaction.h"

#include <QDateTime>
#include <QFileInfo>
#include <QTimeZone>
#include <catch2/catch.hpp>

using namespace tessera;
using namespace tessera::test;

namespace {

const QString kPass = QStringLiteral("backup passphrase");

/// Renames every backup of the case as if it had been taken `minutes` earlier (oldest first), keeping its mtime.
void age(const QString& casePath, int minutes) {
    const QVector<BackupInfo> backups = CaseBackups::list(casePath);
    for (auto b = backups.rbegin(); b != backups.rend(); ++b) {
        const QDateTime t =
            QDateTime::fromMSecsSinceEpoch(b->createdUtcUs / 1000, QTimeZone::utc()).addSecs(-60LL * minutes);
        const QString to = QFileInfo(b->path).absolutePath() + QLatin1Char('/') +
                           t.toString(QStringLiteral("yyyyMMdd'T'HHmmsszzz'Z'")) + QStringLiteral(".tessera");
        REQUIRE(QFile::rename(b->path, to));
    }
}

void addPerson(Case& c, const QString& name) {
    PersonRepository::add(c, {QStringLiteral("offender")}, name, {});
}

void setSetting(Case& c, CaseSettings::Key key, const QString& value) {
    Transaction tx(c.db());
    c.settings().setValue(key, value);
    tx.commit();
}

} // namespace

TEST_CASE("Opening a changed case within the backup interval takes no second backup", "[backup]") {
    Scratch s;
    const QString path = s.path(QStringLiteral("case.tessera"));
    Case::create(path, kPass, testOptions())->close();
    Case::open(path, kPass)->close();
    REQUIRE(CaseBackups::list(path).size() == 1);
    for (int i = 0; i < 4; ++i) {
        auto c = Case::open(path, kPass);
        addPerson(*c, QStringLiteral("Person %1").arg(i));
    }
    CHECK(CaseBackups::list(path).size() == 1); // four opens of a changed case, one backup (default 60 minutes)

    age(path, 61);
    Case::open(path, kPass)->close();
    CHECK(CaseBackups::list(path).size() == 2); // the newest was older than the interval
}

TEST_CASE("The backup interval and count come from the case settings", "[backup]") {
    Scratch s;
    const QString path = s.path(QStringLiteral("case.tessera"));
    Case::create(path, kPass, testOptions())->close();
    {
        auto c = Case::open(path, kPass);
        CHECK(c->settings().value(CaseSettings::Key::BackupIntervalMinutes) == QLatin1String("60"));
        setSetting(*c, CaseSettings::Key::BackupIntervalMinutes, QStringLiteral("0"));
        setSetting(*c, CaseSettings::Key::BackupKeep, QStringLiteral("2"));
    }
    for (int i = 0; i < 3; ++i) {
        auto c = Case::open(path, kPass);
        addPerson(*c, QStringLiteral("Person %1").arg(i));
    }
    CHECK(CaseBackups::list(path).size() == 2); // interval 0: one per changed open, two kept
    {
        auto c = Case::open(path, kPass);
        setSetting(*c, CaseSettings::Key::BackupIntervalMinutes, QStringLiteral("30"));
    }
    age(path, 29);
    const QString aged = CaseBackups::list(path).front().id;
    Case::open(path, kPass)->close();
    CHECK(CaseBackups::list(path).front().id == aged); // changed, but 29 < 30 minutes: nothing new
    age(path, 2);
    const QString older = CaseBackups::list(path).front().id;
    Case::open(path, kPass)->close();
    CHECK(CaseBackups::list(path).front().id != older); // 31 minutes: a new one
    CHECK(CaseBackups::list(path).size() == 2);          // and the oldest rolled out
    CHECK(QDateTime::currentMSecsSinceEpoch() - CaseBackups::list(path).front().createdUtcUs / 1000 < 60 * 1000);
}

TEST_CASE("CaseBackups::due: unchanged never, otherwise by the newest backup's age", "[backup]") {
    Scratch s;
    const QString path = s.path(QStringLiteral("case.tessera"));
    Case::create(path, kPass, testOptions())->close();
    CHECK(CaseBackups::due(path, 60, false, QDateTime::currentMSecsSinceEpoch())); // no backup yet
    REQUIRE(CaseBackups::take(path, 5, 60));
    const qint64 taken = CaseBackups::list(path).front().createdUtcUs / 1000;
    CHECK_FALSE(CaseBackups::due(path, 0, true, taken)); // this version is kept: not even when always
    CHECK_FALSE(CaseBackups::take(path, 5, 0, true));
    {
        auto c = Case::open(path, kPass, false);
        addPerson(*c, QStringLiteral("Changed"));
    }
    const qint64 minute = 60 * 1000;
    CHECK_FALSE(CaseBackups::due(path, 60, false, taken + 59 * minute));
    CHECK(CaseBackups::due(path, 60, false, taken + 60 * minute));
    CHECK(CaseBackups::due(path, 60, false, taken - minute)); // newest dated in the future: the clock was set back
    CHECK(CaseBackups::due(path, 60, true, taken + minute)); // always (a schema upgrade is pending)
    CHECK(CaseBackups::due(path, 0, false, taken));
}

TEST_CASE("A passphrase change re-keys every kept backup: the old passphrase opens none", "[backup]") {
    Scratch s;
    const QString path = s.path(QStringLiteral("case.tessera"));
    Case::create(path, kPass, testOptions())->close();
    {
        auto c = Case::open(path, kPass);
        setSetting(*c, CaseSettings::Key::BackupIntervalMinutes, QStringLiteral("0"));
    }
    for (int i = 0; i < 2; ++i) {
        auto c = Case::open(path, kPass);
        addPerson(*c, QStringLiteral("Person %1").arg(i));
    }
    const QString newPass = QStringLiteral("new backup passphrase");
    Case::open(path, kPass)->changePassphrase(newPass, KdfParameters::testing());
    const QVector<BackupInfo> backups = CaseBackups::list(path);
    REQUIRE(backups.size() == 4); // the first open's, one per changed open after interval 0, and the rekey open's
    for (const BackupInfo& b : backups) {
        const QString copy = s.path(b.id + QStringLiteral("-copy.tessera"));
        REQUIRE(QFile::copy(b.path, copy)); // opened as a case of its own (no backups of the backup)
        try {
            Case::open(copy, kPass, false);
            FAIL("the old passphrase opened backup " << b.id.toStdString());
        } catch (const CaseError& e) {
            CHECK(e.kind() == ErrorKind::WrongPassphrase);
        }
        CHECK_NOTHROW(Case::open(copy, newPass, false));
    }
}
