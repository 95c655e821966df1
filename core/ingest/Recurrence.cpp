#include "ingest/Recurrence.h"

namespace tessera {

namespace {

int weekdayOf(const QByteArray& two) {
    static const char* names[] = {"MO", "TU", "WE", "TH", "FR", "SA", "SU"};
    for (int i = 0; i < 7; ++i)
        if (two == names[i])
            return i + 1;
    return 0;
}

bool positiveInt(const QByteArray& v, int& out) {
    bool ok = false;
    const int n = v.toInt(&ok);
    if (!ok || n < 1)
        return false;
    out = n;
    return true;
}

bool intList(const QByteArray& v, QList<int>& out) {
    for (const QByteArray& each : v.split(',')) {
        bool ok = false;
        const int n = each.trimmed().toInt(&ok);
        if (!ok)
            return false;
        out << n;
    }
    return !out.isEmpty();
}

} // namespace

std::optional<RecurrenceRule> RecurrenceRule::parse(const QByteArray& value, QString& unsupported) {
    RecurrenceRule r;
    bool sawFreq = false;
    for (const QByteArray& part : value.trimmed().split(';')) {
        if (part.trimmed().isEmpty())
            continue;
        const qsizetype eq = part.indexOf('=');
        const QByteArray key = (eq < 0 ? part : part.left(eq)).trimmed().toUpper();
        const QByteArray v = eq < 0 ? QByteArray() : part.mid(eq + 1).trimmed().toUpper();
        if (key == "FREQ") {
            sawFreq = true;
            if (v == "DAILY")
                r.frequency = Frequency::Daily;
            else if (v == "WEEKLY")
                r.frequency = Frequency::Weekly;
            else if (v == "MONTHLY")
                r.frequency = Frequency::Monthly;
            else if (v == "YEARLY")
                r.frequency = Frequency::Yearly;
            else {
                unsupported = v == "SECONDLY" || v == "MINUTELY" || v == "HOURLY" ? QStringLiteral("FREQ=%1").arg(QLatin1String(v))
                                                                                 : QStringLiteral("FREQ");
                return std::nullopt;
            }
        } else if (key == "INTERVAL") {
            if (!positiveInt(v, r.interval)) {
                unsupported = QStringLiteral("INTERVAL");
                return std::nullopt;
            }
        } else if (key == "COUNT") {
            if (!positiveInt(v, r.count)) {
                unsupported = QStringLiteral("COUNT");
                return std::nullopt;
            }
        } else if (key == "UNTIL") {
            if (v.isEmpty()) {
                unsupported = QStringLiteral("UNTIL");
                return std::nullopt;
            }
            r.until = v;
        } else if (key == "BYDAY") {
            for (const QByteArray& d : v.split(',')) {
                const QByteArray t = d.trimmed();
                const int w = t.size() == 2 ? weekdayOf(t) : 0;
                if (w == 0) {
                    unsupported = QStringLiteral("BYDAY with an ordinal");
                    return std::nullopt;
                }
                if (!r.byDay.contains(w))
                    r.byDay << w;
            }
        } else if (key == "WKST") {
            r.weekStart = weekdayOf(v);
            if (r.weekStart == 0) {
                unsupported = QStringLiteral("WKST");
                return std::nullopt;
            }
        } else if (key == "BYMONTH") {
            if (!intList(v, r.byMonth)) {
                unsupported = QStringLiteral("BYMONTH");
                return std::nullopt;
            }
        } else if (key == "BYMONTHDAY") {
            if (!intList(v, r.byMonthDay)) {
                unsupported = QStringLiteral("BYMONTHDAY");
                return std::nullopt;
            }
        } else {
            // BYSETPOS, BYHOUR, BYMINUTE, BYSECOND, BYYEARDAY, BYWEEKNO, RSCALE, SKIP, X-…: named, not guessed.
            unsupported = QString::fromLatin1(key.left(20));
            return std::nullopt;
        }
    }
    if (!sawFreq) {
        unsupported = QStringLiteral("FREQ");
        return std::nullopt;
    }
    return r;
}

QString RecurrenceRule::unsupportedFrom(QDate start) const {
    if (!byDay.isEmpty() && (frequency == Frequency::Monthly || frequency == Frequency::Yearly))
        return QStringLiteral("BYDAY");
    if (!byMonth.isEmpty() && (frequency != Frequency::Yearly || byMonth != QList<int>{start.month()}))
        return QStringLiteral("BYMONTH");
    if (!byMonthDay.isEmpty() &&
        (frequency == Frequency::Daily || frequency == Frequency::Weekly || byMonthDay != QList<int>{start.day()}))
        return QStringLiteral("BYMONTHDAY");
    return {};
}

QVector<QDate> RecurrenceRule::dates(QDate start, const std::function<bool(QDate)>& withinUntil, QDate horizon, int limit,
                                     bool* capped) const {
    QVector<QDate> out{start};
    if (capped)
        *capped = false;
    bool more = true;
    // Whether to go on after date `d` (a candidate after `start`): stops at the horizon, UNTIL, COUNT or the limit.
    auto take = [&](QDate d) {
        if (d <= start)
            return true;
        if (horizon.isValid() && d > horizon)
            return more = false;
        if (withinUntil && !withinUntil(d))
            return more = false;
        if (count > 0 && out.size() >= count)
            return more = false;
        if (out.size() >= limit) {
            if (capped)
                *capped = true;
            return more = false;
        }
        out.append(d);
        return true;
    };
    if (count == 1)
        return out;
    // A guard for rules whose dates never come (BYDAY never matching is impossible, but an UNTIL test may never end
    // a rule whose horizon is invalid): about 400 years of days.
    constexpr qint64 kMaxPeriods = 150000;
    switch (frequency) {
    case Frequency::Daily:
        for (qint64 k = 1; more && k < kMaxPeriods; ++k) {
            const QDate d = start.addDays(k * interval);
            if (!d.isValid() || d.year() > 9999)
                break;
            if (!byDay.isEmpty() && !byDay.contains(d.dayOfWeek()))
                continue;
            take(d);
        }
        break;
    case Frequency::Weekly: {
        const QList<int> days = byDay.isEmpty() ? QList<int>{start.dayOfWeek()} : byDay;
        const QDate firstWeek = start.addDays(-((start.dayOfWeek() - weekStart + 7) % 7));
        for (qint64 k = 0; more && k < kMaxPeriods; ++k) {
            const QDate week = firstWeek.addDays(qint64{7} * interval * k);
            if (!week.isValid() || week.year() > 9999)
                break;
            for (int o = 0; o < 7 && more; ++o) {
                const QDate d = week.addDays(o);
                if (days.contains(d.dayOfWeek()))
                    take(d);
            }
        }
        break;
    }
    case Frequency::Monthly:
        for (qint64 k = 1; more && k < kMaxPeriods; ++k) {
            const qint64 months = start.month() - 1 + k * interval;
            const qint64 year = start.year() + months / 12;
            if (year > 9999)
                break;
            const QDate d(static_cast<int>(year), static_cast<int>(months % 12) + 1, start.day());
            if (d.isValid())
                take(d); // the 31st in a 30-day month: skipped, not counted
        }
        break;
    case Frequency::Yearly:
        for (qint64 k = 1; more && k < kMaxPeriods; ++k) {
            const qint64 year = start.year() + k * interval;
            if (year > 9999)
                break;
            const QDate d(static_cast<int>(year), start.month(), start.day());
            if (d.isValid())
                take(d); // 29 February in a common year: skipped
        }
        break;
    }
    return out;
}

} // namespace tessera
