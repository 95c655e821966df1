// Venue suggestions from event places (issue 3): the documented place → federal judicial district table.
#include "analysis/VenueDistricts.h"

#include <catch2/catch.hpp>

using namespace tessera;

TEST_CASE("places map to federal districts, and a place the table cannot place says so") {
    const VenueDistricts& t = VenueDistricts::builtIn();
    struct Row {
        const char* place;
        const char* district;
    };
    const Row rows[] = {
        {"Newark, NJ", "D.N.J."},                      // one-district state
        {"Harbor Inn, Newark, NJ 07102", "D.N.J."},     // venue name and ZIP ignored
        {"Trenton, New Jersey", "D.N.J."},              // state by name
        {"Brooklyn, NY", "E.D.N.Y."},
        {"New York, NY", "S.D.N.Y."},
        {"Philadelphia, PA", "E.D. Pa."},
        {"Pittsburgh, Pa.", "W.D. Pa."},
        {"Houston, TX", "S.D. Tex."},
        {"Washington, DC", "D.D.C."},
        {"San Juan, PR", "D.P.R."},
        {"Springfield, IL", "C.D. Ill."},
        {"Springfield, MO", "W.D. Mo."},
    };
    for (const Row& r : rows) {
        INFO(r.place);
        const DistrictSuggestion s = t.suggest(QString::fromUtf8(r.place));
        CHECK(s.district == QString::fromUtf8(r.district));
        CHECK_FALSE(s.note.isEmpty());
    }
    const DistrictSuggestion smallTown = t.suggest(QStringLiteral("Ithaca, NY"));
    CHECK(smallTown.district.isEmpty());
    CHECK(smallTown.state == QStringLiteral("NY"));
    CHECK(smallTown.note.contains(QStringLiteral("not in Tessera's table")));
    CHECK(smallTown.note.contains(QStringLiteral("S.D.N.Y.")));
    const DistrictSuggestion nowhere = t.suggest(QStringLiteral("a motel off the highway"));
    CHECK(nowhere.district.isEmpty());
    CHECK(nowhere.note.contains(QStringLiteral("not recognised")));
}
