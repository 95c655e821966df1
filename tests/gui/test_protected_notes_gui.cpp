// The GUI shows people by pseudonym and has no reveal: a note naming a protected person is listed with the pseudonym,
// and saving it warns (as `tessera-cli note add` does). Found by a new-user trial (session 3).

#include "GuiTestSupport.h"
#include "case/Case.h"
#include "casework/NotesPanel.h"
#include "common/MessageBoxes.h"
#include "model/PersonRepository.h"

#include <QUndoStack>
#include <QApplication>
#include <QPlainTextEdit>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <catch2/catch.hpp>

using namespace tessera;
using namespace tessera::guitest;


TEST_CASE("Notes: a protected name is listed as the pseudonym, and saving it warns", "[gui][casework][protected]") {
    ensureApp();
    QTemporaryDir dir;
    NewCaseOptions o;
    o.title = QStringLiteral("Operation Quiet");
    o.kdf = KdfParameters::testing();
    auto c = Case::create(dir.filePath(QStringLiteral("q.tessera")), QStringLiteral("pw"), o);
    PersonRepository::add(*c, {QStringLiteral("victim")}, QStringLiteral("Maria Lopez"), {});

    QList<MessageBoxes::Shown> shown;
    MessageBoxes::setTestHook([&](const MessageBoxes::Shown& s) {
        shown.append(s);
        return QMessageBox::Ok;
    });
    QUndoStack undo;
    NotesPanel notes(&undo);
    notes.refresh(c.get());
    notes.editor()->setPlainText(QStringLiteral("Subpoena served on the carrier."));
    REQUIRE(notes.addNote() > 0);
    CHECK(shown.isEmpty()); // no protected name: no warning
    notes.editor()->setPlainText(QStringLiteral("Spoke with Maria Lopez's advocate."));
    REQUIRE(notes.addNote() > 0);
    REQUIRE(shown.size() == 1);
    CHECK(shown[0].text.contains(QStringLiteral("protected")));
    CHECK_FALSE(shown[0].text.contains(QStringLiteral("Lopez")));
    bool listed = false;
    for (int i = 0; i < notes.tree()->topLevelItemCount(); ++i) {
        const QTreeWidgetItem* item = notes.tree()->topLevelItem(i);
        CHECK_FALSE(item->text(4).contains(QStringLiteral("Lopez")));
        CHECK_FALSE(item->toolTip(4).contains(QStringLiteral("Lopez")));
        listed = listed || item->text(4).contains(QStringLiteral("[V-1]"));
    }
    CHECK(listed);
    MessageBoxes::setTestHook({});
}
