#include "time/Edtf.h"

#include "time/LocalTimeResolver.h"

#include <QDate>
#include <QLocale>
#include <QRegularExpression>
#include <algorithm>
#include <array>

namespace tessera {

namespace {

constexpr qint64 kUsPerSecond = 1'000'000;
constexpr int kSeasonPaddingDays = 12 * 7; // python-edtf PADDING_SEASON_PRECISION = 12 weeks

/// One known end of an interval, or a whole single date, as parsed (before resolving to UTC).
struct ParsedEnd {
    QString normalised;
    TimePrecision precision = TimePrecision::Unknown;
    QChar qualifier; // null, '?', '~' or '%'
    // Date-only values: the local days covered, inclusive.
    QDate firstDay;
    QDate lastDay;
    // Date-times.
    bool hasTime = false;
    QDate date;
    qint64 microsecondOfDay = 0;
    QString ownBasis; // "UTC" or "+hh:mm" when the text carries a zone; empty otherwise
};

/// A resolved end: strict span and fuzzy bounds.
struct ResolvedEnd {
    TimeSpan span;
    qint64 fuzzyLower = 0;
    qint64 fuzzyUpper = 0;
    bool usedCallerBasis = false;
};

QString failure(const QString& text, const QString& reason) {
    return QStringLiteral("\"%1\" is not a date Tessera can read as EDTF: %2").arg(text, reason);
}

QString expectedForms() {
    return QStringLiteral("expected a form such as 2014, 2014-03, 2014-03-02, 2014-03-02T12:13:30Z, 2014-22 "
                          "(summer 2014), 201X, 2014-03~ or 2014-03/2014-05.");
}

QDate clampDate(QDate d, bool isLower) {
    if (!d.isValid() || d.year() < 1)
        return isLower ? QDate(1, 1, 1) : QDate(9999, 12, 31);
    if (d.year() > 9999)
        return {9999, 12, 31};
    return d;
}

/// Widens local days for a qualifier, per python-edtf's padding (see parseEdtf()).
void padDays(TimePrecision precision, int multiplier, QDate& first, QDate& last) {
    const QDate afterLast = last.addDays(1);
    switch (precision) {
    case TimePrecision::Day:
        first = first.addDays(-multiplier);
        last = last.addDays(multiplier);
        break;
    case TimePrecision::Month:
        first = first.addMonths(-multiplier);
        last = afterLast.addMonths(multiplier).addDays(-1);
        break;
    case TimePrecision::Season:
        first = first.addDays(-qint64{kSeasonPaddingDays} * multiplier);
        last = last.addDays(qint64{kSeasonPaddingDays} * multiplier);
        break;
    case TimePrecision::Year:
        first = first.addYears(-multiplier);
        last = afterLast.addYears(multiplier).addDays(-1);
        break;
    default:
        break;
    }
    first = clampDate(first, true);
    last = clampDate(last, false);
}

/// Parses one date or date-time (no '/'), already trimmed and with x/t/z upper-cased. On failure sets *reason.
std::optional<ParsedEnd> parseEnd(const QString& s, QString* reason) {
    ParsedEnd end;
    QString body = s;
    if (!body.isEmpty() && QStringLiteral("?~%").contains(body.back())) {
        end.qualifier = body.back();
        body.chop(1);
    }
    if (body.contains(QLatin1Char('?')) || body.contains(QLatin1Char('~')) || body.contains(QLatin1Char('%'))) {
        *reason = QStringLiteral("a qualifier (? ~ %) may appear once, at the end of the whole date; qualifiers on "
                                 "parts of a date are EDTF level 2, which Tessera does not read.");
        return std::nullopt;
    }
    if (body.startsWith(QLatin1Char('-')) || body.startsWith(QLatin1Char('Y')) || body.contains(QLatin1Char('E'))) {
        *reason = QStringLiteral("only years 0001 to 9999 are supported.");
        return std::nullopt;
    }
    if (body.contains(QLatin1Char('[')) || body.contains(QLatin1Char('{'))) {
        *reason = QStringLiteral("sets and lists of dates are EDTF level 2, which Tessera does not read.");
        return std::nullopt;
    }

    const qsizetype tPos = body.indexOf(QLatin1Char('T'));
    const QString datePart = tPos < 0 ? body : body.left(tPos);
    const QString timePart = tPos < 0 ? QString() : body.mid(tPos + 1);

    static const QRegularExpression dateRe(
        QStringLiteral(R"(^(\d{4}|\d{3}X|\d{2}XX|\dXXX|XXXX)(?:-(\d{2}|XX)(?:-(\d{2}|XX))?)?$)"));
    const auto dm = dateRe.match(datePart);
    if (!dm.hasMatch()) {
        if (datePart.contains(QLatin1Char(' ')))
            *reason = QStringLiteral("EDTF has no spaces; put \"T\" between the date and the time "
                                     "(2014-03-02T12:13).");
        else if (datePart.contains(QLatin1Char('X')))
            *reason = QStringLiteral("unspecified digits (X) are read only at the right of the year (201X, 20XX) or "
                                     "as a whole month or day (2004-XX, 2004-07-XX).");
        else
            *reason = expectedForms();
        return std::nullopt;
    }
    const QString yearText = dm.captured(1);
    const QString monthText = dm.captured(2);
    const QString dayText = dm.captured(3);
    const qsizetype yearXs = yearText.count(QLatin1Char('X'));
    const int yearLow = QString(yearText).replace(QLatin1Char('X'), QLatin1Char('0')).toInt();
    const int yearHigh = QString(yearText).replace(QLatin1Char('X'), QLatin1Char('9')).toInt();
    if (yearXs == 4) {
        *reason = QStringLiteral("a wholly unspecified year is not a bound; leave that end of an interval empty "
                                 "(unknown), e.g. \"/2014-05\".");
        return std::nullopt;
    }
    if (yearXs > 0 && !monthText.isEmpty()) {
        *reason = QStringLiteral("with unspecified digits in the year, a month or day cannot follow (EDTF level 2).");
        return std::nullopt;
    }
    if (yearHigh < 1) {
        *reason = QStringLiteral("only years 0001 to 9999 are supported.");
        return std::nullopt;
    }
    const int year = std::max(yearLow, 1);
    end.normalised = datePart;

    bool fullDate = false;
    if (monthText.isEmpty()) {
        end.precision = TimePrecision::Year;
        end.firstDay = QDate(year, 1, 1);
        end.lastDay = QDate(yearHigh, 12, 31);
    } else if (monthText == QLatin1String("XX")) {
        if (!dayText.isEmpty() && dayText != QLatin1String("XX")) {
            *reason = QStringLiteral("a known day in an unspecified month (2004-XX-05) is EDTF level 2, which "
                                     "Tessera does not read.");
            return std::nullopt;
        }
        end.precision = TimePrecision::Year;
        end.firstDay = QDate(year, 1, 1);
        end.lastDay = QDate(year, 12, 31);
    } else {
        const int month = monthText.toInt();
        if (month >= 21 && month <= 24) {
            if (!dayText.isEmpty()) {
                *reason = QStringLiteral("a season (21–24) cannot have a day.");
                return std::nullopt;
            }
            const int startMonth = 3 + (month - 21) * 3; // 21 → March, 22 → June, 23 → September, 24 → December
            end.precision = TimePrecision::Season;
            end.firstDay = QDate(year, startMonth, 1);
            end.lastDay = end.firstDay.addMonths(3).addDays(-1);
            if (end.lastDay.year() > 9999) {
                *reason = QStringLiteral("only years 0001 to 9999 are supported.");
                return std::nullopt;
            }
        } else if (month >= 25 && month <= 41) {
            *reason = QStringLiteral("sub-year code %1 (hemisphere seasons, quarters, semesters) is EDTF level 2; "
                                     "only the seasons 21–24 are read.")
                          .arg(month);
            return std::nullopt;
        } else if (month < 1 || month > 12) {
            *reason = QStringLiteral("month %1 does not exist.").arg(monthText);
            return std::nullopt;
        } else if (dayText.isEmpty() || dayText == QLatin1String("XX")) {
            end.precision = TimePrecision::Month;
            end.firstDay = QDate(year, month, 1);
            end.lastDay = end.firstDay.addMonths(1).addDays(-1);
        } else {
            const int day = dayText.toInt();
            if (!QDate::isValid(year, month, day)) {
                *reason = QStringLiteral("there is no day %1 in %2 %3.")
                              .arg(dayText, QLocale::c().monthName(month))
                              .arg(year);
                return std::nullopt;
            }
            end.precision = TimePrecision::Day;
            end.firstDay = end.lastDay = QDate(year, month, day);
            fullDate = true;
        }
    }

    if (tPos < 0)
        return end;

    if (!fullDate) {
        *reason = QStringLiteral("a time of day needs a full date (YYYY-MM-DDThh:mm).");
        return std::nullopt;
    }
    if (!end.qualifier.isNull()) {
        *reason = QStringLiteral("qualifiers (? ~ %) apply to dates, not to date-times; give the date alone, or an "
                                 "interval.");
        return std::nullopt;
    }
    static const QRegularExpression timeRe(
        QStringLiteral(R"(^(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,6}))?)?(Z|([+-])(\d{2})(?::?(\d{2}))?)?$)"));
    const auto tm = timeRe.match(timePart);
    if (!tm.hasMatch()) {
        *reason = QStringLiteral("the time must be hh:mm, hh:mm:ss or hh:mm:ss.ffffff, optionally followed by Z or "
                                 "an offset such as +02:00.");
        return std::nullopt;
    }
    const int hour = tm.captured(1).toInt();
    const int minute = tm.captured(2).toInt();
    const int second = tm.captured(3).isEmpty() ? 0 : tm.captured(3).toInt();
    if (hour > 23 || minute > 59 || second > 59) {
        *reason = second == 60 ? QStringLiteral("leap seconds (:60) are not supported.")
                               : QStringLiteral("the time %1 does not exist.").arg(timePart);
        return std::nullopt;
    }
    qint64 fraction = 0;
    if (!tm.captured(4).isEmpty())
        fraction = tm.captured(4).leftJustified(6, QLatin1Char('0')).toLongLong();
    end.hasTime = true;
    end.date = end.firstDay;
    end.microsecondOfDay = (hour * 3600LL + minute * 60LL + second) * kUsPerSecond + fraction;
    end.precision = !tm.captured(4).isEmpty()   ? TimePrecision::Microsecond
                    : !tm.captured(3).isEmpty() ? TimePrecision::Second
                                                : TimePrecision::Minute;
    QString zoneText;
    if (tm.captured(5) == QLatin1String("Z")) {
        zoneText = QStringLiteral("Z");
        end.ownBasis = QStringLiteral("UTC");
    } else if (!tm.captured(6).isEmpty()) {
        const int zh = tm.captured(7).toInt();
        const int zm = tm.captured(8).isEmpty() ? 0 : tm.captured(8).toInt();
        if (zm > 59 || zh * 60 + zm > 14 * 60) {
            *reason = QStringLiteral("the UTC offset %1 does not exist (at most ±14:00).").arg(tm.captured(5));
            return std::nullopt;
        }
        zoneText = QStringLiteral("%1%2:%3")
                       .arg(tm.captured(6))
                       .arg(zh, 2, 10, QLatin1Char('0'))
                       .arg(zm, 2, 10, QLatin1Char('0'));
        end.ownBasis = zoneText;
    }
    const qsizetype clockLength = timePart.size() - tm.capturedLength(5);
    end.normalised = datePart + QLatin1Char('T') + timePart.left(clockLength) + zoneText;
    return end;
}

/// Resolves a parsed end to UTC. On failure (an unusable basis) sets *reason.
std::optional<ResolvedEnd> resolveEnd(const ParsedEnd& end, const QString& text, const QString& timeBasis,
                                      bool basisAssumed, QString* reason) {
    ResolvedEnd resolved;
    const bool own = !end.ownBasis.isEmpty();
    const QString& basis = own ? end.ownBasis : timeBasis;
    resolved.usedCallerBasis = !own;
    if (!own && !LocalTimeResolver::basisProblem(basis).isEmpty()) {
        *reason = LocalTimeResolver::basisProblem(basis);
        return std::nullopt;
    }
    const bool assumed = own ? false : basisAssumed;
    if (end.hasTime) {
        resolved.span =
            LocalTimeResolver::resolveMicroseconds(end.date, end.microsecondOfDay, end.precision, basis, assumed, text);
        resolved.fuzzyLower = resolved.span.lowerUtcUs;
        resolved.fuzzyUpper = resolved.span.upperUtcUs;
    } else {
        resolved.span = LocalTimeResolver::resolveDays(end.firstDay, end.lastDay, end.precision, basis, assumed, text);
        QDate first = end.firstDay;
        QDate last = end.lastDay;
        if (!end.qualifier.isNull()) {
            padDays(end.precision, end.qualifier == QLatin1Char('%') ? 2 : 1, first, last);
        }
        const TimeSpan fuzzy = LocalTimeResolver::resolveDays(first, last, end.precision, basis, assumed, text);
        resolved.fuzzyLower = fuzzy.lowerUtcUs;
        resolved.fuzzyUpper = fuzzy.upperUtcUs;
    }
    if (!resolved.span.isValid()) {
        *reason = QStringLiteral("it could not be placed in time in the basis \"%1\".").arg(basis);
        return std::nullopt;
    }
    resolved.span.edtf = end.normalised + (end.qualifier.isNull() ? QString() : QString(end.qualifier));
    return resolved;
}

QString normaliseCase(const QString& s) {
    QString out = s;
    for (QChar& c : out) {
        if (c == QLatin1Char('x'))
            c = QLatin1Char('X');
        else if (c == QLatin1Char('t'))
            c = QLatin1Char('T');
        else if (c == QLatin1Char('z'))
            c = QLatin1Char('Z');
    }
    return out;
}

void noteQualifier(EdtfResult& result, QChar qualifier) {
    if (qualifier == QLatin1Char('?') || qualifier == QLatin1Char('%'))
        result.uncertain = true;
    if (qualifier == QLatin1Char('~') || qualifier == QLatin1Char('%'))
        result.approximate = true;
}

} // namespace

EdtfResult parseEdtf(const QString& text, const QString& timeBasis, bool basisAssumed) {
    EdtfResult result;
    const QString s = normaliseCase(text.trimmed());
    if (s.isEmpty()) {
        result.error = QStringLiteral("An empty text is not a date; %1").arg(expectedForms());
        return result;
    }
    QString reason;
    const qsizetype slashes = s.count(QLatin1Char('/'));
    if (slashes > 1) {
        result.error = failure(text, QStringLiteral("an interval has exactly one \"/\"."));
        return result;
    }

    if (slashes == 0) {
        if (s == QLatin1String("..")) {
            result.error = failure(text, QStringLiteral("\"..\" is only an interval end, e.g. \"2014-03/..\"."));
            return result;
        }
        const auto parsed = parseEnd(s, &reason);
        if (!parsed) {
            result.error = failure(text, reason);
            return result;
        }
        const auto resolved = resolveEnd(*parsed, text, timeBasis, basisAssumed, &reason);
        if (!resolved) {
            result.error = failure(text, reason);
            return result;
        }
        noteQualifier(result, parsed->qualifier);
        result.span = resolved->span;
        result.fuzzyLowerUtcUs = resolved->fuzzyLower;
        result.fuzzyUpperUtcUs = resolved->fuzzyUpper;
        return result;
    }

    // An interval.
    const qsizetype slash = s.indexOf(QLatin1Char('/'));
    const std::array<QString, 2> parts = {s.left(slash), s.mid(slash + 1)};
    std::array<EdtfEndKind, 2> kinds = {EdtfEndKind::Known, EdtfEndKind::Known};
    std::array<std::optional<ResolvedEnd>, 2> ends;
    std::array<QString, 2> normalised;
    for (int i = 0; i < 2; ++i) {
        if (parts[i].isEmpty()) {
            kinds[i] = EdtfEndKind::Unknown;
            continue;
        }
        if (parts[i] == QLatin1String("..")) {
            kinds[i] = EdtfEndKind::Open;
            normalised[i] = parts[i];
            continue;
        }
        const auto parsed = parseEnd(parts[i], &reason);
        if (!parsed) {
            result.error = failure(text, QStringLiteral("the %1 of the interval: %2")
                                             .arg(i == 0 ? QStringLiteral("start") : QStringLiteral("end"), reason));
            return result;
        }
        ends[i] = resolveEnd(*parsed, parts[i], timeBasis, basisAssumed, &reason);
        if (!ends[i]) {
            result.error = failure(text, reason);
            return result;
        }
        noteQualifier(result, parsed->qualifier);
        normalised[i] = ends[i]->span.edtf;
    }
    if (kinds[0] != EdtfEndKind::Known && kinds[1] != EdtfEndKind::Known) {
        result.error = failure(text, QStringLiteral("at least one end of an interval must be a date."));
        return result;
    }
    if (ends[0] && ends[1] && ends[0]->span.lowerUtcUs > ends[1]->span.upperUtcUs) {
        result.error = failure(text, QStringLiteral("the interval ends before it begins."));
        return result;
    }

    TimeSpan span;
    span.lowerUtcUs = ends[0] ? ends[0]->span.lowerUtcUs : kEarliestUtcUs;
    span.upperUtcUs = ends[1] ? ends[1]->span.upperUtcUs : kLatestUtcUs;
    span.precision = TimePrecision::Microsecond;
    bool anyCallerBasis = false;
    for (const auto& end : ends) {
        if (!end)
            continue;
        span.precision = std::max(span.precision, end->span.precision);
        span.ambiguous = span.ambiguous || end->span.ambiguous;
        span.nonexistent = span.nonexistent || end->span.nonexistent;
        anyCallerBasis = anyCallerBasis || end->usedCallerBasis;
    }
    if (anyCallerBasis) {
        span.timeBasis = timeBasis;
        span.basisAssumed = basisAssumed;
    } else {
        span.timeBasis = ends[0] ? ends[0]->span.timeBasis : ends[1]->span.timeBasis;
    }
    span.edtf = normalised[0] + QLatin1Char('/') + normalised[1];
    span.originalText = text;
    for (auto& end : ends) {
        if (end)
            end->span.originalText = text;
    }

    result.interval = true;
    result.startKind = kinds[0];
    result.endKind = kinds[1];
    if (ends[0])
        result.start = ends[0]->span;
    if (ends[1])
        result.end = ends[1]->span;
    result.fuzzyLowerUtcUs = ends[0] ? ends[0]->fuzzyLower : kEarliestUtcUs;
    result.fuzzyUpperUtcUs = ends[1] ? ends[1]->fuzzyUpper : kLatestUtcUs;
    result.span = span;
    return result;
}

} // namespace tessera
