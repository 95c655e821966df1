#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace tessera {

/// A venue suggestion for one event place (DESIGN §6): the federal judicial district, or why there is none.
struct DistrictSuggestion {
    QString place;     ///< the event place as recorded
    QString district;  ///< e.g. "D.N.J."; empty when the table cannot say
    QString state;     ///< USPS code when recognised ("NJ"), else empty
    QString note;      ///< plain words: how it was matched, or why no district is suggested
};

/**
 * Suggests federal judicial districts from event places with the small documented table in
 * resources/districts/federal-districts.json (28 U.S.C. 81–131; format in its README). A place is comma-separated
 * parts; the last part that is a state code or name (a trailing ZIP ignored) names the state and the part before it
 * the city. One-district states map whole; in states with several districts only the listed cities map; otherwise
 * the note says the place is not in the table. Suggestions for the prosecutor, never a venue conclusion.
 */
class VenueDistricts {
public:
    /// The built-in table (loaded once). Throws CaseError(Internal) if the compiled-in table is unreadable.
    static const VenueDistricts& builtIn();
    /// The suggestion for one place.
    DistrictSuggestion suggest(const QString& place) const;

private:
    struct State {
        QString name;
        QStringList districts;
        QHash<QString, QString> cities; ///< lower-case city → district
    };
    QHash<QString, State> m_states;      ///< by USPS code
    QHash<QString, QString> m_stateByName; ///< lower-case name → code
};

} // namespace tessera
