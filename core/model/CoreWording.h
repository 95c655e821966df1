#pragma once

#include <QList>
#include <QString>

namespace tessera::CoreWording {

/// The translation context of Tessera's own words made in tessera_core (lupdate reads core/model/CoreWording.cpp).
inline constexpr const char* kContext = "tessera::CoreWording";

/**
 * Every text of Tessera's own that tessera_core builds and the GUI shows, as its English template (%1, %2… where a
 * value is filled in): legal-process deadline actions and kinds (LegalProcessRepository), the proof board's gap
 * suggestions and evidence kinds (ProofBoard), activity descriptions (ActivityLog), the words of record summaries
 * (recordSummary) and the decision points' titles and questions (resources/checkpoints/catalogue.json). Core keeps producing English — the CLI, the audit log and the English
 * discovery production read it — and each template is marked with QT_TRANSLATE_NOOP so the GUI can show it in its
 * language. A template that changes at its source stops matching and shows in English until it is changed here too
 * (tests/core/test_core_wording.cpp checks the ones a detective sees most).
 */
const QList<const char*>& templates();

/**
 * `english` — a text core produced, with its values filled in — in the language of the installed translators:
 * the translation of the template it is an exact copy of, or of the template it is a filled-in form of, with a
 * filled-in value translated too only when it is a legal-process kind or an evidence kind (any other value is case
 * data: a provider, a place, a name).
 * Returns `english` unchanged when no translator is installed (the CLI), when no template matches (case data:
 * names, providers, notes) or when the template has no translation. Statute element text (the law's wording) is not
 * a template and stays English.
 */
QString translate(const QString& english);

/**
 * An activity or audit-log description (ActivityLog::describe of `action` on `subject`) in the interface language:
 * translate(english), or — for the actions describe() words only as "ACTION (SUBJECT)", such as "person add
 * (person:2)" — the action's words translated with the subject code kept.
 */
QString activity(const QString& english, const QString& action, const QString& subject);

/**
 * An exhibit or evidence kind code ("call-records", "lpr") as words in the interface language ("registros de
 * llamadas"), or the code itself when no translation is installed or the code is not one Tessera knows (English
 * screens keep showing the code, as before).
 */
QString kind(const QString& code);

} // namespace tessera::CoreWording
