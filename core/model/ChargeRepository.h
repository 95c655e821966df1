#pragma once

#include <QString>
#include <QVector>
#include <optional>

namespace tessera {

class Case;
class Database;
struct Statute;

/// A charge as stored: a statute template applied to an offender (and victim). DESIGN §4.
struct Charge {
    qint64 id = 0;
    QString statuteId;
    QString statuteVersion;
    QByteArray templateJson;          ///< the template when the charge was added (compact JSON)
    qint64 offenderId = 0;
    std::optional<qint64> victimId;
    qint64 createdUtc = 0;            ///< UTC microseconds
};

/// One event offered as proof of one element of a charge.
struct ElementLink {
    qint64 chargeId = 0;
    QString elementId;
    qint64 eventId = 0;
};

/**
 * Charges and their element links. Each write is one Transaction with an audit entry (never a name). The template is
 * stored with the charge, so later edits to an agency's templates do not change an existing charge.
 */
class ChargeRepository {
public:
    /**
     * Applies `statute` to the offender (and victim); returns the charge id. Throws CaseError(Usage) when the offender
     * is not a person with the role offender or suspect, or the victim is not a person with the role victim.
     */
    static qint64 add(Case& c, const Statute& statute, qint64 offenderId, std::optional<qint64> victimId);
    /**
     * Links an event to an element of a charge (idempotent). Throws CaseError(Usage) for an unknown charge, an element
     * id the charge's template does not have (the message lists the ids), or an unknown event.
     */
    static void linkElement(Case& c, qint64 chargeId, const QString& elementId, qint64 eventId);
    /**
     * Removes a charge that has no element links (undo of a charge just added in the GUI); audited. Throws
     * CaseError(Usage) for an unknown charge or one that still has element links (unlink them first).
     */
    static void remove(Case& c, qint64 chargeId);
    /// Removes one element link (undo of a link); audited. No-op when the link does not exist.
    static void unlinkElement(Case& c, qint64 chargeId, const QString& elementId, qint64 eventId);
    /// All charges, oldest first.
    static QVector<Charge> list(Database& db);
    static std::optional<Charge> get(Database& db, qint64 id);
    /// The element links of a charge, by element id then event id.
    static QVector<ElementLink> links(Database& db, qint64 chargeId);
};

} // namespace tessera
