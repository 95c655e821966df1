#include "casework/NoteRepository.h"

#include "case/Case.h"
#include "case/CaseError.h"
#include "casework/CaseworkWithdrawal.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "time/TimeFormat.h"

#include <QJsonObject>

namespace tessera {
namespace {

void requireSubject(Database& db, const NoteSubject& s) {
    if (s.kind == QLatin1String("case"))
        return;
    const char* sql = s.kind == QLatin1String("person")    ? "SELECT count(*) FROM person WHERE id = ?"
                      : s.kind == QLatin1String("exhibit") ? "SELECT count(*) FROM exhibit WHERE id = ?"
                                                           : "SELECT count(*) FROM event WHERE id = ?";
    Statement q = db.prepare(sql);
    q.bind(1, s.id);
    if (!q.step() || q.int64(0) == 0)
        throw CaseError(ErrorKind::Usage, QStringLiteral("--about: no %1 with id %2").arg(s.kind).arg(s.id));
}

QVector<Note> query(Database& db, const NoteSubject* filter) {
    QVector<Note> notes;
    Statement s = db.prepare(filter ? "SELECT n.id, n.about_kind, n.about_id, n.created_utc, v.version, v.text, v.author, "
                                      "v.created_utc FROM note n JOIN note_version v ON v.note_id = n.id "
                                      "WHERE n.about_kind = ?1 AND coalesce(n.about_id, 0) = ?2 ORDER BY n.id, v.version"
                                    : "SELECT n.id, n.about_kind, n.about_id, n.created_utc, v.version, v.text, v.author, "
                                      "v.created_utc FROM note n JOIN note_version v ON v.note_id = n.id "
                                      "ORDER BY n.id, v.version");
    if (filter)
        s.bind(1, filter->kind).bind(2, filter->id);
    while (s.step()) {
        const qint64 id = s.int64(0);
        if (notes.isEmpty() || notes.constLast().id != id) {
            Note n;
            n.id = id;
            n.about.kind = s.text(1);
            n.about.id = s.int64(2);
            n.createdUtcUs = s.int64(3);
            notes.append(n);
        }
        notes.last().versions.append({id, s.int32(4), s.text(5), s.text(6), s.int64(7)});
    }
    const QSet<qint64> withdrawn = CaseworkWithdrawal::withdrawnIds(db, QStringLiteral("note"));
    for (Note& n : notes)
        n.withdrawn = withdrawn.contains(n.id);
    return notes;
}

} // namespace

NoteSubject NoteSubject::parse(const QString& text) {
    NoteSubject s;
    if (text.isEmpty() || text == QLatin1String("case"))
        return s;
    const qsizetype colon = text.indexOf(QLatin1Char(':'));
    bool ok = false;
    const QString kind = text.left(colon);
    const qint64 id = colon > 0 ? text.mid(colon + 1).toLongLong(&ok) : 0;
    if (!ok || id <= 0 ||
        (kind != QLatin1String("person") && kind != QLatin1String("exhibit") && kind != QLatin1String("event")))
        throw CaseError(ErrorKind::Usage, QStringLiteral("--about: expected case, person:ID, exhibit:ID or event:ID"));
    s.kind = kind;
    s.id = id;
    return s;
}

QString NoteSubject::text() const {
    return kind == QLatin1String("case") ? kind : QStringLiteral("%1:%2").arg(kind).arg(id);
}

qint64 NoteRepository::add(Case& c, const QString& text, const NoteSubject& about) {
    if (text.trimmed().isEmpty())
        throw CaseError(ErrorKind::Usage, QStringLiteral("--text: empty"));
    Database& db = c.db();
    Transaction tx(db);
    requireSubject(db, about);
    const qint64 now = currentUtcUs();
    Statement n = db.prepare("INSERT INTO note(about_kind, about_id, created_utc) VALUES (?,?,?)");
    n.bind(1, about.kind);
    if (about.id)
        n.bind(2, about.id);
    n.bind(3, now);
    n.exec();
    const qint64 id = db.lastInsertRowId();
    Statement v = db.prepare("INSERT INTO note_version(note_id, version, text, author, created_utc) VALUES (?,1,?,?,?)");
    v.bind(1, id).bind(2, text).bind(3, c.actor()).bind(4, now);
    v.exec();
    c.audit(QStringLiteral("note.add"), QStringLiteral("note:%1").arg(id),
            {{QStringLiteral("about"), about.text()}, {QStringLiteral("version"), 1}});
    tx.commit();
    return id;
}

int NoteRepository::revise(Case& c, qint64 noteId, const QString& text) {
    if (text.trimmed().isEmpty())
        throw CaseError(ErrorKind::Usage, QStringLiteral("--text: empty"));
    Database& db = c.db();
    Transaction tx(db);
    Statement cur = db.prepare("SELECT version, text FROM note_version WHERE note_id = ? ORDER BY version DESC LIMIT 1");
    cur.bind(1, noteId);
    if (!cur.step())
        throw CaseError(ErrorKind::Usage, QStringLiteral("--note: no note with id %1").arg(noteId));
    if (cur.text(1) == text)
        throw CaseError(ErrorKind::Usage, QStringLiteral("--text: the same as the current version; nothing to revise"));
    const int version = cur.int32(0) + 1;
    Statement v = db.prepare("INSERT INTO note_version(note_id, version, text, author, created_utc) VALUES (?,?,?,?,?)");
    v.bind(1, noteId).bind(2, version).bind(3, text).bind(4, c.actor()).bind(5, currentUtcUs());
    v.exec();
    c.audit(QStringLiteral("note.revise"), QStringLiteral("note:%1").arg(noteId), {{QStringLiteral("version"), version}});
    tx.commit();
    return version;
}

QVector<Note> NoteRepository::list(Database& db) { return query(db, nullptr); }

QVector<Note> NoteRepository::about(Database& db, const NoteSubject& subject) { return query(db, &subject); }

} // namespace tessera
