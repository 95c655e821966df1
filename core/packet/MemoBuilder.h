#pragma once

#include "packet/ProsecutionMemo.h"

#include <QDate>
#include <QString>

namespace tessera {

class Case;

/// Options of the prosecution memo (CLI `memo`).
struct MemoOptions {
    QString outFile;                     ///< the PDF to write (replaced atomically if it exists)
    QDate today = QDate::currentDate();  ///< sets the earliest chargeable dates (limitation periods)
};

/// What the memo holds.
struct MemoResult {
    int pages = 0;
    int charges = 0;
    int gaps = 0;              ///< required elements that are not yet independently proven
    double victimBurden = 0.0; ///< 0–1, as on the proof board
};

/**
 * The prosecution memo (tier 2 of DESIGN §10): internal work product for the prosecutor, never part of a production.
 *
 * Sections: 1 victim burden; 2 proof board per charge (each element's status, its events "on or about", the supporting
 * and contradicting exhibits); 3 gaps with suggested independent evidence; 4 charging notes (the template's limitation
 * period with the earliest chargeable date, venue notes and the places of the charge's events); 5 the offender pattern
 * per offender (core/analysis/PatternSummary); 6 disclosure reminders (contradicting exhibits are Brady material).
 * Victims appear by pseudonym (the crosswalk is the separate identity key); summaries pass the same redactor as a
 * production. Every page is marked "attorney work product — not for production"; no Bates numbers.
 *
 * Refuses (CaseError Usage) to write into a discovery production's folder (one holding manifest.json or SHA256SUMS),
 * so the tiers stay apart. Audited ("memo", counts only). Throws CaseError(Internal) when rendering fails.
 */
class MemoBuilder {
public:
    /// Builds the memo's content without writing anything (for tests and previews).
    static ProsecutionMemo compose(Case& c, const MemoOptions& options, MemoResult* counts = nullptr);
    /// Composes and renders the memo to options.outFile.
    static MemoResult write(Case& c, const MemoOptions& options, MemoRenderer& renderer);
    /// The marking printed on every memo page.
    static QString marking();
};

} // namespace tessera
