// The import wizard on an online-ad listing (issue 6 points 2 and 5): the "Ad ID" column (six digits such as 000123,
// which also read as a compact time 00:01:23) is an identifier kept as text, never typed as a time of day; the
// type follows the field a column is set to fill.
#include "GuiTestSupport.h"
#include "importer/ImportDialog.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace tessera;
using namespace tessera::guitest;

TEST_CASE("import wizard: an ad listing's Ad ID is an identifier kept as text, not a time of day") {
    ensureApp();
    QTemporaryDir dir;
    QFile f(dir.filePath(QStringLiteral("classifieds-return.csv")));
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("Ad ID,Posted,Site,City,Phone,Title\n"
            "000123,2023-07-04 21:15,example-classifieds,Pittsburgh,412.555.0147,New in town\n"
            "000124,2023-07-18 20:00,example-classifieds,Pittsburgh,412.555.0147,Back this week\n"
            "000125,2023-08-15 19:00,example-classifieds,Pittsburgh,412.555.0147,Last days\n");
    f.close();
    ImportDialog d(QStringLiteral("America/New_York"), QStringLiteral("US"));
    d.setFilePath(f.fileName());
    CHECK(d.options().profile == QStringLiteral("ads-csv")); // guessed from the header names
    auto* preview = d.findChild<QTableWidget*>(QStringLiteral("importPreview"));
    REQUIRE(preview);
    REQUIRE(preview->columnCount() == 6);
    auto field = [&](int c) { return qobject_cast<QComboBox*>(preview->cellWidget(0, c))->currentData().toString(); };
    auto type = [&](int c) { return preview->item(1, c)->text(); };
    CHECK(field(0) == QStringLiteral("ad-id"));
    CHECK(type(0) == QStringLiteral("identifier (kept as text)"));
    CHECK(preview->item(2, 0)->text() == QStringLiteral("000123")); // leading zeros kept
    CHECK(type(4) == QStringLiteral("identifier (kept as text)")); // the phone
    CHECK(type(1) == QStringLiteral("date, year first"));

    // Filling no field, six digits are a number kept as text — still not a time of day.
    d.setColumnField(0, QString());
    CHECK(type(0) == QStringLiteral("number (kept as text)"));
    // Only a column set to fill the time field reads compact HHMMSS as a time.
    d.setColumnField(0, QStringLiteral("time"));
    CHECK(type(0) == QStringLiteral("time of day"));
    d.setColumnField(0, QStringLiteral("ad-id"));
    CHECK(type(0) == QStringLiteral("identifier (kept as text)"));
}
