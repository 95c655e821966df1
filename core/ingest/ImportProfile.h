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
 * - `cdr-carrier`: a carrier's call-record table with separate date and time columns, times in UTC unless
 *   `--time-basis` says otherwise; parties by header name (calling/called number, …) or `--map`.
 * - `bank-csv`: bank, card and payment exports (the csv2ofx layouts: Schwab, Capital One, PC Mastercard, Mint, credit
 *   union, Payoneer, GLS, Outbank); amounts kept as exact decimal text.
 * - `ofx`: OFX 1.x SGML and 2.x XML statements, one record per STMTTRN.
 * - `timesketch-csv`, `timesketch-jsonl`: Timesketch timelines (`message`, `datetime`, `timestamp_desc`,
 *   optional `timestamp` in microseconds since the epoch, UTC).
 * - `vcard`: contact cards 2.1/3.0/4.0; every TEL/EMAIL/IMPP becomes an identifier of the exhibit.
 * - `ics`: iCalendar events (RFC 5545) with zones, all-day dates and floating times.
 * - `eml`: an RFC 5322 message's headers as one communication record.
 * - `gpx`: GPX 1.0/1.1 track, route and way points; placeholder times (1901-12-13, the 32-bit epoch minimum) flagged.
 * - `ads-csv`, `lodging-csv`, `lpr-csv`: online-ad listings, lodging records and licence-plate reader hits.
 */
struct ImportProfile {
    /// Which reader turns the file into records.
    enum class Reader { CallDetail, Table, Ofx, TimesketchJsonl, VCard, ICalendar, Eml, Gpx };
    /// A semantic field of a table profile and the header names (lower case, spaces collapsed) that fill it by
    /// default; `--map FIELD=COLUMN` or a profile file overrides them.
    struct Field {
        QString name;
        QStringList aliases;
    };

    QString name;
    QString description;
    QString exhibitKind;   ///< kind of the exhibit the file becomes
    char delimiter = ',';
    bool hasHeader = true;
    QStringList columns;   ///< required columns (by header name, or by position when headerless)
    Reader reader = Reader::CallDetail;
    QString recordType;    ///< record type of every record unless a column says otherwise
    QString defaultBasis;  ///< time basis when --time-basis is not given ("UTC" for carrier layouts); empty = case zone
    QVector<Field> fields; ///< Table reader: semantic fields and their default header names
    QStringList required;  ///< Table reader: fields that must be mapped ("date|datetime" = one of them)

    /// The semantic field names a Table profile understands (for --map and the wizard), in display order.
    static QStringList tableFieldNames();

    /// All built-in profiles, in listing order.
    static const QVector<ImportProfile>& all();
    /// The profile named `name`, or nullptr.
    static const ImportProfile* find(const QString& name);
};

} // namespace tessera
