// Drafts kept when the case locks (issue 8 §1): byte for byte inside the encrypted case, replaced per field, removed
// once restored or discarded, audited without their text, and never part of a production.

#include "TestSupport.h"
#include "audit/AuditLog.h"
#include "case/Case.h"
#include "case/CaseError.h"
#include "case/DraftStore.h"
#include "packet/ProductionBuilder.h"
#include "packet/ProductionReport.h"
#include "storage/Database.h"

#include <QDirIterator>
#include <QSaveFile>
#include <catch2/catch.hpp>

using namespace tessera;
using namespace tessera::test;

namespace {

const QString kMarker = QStringLiteral("DRAFTMARKER-Schlüssel-東京-😀");

Draft draft(const QString& field, const QString& text) {
    Draft d;
    d.window = QStringLiteral("newLeadDialog");
    d.context = QStringLiteral("New lead");
    d.field = field;
    d.label = QStringLiteral("What to do");
    d.text = text;
    return d;
}

/// A renderer that writes every string of the report (the real one is tested in tests/render).
class TextRenderer : public ReportRenderer {
public:
    int render(const ProductionReport& r, const QString& path, QString*) override {
        QStringList all{r.caseTitle, r.caseNumber};
        all += r.summary;
        for (const auto& t : r.timeline)
            all << t.summary;
        QSaveFile f(path);
        f.open(QIODevice::WriteOnly);
        f.write("%PDF-1.4 fake\n" + all.join(QLatin1Char('\n')).toUtf8());
        f.commit();
        return 1;
    }
    int countPages(const ProductionReport&, QString*) const override { return 1; }
};

} // namespace

TEST_CASE("drafts are kept byte for byte, replaced per field, and removed once restored", "[drafts]") {
    Scratch s;
    const QString path = s.path(QStringLiteral("d.tessera"));
    const QString text = QStringLiteral("Zeile 1 „ä“\n\tZeile 2 — 東京 café\u0301 😀\r\nend");
    {
        auto c = Case::create(path, QStringLiteral("pw"), testOptions());
        DraftStore::keepOnLock(*c, {draft(QStringLiteral("leadTitleEdit"), QStringLiteral("older"))},
                               QStringLiteral("idle"));
        DraftStore::keepOnLock(*c,
                               {draft(QStringLiteral("leadTitleEdit"), text), draft(QStringLiteral("other"), kMarker)},
                               QStringLiteral("by-user"));
    }
    // Nothing of it in the file's bytes: the draft table is encrypted with the rest of the case.
    CHECK_FALSE(readFile(path).contains(QByteArrayLiteral("DRAFTMARKER")));
    CHECK_FALSE(readFile(path).contains(QByteArrayLiteral("Zeile")));

    auto c = Case::open(path, QStringLiteral("pw"), false);
    QVector<Draft> drafts = DraftStore::list(c->db());
    REQUIRE(drafts.size() == 2); // the older draft of the same field was replaced
    CHECK(drafts[0].text == text);
    CHECK(drafts[0].text.toUtf8() == text.toUtf8());
    CHECK(drafts[0].window == QStringLiteral("newLeadDialog"));
    CHECK(drafts[0].context == QStringLiteral("New lead"));
    CHECK(drafts[0].keptUtcUs > 0);
    CHECK(DraftStore::any(c->db()));

    // Audited as locks, without the text.
    CHECK(c->db().scalar("SELECT count(*) FROM audit_entry WHERE action = 'case.lock'") == 2);
    Statement a = c->db().prepare("SELECT detail FROM audit_entry");
    while (a.step()) {
        CHECK_FALSE(a.text(0).contains(QStringLiteral("DRAFTMARKER")));
        CHECK_FALSE(a.text(0).contains(QStringLiteral("Zeile")));
    }

    DraftStore::remove(*c, {drafts[0].id}, true);
    DraftStore::remove(*c, {drafts[1].id, 999}, false);
    CHECK_FALSE(DraftStore::any(c->db()));
    CHECK(c->db().scalar("SELECT count(*) FROM audit_entry WHERE action = 'draft.restore'") == 1);
    CHECK(c->db().scalar("SELECT count(*) FROM audit_entry WHERE action = 'draft.discard'") == 1);
    CHECK(AuditLog::verify(c->db()).firstBadId == 0);
}

TEST_CASE("a kept draft never goes into a production", "[drafts]") {
    Scratch s;
    auto c = Case::create(s.path(QStringLiteral("p.tessera")), QStringLiteral("pw"), testOptions());
    DraftStore::keepOnLock(*c, {draft(QStringLiteral("noteTextEdit"), kMarker)}, QStringLiteral("idle"));
    TextRenderer renderer;
    ProductionOptions o;
    o.outDir = s.path(QStringLiteral("out"));
    ProductionBuilder::build(*c, o, renderer);
    int files = 0;
    for (QDirIterator it(o.outDir, QDir::Files, QDirIterator::Subdirectories); it.hasNext();) {
        const QString f = it.next();
        ++files;
        INFO(f.toStdString());
        CHECK_FALSE(readFile(f).contains(QByteArrayLiteral("DRAFTMARKER")));
    }
    CHECK(files > 3);
}
