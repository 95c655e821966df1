// GUI test of Case → Audit log (issue 8 §4) on the offscreen platform: the read-only view lists every entry and says
// whether the hash chain holds; on an altered log it names and marks the first entry that does not.

#include "GuiTestSupport.h"
#include "case/AuditLogDialog.h"
#include "case/Case.h"
#include "main/MainWindow.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeWidget>
#include <catch2/catch.hpp>

using namespace tessera;
using namespace tessera::guitest;


TEST_CASE("The audit log view lists the entries read-only and names the first altered one", "[gui][audit]") {
    ensureApp();
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("audit.tessera"));
    const QString pass = QStringLiteral("audit view passphrase");
    NewCaseOptions o;
    o.title = QStringLiteral("Audit view");
    o.kdf = KdfParameters::testing();
    {
        auto c = Case::create(path, pass, o);
        for (int i = 0; i < 3; ++i) {
            Transaction tx(c->db());
            c->audit(QStringLiteral("case.set"), QStringLiteral("case"), QJsonObject{{QStringLiteral("changed"), i}});
            tx.commit();
        }
    }
    {
        MainWindow w;
        w.show();
        REQUIRE(w.openCase(path, pass));
        auto* action = w.findChild<QAction*>(QStringLiteral("actionAuditLog"));
        REQUIRE(action);
        REQUIRE(action->isEnabled());
        int rows = -1;
        QString status;
        QTimer::singleShot(50, [&] {
            if (auto* d = qobject_cast<AuditLogDialog*>(QApplication::activeModalWidget())) {
                rows = d->findChild<QTreeWidget*>(QStringLiteral("auditLogList"))->topLevelItemCount();
                status = d->findChild<QLabel*>(QStringLiteral("auditChainStatus"))->text();
                d->reject();
            }
        });
        action->trigger();
        CHECK(rows == 4);
        CHECK(status.contains(QStringLiteral("intact")));
    }
    {
        auto c = Case::open(path, pass, false);
        c->db().exec("DROP TRIGGER audit_no_update; UPDATE audit_entry SET actor = 'someone else' WHERE id = 2");
        AuditLogDialog d(c->db());
        auto* list = d.findChild<QTreeWidget*>(QStringLiteral("auditLogList"));
        CHECK(list->topLevelItemCount() == 4);
        CHECK(d.findChild<QLabel*>(QStringLiteral("auditChainStatus"))->text().contains(QStringLiteral("broken at entry 2")));
        bool marked = false;
        for (int i = 0; i < list->topLevelItemCount(); ++i)
            if (list->topLevelItem(i)->data(0, Qt::UserRole).toLongLong() == 2)
                marked = list->topLevelItem(i)->font(0).bold();
        CHECK(marked);
        if (!qEnvironmentVariableIsEmpty("TESSERA_GUI_PREVIEW_DIR")) {
            d.show();
            d.grab().save(qEnvironmentVariable("TESSERA_GUI_PREVIEW_DIR") + QStringLiteral("/audit-log.png"));
        }
    }
}
