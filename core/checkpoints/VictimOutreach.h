#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

namespace tessera {

class Case;
class Database;

/// One contact with a person who was trafficked (table `victim_contact`).
struct ContactEntry {
    qint64 id = 0;
    qint64 personId = 0;
    qint64 contactedUtcUs = 0; ///< UTC microseconds
    QString channel;           ///< the way the person chose; empty when listed without details
    QString purpose;
    QString safeNote;          ///< how it was made safe; empty when listed without details. Never produced.
    QString recordedBy;
    qint64 recordedUtcUs = 0;
};

/// What a caller records (CLI `contact add`, the GUI contact dialog).
struct NewContact {
    qint64 personId = 0;
    qint64 contactedUtcUs = 0; ///< 0 = now
    QString channel;           ///< required: phone, text, e-mail, in person, through the advocate, …
    QString purpose;
    QString safeNote;
};

/// The person's safe-contact details: the note of their latest agreed `contact` decision (DESIGN §7).
struct SafeContactDetails {
    qint64 decisionId = 0;
    QString note;      ///< channel, safe hours, code word, safe third person — as the person gave them
    QString recordedBy;
    qint64 recordedUtcUs = 0;
};

/**
 * The contact log of a person who was trafficked or a protected witness (field research §3 "Contact method, safe
 * times, code words": traffickers often monitor phones). Every entry is held only while the person's `contact`
 * decision is agreed (VictimChoicePolicy, contact-person); showing their contact details or the channels and
 * safe-contact notes of the log is itself gated (show-contact-details) and audited as a view of protected data. The
 * log is append-only and never produced (DESIGN §10); the prosecutor sees it in the case.
 */
class ContactLog {
public:
    /// The person's safe-contact details; audits the view ("contact.details.view"). Throws CaseError(HeldByVictimChoice)
    /// naming `contact` when the decision is missing, deferred, declined or withdrawn; Usage for an unknown person.
    static SafeContactDetails viewDetails(Case& c, qint64 personId);
    /// Appends a contact; returns its id. Throws HeldByVictimChoice as above; Usage for an unknown person or an empty
    /// channel (naming --channel).
    static qint64 add(Case& c, const NewContact& contact);
    /// The person's contacts, oldest first. With `details` the channels and safe-contact notes are included: that is
    /// a view of protected data, gated and audited like viewDetails(); without, they are left empty.
    static QVector<ContactEntry> list(Case& c, qint64 personId, bool details);
};

/// One media or press request concerning a person who was trafficked (table `media_request`).
struct MediaRequest {
    qint64 id = 0;
    qint64 personId = 0;
    QString received;  ///< YYYY-MM-DD
    QString outlet;
    QString request;
    QString response;
    QString recordedBy;
    qint64 recordedUtcUs = 0;
};

/**
 * Media and press requests that concern a person who was trafficked (field research §3 "Media contact / public
 * statements"; AEquitas, Writing it Right): the person decides whether they speak or are mentioned, the agency controls
 * its own releases. A request is recorded and answered only while the person's `media` decision is agreed
 * (VictimChoicePolicy, media-release); when declined the agency's statement describes the offender's conduct without
 * identifying details. Append-only, never produced.
 */
class MediaRequestLog {
public:
    /// Appends a request; returns its id. Throws CaseError(HeldByVictimChoice) naming `media` when the decision is
    /// not agreed; Usage for an unknown person, a malformed --received date, or an empty --outlet or --request.
    static qint64 add(Case& c, const MediaRequest& request);
    /// The person's requests (personId 0: every request), oldest first.
    static QVector<MediaRequest> list(Database& db, qint64 personId = 0);
};

/**
 * Photographs of injuries, tattoos or branding of a person who was trafficked (field research §1.4 "Means: force",
 * §3): stored as an exhibit of kind `victim-photograph`, provided by the person, through EvidenceLinks::addExhibitFile,
 * which asks VictimChoicePolicy (photograph → `photographs`) first. The title names the person by pseudonym only; a
 * later withdrawal seals the exhibit (kept and flagged for the prosecutor, never destroyed).
 */
class VictimPhotographs {
public:
    /// injuries, tattoo, branding, other
    static const QStringList& subjects();
    /// Adds the photograph at `path`; returns the exhibit id. Throws HeldByVictimChoice naming `photographs`; Usage
    /// for an unknown person or subject; BadInput for an unreadable file or one already in the case.
    static qint64 add(Case& c, const QString& path, qint64 personId, const QString& subject, const QString& title = {});
    /// How many photographs of the person are in the case (sealed ones included).
    static qint64 count(Database& db, qint64 personId);
};

} // namespace tessera
