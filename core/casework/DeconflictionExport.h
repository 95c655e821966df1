#pragma once

#include <QString>

namespace tessera {

class Case;

/// What a deconfliction export wrote.
struct DeconflictionResult {
    int people = 0;
    int rows = 0;
};

/**
 * The deconfliction export (issue 10): the offender-side identifiers, addresses and vehicles of the case — people
 * with the role offender, suspect or associate who are not protected and not also a victim; never a victim's — as a
 * simple CSV (person, roles, kind, value, raw value, valid from, valid to) for entry into the agency's deconfliction
 * system. Written atomically through QSaveFile (an export the user asked for), and logged in the audit chain (counts
 * and file name only). Results from the deconfliction system are recorded as a note.
 */
namespace DeconflictionExport {

/// The roles whose identifiers are exported.
QStringList offenderSideRoles();
/// Writes the CSV to `path`. Throws CaseError(Usage) when the file cannot be written.
DeconflictionResult write(Case& c, const QString& path);

} // namespace DeconflictionExport
} // namespace tessera
