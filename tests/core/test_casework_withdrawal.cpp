// Issue 10, finishing: preservation renewal counted from the original end (18 U.S.C. 2703(f)(2)), once; withdrawing
// and reinstating notes, leads and legal process (the GUI's undo of adding one: append-only, migration 0015); and
// putting an exhibit's earlier authentication back (the GUI's undo of certify).

#include "TestSupport.h"

#include "case/Case.h"
#include "case/CaseError.h"
#include "casework/ActivityLog.h"
#include "casework/CaseworkWithdrawal.h"
#include "casework/LeadRepository.h"
#include "casework/LegalProcessRepository.h"
#include "casework/NoteRepository.h"
#include "casework/ReturnScope.h"
#include "model/EvidenceLinks.h"
#include "model/ExhibitRepository.h"
#include "storage/Database.h"

#include <catch2/catch.hpp>
#include <functional>

using namespace tessera;
using namespace tessera::test;

namespace {

ErrorKind kindOf(const std::function<void()>& f) {
    try {
        f();
    } catch (const CaseError& e) {
        return e.kind();
    }
    return ErrorKind::Internal; // nothing thrown: never what a test expects here
}

qint64 preservation(Case& c, const QString& served) {
    NewLegalProcess p;
    p.kind = QStringLiteral("preservation");
    p.provider = QStringLiteral("Example Classifieds");
    p.served = served;
    return LegalProcessRepository::add(c, p);
}

} // namespace

TEST_CASE("a preservation renewal runs 90 days from the original end, not from the renewal, and only once", "[casework][preservation]") {
    Scratch s;
    auto c = Case::create(s.path(QStringLiteral("renew.tessera")), QStringLiteral("pw"), testOptions());
    // Served 2024-01-01: the 90 days run 2024-01-02 through 2024-03-31 (a leap February).
    const qint64 id = preservation(*c, QStringLiteral("2024-01-01"));
    CHECK(LegalProcessRepository::get(c->db(), id)->expires == QDate(2024, 3, 31));

    SECTION("renewed early: the extension still starts after the original 90 days") {
        // Renewed on day 10. Counting from the renewal would end on 2024-04-09; the statute's "additional 90-day
        // period" follows the first one: 2024-04-01 through 2024-06-29, 180 days after service.
        const QDate end = LegalProcessRepository::renew(*c, id, QDate(2024, 1, 11));
        CHECK(end == QDate(2024, 6, 29));
        CHECK(end != QDate(2024, 1, 11).addDays(90));
        CHECK(QDate(2024, 1, 1).daysTo(end) == 180);
        const auto p = LegalProcessRepository::get(c->db(), id);
        CHECK(p->renewalServed == QDate(2024, 1, 11));
        CHECK(p->originalExpires == QDate(2024, 3, 31));
        CHECK(p->expires == QDate(2024, 6, 29));
        // The due view reads the renewed end and says no further renewal is possible.
        const QVector<ProcessDeadline> d = LegalProcessRepository::deadlines(*p, QDate(2024, 6, 1));
        REQUIRE(d.size() == 1);
        CHECK(d[0].date == QDate(2024, 6, 29));
        CHECK(d[0].daysLeft == 28);
        CHECK(d[0].action.contains(QStringLiteral("renewed once already")));
        // A second renewal, even inside the extension, is refused; so is one written straight into the ledger.
        CHECK(kindOf([&] { LegalProcessRepository::renew(*c, id, QDate(2024, 5, 1)); }) == ErrorKind::BadInput);
        CHECK_THROWS_AS(c->db().exec("INSERT INTO legal_process_renewal(process_id, served_date, expires_date, created_utc) "
                                     "SELECT id, '2024-05-01', '2024-09-27', 0 FROM legal_process"),
                        CaseError);
        CHECK(LegalProcessRepository::get(c->db(), id)->expires == QDate(2024, 6, 29));
    }
    SECTION("renewed on the last day of the period: the same end") {
        CHECK(LegalProcessRepository::renew(*c, id, QDate(2024, 3, 31)) == QDate(2024, 6, 29));
    }
    SECTION("the day after the period ended is too late: a new request is needed") {
        CHECK(kindOf([&] { LegalProcessRepository::renew(*c, id, QDate(2024, 4, 1)); }) == ErrorKind::BadInput);
        CHECK_FALSE(LegalProcessRepository::get(c->db(), id)->renewed());
    }
}

TEST_CASE("undoing an added note, lead or legal process appends a withdrawal, redo a reinstatement", "[casework][withdrawal]") {
    Scratch s;
    auto c = Case::create(s.path(QStringLiteral("withdraw.tessera")), QStringLiteral("pw"), testOptions());
    const qint64 note = NoteRepository::add(*c, QStringLiteral("Ad site called back."));
    NewLead l;
    l.title = QStringLiteral("Get the ad site's records");
    const qint64 lead = LeadRepository::add(*c, l);
    NewLegalProcess sub;
    sub.kind = QStringLiteral("subpoena");
    sub.provider = QStringLiteral("Example Classifieds");
    sub.served = QStringLiteral("2024-01-01");
    sub.due = QStringLiteral("2024-01-31");
    const qint64 process = LegalProcessRepository::add(*c, sub);
    const QDate today(2024, 1, 20);
    REQUIRE(LegalProcessRepository::due(c->db(), today).size() == 1);

    CaseworkWithdrawal::set(*c, QStringLiteral("note"), note, true);
    CaseworkWithdrawal::set(*c, QStringLiteral("lead"), lead, true);
    CaseworkWithdrawal::set(*c, QStringLiteral("process"), process, true);
    // Nothing is deleted: the entries are still there, marked withdrawn; the withdrawn process has no deadline.
    REQUIRE(NoteRepository::list(c->db()).size() == 1);
    CHECK(NoteRepository::list(c->db())[0].withdrawn);
    REQUIRE(LeadRepository::list(c->db()).size() == 1);
    CHECK(LeadRepository::list(c->db())[0].withdrawn);
    CHECK(LegalProcessRepository::get(c->db(), process)->withdrawn);
    CHECK(LegalProcessRepository::due(c->db(), today).isEmpty());
    // Withdrawing twice says so; an unknown entry or kind is a usage error.
    CHECK(kindOf([&] { CaseworkWithdrawal::set(*c, QStringLiteral("note"), note, true); }) == ErrorKind::BadInput);
    CHECK(kindOf([&] { CaseworkWithdrawal::set(*c, QStringLiteral("note"), 99, true); }) == ErrorKind::Usage);
    CHECK(kindOf([&] { CaseworkWithdrawal::set(*c, QStringLiteral("exhibit"), 1, true); }) == ErrorKind::Usage);

    // A withdrawn lead cannot be closed, a withdrawn process neither renewed nor named as a return.
    CHECK(kindOf([&] { LeadRepository::close(*c, lead, QStringLiteral("done"), {}); }) == ErrorKind::Usage);
    const qint64 pres = preservation(*c, QStringLiteral("2024-01-01"));
    CaseworkWithdrawal::set(*c, QStringLiteral("process"), pres, true);
    CHECK(kindOf([&] { LegalProcessRepository::renew(*c, pres, QDate(2024, 2, 1)); }) == ErrorKind::Usage);
    CHECK(kindOf([&] { ReturnScope::requireProcess(c->db(), pres); }) == ErrorKind::Usage);

    // Redo: reinstated, latest entry rules.
    CaseworkWithdrawal::set(*c, QStringLiteral("process"), process, false);
    CHECK_FALSE(LegalProcessRepository::get(c->db(), process)->withdrawn);
    CHECK(LegalProcessRepository::due(c->db(), today).size() == 1);
    CHECK(CaseworkWithdrawal::withdrawnIds(c->db(), QStringLiteral("process")) == QSet<qint64>{pres});
    CHECK(CaseworkWithdrawal::withdrawnIds(c->db(), QStringLiteral("note")) == QSet<qint64>{note});

    // The ledger itself is append-only, and the activity log says what happened.
    CHECK(c->db().scalar("SELECT count(*) FROM casework_withdrawal") == 5);
    CHECK_THROWS_AS(c->db().exec("DELETE FROM casework_withdrawal"), CaseError);
    CHECK_THROWS_AS(c->db().exec("UPDATE casework_withdrawal SET withdrawn = 0"), CaseError);
    const QVector<Activity> a = ActivityLog::recent(c->db(), 2);
    REQUIRE(a.size() == 2);
    CHECK(a[0].text == QStringLiteral("Legal process %1 reinstated (redone)").arg(process));
    CHECK(a[1].text == QStringLiteral("Legal process %1 withdrawn (undone)").arg(pres));
}

TEST_CASE("an exhibit's earlier authentication can be put back, with custody and audit entries", "[casework][authentication]") {
    Scratch s;
    auto c = Case::create(s.path(QStringLiteral("auth.tessera")), QStringLiteral("pw"), testOptions());
    const QString file = s.path(QStringLiteral("return.txt"));
    writeFile(file, "ad site records\n");
    const qint64 ex = EvidenceLinks::addExhibitFile(*c, file, QStringLiteral("online-ads"), QStringLiteral("Return"));
    const AuthenticationState none = EvidenceLinks::authentication(*c, ex);
    CHECK(none.method.isEmpty());
    const QString cert = s.path(QStringLiteral("certificate.txt"));
    writeFile(cert, "certificate of authenticity\n");
    Certification k;
    k.method = QStringLiteral("business-record");
    k.certificateFile = cert;
    k.noticeServed = QStringLiteral("2024-02-01");
    EvidenceLinks::certify(*c, ex, k);
    const AuthenticationState certified = EvidenceLinks::authentication(*c, ex);
    CHECK(certified.method == QStringLiteral("business-record"));
    CHECK(certified.detail.contains(QStringLiteral("\"notice_served\":\"2024-02-01\"")));
    const int custody = ExhibitRepository::custody(c->db(), ex).size();
    const qint64 exhibits = ExhibitRepository::list(c->db()).size();

    EvidenceLinks::restoreAuthentication(*c, ex, none); // undo
    CHECK(ExhibitRepository::get(c->db(), ex)->authenticationMethod.isEmpty());
    CHECK(ExhibitRepository::get(c->db(), ex)->authenticationDetail.isEmpty());
    CHECK(ExhibitRepository::list(c->db()).size() == exhibits); // the certificate exhibit stays
    EvidenceLinks::restoreAuthentication(*c, ex, certified); // redo
    const auto back = ExhibitRepository::get(c->db(), ex);
    CHECK(back->authenticationMethod == QStringLiteral("business-record"));
    CHECK(back->authenticationDetail == certified.detail);
    const QStringList trail = ExhibitRepository::custody(c->db(), ex);
    REQUIRE(trail.size() == custody + 2);
    CHECK(trail[custody].contains(QStringLiteral("authentication withdrawn")));
    CHECK(trail[custody + 1].contains(QStringLiteral("authentication recorded")));
    const QVector<Activity> a = ActivityLog::recent(c->db(), 2);
    CHECK(a[0].text == QStringLiteral("Authentication of exhibit %1 recorded again (business-record)").arg(ex));
    CHECK(a[1].text == QStringLiteral("Authentication of exhibit %1 withdrawn (undone)").arg(ex));
    CHECK(kindOf([&] { EvidenceLinks::restoreAuthentication(*c, 999, none); }) == ErrorKind::Usage);
}
