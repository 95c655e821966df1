#include "analysis/VenueDistricts.h"

#include "case/CaseError.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

static void initDistrictResources() { Q_INIT_RESOURCE(districts); }

namespace tessera {

const VenueDistricts& VenueDistricts::builtIn() {
    static const VenueDistricts table = [] {
        initDistrictResources();
        QFile f(QStringLiteral(":/districts/federal-districts.json"));
        if (!f.open(QIODevice::ReadOnly))
            throw CaseError(ErrorKind::Internal, QStringLiteral("federal-districts.json: not compiled in"));
        const QJsonObject root = QJsonDocument::fromJson(f.readAll()).object();
        VenueDistricts t;
        const QJsonObject states = root.value(QStringLiteral("states")).toObject();
        const QJsonObject cities = root.value(QStringLiteral("cities")).toObject();
        for (auto it = states.begin(); it != states.end(); ++it) {
            State s;
            const QJsonObject o = it.value().toObject();
            s.name = o.value(QStringLiteral("name")).toString();
            for (const QJsonValue& d : o.value(QStringLiteral("districts")).toArray())
                s.districts << d.toString();
            const QJsonObject c = cities.value(it.key()).toObject();
            for (auto ci = c.begin(); ci != c.end(); ++ci)
                s.cities.insert(ci.key().toLower(), ci.value().toString());
            t.m_stateByName.insert(s.name.toLower(), it.key());
            t.m_states.insert(it.key(), s);
        }
        if (t.m_states.isEmpty())
            throw CaseError(ErrorKind::Internal, QStringLiteral("federal-districts.json: states: empty"));
        return t;
    }();
    return table;
}

DistrictSuggestion VenueDistricts::suggest(const QString& place) const {
    DistrictSuggestion out;
    out.place = place;
    QStringList parts;
    for (const QString& p : place.split(QLatin1Char(',')))
        if (!p.trimmed().isEmpty())
            parts << p.trimmed().simplified();
    static const QRegularExpression zip(QStringLiteral("\\s*\\d{5}(-\\d{4})?$"));
    qsizetype stateAt = -1;
    for (qsizetype i = parts.size() - 1; i >= 0 && stateAt < 0; --i) {
        QString token = parts[i];
        token.remove(zip);
        const QString upper = token.toUpper().remove(QLatin1Char('.'));
        if (m_states.contains(upper)) {
            out.state = upper;
            stateAt = i;
        } else if (m_stateByName.contains(token.toLower())) {
            out.state = m_stateByName.value(token.toLower());
            stateAt = i;
        }
    }
    if (stateAt < 0) {
        out.note = QStringLiteral("Place not recognised (no US state or territory in it): no district suggested");
        return out;
    }
    const State& st = m_states.value(out.state);
    const QString city = stateAt > 0 ? parts[stateAt - 1] : QString();
    if (!city.isEmpty() && st.cities.contains(city.toLower())) {
        out.district = st.cities.value(city.toLower());
        out.note = QStringLiteral("The table places %1 in %2").arg(city, out.district);
    } else if (st.districts.size() == 1) {
        out.district = st.districts.first();
        out.note = QStringLiteral("%1 has one district").arg(st.name);
    } else {
        out.note = QStringLiteral("%1 has %2 districts (%3); %4 is not in Tessera's table: check the county")
                       .arg(st.name)
                       .arg(st.districts.size())
                       .arg(st.districts.join(QStringLiteral(", ")),
                            city.isEmpty() ? QStringLiteral("the place") : city);
    }
    return out;
}

} // namespace tessera
