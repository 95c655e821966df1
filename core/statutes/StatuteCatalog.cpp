#include "statutes/StatuteCatalog.h"

#include "case/CaseError.h"
#include "model/Roles.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>

static void initStatuteResources() { Q_INIT_RESOURCE(statutes); }

namespace tessera {
namespace {

[[noreturn]] void bad(const QString& origin, const QString& field, const QString& why) {
    throw CaseError(ErrorKind::BadInput, QStringLiteral("%1: %2: %3").arg(origin, field, why));
}

QString needString(const QJsonObject& o, const QString& key, const QString& origin, const QString& prefix = {}) {
    const QJsonValue v = o.value(key);
    if (!v.isString() || v.toString().trimmed().isEmpty())
        bad(origin, prefix + key, QStringLiteral("missing or empty text"));
    return v.toString();
}

const QStringList& roles() {
    static const QStringList r{QStringLiteral("action"), QStringLiteral("means"), QStringLiteral("purpose"),
                               QStringLiteral("jurisdiction"), QStringLiteral("other")};
    return r;
}

} // namespace

const StatuteElement* Statute::element(const QString& elementId) const {
    for (const StatuteElement& e : elements)
        if (e.id == elementId)
            return &e;
    return nullptr;
}

Statute Statute::fromJson(const QByteArray& json, const QString& origin) {
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
    if (err.error != QJsonParseError::NoError)
        bad(origin, QStringLiteral("offset %1").arg(err.offset), QStringLiteral("not valid JSON (%1)").arg(err.errorString()));
    if (!doc.isObject())
        bad(origin, QStringLiteral("(top)"), QStringLiteral("expected a JSON object"));
    const QJsonObject o = doc.object();
    if (o.value(QStringLiteral("format")).toInt(-1) != StatuteCatalog::kFormatVersion)
        bad(origin, QStringLiteral("format"),
            QStringLiteral("expected format %1 (this Tessera reads that version)").arg(StatuteCatalog::kFormatVersion));
    Statute s;
    s.origin = origin;
    s.id = needString(o, QStringLiteral("id"), origin);
    static const QRegularExpression idRx(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
    if (!idRx.match(s.id).hasMatch())
        bad(origin, QStringLiteral("id"), QStringLiteral("use lower-case letters, digits and single hyphens"));
    s.version = needString(o, QStringLiteral("version"), origin);
    s.jurisdiction = needString(o, QStringLiteral("jurisdiction"), origin);
    s.citation = needString(o, QStringLiteral("citation"), origin);
    s.title = needString(o, QStringLiteral("title"), origin);
    s.venue = needString(o, QStringLiteral("venue"), origin);
    s.note = o.value(QStringLiteral("note")).toString();
    const QJsonValue lim = o.value(QStringLiteral("limitation"));
    if (!lim.isObject())
        bad(origin, QStringLiteral("limitation"), QStringLiteral("expected an object with years, text and source"));
    const QJsonObject l = lim.toObject();
    const QJsonValue years = l.value(QStringLiteral("years"));
    if (years.isDouble()) {
        if (years.toInt(-1) <= 0)
            bad(origin, QStringLiteral("limitation.years"), QStringLiteral("expected a positive whole number or null"));
        s.limitationYears = years.toInt();
    } else if (!years.isNull()) {
        bad(origin, QStringLiteral("limitation.years"), QStringLiteral("expected a positive whole number or null"));
    }
    s.limitationText = needString(l, QStringLiteral("text"), origin, QStringLiteral("limitation."));
    s.limitationSource = needString(l, QStringLiteral("source"), origin, QStringLiteral("limitation."));
    const QJsonArray els = o.value(QStringLiteral("elements")).toArray();
    if (els.isEmpty())
        bad(origin, QStringLiteral("elements"), QStringLiteral("expected a non-empty array"));
    QSet<QString> seen;
    for (int i = 0; i < els.size(); ++i) {
        const QString prefix = QStringLiteral("elements[%1].").arg(i);
        if (!els[i].isObject())
            bad(origin, prefix.chopped(1), QStringLiteral("expected an object"));
        const QJsonObject eo = els[i].toObject();
        StatuteElement e;
        e.id = needString(eo, QStringLiteral("id"), origin, prefix);
        if (!idRx.match(e.id).hasMatch())
            bad(origin, prefix + QStringLiteral("id"), QStringLiteral("use lower-case letters, digits and single hyphens"));
        if (seen.contains(e.id))
            bad(origin, prefix + QStringLiteral("id"), QStringLiteral("duplicate element id '%1'").arg(e.id));
        seen.insert(e.id);
        e.role = needString(eo, QStringLiteral("role"), origin, prefix);
        if (!roles().contains(e.role))
            bad(origin, prefix + QStringLiteral("role"),
                QStringLiteral("unknown role (expected one of %1)").arg(roles().join(QStringLiteral(", "))));
        e.text = needString(eo, QStringLiteral("text"), origin, prefix);
        if (!eo.value(QStringLiteral("required")).isBool())
            bad(origin, prefix + QStringLiteral("required"), QStringLiteral("expected true or false"));
        e.required = eo.value(QStringLiteral("required")).toBool();
        e.notRequiredIfMinor = eo.value(QStringLiteral("not_required_if_minor")).toBool(false);
        e.note = eo.value(QStringLiteral("note")).toString();
        const QJsonArray ev = eo.value(QStringLiteral("evidence")).toArray();
        for (int k = 0; k < ev.size(); ++k) {
            const QString kind = ev[k].toString();
            if (!Vocabulary::exhibitKinds().contains(kind))
                bad(origin, prefix + QStringLiteral("evidence[%1]").arg(k),
                    QStringLiteral("unknown exhibit kind (expected one of %1)")
                        .arg(Vocabulary::exhibitKinds().join(QStringLiteral(", "))));
            e.evidence << kind;
        }
        s.elements << e;
    }
    for (const QJsonValue& src : o.value(QStringLiteral("sources")).toArray()) {
        const QJsonObject so = src.toObject();
        const QString url = so.value(QStringLiteral("url")).toString();
        s.sources << (url.isEmpty() ? so.value(QStringLiteral("title")).toString()
                                    : so.value(QStringLiteral("title")).toString() + QStringLiteral(" — ") + url);
    }
    if (s.sources.isEmpty())
        bad(origin, QStringLiteral("sources"), QStringLiteral("expected at least one source"));
    s.json = doc.toJson(QJsonDocument::Compact);
    return s;
}

StatuteCatalog StatuteCatalog::load(const QString& extraDir) {
    initStatuteResources();
    StatuteCatalog c;
    auto put = [&c](Statute s) {
        for (Statute& existing : c.m_statutes) {
            if (existing.id == s.id) {
                existing = std::move(s);
                return;
            }
        }
        c.m_statutes << std::move(s);
    };
    const QDir builtIn(QStringLiteral(":/statutes"));
    for (const QString& name : builtIn.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        QFile f(builtIn.filePath(name));
        if (!f.open(QIODevice::ReadOnly))
            throw CaseError(ErrorKind::Internal, QStringLiteral("built-in statute template %1 is missing").arg(name));
        Statute s = Statute::fromJson(f.readAll(), QStringLiteral("built-in %1").arg(name));
        s.origin = QStringLiteral("built-in");
        put(std::move(s));
    }
    const QString dir = extraDir.isEmpty() ? qEnvironmentVariable("TESSERA_STATUTES_DIR") : extraDir;
    if (!dir.isEmpty()) {
        const QDir d(dir);
        if (!d.exists())
            throw CaseError(ErrorKind::Usage, QStringLiteral("%1: statutes folder does not exist").arg(dir));
        for (const QString& name : d.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
            QFile f(d.filePath(name));
            if (!f.open(QIODevice::ReadOnly))
                throw CaseError(ErrorKind::BadInput, QStringLiteral("%1: cannot read (%2)").arg(f.fileName(), f.errorString()));
            put(Statute::fromJson(f.readAll(), f.fileName()));
        }
    }
    std::sort(c.m_statutes.begin(), c.m_statutes.end(), [](const Statute& a, const Statute& b) { return a.id < b.id; });
    return c;
}

const Statute* StatuteCatalog::find(const QString& id) const {
    for (const Statute& s : m_statutes)
        if (s.id == id)
            return &s;
    return nullptr;
}

} // namespace tessera
