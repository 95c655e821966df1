// The column-mapping import wizard (issue 6): preview of the first rows as parsed, per-column field and type, a date
// column that cannot be told asks for the date order, the choices saved as a profile file the importer reads back,
// and a cancelled import leaves the case as it was.
#include "GuiTestSupport.h"
#include "case/Case.h"
#include "crypto/CaseHeader.h"
#include "importer/ImportDialog.h"
#include "importer/ImportRunner.h"
#include "ingest/RecordImporter.h"
#include "storage/Database.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QProgressDialog>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <catch2/catch.hpp>

using namespace tessera;
using namespace tessera::guitest;

namespace {
QString write(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes) {
    QFile f(dir.filePath(name));
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
    return f.fileName();
}
} // namespace

TEST_CASE("import wizard: preview, column fields and types, the date order asked for, saved as a profile") {
    ensureApp();
    QTemporaryDir dir;
    const QString csv = write(dir, QStringLiteral("payments.csv"),
                              "Transaction Date,Transaction Time,Who,Debit Amount,Note\n"
                              "05/03/2021,06:50 PM,4125550147,\"1.355,90\",first\n"
                              "04/03/2021,12:08 PM,6175550199,\"2,00\",second\n");
    ImportDialog d(QStringLiteral("America/New_York"), QStringLiteral("US"));
    d.setFilePath(csv);
    CHECK(d.options().profile == QStringLiteral("bank-csv")); // guessed from the header names
    auto* preview = d.findChild<QTableWidget*>(QStringLiteral("importPreview"));
    REQUIRE(preview);
    REQUIRE(preview->columnCount() == 5);
    CHECK(preview->horizontalHeaderItem(0)->text() == QStringLiteral("Transaction Date"));
    CHECK(preview->rowCount() == 4); // field, type, two rows
    CHECK(preview->item(2, 3)->text() == QStringLiteral("1.355,90")); // unquoted, as parsed
    auto* dateField = qobject_cast<QComboBox*>(preview->cellWidget(0, 0));
    REQUIRE(dateField);
    CHECK(dateField->currentData().toString() == QStringLiteral("date"));
    CHECK(qobject_cast<QComboBox*>(preview->cellWidget(0, 3))->currentData().toString() == QStringLiteral("debit"));
    CHECK(preview->item(1, 0)->text().contains(QStringLiteral("day or month")));
    CHECK(preview->item(1, 3)->text().contains(QStringLiteral("comma")));
    CHECK(preview->item(1, 1)->text() == QStringLiteral("time of day"));

    auto* ok = d.findChild<QPushButton*>(QStringLiteral("importOk"));
    CHECK_FALSE(ok->isEnabled()); // 05/03 and 04/03: the date order must be chosen
    CHECK(d.findChild<QLabel*>(QStringLiteral("importProblem"))->text().contains(QStringLiteral("Transaction Date")));
    d.setDateOrder(QStringLiteral("dmy"));
    CHECK(ok->isEnabled());
    CHECK(d.options().dateOrder == QStringLiteral("dmy"));

    // The "Who" column is nothing by default; as a phone identifier it becomes a mapping by header name.
    CHECK(d.options().mapping.isEmpty());
    d.setColumnField(2, QStringLiteral("phone"));
    REQUIRE(d.options().mapping.size() == 1);
    CHECK(d.options().mapping.first() == qMakePair(QStringLiteral("phone"), QStringLiteral("Who")));

    const QString profilePath = dir.filePath(QStringLiteral("bank.tessera-profile.json"));
    REQUIRE(d.saveProfile(profilePath));
    ImportOptions fromFile;
    fromFile = RecordImporter::loadProfileFile(fromFile, profilePath);
    CHECK(fromFile.profile == QStringLiteral("bank-csv"));
    CHECK(fromFile.dateOrder == QStringLiteral("dmy"));
    CHECK(fromFile.mapping.size() == 1);

    // The saved profile imports the file: two records with exact amounts and the phones as identifiers.
    NewCaseOptions co;
    co.title = QStringLiteral("Wizard");
    co.displayZone = QStringLiteral("America/New_York");
    co.region = QStringLiteral("US");
    co.kdf = KdfParameters::testing();
    auto c = Case::create(dir.filePath(QStringLiteral("w.tessera")), QStringLiteral("wizard passphrase"), co);
    ImportOptions o;
    o.profileFile = profilePath;
    const ImportResult r = RecordImporter::run(*c, csv, o);
    CHECK(r.records == 2);
    CHECK(r.identifiers == 2);
    CHECK(c->db().scalar("SELECT count(*) FROM record_detail WHERE amount = '-1355.90'") == 1);
}

TEST_CASE("import wizard: a fixed-layout profile shows its preview read-only, a cancelled import writes nothing") {
    ensureApp();
    QTemporaryDir dir;
    const QString vcf = write(dir, QStringLiteral("contacts.vcf"),
                              "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:A\r\nTEL:412-555-0147\r\nEND:VCARD\r\n");
    ImportDialog d(QStringLiteral("UTC"), QStringLiteral("US"));
    d.setFilePath(vcf);
    CHECK(d.options().profile == QStringLiteral("vcard"));
    auto* preview = d.findChild<QTableWidget*>(QStringLiteral("importPreview"));
    REQUIRE(preview->columnCount() == 1);
    CHECK(preview->item(2, 0)->text() == QStringLiteral("BEGIN:VCARD"));
    CHECK_FALSE(qobject_cast<QComboBox*>(preview->cellWidget(0, 0))->isEnabled());

    NewCaseOptions co;
    co.title = QStringLiteral("Cancel");
    co.displayZone = QStringLiteral("UTC");
    co.region = QStringLiteral("US");
    co.kdf = KdfParameters::testing();
    auto c = Case::create(dir.filePath(QStringLiteral("c.tessera")), QStringLiteral("wizard passphrase"), co);
    QByteArray big = "Date,Amount,Description\n";
    for (int i = 0; i < 20000; ++i)
        big += "2023-01-05,1.00,x" + QByteArray::number(i) + "\n";
    const QString csv = write(dir, QStringLiteral("big.csv"), big);
    ImportOptions o;
    o.profile = QStringLiteral("bank-csv");
    // Press Cancel on the progress dialog as soon as it shows.
    QTimer::singleShot(0, [] {
        for (QWidget* w : QApplication::topLevelWidgets())
            if (auto* p = qobject_cast<QProgressDialog*>(w))
                p->cancel();
    });
    const ImportRunner::Outcome outcome = ImportRunner::run(nullptr, *c, csv, o);
    CHECK_FALSE(outcome.ok);
    CHECK(outcome.cancelled);
    CHECK(c->db().scalar("SELECT count(*) FROM exhibit") == 0);
    CHECK(c->db().scalar("SELECT count(*) FROM record") == 0);
}
