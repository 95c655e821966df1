// GUI tests of Case → Restore a backup (issue 8 §6) on the offscreen platform: the dialog lists the case's encrypted
// backups, refuses what cannot work, and the main window restores the chosen one as a new case file.

#include "GuiTestSupport.h"
#include "case/Case.h"
#include "case/CaseBackups.h"
#include "case/CaseError.h"
#include "case/CaseSettings.h"
#include "case/RestoreBackupDialog.h"
#include "common/MessageBoxes.h"
#include "main/MainWindow.h"
#include "model/PersonRepository.h"

#include <QAction>
#include <QApplication>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeWidget>
#include <catch2/catch.hpp>

using namespace tessera;
using namespace tessera::guitest;

namespace {

const QString kPassphrase = QStringLiteral("backup gui passphrase");

/// A case with one person added after a first open, so it has two versions: the backup and the current file.
QString makeCaseWithBackup(const QTemporaryDir& dir) {
    NewCaseOptions o;
    o.title = QStringLiteral("Backup test");
    o.kdf = KdfParameters::testing();
    const QString path = dir.filePath(QStringLiteral("case.tessera"));
    Case::create(path, kPassphrase, o)->close();
    auto c = Case::open(path, kPassphrase); // takes the first backup: no people yet
    c->settings().setValue(CaseSettings::Key::BackupIntervalMinutes, QStringLiteral("0")); // a backup on each change
    PersonRepository::add(*c, {QStringLiteral("offender")}, QStringLiteral("Person added later"), {});
    return path;
}

} // namespace

TEST_CASE("Restore a backup from the Case menu: the chosen backup becomes a new case file", "[gui][backup]") {
    ensureApp();
    QList<MessageBoxes::Shown> shown;
    MessageBoxes::setTestHook([&shown](const MessageBoxes::Shown& s) {
        shown.append(s);
        return QMessageBox::Ok;
    });
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = makeCaseWithBackup(dir);
    MainWindow w;
    w.show();
    REQUIRE(w.openCase(path, kPassphrase));
    const QVector<BackupInfo> backups = CaseBackups::list(path);
    REQUIRE(backups.size() == 2); // before and after the person was added
    auto* action = w.findChild<QAction*>(QStringLiteral("actionRestoreBackup"));
    REQUIRE(action);
    CHECK(action->isEnabled());

    // The dialog: lists both, newest first, and says what is missing.
    {
        RestoreBackupDialog d(path);
        auto* list = d.findChild<QTreeWidget*>(QStringLiteral("backupList"));
        auto* ok = d.findChild<QPushButton*>(QStringLiteral("restoreBackupOk"));
        auto* out = d.findChild<QLineEdit*>(QStringLiteral("restoreOutPath"));
        REQUIRE(list);
        REQUIRE(ok);
        REQUIRE(out);
        CHECK(list->topLevelItemCount() == 2);
        CHECK(d.backupId() == backups.front().id);
        CHECK_FALSE(ok->isEnabled()); // no passphrase yet
        d.findChild<QLineEdit*>(QStringLiteral("restorePassphrase"))->setText(kPassphrase);
        CHECK(ok->isEnabled());
        out->setText(path); // an existing file is never overwritten
        CHECK_FALSE(ok->isEnabled());
        CHECK(d.findChild<QLabel*>(QStringLiteral("restoreBackupProblem"))->text().contains(QStringLiteral("exists")));
    }

    // Through the menu: the oldest backup (no people) restored as a new file; a wrong passphrase first.
    const QString restored = dir.filePath(QStringLiteral("restored.tessera"));
    int round = 0;
    QTimer answer;
    answer.setInterval(10);
    QObject::connect(&answer, &QTimer::timeout, [&] {
        auto* d = qobject_cast<RestoreBackupDialog*>(QApplication::activeModalWidget());
        if (!d)
            return;
        auto* list = d->findChild<QTreeWidget*>(QStringLiteral("backupList"));
        list->setCurrentItem(list->topLevelItem(1));
        d->findChild<QLineEdit*>(QStringLiteral("restoreOutPath"))->setText(restored);
        d->findChild<QLineEdit*>(QStringLiteral("restorePassphrase"))->setText(round == 0 ? QStringLiteral("not the passphrase") : kPassphrase);
        if (round == 1)
            CHECK(d->findChild<QLabel*>(QStringLiteral("restoreBackupNote"))->text().contains(QStringLiteral("does not open")));
        ++round;
        d->accept();
    });
    answer.start();
    action->trigger();
    answer.stop();
    CHECK(round == 2);
    REQUIRE(QFileInfo::exists(restored));
    REQUIRE_FALSE(shown.isEmpty());
    CHECK(shown.last().title.contains(QStringLiteral("restored")));
    auto c = Case::open(restored, kPassphrase, false);
    CHECK(PersonRepository::list(c->db()).isEmpty()); // the version before the person was added
    MessageBoxes::setTestHook({});
}
