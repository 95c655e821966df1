// The timeline table shows a protected person's name typed into a summary or place as the pseudonym, as a production
// and `tessera-cli timeline` do; the stored event keeps the words typed. Found by a new-user trial (session 3).

#include "GuiTestSupport.h"
#include "case/Case.h"
#include "model/EventRepository.h"
#include "model/PersonRepository.h"
#include "timeline/TimelineModel.h"

#include <QApplication>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace tessera;
using namespace tessera::guitest;

TEST_CASE("Timeline table: a protected name in a summary or place is shown as the pseudonym",
          "[gui][timeline][protected]") {
    ensureApp();
    QTemporaryDir dir;
    NewCaseOptions o;
    o.title = QStringLiteral("Operation Quiet");
    o.kdf = KdfParameters::testing();
    auto c = Case::create(dir.filePath(QStringLiteral("q.tessera")), QStringLiteral("pw"), o);
    const qint64 victim = PersonRepository::add(*c, {QStringLiteral("victim")}, QStringLiteral("Maria Lopez"), {}).id;
    NewEvent e;
    e.when = QStringLiteral("2023-07-02");
    e.category = QStringLiteral("transport");
    e.summary = QStringLiteral("Drove Maria Lopez to the motel");
    e.place = QStringLiteral("Lopez family house");
    e.others = {victim};
    EventRepository::add(*c, e);
    NewEvent plain = e;
    plain.when = QStringLiteral("2023-07-03");
    plain.summary = QStringLiteral("Paid for the room in cash");
    plain.place = QStringLiteral("Motel office");
    EventRepository::add(*c, plain);

    TimelineModel model;
    model.setDatabase(&c->db(), QStringLiteral("UTC"));
    REQUIRE(model.rowCount() == 2);
    const QString first = model.data(model.index(0, TimelineModel::Summary)).toString();
    const QString firstTip = model.data(model.index(0, TimelineModel::Summary), Qt::ToolTipRole).toString();
    CHECK(first == QStringLiteral("Drove [V-1] to the motel"));
    CHECK_FALSE(firstTip.contains(QStringLiteral("Lopez")));
    CHECK(firstTip.contains(QStringLiteral("[V-1] family house")));
    // Text without a protected identity is shown as typed.
    CHECK(model.data(model.index(1, TimelineModel::Summary)).toString() == QStringLiteral("Paid for the room in cash"));
    // The stored event keeps the words typed (only the display is redacted).
    const auto stored = EventRepository::list(c->db());
    bool kept = false;
    for (const auto& s : stored)
        kept = kept || s.summary == QStringLiteral("Drove Maria Lopez to the motel");
    CHECK(kept);
    model.setDatabase(nullptr, {});
}
