#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVector>

namespace tessera {

/**
 * One decision point of the victim-choice catalogue (resources/checkpoints/README.md; DESIGN §7; field research §3):
 * what the investigator explains, who decides, whether and how it can be withdrawn, and the offender-focused
 * alternatives when the answer is no.
 */
struct CheckpointPoint {
    QString id;              ///< stable: interview, advocate, device-extraction, … (CLI.md "Decision points")
    QString title;
    QString question;        ///< how to ask, in plain words
    QString whoDecides;
    QStringList explain;     ///< checklist to go through before asking
    bool withdrawable = true;
    QString withdrawalHow;
    bool scoped = false;     ///< the decision can carry dates and items (apps)
    bool neverConditionedOnCooperation = false; ///< Continued Presence: shown wherever it is recorded
    QStringList ifDeclined;  ///< offender-focused alternatives
    QStringList sources;
};

/**
 * The catalogue of decision points, compiled in from resources/checkpoints/catalogue.json (checkpoints.qrc).
 * Versioned: each recorded decision keeps the catalogue version it was recorded under.
 */
class CheckpointCatalog {
public:
    /// The catalogue format this build reads.
    static constexpr int kFormatVersion = 1;
    /// The decision points every catalogue must hold (CLI.md "Decision points").
    static const QStringList& requiredPoints();
    /// The built-in catalogue (parsed once). Throws CaseError(Internal) if the compiled-in file is invalid.
    static const CheckpointCatalog& builtIn();
    /**
     * Parses and validates a catalogue. `origin` names the file in errors. Throws CaseError(BadInput) with
     * "ORIGIN: FIELD: reason" for a wrong format, a missing field, a duplicate id or a missing required point.
     */
    static CheckpointCatalog fromJson(const QByteArray& json, const QString& origin);

    QString version() const { return m_version; }
    const QVector<CheckpointPoint>& points() const { return m_points; }
    /// The point with this id, or nullptr.
    const CheckpointPoint* find(const QString& id) const;
    /// The catalogue as compact JSON (as compiled in), for `tessera-cli checkpoints --format json`.
    QByteArray json() const { return m_json; }

private:
    QString m_version;
    QVector<CheckpointPoint> m_points;
    QByteArray m_json;
};

} // namespace tessera
