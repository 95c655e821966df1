#include "ingest/ImportProfile.h"

namespace tessera {

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
    return profiles;
}

const ImportProfile* ImportProfile::find(const QString& name) {
    for (const ImportProfile& p : all())
        if (p.name == name)
            return &p;
    return nullptr;
}

} // namespace tessera
