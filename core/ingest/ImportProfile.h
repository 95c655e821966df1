#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

namespace tessera {

/**
 * An import profile: how one layout of a warrant or subpoena return maps to records (DESIGN §9). The names are a
 * contract (CLI.md "Import profiles").
 *
 * - `cdr-bandicoot`: bandicoot's call/text CSV, header `interaction,direction,correspondent_id,datetime,
 *   call_duration,antenna_id` (any column order); whose records they are comes from `--subscriber`.
 * - `cdr-orange`: the headerless `;` layout of Orange "D4D" returns as read by bandicoot's read_orange:
 *   `call_record_type;basic_service;user_msisdn;call_partner_identity;datetime;call_duration;latitude;longitude`,
 *   call_record_type 1 = outgoing, 2 = incoming; basic_service 11 telephony, 12 emergency call, 21 SMS in,
 *   22 SMS out (bandicoot documentation). A type that contradicts the service is kept and flagged.
 */
struct ImportProfile {
    QString name;
    QString description;
    QString exhibitKind;   ///< kind of the exhibit the file becomes
    char delimiter = ',';
    bool hasHeader = true;
    QStringList columns;   ///< required columns (by header name, or by position when headerless)

    /// All built-in profiles, in listing order.
    static const QVector<ImportProfile>& all();
    /// The profile named `name`, or nullptr.
    static const ImportProfile* find(const QString& name);
};

} // namespace tessera
