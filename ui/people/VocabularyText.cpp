#include "people/VocabularyText.h"

namespace tessera {

QString VocabularyText::role(const QString& r) {
    if (r == QLatin1String("offender"))
        return tr("offender");
    if (r == QLatin1String("suspect"))
        return tr("suspect");
    if (r == QLatin1String("victim"))
        return tr("person who was trafficked");
    if (r == QLatin1String("witness"))
        return tr("witness");
    if (r == QLatin1String("sex-buyer"))
        return tr("sex buyer");
    if (r == QLatin1String("associate"))
        return tr("associate");
    if (r == QLatin1String("other"))
        return tr("other");
    return r;
}

QString VocabularyText::roles(const QStringList& list) {
    QStringList words;
    for (const QString& r : list)
        words << role(r);
    return words.join(QStringLiteral(", "));
}

QString VocabularyText::identifierKind(const QString& k) {
    if (k == QLatin1String("phone"))
        return tr("phone number");
    if (k == QLatin1String("email"))
        return tr("e-mail address");
    if (k == QLatin1String("handle"))
        return tr("handle or user name");
    if (k == QLatin1String("payment-handle"))
        return tr("payment handle");
    if (k == QLatin1String("plate"))
        return tr("licence plate");
    if (k == QLatin1String("imei"))
        return tr("IMEI (device)");
    if (k == QLatin1String("address"))
        return tr("address");
    if (k == QLatin1String("ad-id"))
        return tr("online ad id");
    if (k == QLatin1String("account"))
        return tr("account");
    return k;
}

QString VocabularyText::category(const QString& c) {
    if (c == QLatin1String("call"))
        return tr("Call");
    if (c == QLatin1String("text"))
        return tr("Text message");
    if (c == QLatin1String("emergency-call"))
        return tr("Emergency call");
    if (c == QLatin1String("recruitment"))
        return tr("Recruitment");
    if (c == QLatin1String("advertising"))
        return tr("Advertising");
    if (c == QLatin1String("transport"))
        return tr("Transport");
    if (c == QLatin1String("lodging"))
        return tr("Lodging / harbouring");
    if (c == QLatin1String("commercial-sex"))
        return tr("Commercial sex act");
    if (c == QLatin1String("payment"))
        return tr("Payment");
    if (c == QLatin1String("violence"))
        return tr("Violence");
    if (c == QLatin1String("threat"))
        return tr("Threat");
    if (c == QLatin1String("document-control"))
        return tr("Document control");
    if (c == QLatin1String("communication"))
        return tr("Communication");
    if (c == QLatin1String("travel"))
        return tr("Travel");
    if (c == QLatin1String("other"))
        return tr("Other");
    return c;
}

} // namespace tessera
