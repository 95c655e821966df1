#include "packet/MemoBuilder.h"

#include "analysis/PatternSummary.h"
#include "analysis/ProofBoard.h"
#include "analysis/VenueDistricts.h"
#include "case/Case.h"
#include "case/CaseError.h"
#include "model/ExhibitRepository.h"
#include "model/Roles.h"
#include "packet/ProtectedIdentityRedactor.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "time/TimeFormat.h"
#include "time/TimeSpan.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QJsonObject>

namespace tessera {
namespace {

struct EventInfo {
    QString when;    ///< "on or about …" in the display zone
    QString summary; ///< redacted
    QString place;
};

QString percent(double share) { return QString::number(share * 100.0, 'f', 0) + QLatin1Char('%'); }

QString statusText(const QString& status) {
    if (status == QLatin1String("independent"))
        return QStringLiteral("independent");
    if (status == QLatin1String("pending-authentication"))
        return QStringLiteral("pending authentication");
    if (status == QLatin1String("victim-only"))
        return QStringLiteral("victim-only");
    if (status == QLatin1String("not-required"))
        return QStringLiteral("not required");
    return QStringLiteral("unsupported");
}

} // namespace

QString MemoBuilder::marking() { return QStringLiteral("ATTORNEY WORK PRODUCT — NOT FOR PRODUCTION"); }

ProsecutionMemo MemoBuilder::compose(Case& c, const MemoOptions& options, MemoResult* counts) {
    Database& db = c.db();
    CaseSettings settings = c.settings();
    const QString zone = settings.value(CaseSettings::Key::DisplayZone);
    const ProtectedIdentityRedactor redactor(db);
    auto own = [&redactor](const QString& t) { return redactor.redact(t); };

    ProsecutionMemo memo;
    memo.marking = marking();
    memo.caseTitle = own(settings.value(CaseSettings::Key::Title));
    memo.caseNumber = own(settings.value(CaseSettings::Key::CaseNumber));
    memo.agency = settings.value(CaseSettings::Key::Agency);
    memo.investigator = settings.value(CaseSettings::Key::Investigator);
    memo.generatedAt = formatLocal(currentUtcUs(), zone, TimePrecision::Second);
    memo.displayZone = zone;
    memo.preface
        << QStringLiteral("Prepared for the prosecutor. This memo is internal work product: it is not Bates-numbered, "
                          "it is not part of any discovery production, and it must not be produced.")
        << QStringLiteral("It states what evidence supports which element of each charge; it draws no legal "
                          "conclusion. Victims appear by pseudonym; the key linking pseudonyms to identities is the "
                          "separate, encrypted identity key.")
        << QStringLiteral("Times are shown in %1.").arg(zone);

    QHash<qint64, EventInfo> events;
    {
        Statement s = db.prepare("SELECT id, lower_utc, upper_utc, precision, edtf, summary, coalesce(place, ''), time_basis FROM event");
        while (s.step()) {
            TimeSpan span;
            span.lowerUtcUs = s.int64(1);
            span.upperUtcUs = s.int64(2);
            span.precision = timePrecisionFromName(s.text(3));
            span.edtf = s.text(4);
            span.timeBasis = s.text(7); // a date is read in its own basis (DESIGN §5)
            events.insert(s.int64(0), {onOrAbout(span, zone), own(s.text(5)), own(s.text(6))});
        }
    }
    QHash<qint64, QString> exhibitText;
    for (const Exhibit& e : ExhibitRepository::list(db))
        exhibitText.insert(e.id, QStringLiteral("#%1 %2 (%3%4)")
                                     .arg(e.id)
                                     .arg(own(e.title), e.kind,
                                          e.victimSourced ? QStringLiteral(", victim-sourced") : QString()));
    auto eventLines = [&](const QVector<qint64>& ids) {
        QStringList l;
        for (qint64 id : ids) {
            const EventInfo info = events.value(id);
            l << QStringLiteral("#%1 %2: %3").arg(id).arg(info.when, info.summary);
        }
        return l.join(QLatin1Char('\n'));
    };
    auto exhibitLines = [&](const QVector<qint64>& ids) {
        QStringList l;
        for (qint64 id : ids)
            l << exhibitText.value(id, QStringLiteral("#%1").arg(id));
        return l.join(QLatin1Char('\n'));
    };

    const ProofBoardResult board = ProofBoard::build(c, options.today);
    MemoResult r;
    r.charges = int(board.charges.size());
    r.victimBurden = board.victimBurden;

    // 1. Victim burden
    MemoSection burden{QStringLiteral("1. Victim burden"), {}};
    burden.blocks << MemoBlock::paragraph(
        QStringLiteral("Victim burden: %1 — %2 of %3 required element(s) rest on victim-sourced evidence alone.")
            .arg(percent(board.victimBurden))
            .arg(board.victimOnlyElements)
            .arg(board.requiredElements));
    burden.blocks << MemoBlock::note(QStringLiteral(
        "The aim is 0%: every element proven by evidence that neither comes from a person who was trafficked nor "
        "depends on their testimony to be admitted. Section 3 lists what would close each gap."));
    if (board.charges.isEmpty())
        burden.blocks << MemoBlock::paragraph(QStringLiteral("No charges have been applied in this case yet."));
    memo.sections << burden;

    // 2. Proof board, 3. Gaps, 4. Charging notes
    MemoSection proof{QStringLiteral("2. Proof board"), {}};
    MemoSection gaps{QStringLiteral("3. Gaps and suggested evidence"), {}};
    MemoSection charging{QStringLiteral("4. Charging notes"), {}};
    MemoSection disclosure{QStringLiteral("6. Disclosure reminders"), {}};
    QVector<QStringList> gapRows;
    QVector<QStringList> contradictingRows;
    for (const ChargeProof& charge : board.charges) {
        const QString name = QStringLiteral("Charge %1: %2 — %3").arg(charge.id).arg(charge.citation, charge.title);
        const QString parties = QStringLiteral("Offender: %1. Victim: %2.")
                                    .arg(own(charge.offenderLabel),
                                         charge.victimId ? charge.victimLabel : QStringLiteral("none named"));
        proof.blocks << MemoBlock::heading(name) << MemoBlock::paragraph(parties);
        if (!charge.minorNote.isEmpty())
            proof.blocks << MemoBlock::note(QStringLiteral("Age: ") + charge.minorNote);
        QVector<QStringList> rows;
        for (const ElementProof& e : charge.elements) {
            QString status = statusText(e.status);
            if (!e.required && e.status != QLatin1String("not-required"))
                status += QStringLiteral(" (not counted)");
            if (!e.note.isEmpty())
                status += QStringLiteral("\n") + e.note;
            rows << QStringList{QStringLiteral("%1 (%2)\n%3").arg(e.id, e.role, e.text), status, eventLines(e.events),
                                exhibitLines(e.exhibits)};
            const bool gap = e.required && e.status != QLatin1String("independent") &&
                             e.status != QLatin1String("not-required");
            if (gap)
                gapRows << QStringList{QStringLiteral("Charge %1 (%2)").arg(charge.id).arg(charge.citation),
                                       QStringLiteral("%1 — %2").arg(e.id, e.text), statusText(e.status),
                                       e.suggestions.isEmpty() ? QStringLiteral("—")
                                                               : QStringLiteral("• ") + e.suggestions.join(QStringLiteral("\n• "))};
            if (!e.contradicting.isEmpty())
                contradictingRows << QStringList{QStringLiteral("Charge %1, %2").arg(charge.id).arg(e.id),
                                                 eventLines(e.events), exhibitLines(e.contradicting)};
        }
        proof.blocks << MemoBlock::table({QStringLiteral("Element"), QStringLiteral("Status"),
                                          QStringLiteral("Events"), QStringLiteral("Supporting exhibits")},
                                         {30, 14, 32, 24}, rows);

        charging.blocks << MemoBlock::heading(name);
        QVector<QStringList> notes;
        notes << QStringList{QStringLiteral("Limitation period"),
                             charge.limitation.isEmpty() ? QStringLiteral("not stated in the template") : charge.limitation};
        notes << QStringList{QStringLiteral("Earliest chargeable date"),
                             charge.earliestChargeableDate
                                 ? QStringLiteral("%1 (conduct before this day is outside a fixed limitation period, "
                                                  "counted back from %2)")
                                       .arg(charge.earliestChargeableDate->toString(Qt::ISODate),
                                            options.today.toString(Qt::ISODate))
                                 : QStringLiteral("no fixed period in the template (see the limitation text)")};
        notes << QStringList{QStringLiteral("Venue"),
                             charge.venue.isEmpty() ? QStringLiteral("no venue notes in the template") : charge.venue};
        QStringList places;
        for (const QString& p : charge.places)
            places << own(p);
        notes << QStringList{QStringLiteral("Places of the charge's events"),
                             places.isEmpty() ? QStringLiteral("none recorded") : places.join(QStringLiteral("; "))};
        QStringList districts;
        for (const DistrictSuggestion& d : charge.districts)
            districts << QStringLiteral("%1: %2").arg(own(d.place), d.district.isEmpty() ? d.note : d.district);
        if (!districts.isEmpty())
            notes << QStringList{QStringLiteral("Federal district suggested by each place"),
                                 districts.join(QLatin1Char('\n'))};
        if (!charge.suggestedStatutes.isEmpty())
            notes << QStringList{QStringLiteral("Minor-victim templates to consider"),
                                 charge.suggestedStatutes.join(QStringLiteral(", "))};
        charging.blocks << MemoBlock::table({QStringLiteral("Note"), QStringLiteral("Detail")}, {28, 72}, notes);
    }
    if (board.charges.isEmpty()) {
        proof.blocks << MemoBlock::paragraph(QStringLiteral("No charges yet: apply a statute template with `charge add`."));
        charging.blocks << MemoBlock::paragraph(QStringLiteral("No charges yet."));
    }
    r.gaps = int(gapRows.size());
    if (gapRows.isEmpty())
        gaps.blocks << MemoBlock::paragraph(QStringLiteral("No gaps: every required element has independent support."));
    else
        gaps.blocks << MemoBlock::note(QStringLiteral(
                           "Each required element that is not yet independently proven, with the kinds of evidence "
                           "that usually prove it without the victim (from the statute template) or the certification "
                           "still needed."))
                    << MemoBlock::table({QStringLiteral("Charge"), QStringLiteral("Element"), QStringLiteral("Status"),
                                         QStringLiteral("Suggested evidence")},
                                        {16, 30, 14, 40}, gapRows);
    memo.sections << proof << gaps << charging;

    // 5. Pattern per offender
    MemoSection pattern{QStringLiteral("5. Offender pattern"), {}};
    pattern.blocks << MemoBlock::note(QStringLiteral(
        "For each offender or suspect: the events naming them as an actor, by category per month (in %1), by person "
        "who was trafficked (pseudonym) and by place. Counts of recorded events, not findings.")
                                          .arg(zone));
    const QVector<PatternSummary> patterns = PatternSummary::buildAll(db, zone);
    if (patterns.isEmpty())
        pattern.blocks << MemoBlock::paragraph(QStringLiteral("No person has the role offender or suspect yet."));
    for (const PatternSummary& op : patterns) {
        pattern.blocks << MemoBlock::heading(own(op.offenderLabel));
        if (op.events == 0) {
            pattern.blocks << MemoBlock::paragraph(
                QStringLiteral("No events name this person as an actor yet (%1 record(s) carry their identifiers).")
                    .arg(op.records));
            continue;
        }
        pattern.blocks << MemoBlock::paragraph(QStringLiteral("%1 event(s), %2; %3 record(s) carry their identifiers.")
                                                   .arg(op.events)
                                                   .arg(onOrAboutRange(op.firstUtcUs, op.lastUtcUs, zone))
                                                   .arg(op.records));
        // Categories in the vocabulary's order (recruitment … other); months in time order.
        QStringList categories;
        for (const QString& cat : Vocabulary::eventCategories())
            if (op.actsByCategory.contains(cat))
                categories << cat;
        QMap<QString, QMap<QString, int>> byMonth; // month → category → events
        for (auto c = op.actsByCategory.constBegin(); c != op.actsByCategory.constEnd(); ++c)
            for (auto m = c.value().constBegin(); m != c.value().constEnd(); ++m)
                byMonth[m.key()][c.key()] += m.value();
        QStringList headers{QStringLiteral("Month")};
        headers += categories;
        headers << QStringLiteral("Total");
        QVector<QStringList> rows;
        for (auto m = byMonth.constBegin(); m != byMonth.constEnd(); ++m) {
            QStringList row{m.key()};
            int total = 0;
            for (const QString& cat : categories) {
                const int n = m.value().value(cat);
                total += n;
                row << (n ? QString::number(n) : QString());
            }
            row << QString::number(total);
            rows << row;
        }
        pattern.blocks << MemoBlock::table(headers, {}, rows);
        QVector<QStringList> victims;
        for (const PatternVictim& v : op.victims)
            victims << QStringList{v.label, QString::number(v.events), onOrAboutRange(v.firstUtcUs, v.lastUtcUs, zone),
                                   v.categories.join(QStringLiteral(", "))};
        if (victims.isEmpty())
            pattern.blocks << MemoBlock::note(QStringLiteral("No person who was trafficked is named in these events."));
        else
            pattern.blocks << MemoBlock::table({QStringLiteral("Person who was trafficked"), QStringLiteral("Events"),
                                                QStringLiteral("When"), QStringLiteral("Categories")},
                                               {22, 10, 40, 28}, victims);
        QVector<QStringList> places;
        for (const PatternPlace& p : op.places)
            places << QStringList{own(p.place), QString::number(p.events), p.categories.join(QStringLiteral(", "))};
        if (places.isEmpty())
            pattern.blocks << MemoBlock::note(QStringLiteral("No place is recorded on these events."));
        else
            pattern.blocks << MemoBlock::table({QStringLiteral("Place"), QStringLiteral("Events"),
                                                QStringLiteral("Categories")},
                                               {50, 12, 38}, places);
    }
    memo.sections << pattern;

    // 6. Disclosure reminders
    if (contradictingRows.isEmpty())
        disclosure.blocks << MemoBlock::paragraph(
            QStringLiteral("No exhibit is linked as contradicting an event of a charge."));
    else
        disclosure.blocks << MemoBlock::note(QStringLiteral(
                                 "Exhibits linked as contradicting events offered for an element: potentially "
                                 "favourable to the defence (Brady v. Maryland, 373 U.S. 83 (1963)); they are listed "
                                 "in the production's disclosure register."))
                          << MemoBlock::table({QStringLiteral("Element"), QStringLiteral("Events"),
                                               QStringLiteral("Contradicting exhibits")},
                                              {20, 45, 35}, contradictingRows);
    memo.sections << disclosure;
    if (counts)
        *counts = r;
    return memo;
}

MemoResult MemoBuilder::write(Case& c, const MemoOptions& options, MemoRenderer& renderer) {
    if (options.outFile.isEmpty())
        throw CaseError(ErrorKind::Usage, QStringLiteral("--out: name the memo's PDF file"));
    const QFileInfo out(options.outFile);
    if (out.isDir())
        throw CaseError(ErrorKind::Usage, QStringLiteral("%1: is a folder; name a PDF file").arg(options.outFile));
    const QDir folder = out.absoluteDir();
    if (!folder.exists())
        throw CaseError(ErrorKind::Usage, QStringLiteral("%1: folder does not exist").arg(folder.path()));
    if (folder.exists(QStringLiteral("manifest.json")) || folder.exists(QStringLiteral("SHA256SUMS")) ||
        QFileInfo(folder.path()).fileName() == QLatin1String("natives"))
        throw CaseError(ErrorKind::Usage, QStringLiteral("%1: is a discovery production's folder; the memo is internal "
                                                         "work product and is never written into a production")
                                              .arg(folder.path()));
    MemoResult r;
    const ProsecutionMemo memo = compose(c, options, &r);
    QString error;
    r.pages = renderer.render(memo, options.outFile, &error);
    if (r.pages <= 0)
        throw CaseError(ErrorKind::Internal, QStringLiteral("%1: %2").arg(options.outFile, error));
    Transaction tx(c.db());
    c.audit(QStringLiteral("memo"), QStringLiteral("memo"),
            QJsonObject{{QStringLiteral("pages"), r.pages},
                        {QStringLiteral("charges"), r.charges},
                        {QStringLiteral("gaps"), r.gaps}});
    tx.commit();
    return r;
}

} // namespace tessera
