#pragma once

#include <QHash>
#include <QString>

namespace tessera {

class Database;
class ProtectedIdentityRedactor;
struct ChangesSince;
struct ProductionReport;

/**
 * The disclosure register of a discovery production (DESIGN §10; field-research §5):
 * - Brady (Brady v. Maryland, 373 U.S. 83 (1963)): exhibits linked as contradicting an event, and records flagged on
 *   import (contradictory direction, invalid numbers) — potentially favourable to the defence;
 * - Jencks (18 U.S.C. §3500, Fed. R. Crim. P. 26.2): each witness's or victim's prior statements, by person (victims
 *   by pseudonym), with date, kind and reference: exhibits of kind victim-statement or witness-statement (by the
 *   person who gave them; Bates number), interviews recorded in interview mode (table `interview`; they carry no Bates
 *   number: the reference names the interview record and whether it was recorded), and notes about a person whose
 *   roles include victim or witness (the reference is the note's rows in notes.csv);
 * - Giglio (Giglio v. United States, 405 U.S. 150 (1972)): benefits and promises to a victim or witness, read from the
 *   benefit ledger (table `benefit`: person_id, kind, date, amount, note — issue 4's migration 0003) when the case file
 *   has one; otherwise report.giglioNote says the ledger is not in this case file's version.
 * Text passes `redactor` (no protected identity); references are Bates numbers from `exhibitBates` (exhibit id → Bates).
 */
class DisclosureRegister {
public:
    /**
     * Fills report->brady, jencks, giglio and giglioNote (replacing what is there). With `onlyChanges` (a supplemental
     * production) only items new or changed since the last production are listed: contradicting links of changed
     * events, flagged records and statements of changed exhibits, interviews, note versions and benefits recorded
     * since. Throws CaseError on storage errors.
     */
    static void fill(Database& db, const QString& displayZone, const QHash<qint64, QString>& exhibitBates,
                     const ProtectedIdentityRedactor& redactor, ProductionReport* report,
                     const ChangesSince* onlyChanges = nullptr);
};

} // namespace tessera
