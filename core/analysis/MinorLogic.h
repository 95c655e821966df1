#pragma once

#include <QDate>
#include <QString>
#include <QTimeZone>
#include <QVector>

namespace tessera {

/// Whether a person was under 18 during some conduct (DESIGN §6 minor logic).
enum class MinorStatus {
    NotApplicable, ///< no person to assess (e.g. the charge names no victim)
    Minor,         ///< under 18 during every span (by date of birth and the spans' bounds)
    Adult,         ///< 18 or older during every span
    MayHaveBeen,   ///< a span straddles the 18th birthday, or the date of birth or the spans are unknown
};

/// A span of conduct: its bounds in UTC microseconds, upper inclusive (an event's or a record's TimeSpan).
struct ConductBounds {
    qint64 lowerUtcUs = 0;
    qint64 upperUtcUs = 0;
};

/**
 * Minor logic (DESIGN §6; 18 U.S.C. 1591(a) and (c), 2423, 3509). The 18th birthday begins at midnight of that day
 * in `zone` (the case's display zone); a person born on 29 February turns 18 on 28 February (QDate::addYears).
 * Everything up to the instant before that midnight is "under 18".
 */
class MinorLogic {
public:
    /// The first instant (UTC microseconds) at which a person born on `birth` is 18, in `zone`.
    static qint64 eighteenthBirthdayUtcUs(const QDate& birth, const QTimeZone& zone);
    /**
     * Minor when every span ends before the 18th birthday; Adult when every span starts at or after it;
     * MayHaveBeen when a span straddles it, when `birth` is invalid (unknown) or when `spans` is empty.
     */
    static MinorStatus assess(const QDate& birth, const QVector<ConductBounds>& spans, const QTimeZone& zone);
    /// True for Minor and MayHaveBeen: the person is or may have been a minor, so identity protection is the default.
    static bool protectByDefault(MinorStatus s) { return s == MinorStatus::Minor || s == MinorStatus::MayHaveBeen; }
    /// The templates for a minor victim to consider (ids): 18-usc-1591-minor, 18-usc-2423, 18-usc-2422-b.
    static QStringList minorVictimTemplates();
};

} // namespace tessera
