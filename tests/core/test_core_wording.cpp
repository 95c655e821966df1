// Tessera's own words made in core (deadline actions, gap suggestions, activity descriptions, decision-point titles)
// are shown in the GUI's language through CoreWording::translate, while core itself keeps producing English (issue 9
// point 4). A stand-in translator marks every translated template, so these tests need no .qm file.
#include "casework/ActivityLog.h"
#include "casework/LegalProcessRepository.h"
#include "checkpoints/CheckpointCatalog.h"
#include "model/CoreWording.h"

#include <QCoreApplication>
#include <QTranslator>
#include <catch2/catch.hpp>

using namespace tessera;

namespace {

/// Translates every CoreWording template into "«ES»" + its text with %1… in reverse order, so a test sees both that a
/// template was found and that values went back into the right places.
class MarkingTranslator : public QTranslator {
public:
    bool isEmpty() const override { return false; }
    QString translate(const char* context, const char* source, const char*, int) const override {
        if (qstrcmp(context, CoreWording::kContext) != 0)
            return {};
        QString text = QString::fromUtf8(source);
        if (text == QLatin1String("Independent evidence that usually proves this: %1 (%2)"))
            return QStringLiteral("«ES» prueba: %2 / %1");
        return QStringLiteral("«ES» ") + text;
    }
};

QCoreApplication& app() {
    static int argc = 1;
    static char name[] = "test_core";
    static char* argv[] = {name, nullptr};
    if (!QCoreApplication::instance())
        new QCoreApplication(argc, argv); // never destroyed, like the other tests' applications
    return *QCoreApplication::instance();
}

struct Installed {
    MarkingTranslator t;
    Installed() { QCoreApplication::installTranslator(&t); }
    ~Installed() { QCoreApplication::removeTranslator(&t); }
};

} // namespace

TEST_CASE("core wording: without a translator the English text comes back unchanged", "[translation]") {
    app();
    CHECK(CoreWording::translate(QStringLiteral("return due from Example Mobile")) ==
          QStringLiteral("return due from Example Mobile"));
    CHECK(CoreWording::translate(QStringLiteral("Interview")) == QStringLiteral("Interview"));
}

TEST_CASE("core wording: deadlines, kinds and suggestions are found with their values in place", "[translation]") {
    app();
    const Installed es;
    LegalProcess p;
    p.kind = QStringLiteral("court-order");
    p.provider = QStringLiteral("Example Bank (north)");
    p.served = QDate(2026, 1, 1);
    p.due = QDate(2026, 2, 1);
    p.expires = QDate(2026, 3, 1);
    const QVector<ProcessDeadline> d = LegalProcessRepository::deadlines(p, QDate(2026, 1, 2));
    REQUIRE(d.size() == 2);
    CHECK(d[0].action == QStringLiteral("return due from Example Bank (north)")); // core stays English
    CHECK(CoreWording::translate(d[0].action) == QStringLiteral("«ES» return due from Example Bank (north)"));
    // The kind inside the action is a core word too and is translated with it.
    CHECK(CoreWording::translate(d[1].action) == QStringLiteral("«ES» «ES» court order expires"));
    for (const char* kind : {"preservation", "delayed-notice"}) {
        p.kind = QString::fromLatin1(kind);
        for (const ProcessDeadline& x : LegalProcessRepository::deadlines(p, QDate(2026, 1, 2)))
            CHECK(CoreWording::translate(x.action).startsWith(QStringLiteral("«ES»")));
    }
    CHECK(CoreWording::translate(QStringLiteral("Independent evidence that usually proves this: online ads (online-ads)")) ==
          QStringLiteral("«ES» prueba: online-ads / «ES» online ads"));
    // A value holding a placeholder is not filled in again.
    CHECK(CoreWording::translate(QStringLiteral("return due from %2 Ltd")) == QStringLiteral("«ES» return due from %2 Ltd"));
    // A value is translated only when it is a kind: a provider or a place that happens to be a core word is not.
    CHECK(CoreWording::translate(QStringLiteral("return due from Interview")) == QStringLiteral("«ES» return due from Interview"));
    // Case data is not Tessera's wording: unchanged.
    CHECK(CoreWording::translate(QStringLiteral("Subject One called V-1")) == QStringLiteral("Subject One called V-1"));
}

TEST_CASE("core wording: every decision point's title and question and the activity descriptions are templates", "[translation]") {
    app();
    const Installed es;
    for (const CheckpointPoint& point : CheckpointCatalog::builtIn().points()) {
        INFO(point.id.toStdString());
        CHECK(CoreWording::translate(point.title) == QStringLiteral("«ES» ") + point.title);
        CHECK(CoreWording::translate(point.question) == QStringLiteral("«ES» ") + point.question);
    }
    for (const auto& [action, subject, detail] :
         {std::tuple{"note.add", "note:3", R"({"about":"case"})"}, std::tuple{"lead.add", "lead:2", "{}"},
          std::tuple{"process.add", "process:4", R"({"kind":"subpoena"})"},
          std::tuple{"import", "exhibit:1", R"({"records":314,"rejected":0})"},
          std::tuple{"exhibit.certify", "exhibit:1", R"({"method":"business-record"})"},
          std::tuple{"lead.withdraw", "lead:2", "{}"}}) {
        const QString text = ActivityLog::describe(QString::fromLatin1(action), QString::fromLatin1(subject),
                                                   QString::fromLatin1(detail));
        INFO(text.toStdString());
        CHECK(CoreWording::translate(text).startsWith(QStringLiteral("«ES» ")));
    }
}
