#pragma once

#include <QDate>
#include <QDateTime>
#include <QTime>
#include <QtGlobal>

namespace tessera::test {

/// UTC microseconds of a UTC wall-clock time, computed with QDateTime (independent of the code under test).
inline qint64 utcUs(int year, int month, int day, int hour = 0, int minute = 0, int second = 0, int micro = 0) {
    const QDateTime dt(QDate(year, month, day), QTime(hour, minute, second), Qt::UTC);
    return dt.toMSecsSinceEpoch() * 1000 + micro;
}

constexpr qint64 kSecondUs = 1'000'000;
constexpr qint64 kMinuteUs = 60 * kSecondUs;
constexpr qint64 kHourUs = 60 * kMinuteUs;

} // namespace tessera::test
