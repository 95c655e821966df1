#include "packet/DisclosureRegister.h"

#include "model/PersonRepository.h"
#include "packet/ProductionReport.h"
#include "packet/ProtectedIdentityRedactor.h"
#include "storage/Database.h"
#include "time/TimeFormat.h"
#include "time/TimeSpan.h"

namespace tessera {

void DisclosureRegister::fill(Database& db, const QString& zone, const QHash<qint64, QString>& exhibitBates,
                              const ProtectedIdentityRedactor& redactor, ProductionReport* report) {
    report->brady.clear();
    report->jencks.clear();
    report->giglio.clear();
    report->giglioNote.clear();
    QHash<qint64, QString> label;
    for (const Person& p : PersonRepository::list(db))
        label.insert(p.id, p.label());

    // Brady: contradicting links
    {
        QHash<qint64, QStringList> othersOf;
        Statement o = db.prepare("SELECT event_id, person_id FROM event_person WHERE role = 'other' ORDER BY person_id");
        while (o.step())
            othersOf[o.int64(0)] << label.value(o.int64(1));
        Statement s = db.prepare("SELECT ee.event_id, ee.exhibit_id, e.lower_utc, e.upper_utc, e.precision, e.edtf, "
                                 "e.summary, e.time_basis FROM event_exhibit ee JOIN event e ON e.id = ee.event_id "
                                 "WHERE ee.contradicts = 1 ORDER BY e.lower_utc, e.id, ee.exhibit_id");
        while (s.step()) {
            TimeSpan span;
            span.lowerUtcUs = s.int64(2);
            span.upperUtcUs = s.int64(3);
            span.precision = timePrecisionFromName(s.text(4));
            span.edtf = s.text(5);
            span.timeBasis = s.text(7); // a date is read in its own basis (DESIGN §5)
            report->brady.append({othersOf.value(s.int64(0)).join(QStringLiteral(", ")),
                                  QStringLiteral("Exhibit linked as contradicting event #%1: %2")
                                      .arg(s.int64(0))
                                      .arg(redactor.redact(s.text(6)).left(400)),
                                  onOrAbout(span, zone),
                                  exhibitBates.value(s.int64(1), QStringLiteral("exhibit #%1").arg(s.int64(1)))});
        }
    }
    // Brady: records flagged on import
    {
        Statement s = db.prepare("SELECT exhibit_id, flags, count(*), min(row_number) FROM record WHERE flags != '' "
                                 "GROUP BY exhibit_id, flags ORDER BY exhibit_id, flags");
        while (s.step())
            report->brady.append({QString(),
                                  QStringLiteral("%1 record(s) flagged on import: %2 (first at row %3)")
                                      .arg(s.int64(2))
                                      .arg(s.text(1))
                                      .arg(s.int64(3)),
                                  QString(),
                                  exhibitBates.value(s.int64(0), QStringLiteral("exhibit #%1").arg(s.int64(0)))});
    }
    // Jencks: prior statements
    {
        Statement s = db.prepare("SELECT id, kind, title, provided_by_person_id, created_utc FROM exhibit "
                                 "WHERE kind IN ('victim-statement', 'witness-statement') AND withdrawn = 0 "
                                 "ORDER BY coalesce(provided_by_person_id, 0), created_utc, id");
        while (s.step())
            report->jencks.append({s.isNull(3) ? QStringLiteral("not recorded") : label.value(s.int64(3)),
                                   QStringLiteral("%1: %2").arg(s.text(1), redactor.redact(s.text(2)).left(400)),
                                   formatLocal(s.int64(4), zone, TimePrecision::Day),
                                   exhibitBates.value(s.int64(0), QStringLiteral("exhibit #%1").arg(s.int64(0)))});
    }
    // Giglio: the benefit ledger (issue 4), when this case file has one
    if (db.scalar("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'benefit'") == 0) {
        report->giglioNote = QStringLiteral("This case file has no benefit ledger yet; benefits and promises to a "
                                            "victim or witness must be disclosed separately.");
        return;
    }
    Statement s = db.prepare("SELECT person_id, kind, date, coalesce(amount, ''), note FROM benefit ORDER BY date, id");
    while (s.step()) {
        QString what = s.text(1);
        if (!s.text(3).isEmpty())
            what += QStringLiteral(", ") + s.text(3);
        if (!s.text(4).isEmpty())
            what += QStringLiteral(" — ") + redactor.redact(s.text(4)).left(400);
        report->giglio.append({label.value(s.int64(0)), what, s.text(2), QStringLiteral("benefit ledger")});
    }
    if (report->giglio.isEmpty())
        report->giglioNote = QStringLiteral("No benefit or promise is recorded in the benefit ledger.");
}

} // namespace tessera
