// Issue 6 point 4 in the stored rows: a phone number that is not valid for the region, reads two ways, or does not
// parse is kept as received and flagged — in record_identifier.flags (a contact card's numbers, an ad's phone) and
// in record.flags of the record that names it. The CLI half is tests/cli/test_import_phone_flags.sh.
#include "TestSupport.h"

#include "ingest/RecordImporter.h"
#include "storage/Database.h"
#include "storage/Statement.h"

#include <catch2/catch.hpp>

using namespace tessera;
using namespace tessera::test;

namespace {
QStringList rows(Case& c, const char* sql, qint64 exhibit) {
    Statement st = c.db().prepare(sql);
    st.bind(1, exhibit);
    QStringList out;
    while (st.step())
        out << st.text(0);
    return out;
}
} // namespace

TEST_CASE("phone flags: identifiers of a contact card and of an ad keep the raw number and the flag") {
    Scratch s;
    NewCaseOptions o = testOptions();
    o.region = QStringLiteral("DE");
    auto c = Case::create(s.path(QStringLiteral("f.tessera")), QStringLiteral("pw"), o);
    const char* ids = "SELECT value || '|' || raw_value || '|' || flags FROM record_identifier WHERE exhibit_id = ? "
                      "ORDER BY row_number, id";

    writeFile(s.path(QStringLiteral("c.vcf")), "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:A\r\nTEL:030 901820\r\nTEL:12345\r\n"
                                               "TEL:33612345678\r\nTEL:+ 999 1\r\nEND:VCARD\r\n");
    ImportOptions vo;
    vo.profile = QStringLiteral("vcard");
    const auto v = RecordImporter::run(*c, s.path(QStringLiteral("c.vcf")), vo);
    CHECK(rows(*c, ids, v.exhibitId) == QStringList{"+4930901820|030 901820|", "12345|12345|invalid-number",
                                                    "33612345678|33612345678|ambiguous-number",
                                                    "+ 999 1|+ 999 1|invalid-number"});

    writeFile(s.path(QStringLiteral("ads.csv")), "Ad ID,Posted,Site,City,Phone\n"
                                                 "000123,2023-07-04 21:15,x,Berlin,12345\n");
    ImportOptions ao;
    ao.profile = QStringLiteral("ads-csv");
    ao.timeBasis = QStringLiteral("Europe/Berlin");
    const auto a = RecordImporter::run(*c, s.path(QStringLiteral("ads.csv")), ao);
    CHECK(rows(*c, ids, a.exhibitId) == QStringList{"12345|12345|invalid-number", "000123|000123|"});
    CHECK(rows(*c, "SELECT flags || '|' || originator FROM record WHERE exhibit_id = ?", a.exhibitId) ==
          QStringList{"invalid-number|12345"});
}
