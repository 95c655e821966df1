#include "packet/ChangesSince.h"

#include "case/CaseError.h"
#include "storage/Database.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>

namespace tessera {

ChangesSince ChangesSince::read(Database& db, int number) {
    ChangesSince out;
    out.production = number;
    qint64 watermark = -1;
    {
        Statement s = db.prepare("SELECT max(id) FROM audit_entry WHERE action = 'export' AND subject = ?");
        s.bind(1, QStringLiteral("production:%1").arg(number));
        if (s.step() && !s.isNull(0))
            watermark = s.int64(0);
    }
    if (watermark < 0) { // an older case file: compare by the production's time
        Statement p = db.prepare("SELECT created_utc FROM production WHERE number = ?");
        p.bind(1, number);
        if (!p.step())
            throw CaseError(ErrorKind::Usage, QStringLiteral("production %1: not in this case's production log").arg(number));
        Statement s = db.prepare("SELECT coalesce(max(id), 0) FROM audit_entry WHERE utc <= ?");
        s.bind(1, p.int64(0));
        watermark = s.step() ? s.int64(0) : 0;
    }
    QSet<qint64> notes;
    QHash<qint64, bool> statusChanged; // note id → withdrawn by the latest withdraw/reinstate entry since
    QHash<qint64, bool> firstStatus;   // note id → withdrawn by the first such entry since
    Statement s = db.prepare("SELECT action, subject, detail FROM audit_entry WHERE id > ? ORDER BY id");
    s.bind(1, watermark);
    while (s.step()) {
        const QString action = s.text(0);
        const QString subject = s.text(1);
        const qsizetype colon = subject.indexOf(QLatin1Char(':'));
        if (colon < 0)
            continue;
        const QStringView kind = QStringView(subject).left(colon);
        const qint64 id = QStringView(subject).mid(colon + 1).toLongLong();
        if (kind == u"event") {
            out.events.insert(id);
            if (action == QLatin1String("event.add"))
                out.addedEvents.insert(id);
        } else if (kind == u"exhibit") {
            out.exhibits.insert(id);
        } else if (kind == u"note" && (action == QLatin1String("note.withdraw") || action == QLatin1String("note.reinstate"))) {
            // The note's withdrawn mark changed: the prosecutor must learn it (its current version is produced again,
            // marked). Each entry flips the state (CaseworkWithdrawal refuses a no-op), so the state at the production
            // was the opposite of the first entry since, and the state now is the last entry's.
            const bool withdraw = action == QLatin1String("note.withdraw");
            if (!firstStatus.contains(id))
                firstStatus.insert(id, withdraw);
            statusChanged.insert(id, withdraw);
        } else if (kind == u"note") {
            const QJsonObject d = QJsonDocument::fromJson(s.text(2).toUtf8()).object();
            out.noteVersions.insert({id, action == QLatin1String("note.add") ? 1 : d.value(QStringLiteral("version")).toInt()});
            notes.insert(id);
        } else if (kind == u"person" && action == QLatin1String("benefit.add")) {
            out.benefits.insert(qint64(QJsonDocument::fromJson(s.text(2).toUtf8()).object()
                                           .value(QStringLiteral("benefit_id")).toDouble()));
        } else if (kind == u"person" && action == QLatin1String("interview.add")) {
            out.interviews.insert(qint64(QJsonDocument::fromJson(s.text(2).toUtf8()).object()
                                             .value(QStringLiteral("interview_id")).toDouble()));
        }
    }
    {
        Statement current = db.prepare("SELECT max(version) FROM note_version WHERE note_id = ?");
        for (auto it = statusChanged.cbegin(); it != statusChanged.cend(); ++it) {
            if (firstStatus.value(it.key()) != it.value())
                continue; // withdrawn and reinstated again since (or the reverse): no change of status
            if (it.value())
                out.withdrawnNotes.insert(it.key());
            else
                out.reinstatedNotes.insert(it.key());
            current.bind(1, it.key());
            if (current.step() && !current.isNull(0))
                out.noteVersions.insert({it.key(), static_cast<int>(current.int64(0))});
            current.reset();
        }
    }
    // A note about an event or exhibit annotates it.
    {
        Statement n = db.prepare("SELECT about_kind, about_id FROM note WHERE id = ?");
        for (qint64 id : notes) {
            n.bind(1, id);
            if (n.step() && !n.isNull(1)) {
                if (n.text(0) == QLatin1String("event"))
                    out.events.insert(n.int64(1));
                else if (n.text(0) == QLatin1String("exhibit"))
                    out.exhibits.insert(n.int64(1));
            }
            n.reset();
        }
    }
    // Keep what still exists (a removed event or withdrawn exhibit is not produced).
    QSet<qint64> liveExhibits;
    {
        Statement e = db.prepare("SELECT id FROM exhibit WHERE withdrawn = 0");
        while (e.step())
            if (out.exhibits.contains(e.int64(0)))
                liveExhibits.insert(e.int64(0));
    }
    out.exhibits = liveExhibits;
    // A changed exhibit may change the corroboration of the events linked to it.
    {
        Statement l = db.prepare("SELECT event_id FROM event_exhibit WHERE exhibit_id = ?");
        for (qint64 x : std::as_const(out.exhibits)) {
            l.bind(1, x);
            while (l.step())
                out.events.insert(l.int64(0));
            l.reset();
        }
    }
    QSet<qint64> liveEvents;
    {
        Statement e = db.prepare("SELECT id FROM event");
        while (e.step())
            if (out.events.contains(e.int64(0)))
                liveEvents.insert(e.int64(0));
    }
    for (qint64 id : std::as_const(out.events))
        if (!liveEvents.contains(id))
            out.removedEvents.insert(id);
    out.events = liveEvents;
    out.addedEvents.intersect(liveEvents);
    return out;
}

} // namespace tessera
