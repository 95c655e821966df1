#include "time/TimeSpan.h"

#include <array>

namespace tessera {

namespace {

// Indexed by TimePrecision; the order must follow the enum.
constexpr std::array<const char*, 9> kPrecisionNames = {"microsecond", "second", "minute", "hour",   "day",
                                                        "month",       "season", "year",   "unknown"};

} // namespace

QString timePrecisionName(TimePrecision precision) {
    const auto index = static_cast<std::size_t>(precision);
    if (index >= kPrecisionNames.size())
        return QStringLiteral("unknown");
    return QString::fromLatin1(kPrecisionNames[index]);
}

TimePrecision timePrecisionFromName(const QString& name) {
    for (std::size_t i = 0; i < kPrecisionNames.size(); ++i) {
        if (name == QLatin1String(kPrecisionNames[i]))
            return static_cast<TimePrecision>(i);
    }
    return TimePrecision::Unknown;
}

qint64 timePrecisionUnitUs(TimePrecision precision) {
    switch (precision) {
    case TimePrecision::Microsecond:
        return 1;
    case TimePrecision::Second:
        return 1000000;
    case TimePrecision::Minute:
        return 60 * qint64(1000000);
    case TimePrecision::Hour:
        return 3600 * qint64(1000000);
    default:
        return 0;
    }
}

} // namespace tessera
