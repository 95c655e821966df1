#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVector>
#include <optional>

namespace tessera {

/// One element of a statute template (resources/statutes/README.md): what must be proven, in plain language.
struct StatuteElement {
    QString id;            ///< stable within the template ("action", "means", …); used by `element link`
    QString role;          ///< "action", "means", "purpose", "jurisdiction" or "other" (Action–Means–Purpose model)
    QString text;          ///< plain language; never a legal conclusion
    bool required = true;  ///< false: listed for completeness (e.g. a forfeiture allegation), not counted in the burden
    bool notRequiredIfMinor = false; ///< not an element when the victim was under 18 (18 U.S.C. 1591(a), 9th Cir. 20.25)
    QStringList evidence;  ///< exhibit kinds (CLI.md) that usually prove it independently of the victim
    QString note;
};

/// A statute template: the elements of one offense, its limitation period, venue notes and sources.
struct Statute {
    QString id;            ///< e.g. "18-usc-1591-a1-ffc"; state templates are prefixed by the state code ("ny-…")
    QString version;       ///< the template's own version; a charge keeps the version it was made with
    QString jurisdiction;  ///< "US" or a state code
    QString citation;
    QString title;
    QVector<StatuteElement> elements;
    std::optional<int> limitationYears; ///< empty: no fixed period in the template (none, or depends — see the text)
    QString limitationText;
    QString limitationSource;           ///< e.g. "18 U.S.C. 3299"
    QString venue;
    QStringList sources;   ///< "title — url" per source (model jury instructions, statute text)
    QString note;
    QString origin;        ///< "built-in" or the file it was loaded from
    QByteArray json;       ///< the template as compact JSON (kept with each charge)

    const StatuteElement* element(const QString& elementId) const;
    /**
     * Parses and validates one template. `origin` names the file in errors. Throws CaseError(BadInput) with
     * "ORIGIN: FIELD: reason" for a wrong format version, a missing or empty field, an unknown element role, a
     * duplicate element id or an unknown exhibit kind.
     */
    static Statute fromJson(const QByteArray& json, const QString& origin);
};

/**
 * The statute templates: the built-in ones (resources/statutes, compiled in) and an agency's own from a folder
 * (`--statutes-dir DIR` or the environment variable TESSERA_STATUTES_DIR). A template in the folder with a built-in's id
 * replaces it (the agency's edit wins). Format: resources/statutes/README.md.
 */
class StatuteCatalog {
public:
    /// The template format this build reads ("format" in each file).
    static constexpr int kFormatVersion = 1;
    /**
     * Loads the built-in templates, then every *.json in `extraDir` (empty: TESSERA_STATUTES_DIR when set; neither:
     * built-ins only). Throws CaseError(BadInput) naming the file and field of the first invalid template, or
     * CaseError(Usage) when the folder does not exist.
     */
    static StatuteCatalog load(const QString& extraDir = {});
    /// The templates, sorted by id.
    const QVector<Statute>& statutes() const { return m_statutes; }
    /// The template with this id, or nullptr.
    const Statute* find(const QString& id) const;

private:
    QVector<Statute> m_statutes;
};

} // namespace tessera
