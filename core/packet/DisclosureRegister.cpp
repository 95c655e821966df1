#include "packet/DisclosureRegister.h"

#include "model/PersonRepository.h"
#include "model/ReceivedTime.h"
#include "packet/ChangesSince.h"
#include "packet/ProductionReport.h"
#include "packet/ProtectedIdentityRedactor.h"
#include "storage/Database.h"
#include "time/TimeFormat.h"
#include "time/TimeSpan.h"

#include <QSet>
#include <algorithm>
#include <limits>

namespace tessera {

void DisclosureRegister::fill(Database& db, const QString& zone, const QHash<qint64, QString>& exhibitBates,
                              const ProtectedIdentityRedactor& redactor, ProductionReport* report,
                              const ChangesSince* onlyChanges) {
    report->brady.clear();
    report->jencks.clear();
    report->giglio.clear();
    report->giglioNote.clear();
    QHash<qint64, QString> label;
    QSet<qint64> witnesses; // people whose prior statements are Jencks material: victims and witnesses
    for (const Person& p : PersonRepository::list(db)) {
        label.insert(p.id, p.label());
        if (p.roles.contains(QLatin1String("victim")) || p.roles.contains(QLatin1String("witness")))
            witnesses.insert(p.id);
    }
    const auto eventIn = [&](qint64 id) { return !onlyChanges || onlyChanges->events.contains(id); };
    const auto exhibitIn = [&](qint64 id) { return !onlyChanges || onlyChanges->exhibits.contains(id); };

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
            if (!eventIn(s.int64(0)))
                continue;
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
            if (exhibitIn(s.int64(0)))
                report->brady.append({QString(),
                                  QStringLiteral("%1 record(s) flagged on import: %2 (first at row %3)")
                                      .arg(s.int64(2))
                                      .arg(s.text(1))
                                      .arg(s.int64(3)),
                                  QString(),
                                  exhibitBates.value(s.int64(0), QStringLiteral("exhibit #%1").arg(s.int64(0)))});
    }
    // Jencks: prior statements — statement exhibits, recorded interviews, notes about a victim or witness — by
    // person, then date.
    {
        struct JencksRow {
            qint64 person; // 0: not recorded
            qint64 utc;
            ReportDisclosureRow row;
        };
        QVector<JencksRow> rows;
        const QHash<qint64, ReceivedTimeCorrection> received = ReceivedTime::latestAll(db);
        Statement s = db.prepare("SELECT id, kind, title, provided_by_person_id, created_utc FROM exhibit "
                                 "WHERE kind IN ('victim-statement', 'witness-statement') AND withdrawn = 0");
        while (s.step()) {
            if (!exhibitIn(s.int64(0)))
                continue;
            const auto corrected = received.constFind(s.int64(0)); // the received time, when corrected
            rows.append({s.isNull(3) ? 0 : s.int64(3),
                         corrected == received.cend() ? s.int64(4) : corrected->lowerUtcUs,
                         {s.isNull(3) ? QStringLiteral("not recorded") : label.value(s.int64(3)),
                          QStringLiteral("%1: %2").arg(s.text(1), redactor.redact(s.text(2)).left(400)),
                          corrected == received.cend() ? formatLocal(s.int64(4), zone, TimePrecision::Day)
                                                       : ReceivedTime::describe(*corrected, zone),
                          exhibitBates.value(s.int64(0), QStringLiteral("exhibit #%1").arg(s.int64(0)))}});
        }
        Statement i = db.prepare("SELECT id, person_id, lead, note_taker, recorded, held_utc FROM interview");
        while (i.step()) {
            if (onlyChanges && !onlyChanges->interviews.contains(i.int64(0)))
                continue;
            rows.append({i.int64(1), i.int64(5),
                         {label.value(i.int64(1)),
                          QStringLiteral("interview (led by %1, notes by %2)%3")
                              .arg(redactor.redact(i.text(2)).left(200), redactor.redact(i.text(3)).left(200),
                                   i.int64(4) ? QStringLiteral("; audio/video recorded") : QString()),
                          formatLocal(i.int64(5), zone, TimePrecision::Day),
                          QStringLiteral("interview record #%1%2")
                              .arg(i.int64(0))
                              .arg(i.int64(4) ? QStringLiteral(" (recording held by the agency)") : QString())}});
        }
        // Notes about a victim or witness: one row per note, listing the versions in this production.
        Statement n = db.prepare("SELECT n.id, n.about_id, v.version, v.created_utc, v.text FROM note n "
                                 "JOIN note_version v ON v.note_id = n.id WHERE n.about_kind = 'person' "
                                 "ORDER BY n.id, v.version");
        qint64 current = -1;
        QList<int> versions;
        qint64 person = 0, firstUtc = 0;
        QString text;
        const auto flush = [&] {
            if (current < 0 || versions.isEmpty())
                return;
            const QString range = versions.size() == 1
                                      ? QStringLiteral("version %1").arg(versions.first())
                                      : QStringLiteral("versions %1–%2").arg(versions.first()).arg(versions.last());
            rows.append({person, firstUtc,
                         {label.value(person),
                          QStringLiteral("investigator note: %1").arg(redactor.redact(text).left(200)),
                          formatLocal(firstUtc, zone, TimePrecision::Day),
                          QStringLiteral("notes.csv, note %1, %2").arg(current).arg(range)}});
        };
        while (n.step()) {
            if (n.int64(0) != current) {
                flush();
                current = n.int64(0);
                versions.clear();
                person = n.int64(1);
            }
            if (!witnesses.contains(person))
                continue;
            if (onlyChanges && !onlyChanges->noteVersions.contains({current, n.int32(2)}))
                continue;
            if (versions.isEmpty())
                firstUtc = n.int64(3);
            versions << n.int32(2);
            text = n.text(4); // the latest version in this production
        }
        flush();
        std::stable_sort(rows.begin(), rows.end(), [](const JencksRow& a, const JencksRow& b) {
            const qint64 pa = a.person ? a.person : std::numeric_limits<qint64>::max();
            const qint64 pb = b.person ? b.person : std::numeric_limits<qint64>::max();
            return pa != pb ? pa < pb : a.utc < b.utc;
        });
        for (const JencksRow& r : rows)
            report->jencks.append(r.row);
    }
    // Giglio: the benefit ledger (issue 4), when this case file has one
    if (db.scalar("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'benefit'") == 0) {
        report->giglioNote = QStringLiteral("This case file has no benefit ledger yet; benefits and promises to a "
                                            "victim or witness must be disclosed separately.");
        return;
    }
    Statement s = db.prepare("SELECT person_id, kind, date, coalesce(amount, ''), note, id FROM benefit ORDER BY date, id");
    while (s.step()) {
        if (onlyChanges && !onlyChanges->benefits.contains(s.int64(5)))
            continue;
        QString what = s.text(1);
        if (!s.text(3).isEmpty())
            what += QStringLiteral(", ") + s.text(3);
        if (!s.text(4).isEmpty())
            what += QStringLiteral(" — ") + redactor.redact(s.text(4)).left(400);
        report->giglio.append({label.value(s.int64(0)), what, s.text(2), QStringLiteral("benefit ledger")});
    }
    if (report->giglio.isEmpty())
        report->giglioNote = onlyChanges ? QStringLiteral("No benefit or promise has been recorded in the benefit ledger "
                                                          "since the last production.")
                                         : QStringLiteral("No benefit or promise is recorded in the benefit ledger.");
}

} // namespace tessera
