#include "analysis/MinorLogic.h"

#include <QDateTime>

namespace tessera {

qint64 MinorLogic::eighteenthBirthdayUtcUs(const QDate& birth, const QTimeZone& zone) {
    return QDateTime(birth.addYears(18), QTime(0, 0), zone).toMSecsSinceEpoch() * 1000;
}

MinorStatus MinorLogic::assess(const QDate& birth, const QVector<ConductBounds>& spans, const QTimeZone& zone) {
    if (!birth.isValid() || spans.isEmpty())
        return MinorStatus::MayHaveBeen;
    const qint64 adultFrom = eighteenthBirthdayUtcUs(birth, zone);
    bool allMinor = true, allAdult = true;
    for (const ConductBounds& b : spans) {
        allMinor = allMinor && b.upperUtcUs < adultFrom;
        allAdult = allAdult && b.lowerUtcUs >= adultFrom;
    }
    if (allMinor)
        return MinorStatus::Minor;
    if (allAdult)
        return MinorStatus::Adult;
    return MinorStatus::MayHaveBeen;
}

QStringList MinorLogic::minorVictimTemplates() {
    return {QStringLiteral("18-usc-1591-minor"), QStringLiteral("18-usc-2423"), QStringLiteral("18-usc-2422-b")};
}

} // namespace tessera
