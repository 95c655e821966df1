#pragma once

#include "analysis/MinorLogic.h"
#include "analysis/VenueDistricts.h"

#include <QDate>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QVector>
#include <optional>

namespace tessera {

class Case;
class Database;

/// One element of one charge on the board.
struct ElementProof {
    QString id;        ///< the template's element id
    QString role;      ///< action, means, purpose, jurisdiction, other
    QString text;      ///< plain language from the template
    bool required = true; ///< as counted on this board (false for optional elements and not-required means)
    /// independent, pending-authentication, victim-only, unsupported, or not-required (DESIGN §6).
    QString status;
    QVector<qint64> events;       ///< events linked to the element (element link)
    QVector<qint64> exhibits;     ///< exhibits supporting those events (contradicting ones excluded)
    QVector<qint64> contradicting;///< exhibits linked as contradicting those events (to disclose; never support)
    QVector<QPair<qint64, qint64>> support; ///< (event, exhibit): which event each supporting exhibit supports
    QStringList suggestions;      ///< for gaps: what would close them (template evidence kinds, certifications)
    QString note;                 ///< e.g. "may have been under 18" wording
};

/// One charge on the board.
struct ChargeProof {
    qint64 id = 0;
    QString statuteId;
    QString statuteVersion;
    QString citation;
    QString title;
    qint64 offenderId = 0;
    QString offenderLabel;
    std::optional<qint64> victimId;
    QString victimLabel;          ///< the pseudonym for a protected person
    MinorStatus minor = MinorStatus::NotApplicable;
    QString minorNote;            ///< plain-language explanation of the minor assessment, empty when not applicable
    QString dobSource;            ///< where the victim's date of birth comes from (person.dob_source), or empty
    QStringList suggestedStatutes;///< minor-victim templates to consider when the victim was or may have been a minor
    std::optional<QDate> earliestChargeableDate; ///< conduct before this day is outside a fixed limitation period
    QString limitation;           ///< the template's limitation text and source
    QString venue;                ///< the template's venue notes
    QStringList places;           ///< places of the charge's events (venue suggestions for the prosecutor)
    QVector<DistrictSuggestion> districts; ///< one per place: the federal district it suggests, or why none
    QVector<ElementProof> elements;
};

/// The proof board: every charge × element, and the case's victim burden.
struct ProofBoardResult {
    /// Share (0–1) of required elements whose only support is victim-sourced; 0 when nothing is required yet.
    double victimBurden = 0.0;
    int requiredElements = 0;
    int victimOnlyElements = 0;
    QVector<ChargeProof> charges;
};

/**
 * Builds the proof board (DESIGN §6) from the charges, their element links and event corroboration
 * (eventCorroboration: independent ≥ pending-authentication ≥ victim-only ≥ unsupported; an element takes the best of
 * its events). Contradicting exhibits are listed but never count as support.
 *
 * Minor logic: for an element marked not_required_if_minor (force, fraud or coercion under 18 U.S.C. 1591(a) with a
 * victim under 18; 9th Cir. Model Crim. Jury Instr. 20.25), the element is `not-required` when the victim's date of
 * birth puts them under 18 during every event of the charge (its element-linked events, else the events naming both
 * the offender and the victim). When a range straddles the 18th birthday, or the date of birth or the event dates are
 * unknown, the board says the person may have been a minor and keeps the element required. Templates without that
 * marker (18-usc-1591-a1-ffc) never change. A date of birth known only from the victim's own statement is noted as
 * victim-sourced. The 18th birthday starts at midnight in the case's display zone.
 *
 * `today` sets the earliest chargeable date (today minus a fixed limitation period, if the template has one).
 * The board is internal work product: never part of a production. Throws CaseError on storage errors.
 */
class ProofBoard {
public:
    static ProofBoardResult build(Case& c, QDate today = QDate::currentDate());
    /// The stable name of a minor status: "not-applicable", "minor", "adult", "may-have-been-minor".
    static QString minorStatusName(MinorStatus s);
    /// The records of exhibit `exhibitId` that event `eventId` was promoted from (event_record), by id.
    static QVector<qint64> supportingRecords(Database& db, qint64 eventId, qint64 exhibitId);
};

} // namespace tessera
