#include "checkpoints/CheckpointCatalog.h"

#include "case/CaseError.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

static void initCheckpointResources() { Q_INIT_RESOURCE(checkpoints); }

namespace tessera {
namespace {

[[noreturn]] void bad(const QString& origin, const QString& field, const QString& why) {
    throw CaseError(ErrorKind::BadInput, QStringLiteral("%1: %2: %3").arg(origin, field, why));
}

QString needString(const QJsonObject& o, const QString& key, const QString& origin, const QString& prefix) {
    const QJsonValue v = o.value(key);
    if (!v.isString() || v.toString().trimmed().isEmpty())
        bad(origin, prefix + key, QStringLiteral("missing or empty text"));
    return v.toString();
}

QStringList needStrings(const QJsonObject& o, const QString& key, const QString& origin, const QString& prefix,
                        bool mayBeEmpty) {
    const QJsonValue v = o.value(key);
    if (!v.isArray())
        bad(origin, prefix + key, QStringLiteral("expected an array of texts"));
    QStringList out;
    for (const QJsonValue& x : v.toArray()) {
        if (!x.isString() || x.toString().trimmed().isEmpty())
            bad(origin, prefix + key, QStringLiteral("expected non-empty texts"));
        out << x.toString();
    }
    if (out.isEmpty() && !mayBeEmpty)
        bad(origin, prefix + key, QStringLiteral("expected at least one entry"));
    return out;
}

} // namespace

const QStringList& CheckpointCatalog::requiredPoints() {
    static const QStringList p{
        QStringLiteral("interview"),          QStringLiteral("advocate"),     QStringLiteral("interpreter"),
        QStringLiteral("recording"),          QStringLiteral("medical-exam"), QStringLiteral("photographs"),
        QStringLiteral("device-extraction"),  QStringLiteral("return-of-property"), QStringLiteral("contact"),
        QStringLiteral("referral"),           QStringLiteral("continued-presence"), QStringLiteral("t-visa"),
        QStringLiteral("u-visa"),             QStringLiteral("media"),        QStringLiteral("testify")};
    return p;
}

CheckpointCatalog CheckpointCatalog::fromJson(const QByteArray& json, const QString& origin) {
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
    if (err.error != QJsonParseError::NoError)
        bad(origin, QStringLiteral("offset %1").arg(err.offset), QStringLiteral("not valid JSON (%1)").arg(err.errorString()));
    if (!doc.isObject())
        bad(origin, QStringLiteral("(top)"), QStringLiteral("expected a JSON object"));
    const QJsonObject o = doc.object();
    if (o.value(QStringLiteral("format")).toInt(-1) != kFormatVersion)
        bad(origin, QStringLiteral("format"), QStringLiteral("expected format %1").arg(kFormatVersion));
    CheckpointCatalog cat;
    cat.m_version = needString(o, QStringLiteral("version"), origin, {});
    cat.m_json = doc.toJson(QJsonDocument::Compact);
    const QJsonValue points = o.value(QStringLiteral("points"));
    if (!points.isArray())
        bad(origin, QStringLiteral("points"), QStringLiteral("expected an array"));
    static const QRegularExpression idRx(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
    QSet<QString> seen;
    int i = 0;
    for (const QJsonValue& v : points.toArray()) {
        const QString prefix = QStringLiteral("points[%1].").arg(i++);
        if (!v.isObject())
            bad(origin, prefix.chopped(1), QStringLiteral("expected an object"));
        const QJsonObject po = v.toObject();
        CheckpointPoint p;
        p.id = needString(po, QStringLiteral("id"), origin, prefix);
        if (!idRx.match(p.id).hasMatch())
            bad(origin, prefix + QStringLiteral("id"), QStringLiteral("use lower-case letters, digits and single hyphens"));
        if (seen.contains(p.id))
            bad(origin, prefix + QStringLiteral("id"), QStringLiteral("duplicate id"));
        seen.insert(p.id);
        p.title = needString(po, QStringLiteral("title"), origin, prefix);
        p.question = needString(po, QStringLiteral("question"), origin, prefix);
        p.whoDecides = needString(po, QStringLiteral("who_decides"), origin, prefix);
        p.explain = needStrings(po, QStringLiteral("explain"), origin, prefix, false);
        const QJsonValue w = po.value(QStringLiteral("withdrawal"));
        if (!w.isObject() || !w.toObject().value(QStringLiteral("possible")).isBool())
            bad(origin, prefix + QStringLiteral("withdrawal"), QStringLiteral("expected {\"possible\": true|false, \"how\": text}"));
        p.withdrawable = w.toObject().value(QStringLiteral("possible")).toBool();
        p.withdrawalHow = needString(w.toObject(), QStringLiteral("how"), origin, prefix + QStringLiteral("withdrawal."));
        p.scoped = po.value(QStringLiteral("scoped")).toBool(false);
        p.neverConditionedOnCooperation = po.value(QStringLiteral("never_conditioned_on_cooperation")).toBool(false);
        p.ifDeclined = needStrings(po, QStringLiteral("if_declined"), origin, prefix, false);
        p.sources = needStrings(po, QStringLiteral("sources"), origin, prefix, false);
        cat.m_points.append(p);
    }
    for (const QString& required : requiredPoints())
        if (!seen.contains(required))
            bad(origin, QStringLiteral("points"), QStringLiteral("the decision point '%1' is missing").arg(required));
    return cat;
}

const CheckpointCatalog& CheckpointCatalog::builtIn() {
    static const CheckpointCatalog cat = [] {
        initCheckpointResources();
        QFile f(QStringLiteral(":/checkpoints/catalogue.json"));
        if (!f.open(QIODevice::ReadOnly))
            throw CaseError(ErrorKind::Internal, QStringLiteral("the built-in checkpoint catalogue is missing"));
        return fromJson(f.readAll(), QStringLiteral("catalogue.json"));
    }();
    return cat;
}

const CheckpointPoint* CheckpointCatalog::find(const QString& id) const {
    for (const CheckpointPoint& p : m_points)
        if (p.id == id)
            return &p;
    return nullptr;
}

} // namespace tessera
