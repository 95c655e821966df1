#include "ingest/ImportProfile.h"

namespace tessera {

namespace {
using Reader = ImportProfile::Reader;

ImportProfile table(const QString& name, const QString& description, const QString& exhibitKind,
                    const QString& recordType, const QString& basis, std::initializer_list<std::pair<QString, std::initializer_list<const char*>>> fields,
                    const QStringList& required) {
    ImportProfile p;
    p.name = name;
    p.description = description;
    p.exhibitKind = exhibitKind;
    p.delimiter = 0; // sniffed
    p.reader = Reader::Table;
    p.recordType = recordType;
    p.defaultBasis = basis;
    for (const auto& [field, aliases] : fields) {
        ImportProfile::Field f{field, {}};
        for (const char* a : aliases)
            f.aliases << QString::fromUtf8(a);
        p.fields.append(f);
    }
    p.required = required;
    return p;
}

ImportProfile special(const QString& name, const QString& description, const QString& exhibitKind,
                      const QString& recordType, Reader reader, const QString& basis = {}) {
    ImportProfile p;
    p.name = name;
    p.description = description;
    p.exhibitKind = exhibitKind;
    p.hasHeader = false;
    p.reader = reader;
    p.recordType = recordType;
    p.defaultBasis = basis;
    return p;
}
} // namespace

const QVector<ImportProfile>& ImportProfile::all() {
    static const QVector<ImportProfile> profiles{
        {QStringLiteral("cdr-bandicoot"),
         QStringLiteral("Call detail records, bandicoot CSV (interaction, direction, correspondent_id, datetime, "
                        "call_duration, antenna_id); the subscriber (whose records they are) is named at import"),
         QStringLiteral("call-records"), ',', true,
         {QStringLiteral("interaction"), QStringLiteral("direction"), QStringLiteral("correspondent_id"),
          QStringLiteral("datetime"), QStringLiteral("call_duration"), QStringLiteral("antenna_id")}},
        {QStringLiteral("cdr-orange"),
         QStringLiteral("Call detail records, Orange D4D layout, headerless, ';'-separated (call_record_type, "
                        "basic_service, user_msisdn, call_partner_identity, datetime, call_duration, latitude, "
                        "longitude)"),
         QStringLiteral("call-records"), ';', false,
         {QStringLiteral("call_record_type"), QStringLiteral("basic_service"), QStringLiteral("user_msisdn"),
          QStringLiteral("call_partner_identity"), QStringLiteral("datetime"), QStringLiteral("call_duration"),
          QStringLiteral("latitude"), QStringLiteral("longitude")}},
    };
    static const QVector<ImportProfile> withTables = [] {
        QVector<ImportProfile> out = profiles;
        out += {
            table(QStringLiteral("cdr-carrier"),
                  QStringLiteral("Call detail records, carrier table with separate date and time columns (times in UTC "
                                 "unless --time-basis says otherwise); parties, direction, duration and cell by header "
                                 "name or --map"),
                  QStringLiteral("call-records"), QStringLiteral("call"), QStringLiteral("UTC"),
                  {{QStringLiteral("date"), {"date", "call date", "start date", "connection date", "event date"}},
                   {QStringLiteral("time"), {"time", "time (utc)", "utc time", "start time", "call time", "connection time", "event time", "conn. time (utc)", "conn.time(utc)"}},
                   {QStringLiteral("datetime"), {"datetime", "date/time", "timestamp", "start"}},
                   {QStringLiteral("originator"), {"calling number", "calling", "calling party", "from", "originating number", "a-number", "a number", "caller"}},
                   {QStringLiteral("recipient"), {"called number", "called", "called party", "to", "terminating number", "b-number", "b number", "dialed digits", "dialed"}},
                   {QStringLiteral("direction"), {"direction", "call direction", "in/out", "mo/mt"}},
                   {QStringLiteral("record_type"), {"type", "call type", "service", "record type", "event type"}},
                   {QStringLiteral("duration"), {"duration", "duration (s)", "duration(s)", "duration_s", "seconds", "call duration", "elapsed time"}},
                   {QStringLiteral("location"), {"cell id", "cell", "cell_id", "cell site", "tower", "sector", "site", "first cell", "lac/cid"}},
                   {QStringLiteral("latitude"), {"latitude", "lat"}},
                   {QStringLiteral("longitude"), {"longitude", "lon", "lng", "long"}},
                   {QStringLiteral("imei"), {"imei"}}},
                  {QStringLiteral("date|datetime"), QStringLiteral("originator|recipient")}),
            table(QStringLiteral("bank-csv"),
                  QStringLiteral("Bank, card and payment exports (CSV): date (and time), amount or debit/credit, "
                                 "description, account; amounts kept as exact decimal text; day/month order decided "
                                 "per column (--date-order when it cannot be told)"),
                  QStringLiteral("financial-records"), QStringLiteral("payment"), QString(),
                  {{QStringLiteral("date"), {"date", "transaction date", "trans date", "trans. date", "buchungstag", "datum", "date posted", "posting date", "booking date"}},
                   {QStringLiteral("time"), {"time", "transaction time"}},
                   {QStringLiteral("timezone"), {"time zone", "timezone"}},
                   {QStringLiteral("amount"), {"amount", "betrag", "transaction amount", "value"}},
                   {QStringLiteral("debit"), {"debit", "withdrawal", "withdrawals", "debit amount", "soll"}},
                   {QStringLiteral("credit"), {"credit", "deposit", "deposits", "credit amount", "haben"}},
                   {QStringLiteral("sign"), {"transaction type", "debit/credit", "dr/cr"}},
                   {QStringLiteral("balance"), {"runningbalance", "running balance", "balance", "kontostand"}},
                   {QStringLiteral("currency"), {"currency", "währung", "transfer amount currency"}},
                   {QStringLiteral("summary"), {"description", "payee", "merchant name", "name", "auftraggeber/empfänger", "memo", "details"}},
                   {QStringLiteral("account"), {"account", "account number", "card no.", "card used for transaction", "kontonummer", "iban"}},
                   {QStringLiteral("counterparty"), {"number", "counterparty iban", "auftraggeber/empfänger"}}},
                  {QStringLiteral("date|datetime"), QStringLiteral("amount|debit|credit")}),
            special(QStringLiteral("ofx"), QStringLiteral("Bank statements in OFX 1.x (SGML) or 2.x (XML): one record per "
                                                          "transaction (STMTTRN), amounts exact, times with their offset"),
                    QStringLiteral("financial-records"), QStringLiteral("payment"), Reader::Ofx),
            table(QStringLiteral("timesketch-csv"),
                  QStringLiteral("Timesketch timeline CSV (message, datetime, timestamp_desc; timestamp in microseconds "
                                 "since the epoch, UTC)"),
                  QStringLiteral("timeline"), QStringLiteral("timeline-event"), QStringLiteral("UTC"),
                  {{QStringLiteral("datetime"), {"datetime"}},
                   {QStringLiteral("timestamp_us"), {"timestamp"}},
                   {QStringLiteral("summary"), {"message"}},
                   {QStringLiteral("record_type"), {"timestamp_desc"}}},
                  {QStringLiteral("datetime|timestamp_us"), QStringLiteral("summary")}),
            special(QStringLiteral("timesketch-jsonl"), QStringLiteral("Timesketch timeline JSON lines (message, datetime, "
                                                                       "timestamp_desc, timestamp in microseconds)"),
                    QStringLiteral("timeline"), QStringLiteral("timeline-event"), Reader::TimesketchJsonl, QStringLiteral("UTC")),
            special(QStringLiteral("vcard"), QStringLiteral("Contact cards (vCard 2.1, 3.0, 4.0): every phone number, "
                                                            "e-mail and messaging handle becomes an identifier of the exhibit"),
                    QStringLiteral("contacts"), QStringLiteral("contact"), Reader::VCard),
            special(QStringLiteral("ics"), QStringLiteral("Calendar (iCalendar .ics): one record per event, with its zone, "
                                                          "all-day dates and floating times"),
                    QStringLiteral("calendar"), QStringLiteral("calendar-event"), Reader::ICalendar),
            special(QStringLiteral("eml"), QStringLiteral("One e-mail message (.eml, RFC 5322): its headers as a "
                                                          "communication record (date, from, to, cc, subject)"),
                    QStringLiteral("email"), QStringLiteral("email"), Reader::Eml),
            special(QStringLiteral("gpx"), QStringLiteral("GPS log (GPX 1.0/1.1): one record per timed track, route or "
                                                          "way point; placeholder times such as 1901-12-13 flagged"),
                    QStringLiteral("location-log"), QStringLiteral("location-point"), Reader::Gpx),
            table(QStringLiteral("ads-csv"),
                  QStringLiteral("Online-ad listings (ad id, posted time, site, city, phone, e-mail, title, text, image "
                                 "hash): advertising records; phones, e-mails and ad ids become identifiers"),
                  QStringLiteral("advertising-records"), QStringLiteral("advertisement"), QString(),
                  {{QStringLiteral("datetime"), {"posted", "posted time", "post date", "posted_at", "datetime", "date posted", "timestamp"}},
                   {QStringLiteral("date"), {"date"}},
                   {QStringLiteral("time"), {"time"}},
                   {QStringLiteral("ad-id"), {"ad id", "ad_id", "id", "listing id", "post id"}},
                   {QStringLiteral("site"), {"site", "website", "source"}},
                   {QStringLiteral("location"), {"city", "location", "area"}},
                   {QStringLiteral("phone"), {"phone", "phone number", "telephone", "contact phone"}},
                   {QStringLiteral("email"), {"email", "e-mail", "contact email"}},
                   {QStringLiteral("summary"), {"title", "headline"}},
                   {QStringLiteral("image_hash"), {"image hash", "image_hash", "image sha1", "image md5"}}},
                  {QStringLiteral("date|datetime")}),
            table(QStringLiteral("lodging-csv"),
                  QStringLiteral("Lodging records (hotel/motel folios): check-in to check-out as one span, room, guest "
                                 "phone and e-mail, payment"),
                  QStringLiteral("lodging-records"), QStringLiteral("lodging"), QString(),
                  {{QStringLiteral("datetime"), {"check-in", "check in", "checkin", "arrival", "check_in", "check-in time"}},
                   {QStringLiteral("end"), {"check-out", "check out", "checkout", "departure", "check_out", "check-out time"}},
                   {QStringLiteral("location"), {"property", "hotel", "location", "address"}},
                   {QStringLiteral("summary"), {"room", "room number"}},
                   {QStringLiteral("phone"), {"phone", "guest phone", "phone number"}},
                   {QStringLiteral("email"), {"email", "guest email", "e-mail"}},
                   {QStringLiteral("plate"), {"plate", "vehicle plate", "license plate", "licence plate"}},
                   {QStringLiteral("payment-handle"), {"card", "payment", "card last 4", "payment card"}},
                   {QStringLiteral("amount"), {"amount", "total", "rate"}}},
                  {QStringLiteral("datetime")}),
            table(QStringLiteral("lpr-csv"),
                  QStringLiteral("Licence-plate reader hits: plate, read time, camera, latitude/longitude; the plate "
                                 "becomes an identifier"),
                  QStringLiteral("plate-reads"), QStringLiteral("plate-read"), QString(),
                  {{QStringLiteral("datetime"), {"read time", "datetime", "timestamp", "time read", "date/time", "read_time"}},
                   {QStringLiteral("date"), {"date", "read date"}},
                   {QStringLiteral("time"), {"time"}},
                   {QStringLiteral("plate"), {"plate", "plate number", "license plate", "licence plate", "lpn"}},
                   {QStringLiteral("location"), {"camera", "camera id", "camera name", "location", "site"}},
                   {QStringLiteral("latitude"), {"latitude", "lat"}},
                   {QStringLiteral("longitude"), {"longitude", "lon", "lng"}},
                   {QStringLiteral("summary"), {"vehicle", "make", "vehicle description"}}},
                  {QStringLiteral("date|datetime"), QStringLiteral("plate")}),
        };
        return out;
    }();
    return withTables;
}

QStringList ImportProfile::tableFieldNames() {
    return {QStringLiteral("date"),       QStringLiteral("time"),       QStringLiteral("datetime"),
            QStringLiteral("end"),        QStringLiteral("timezone"),   QStringLiteral("timestamp_us"),
            QStringLiteral("record_type"), QStringLiteral("direction"), QStringLiteral("originator"),
            QStringLiteral("recipient"),  QStringLiteral("duration"),   QStringLiteral("location"),
            QStringLiteral("latitude"),   QStringLiteral("longitude"),  QStringLiteral("amount"),
            QStringLiteral("debit"),      QStringLiteral("credit"),     QStringLiteral("sign"),
            QStringLiteral("balance"),    QStringLiteral("currency"),   QStringLiteral("summary"),
            QStringLiteral("counterparty"), QStringLiteral("site"),     QStringLiteral("image_hash"),
            QStringLiteral("phone"),      QStringLiteral("email"),      QStringLiteral("handle"),
            QStringLiteral("payment-handle"), QStringLiteral("plate"),  QStringLiteral("imei"),
            QStringLiteral("address"),    QStringLiteral("ad-id"),      QStringLiteral("account")};
}

const ImportProfile* ImportProfile::find(const QString& name) {
    for (const ImportProfile& p : all())
        if (p.name == name)
            return &p;
    return nullptr;
}

} // namespace tessera
