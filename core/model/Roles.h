#pragma once

#include <QString>
#include <QStringList>

namespace tessera {

/**
 * The case model's controlled vocabularies, with the stable names the CLI and the case file use (CLI.md
 * "Names that scripts rely on"). Wording follows the field's person-first terms (field-research §2).
 */
namespace Vocabulary {

/// Person roles: offender, suspect, victim, witness, sex-buyer, associate, other.
const QStringList& personRoles();
/// Identifier kinds: phone, email, handle, payment-handle, plate, imei, address, ad-id, account.
const QStringList& identifierKinds();
/// Exhibit kinds (victim-statement, witness-statement, call-records, …, other).
const QStringList& exhibitKinds();
/// Exhibit kinds that are victim-sourced by nature: a victim's statement, device or records (DESIGN §4).
bool isVictimSourcedKind(const QString& kind);
/// Event categories: recruitment, advertising, transport, lodging, commercial-sex, payment, violence, threat,
/// document-control, communication, travel, other.
const QStringList& eventCategories();
/// A person whose identity is protected in every production: every victim (DESIGN §10). Minors and people of
/// unknown age who are witnesses are protected too; the caller passes `minorOrUnknownAge`.
bool isProtectedIdentity(const QStringList& roles, bool minorOrUnknownAge);
/// Roles that get a pseudonym (V-1, V-2…): victims; witnesses who are minors get W-1…
QString pseudonymPrefix(const QStringList& roles, bool minorOrUnknownAge);

} // namespace Vocabulary
} // namespace tessera
