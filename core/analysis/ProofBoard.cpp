#include "analysis/ProofBoard.h"

#include "analysis/Timeline.h"
#include "case/Case.h"
#include "case/CaseError.h"
#include "model/ChargeRepository.h"
#include "model/PersonRepository.h"
#include "model/Roles.h"
#include "statutes/StatuteCatalog.h"
#include "storage/Database.h"
#include "storage/Statement.h"

#include <QDateTime>
#include <algorithm>
#include <QSet>
#include <QTimeZone>

namespace tessera {
namespace {

int rank(const QString& status) {
    if (status == QLatin1String("independent"))
        return 3;
    if (status == QLatin1String("pending-authentication"))
        return 2;
    if (status == QLatin1String("victim-only"))
        return 1;
    return 0;
}

QString kindWords(const QString& kind) {
    QString w = kind;
    w.replace(QLatin1Char('-'), QLatin1Char(' '));
    if (kind == QLatin1String("lpr"))
        w = QStringLiteral("licence-plate reader hits");
    return w;
}

struct ExhibitInfo {
    QString kind;
    bool victimSourced = false;
    bool hasPath = false;
    bool pathVictimDependent = false;
};

struct EventBounds {
    qint64 lower = 0;
    qint64 upper = 0;
};

} // namespace

QString ProofBoard::minorStatusName(MinorStatus s) {
    switch (s) {
    case MinorStatus::Minor: return QStringLiteral("minor");
    case MinorStatus::Adult: return QStringLiteral("adult");
    case MinorStatus::MayHaveBeen: return QStringLiteral("may-have-been-minor");
    case MinorStatus::NotApplicable: break;
    }
    return QStringLiteral("not-applicable");
}

QVector<qint64> ProofBoard::supportingRecords(Database& db, qint64 eventId, qint64 exhibitId) {
    Statement s = db.prepare("SELECT er.record_id FROM event_record er JOIN record r ON r.id = er.record_id "
                             "WHERE er.event_id = ? AND r.exhibit_id = ? ORDER BY er.record_id");
    s.bind(1, eventId).bind(2, exhibitId);
    QVector<qint64> out;
    while (s.step())
        out << s.int64(0);
    return out;
}

ProofBoardResult ProofBoard::build(Case& c, QDate today) {
    Database& db = c.db();
    ProofBoardResult board;
    QTimeZone zone(c.settings().value(CaseSettings::Key::DisplayZone).toUtf8());
    if (!zone.isValid())
        zone = QTimeZone::utc();

    auto exhibitInfo = [&db](qint64 id) {
        Statement s = db.prepare("SELECT kind, victim_sourced, authentication_method, authentication_victim_dependent "
                                 "FROM exhibit WHERE id = ?");
        s.bind(1, id);
        ExhibitInfo info;
        if (s.step()) {
            info.kind = s.text(0);
            info.victimSourced = s.int64(1) != 0;
            info.hasPath = !s.isNull(2) && !s.text(2).isEmpty();
            info.pathVictimDependent = s.int64(3) != 0;
        }
        return info;
    };
    auto eventBounds = [&db](qint64 id, QString* place) {
        Statement s = db.prepare("SELECT lower_utc, upper_utc, place FROM event WHERE id = ?");
        s.bind(1, id);
        EventBounds b;
        if (s.step()) {
            b.lower = s.int64(0);
            b.upper = s.int64(1);
            if (place)
                *place = s.isNull(2) ? QString() : s.text(2);
        }
        return b;
    };

    for (const Charge& charge : ChargeRepository::list(db)) {
        const Statute st = Statute::fromJson(charge.templateJson, QStringLiteral("charge %1 template").arg(charge.id));
        ChargeProof cp;
        cp.id = charge.id;
        cp.statuteId = st.id;
        cp.statuteVersion = charge.statuteVersion;
        cp.citation = st.citation;
        cp.title = st.title;
        cp.offenderId = charge.offenderId;
        if (const auto p = PersonRepository::get(db, charge.offenderId))
            cp.offenderLabel = p->label();
        cp.victimId = charge.victimId;
        cp.limitation = st.limitationText + QStringLiteral(" (") + st.limitationSource + QLatin1Char(')');
        cp.venue = st.venue;
        if (st.limitationYears)
            cp.earliestChargeableDate = today.addYears(-*st.limitationYears);

        const QVector<ElementLink> links = ChargeRepository::links(db, charge.id);
        // The charge's events: its element-linked events, else the events naming the offender and the victim.
        QVector<qint64> chargeEvents;
        for (const ElementLink& l : links)
            if (!chargeEvents.contains(l.eventId))
                chargeEvents << l.eventId;
        if (chargeEvents.isEmpty() && charge.victimId) {
            Statement s = db.prepare("SELECT a.event_id FROM event_person a JOIN event_person o ON o.event_id = a.event_id "
                                     "WHERE a.person_id = ? AND a.role = 'actor' AND o.person_id = ? AND o.role = 'other' "
                                     "ORDER BY a.event_id");
            s.bind(1, charge.offenderId).bind(2, *charge.victimId);
            while (s.step())
                chargeEvents << s.int64(0);
        }
        QVector<EventBounds> bounds;
        for (qint64 e : chargeEvents) {
            QString place;
            bounds << eventBounds(e, &place);
            if (!place.isEmpty() && !cp.places.contains(place))
                cp.places << place;
        }

        for (const QString& place : cp.places)
            cp.districts << VenueDistricts::builtIn().suggest(place);

        // Minor logic (DESIGN §6).
        if (charge.victimId) {
            Statement s = db.prepare("SELECT date_of_birth, dob_source FROM person WHERE id = ?");
            s.bind(1, *charge.victimId);
            QString dob, dobSource;
            if (s.step()) {
                dob = s.isNull(0) ? QString() : s.text(0);
                dobSource = s.isNull(1) ? QString() : s.text(1);
            }
            if (const auto v = PersonRepository::get(db, *charge.victimId))
                cp.victimLabel = v->label();
            const QDate birth = QDate::fromString(dob, Qt::ISODate);
            cp.dobSource = dobSource;
            QVector<ConductBounds> spans;
            for (const EventBounds& b : bounds)
                spans << ConductBounds{b.lower, b.upper};
            cp.minor = MinorLogic::assess(birth, spans, zone);
            if (!birth.isValid()) {
                cp.minorNote = QStringLiteral("No date of birth is recorded for %1: the person may have been under 18. "
                                              "Proof of age (birth certificate, school, medical or child-welfare "
                                              "records) would settle it.").arg(cp.victimLabel);
            } else {
                const QDate eighteenth = birth.addYears(18);
                if (bounds.isEmpty()) {
                    cp.minorNote = QStringLiteral("No dated event is linked to this charge yet, so it is not known "
                                                  "whether %1 was under 18 at the time (18th birthday %2): the person "
                                                  "may have been a minor.").arg(cp.victimLabel, eighteenth.toString(Qt::ISODate));
                } else if (cp.minor == MinorStatus::Minor) {
                    cp.minorNote = QStringLiteral("By the recorded date of birth, %1 was under 18 during every "
                                                  "event of this charge (18th birthday %2).")
                                       .arg(cp.victimLabel, eighteenth.toString(Qt::ISODate));
                } else if (cp.minor == MinorStatus::Adult) {
                    cp.minorNote = QStringLiteral("By the recorded date of birth, %1 was 18 or older during every "
                                                  "event of this charge (18th birthday %2).")
                                       .arg(cp.victimLabel, eighteenth.toString(Qt::ISODate));
                } else {
                    cp.minorNote = QStringLiteral("The time range of at least one event straddles the 18th birthday "
                                                  "of %1 (%2): the person may have been a minor. Narrower event "
                                                  "dates would settle it.")
                                       .arg(cp.victimLabel, eighteenth.toString(Qt::ISODate));
                }
                if (dobSource == QLatin1String("victim-statement"))
                    cp.minorNote += QStringLiteral(" The date of birth is known only from the person's own statement "
                                                   "(victim-sourced).");
            }
            bool minorAware = false;
            for (const StatuteElement& e : st.elements)
                minorAware = minorAware || e.notRequiredIfMinor || e.id == QLatin1String("age");
            if (!minorAware && cp.minor != MinorStatus::Adult) {
                cp.suggestedStatutes = MinorLogic::minorVictimTemplates();
                cp.minorNote += QStringLiteral(" Minor-victim templates (%1) may also fit; the elements of this charge "
                                               "do not change.").arg(cp.suggestedStatutes.join(QStringLiteral(", ")));
            }
        }

        for (const StatuteElement& el : st.elements) {
            ElementProof ep;
            ep.id = el.id;
            ep.role = el.role;
            ep.text = el.text;
            ep.required = el.required;
            ep.note = el.note;
            for (const ElementLink& l : links)
                if (l.elementId == el.id)
                    ep.events << l.eventId;
            if (el.notRequiredIfMinor && cp.minor == MinorStatus::Minor) {
                ep.status = QStringLiteral("not-required");
                ep.required = false;
                ep.note = QStringLiteral("Not an element here: the person was under 18 during the charged conduct "
                                         "(18 U.S.C. 1591(a); 9th Cir. Model Crim. Jury Instr. 20.25).");
                if (cp.dobSource == QLatin1String("victim-statement"))
                    ep.note += QStringLiteral(" The age rests on the person's own statement of their date of birth: "
                                              "independent proof of age would secure it.");
            } else {
                if (el.notRequiredIfMinor && cp.minor == MinorStatus::MayHaveBeen)
                    ep.note = QStringLiteral("The person may have been under 18; if proven, this element is not needed "
                                             "(18 U.S.C. 1591(a)). Until then it is treated as required.");
                int best = 0;
                QString status = QStringLiteral("unsupported");
                QSet<qint64> needsPath, victimPath;
                for (qint64 ev : ep.events) {
                    const QString s = eventCorroboration(db, ev);
                    if (rank(s) > best) {
                        best = rank(s);
                        status = s;
                    }
                    Statement ex = db.prepare(
                        "SELECT l.exhibit_id, l.contradicts FROM (SELECT exhibit_id, contradicts FROM event_exhibit "
                        "WHERE event_id = ?1 UNION SELECT r.exhibit_id, 0 FROM event_record er JOIN record r "
                        "ON r.id = er.record_id WHERE er.event_id = ?1 AND r.id NOT IN (SELECT record_id FROM record_quarantine)) l "
                        "JOIN exhibit x ON x.id = l.exhibit_id "
                        "WHERE x.withdrawn = 0 AND x.id NOT IN (SELECT exhibit_id FROM exhibit_seal) "
                        "ORDER BY l.exhibit_id");
                    ex.bind(1, ev);
                    while (ex.step()) {
                        const qint64 id = ex.int64(0);
                        if (ex.int64(1) != 0) {
                            if (!ep.contradicting.contains(id))
                                ep.contradicting << id;
                            continue;
                        }
                        if (!ep.exhibits.contains(id))
                            ep.exhibits << id;
                        if (!ep.support.contains(qMakePair(ev, id)))
                            ep.support << qMakePair(ev, id);
                        const ExhibitInfo info = exhibitInfo(id);
                        if (!info.victimSourced && !info.hasPath)
                            needsPath.insert(id);
                        if (!info.victimSourced && info.hasPath && info.pathVictimDependent)
                            victimPath.insert(id);
                    }
                }
                ep.status = status;
                // Age proven only by a date of birth from the victim's own statement is victim-sourced (DESIGN §4).
                if (el.id == QLatin1String("age") && ep.status == QLatin1String("unsupported") &&
                    cp.dobSource == QLatin1String("victim-statement")) {
                    ep.status = QStringLiteral("victim-only");
                    ep.note = QStringLiteral("The date of birth is known only from the person's own statement.");
                }
                if (ep.status != QLatin1String("independent")) {
                    QList<qint64> ids = needsPath.values();
                    std::sort(ids.begin(), ids.end());
                    for (qint64 id : ids)
                        ep.suggestions << QStringLiteral("Record how exhibit %1 (%2) can be admitted: certified "
                                                         "business record, hash certificate, custodian or officer "
                                                         "(exhibit certify)").arg(id).arg(kindWords(exhibitInfo(id).kind));
                    ids = victimPath.values();
                    std::sort(ids.begin(), ids.end());
                    for (qint64 id : ids)
                        ep.suggestions << QStringLiteral("Exhibit %1 can only be admitted through the victim: a "
                                                         "certificate or another custodian would not need them").arg(id);
                    if (ep.status == QLatin1String("victim-only"))
                        ep.suggestions << QStringLiteral("This element rests on victim-sourced evidence alone");
                    if (ep.status != QLatin1String("pending-authentication"))
                        for (const QString& kind : el.evidence)
                            if (!Vocabulary::isVictimSourcedKind(kind))
                                ep.suggestions << QStringLiteral("Independent evidence that usually proves this: %1 (%2)")
                                                      .arg(kindWords(kind), kind);
                }
            }
            if (ep.required) {
                ++board.requiredElements;
                if (ep.status == QLatin1String("victim-only"))
                    ++board.victimOnlyElements;
            }
            cp.elements << ep;
        }
        board.charges << cp;
    }
    board.victimBurden = board.requiredElements == 0
                             ? 0.0
                             : static_cast<double>(board.victimOnlyElements) / board.requiredElements;
    return board;
}

} // namespace tessera
