#include "model/Roles.h"

namespace tessera::Vocabulary {

const QStringList& personRoles() {
    static const QStringList v{QStringLiteral("offender"), QStringLiteral("suspect"),  QStringLiteral("victim"),
                               QStringLiteral("witness"),  QStringLiteral("sex-buyer"), QStringLiteral("associate"),
                               QStringLiteral("other")};
    return v;
}

const QStringList& identifierKinds() {
    static const QStringList v{QStringLiteral("phone"), QStringLiteral("email"),   QStringLiteral("handle"),
                               QStringLiteral("payment-handle"), QStringLiteral("plate"), QStringLiteral("imei"),
                               QStringLiteral("address"), QStringLiteral("ad-id"), QStringLiteral("account")};
    return v;
}

const QStringList& exhibitKinds() {
    static const QStringList v{
        QStringLiteral("victim-statement"),  QStringLiteral("witness-statement"), QStringLiteral("call-records"),
        QStringLiteral("subscriber-records"), QStringLiteral("financial-records"), QStringLiteral("online-ads"),
        QStringLiteral("lodging-records"),   QStringLiteral("travel-records"),    QStringLiteral("lpr"),
        QStringLiteral("surveillance"),      QStringLiteral("social-media"),      QStringLiteral("device-extraction"),
        QStringLiteral("victim-device-extraction"), QStringLiteral("victim-records"), QStringLiteral("medical"),
        QStringLiteral("victim-photograph"), QStringLiteral("physical"),          QStringLiteral("officer-observation"), QStringLiteral("other")};
    return v;
}

bool isVictimSourcedKind(const QString& kind) {
    return kind == QLatin1String("victim-statement") || kind == QLatin1String("victim-device-extraction") ||
           kind == QLatin1String("victim-records") || kind == QLatin1String("medical");
}

const QStringList& eventCategories() {
    static const QStringList v{
        QStringLiteral("recruitment"), QStringLiteral("advertising"),  QStringLiteral("transport"),
        QStringLiteral("lodging"),     QStringLiteral("commercial-sex"), QStringLiteral("payment"),
        QStringLiteral("violence"),    QStringLiteral("threat"),       QStringLiteral("document-control"),
        QStringLiteral("communication"), QStringLiteral("travel"),     QStringLiteral("other")};
    return v;
}

bool isProtectedIdentity(const QStringList& roles, bool minorOrUnknownAge) {
    if (roles.contains(QLatin1String("victim")))
        return true;
    return minorOrUnknownAge && roles.contains(QLatin1String("witness"));
}

QString pseudonymPrefix(const QStringList& roles, bool minorOrUnknownAge) {
    if (roles.contains(QLatin1String("victim")))
        return QStringLiteral("V");
    if (minorOrUnknownAge && roles.contains(QLatin1String("witness")))
        return QStringLiteral("W");
    return {};
}

} // namespace tessera::Vocabulary
