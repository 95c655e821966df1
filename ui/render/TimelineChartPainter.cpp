#include "render/TimelineChartPainter.h"

#include <QColor>
#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QPolygonF>
#include <QTime>
#include <QTimeZone>
#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

namespace {
/// How many TimelineChartPainter::SourceLanguage scopes are alive on this thread.
thread_local int sourceLanguageScopes = 0;
} // namespace

QString tessera::TimelineChartPainter::tr(const char* sourceText, const char* disambiguation, int n) {
    if (sourceLanguageScopes == 0)
        return QCoreApplication::translate("tessera::TimelineChartPainter", sourceText, disambiguation, n);
    QString text = QString::fromUtf8(sourceText);
    if (n >= 0)
        text.replace(QStringLiteral("%n"), QString::number(n));
    return text;
}

tessera::TimelineChartPainter::SourceLanguage::SourceLanguage() { ++sourceLanguageScopes; }
tessera::TimelineChartPainter::SourceLanguage::~SourceLanguage() { --sourceLanguageScopes; }

namespace tessera {
namespace {

constexpr qint64 kUsPerSecond = 1000000;
constexpr qint64 kUsPerDay = 86400 * kUsPerSecond;
constexpr int kMaxClasses = 5;
constexpr int kMaxBins = 600;
constexpr int kMaxTicks = 2000;

/// Sequential ramp, light to dark (ColorBrewer "Blues"); lightness falls monotonically so it also reads in grey.
const QColor kRamp[kMaxClasses] = {QColor(0xc6, 0xdb, 0xef), QColor(0x9e, 0xca, 0xe1), QColor(0x6b, 0xae, 0xd6),
                                   QColor(0x31, 0x82, 0xbd), QColor(0x08, 0x51, 0x9c)};
const QColor kEventFill(0xd9, 0x5f, 0x02);
const QColor kText(0x20, 0x20, 0x20);
const QColor kMutedText(0x55, 0x55, 0x55);
const QColor kGrid(0xd4, 0xd4, 0xd4);
const QColor kLaneShade(0xf3, 0xf3, 0xf3);

const QLocale& english() {
    static const QLocale locale(QLocale::English, QLocale::UnitedStates);
    return locale;
}

QString count(qint64 n) {
    return english().toString(n);
}

qint64 floorDiv(qint64 a, qint64 b) {
    qint64 q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0)))
        --q;
    return q;
}

QTimeZone zoneFor(const QString& id) {
    if (!id.isEmpty()) {
        QTimeZone zone(id.toUtf8());
        if (zone.isValid())
            return zone;
    }
    return QTimeZone::utc();
}

QString zoneName(const QString& id) {
    if (!id.isEmpty() && QTimeZone(id.toUtf8()).isValid())
        return id;
    return QStringLiteral("UTC");
}

QDateTime toZone(qint64 utcUs, const QTimeZone& zone) {
    return QDateTime::fromMSecsSinceEpoch(floorDiv(utcUs, 1000), zone);
}

qint64 toUtcUs(const QDateTime& dt) {
    return dt.toMSecsSinceEpoch() * 1000;
}

/// Date formats whose words or order differ by language; translated with the chart (the English paper keeps these).
//: Date format of the chart's title and axis (QDateTime format; MMM is the month's short name)
const char* const kDayFormat = QT_TRANSLATE_NOOP("tessera::TimelineChartPainter", "MMM d, yyyy");
//: Date format of a day tick on the chart's axis (QDateTime format)
const char* const kDayOfMonthFormat = QT_TRANSLATE_NOOP("tessera::TimelineChartPainter", "MMM d");
//: The locale whose month names the chart uses (a QLocale name: es, fr_FR…)
const char* const kDateLocale = QT_TRANSLATE_NOOP("tessera::TimelineChartPainter", "en_US");

/// `dt` in `format`: month names and the translatable formats above follow the chart's language (English under a
/// SourceLanguage scope); numeric formats such as HH:mm and yyyy-MM-dd are the same in every language.
QString fmt(const QDateTime& dt, const char* format) {
    if (format == kDayFormat || format == kDayOfMonthFormat || qstrcmp(format, "MMM") == 0) {
        const QLocale locale(TimelineChartPainter::tr(kDateLocale));
        return locale.toString(dt, TimelineChartPainter::tr(format));
    }
    return QLocale::c().toString(dt, QLatin1String(format));
}

/// The visible period; `valid` is false when there is neither a period nor a single time to show.
struct Period {
    qint64 lo = 0;
    qint64 hi = 0;
    bool valid = false;
};

Period visiblePeriod(const TimelineChartData& data) {
    Period period{data.fromUtcUs, data.toUtcUs, true};
    if (period.hi <= period.lo) {
        qint64 lo = std::numeric_limits<qint64>::max();
        qint64 hi = std::numeric_limits<qint64>::min();
        bool any = false;
        for (const TimelineChartLane& lane : data.lanes) {
            for (const QVector<qint64>* times : {&lane.recordTimesUtcUs, &lane.eventTimesUtcUs}) {
                for (qint64 t : *times) {
                    lo = std::min(lo, t);
                    hi = std::max(hi, t);
                    any = true;
                }
            }
        }
        if (any) {
            const qint64 pad = (hi - lo) / 50;
            period.lo = lo - pad;
            period.hi = hi + pad;
        } else if (period.lo == 0 && period.hi == 0) {
            period.valid = false;
            return period;
        }
    }
    if (period.hi <= period.lo) { // a single instant: centre it in a one-day window
        const qint64 centre = period.lo;
        period.lo = centre - kUsPerDay / 2;
        period.hi = centre + kUsPerDay / 2;
    }
    return period;
}

bool inPeriod(qint64 t, const Period& period) {
    return t >= period.lo && t <= period.hi;
}

/// Count classes for the density strip: class k holds counts in (upper[k-1], upper[k]]; class 0 starts at lowest.
struct Classes {
    quint64 lowest = 1;         ///< smallest count of class 0
    std::vector<quint64> upper; ///< largest count of each class

    /// Classes covering [minimum, maximum], the smallest and largest non-zero bin counts.
    static Classes forRange(quint64 minimum, quint64 maximum) {
        Classes classes;
        if (maximum == 0)
            return classes;
        minimum = std::clamp<quint64>(minimum, 1, maximum);
        classes.lowest = minimum;
        if (maximum - minimum < quint64(kMaxClasses)) { // few distinct counts: one class each
            for (quint64 c = minimum; c <= maximum; ++c)
                classes.upper.push_back(c);
            return classes;
        }
        // Geometric edges: bin counts often span orders of magnitude (a burst of calls against a quiet month).
        const double ratio = double(maximum) / double(minimum);
        quint64 previous = minimum - 1;
        for (int k = 1; k < kMaxClasses; ++k) {
            quint64 edge = quint64(std::llround(double(minimum) * std::pow(ratio, double(k) / kMaxClasses)));
            edge = std::max(edge, previous + 1);
            edge = std::min(edge, maximum - quint64(kMaxClasses - k));
            classes.upper.push_back(edge);
            previous = edge;
        }
        classes.upper.push_back(maximum);
        return classes;
    }

    int size() const { return int(upper.size()); }

    int classOf(quint64 n) const {
        for (int k = 0; k < size(); ++k)
            if (n <= upper[std::size_t(k)])
                return k;
        return size() - 1;
    }

    QString label(int k) const {
        const quint64 lower = k == 0 ? lowest : upper[std::size_t(k - 1)] + 1;
        const quint64 high = upper[std::size_t(k)];
        if (lower == high)
            return count(qint64(high));
        return count(qint64(lower)) + QStringLiteral("–") + count(qint64(high));
    }

    QColor colour(int k) const {
        if (size() <= 1)
            return kRamp[3];
        const int index = int(std::lround(double(k) * (kMaxClasses - 1) / (size() - 1)));
        return kRamp[std::clamp(index, 0, kMaxClasses - 1)];
    }

    /// Bar height as a fraction of the strip: grows with the class so the count reads without colour.
    double heightFraction(int k) const { return double(k + 1) / size(); }
};

QString humanDuration(double us) {
    struct Unit {
        double us;
        const char* singular;
        const char* plural;
    };
    static const Unit units[] = {{365.25 * kUsPerDay, QT_TRANSLATE_NOOP("tessera::TimelineChartPainter", "year"),
                                  QT_TRANSLATE_NOOP("tessera::TimelineChartPainter", "years")},
                                 {30.44 * kUsPerDay, QT_TRANSLATE_NOOP("tessera::TimelineChartPainter", "month"),
                                  QT_TRANSLATE_NOOP("tessera::TimelineChartPainter", "months")},
                                 {7.0 * kUsPerDay, QT_TRANSLATE_NOOP("tessera::TimelineChartPainter", "week"),
                                  QT_TRANSLATE_NOOP("tessera::TimelineChartPainter", "weeks")},
                                 {double(kUsPerDay), QT_TRANSLATE_NOOP("tessera::TimelineChartPainter", "day"),
                                  QT_TRANSLATE_NOOP("tessera::TimelineChartPainter", "days")},
                                 {3600.0 * kUsPerSecond, QT_TRANSLATE_NOOP("tessera::TimelineChartPainter", "hour"),
                                  QT_TRANSLATE_NOOP("tessera::TimelineChartPainter", "hours")},
                                 {60.0 * kUsPerSecond, QT_TRANSLATE_NOOP("tessera::TimelineChartPainter", "minute"),
                                  QT_TRANSLATE_NOOP("tessera::TimelineChartPainter", "minutes")},
                                 {double(kUsPerSecond), QT_TRANSLATE_NOOP("tessera::TimelineChartPainter", "second"),
                                  QT_TRANSLATE_NOOP("tessera::TimelineChartPainter", "seconds")}};
    for (const Unit& unit : units) {
        const double value = us / unit.us;
        if (value >= 1.0 || &unit == &units[std::size(units) - 1]) {
            const double rounded = value < 10 ? std::round(value * 10) / 10 : std::round(value);
            QString number = QString::number(rounded, 'f', value < 10 ? 1 : 0);
            if (number.endsWith(QLatin1String(".0")))
                number.chop(2);
            const bool one = number == QLatin1String("1");
            return number + QLatin1Char(' ') + TimelineChartPainter::tr(one ? unit.singular : unit.plural);
        }
    }
    return QString();
}

// ---- time axis -------------------------------------------------------------------------------------------------

enum class TickUnit { Second, Minute, Hour, Day, Week, Month, Year };

struct TickStep {
    TickUnit unit;
    int n;
};

double approxUs(const TickStep& step) {
    switch (step.unit) {
    case TickUnit::Second:
        return double(step.n) * kUsPerSecond;
    case TickUnit::Minute:
        return double(step.n) * 60 * kUsPerSecond;
    case TickUnit::Hour:
        return double(step.n) * 3600 * kUsPerSecond;
    case TickUnit::Day:
        return double(step.n) * kUsPerDay;
    case TickUnit::Week:
        return double(step.n) * 7 * kUsPerDay;
    case TickUnit::Month:
        return double(step.n) * 30.44 * kUsPerDay;
    case TickUnit::Year:
        return double(step.n) * 365.25 * kUsPerDay;
    }
    return 1;
}

/// Widest main label of the unit, used to decide how many ticks fit.
QString sampleLabel(TickUnit unit) {
    switch (unit) {
    case TickUnit::Second:
        return QStringLiteral("00:00:00");
    case TickUnit::Minute:
    case TickUnit::Hour:
        return QStringLiteral("00:00");
    case TickUnit::Day:
    case TickUnit::Week:
        return QStringLiteral("Sep 30");
    case TickUnit::Month:
        return QStringLiteral("Sep");
    case TickUnit::Year:
        return QStringLiteral("0000");
    }
    return QString();
}

struct Tick {
    qint64 utcUs;
    QString main;    ///< e.g. "07:00", "Mar 2", "Mar", "2014"
    QString context; ///< e.g. "Mar 2, 2014" or "2014": drawn below when it changes
};

TickStep chooseStep(const Period& period, double plotWidth, const QFontMetricsF& fm, double unit) {
    static const TickStep steps[] = {
        {TickUnit::Second, 1}, {TickUnit::Second, 5}, {TickUnit::Second, 15}, {TickUnit::Second, 30},
        {TickUnit::Minute, 1}, {TickUnit::Minute, 5}, {TickUnit::Minute, 15}, {TickUnit::Minute, 30},
        {TickUnit::Hour, 1},   {TickUnit::Hour, 3},   {TickUnit::Hour, 6},    {TickUnit::Hour, 12},
        {TickUnit::Day, 1},    {TickUnit::Day, 2},    {TickUnit::Week, 1},    {TickUnit::Week, 2},
        {TickUnit::Month, 1},  {TickUnit::Month, 2},  {TickUnit::Month, 3},   {TickUnit::Month, 6},
        {TickUnit::Year, 1},   {TickUnit::Year, 2},   {TickUnit::Year, 5},    {TickUnit::Year, 10},
        {TickUnit::Year, 20},  {TickUnit::Year, 50},  {TickUnit::Year, 100},  {TickUnit::Year, 500}};
    const double span = double(period.hi - period.lo);
    for (const TickStep& step : steps) {
        const double spacing = fm.horizontalAdvance(sampleLabel(step.unit)) + 1.5 * unit;
        if (span / approxUs(step) * spacing <= plotWidth)
            return step;
    }
    return steps[std::size(steps) - 1];
}

std::vector<Tick> makeTicks(const Period& period, const TickStep& step, const QTimeZone& zone) {
    std::vector<Tick> ticks;
    const QDateTime start = toZone(period.lo, zone);
    QDate date = start.date();
    int secondOfDay = 0;
    int stepSeconds = 0;
    switch (step.unit) {
    case TickUnit::Second:
    case TickUnit::Minute:
    case TickUnit::Hour:
        stepSeconds = step.n * (step.unit == TickUnit::Second ? 1 : step.unit == TickUnit::Minute ? 60 : 3600);
        secondOfDay = start.time().msecsSinceStartOfDay() / 1000 / stepSeconds * stepSeconds; // all steps divide a day
        break;
    case TickUnit::Day:
        break;
    case TickUnit::Week:
        date = date.addDays(1 - date.dayOfWeek());
        break; // Monday
    case TickUnit::Month:
        date = QDate(date.year(), (date.month() - 1) / step.n * step.n + 1, 1);
        break;
    case TickUnit::Year: {
        int year = int(floorDiv(date.year(), step.n) * step.n);
        if (year == 0)
            year = step.n == 1 ? 1 : step.n; // the proleptic Gregorian calendar has no year 0
        date = QDate(year, 1, 1);
        break;
    }
    }
    qint64 previous = std::numeric_limits<qint64>::min();
    for (int i = 0; i < kMaxTicks && date.isValid(); ++i) {
        const QTime time = QTime::fromMSecsSinceStartOfDay(secondOfDay * 1000);
        const QDateTime local(date, time, zone);
        const qint64 t = toUtcUs(local);
        if (t > period.hi)
            break;
        if (t >= period.lo && t > previous) { // DST fall-back can repeat a local time: keep the first
            Tick tick{t, QString(), QString()};
            const QDateTime shown = toZone(t, zone);
            switch (step.unit) {
            case TickUnit::Second:
                tick.main = fmt(shown, "HH:mm:ss");
                tick.context = fmt(shown, kDayFormat);
                break;
            case TickUnit::Minute:
            case TickUnit::Hour:
                tick.main = fmt(shown, "HH:mm");
                tick.context = fmt(shown, kDayFormat);
                break;
            case TickUnit::Day:
            case TickUnit::Week:
                tick.main = fmt(shown, kDayOfMonthFormat);
                tick.context = fmt(shown, "yyyy");
                break;
            case TickUnit::Month:
                tick.main = fmt(shown, "MMM");
                tick.context = fmt(shown, "yyyy");
                break;
            case TickUnit::Year:
                tick.main = fmt(shown, "yyyy");
                break;
            }
            ticks.push_back(tick);
            previous = t;
        }
        switch (step.unit) {
        case TickUnit::Second:
        case TickUnit::Minute:
        case TickUnit::Hour:
            secondOfDay += stepSeconds;
            if (secondOfDay >= 86400) {
                secondOfDay -= 86400;
                date = date.addDays(1);
            }
            break;
        case TickUnit::Day:
            date = date.addDays(step.n);
            break;
        case TickUnit::Week:
            date = date.addDays(7 * step.n);
            break;
        case TickUnit::Month:
            date = date.addMonths(step.n);
            break;
        case TickUnit::Year:
            date = date.addYears(step.n);
            break;
        }
    }
    return ticks;
}

QFont scaledFont(const QFont& base, double factor, bool bold) {
    QFont font = base;
    if (base.pointSizeF() > 0)
        font.setPointSizeF(base.pointSizeF() * factor);
    else if (base.pixelSize() > 0)
        font.setPixelSize(std::max(1, int(std::lround(base.pixelSize() * factor))));
    font.setBold(bold);
    // No ligatures: text drawn into a PDF must extract and search as typed ("Offender", not "O\uFB00ender").
    font.setStyleStrategy(QFont::StyleStrategy(font.styleStrategy() | QFont::PreferNoShaping));
    return font;
}

QPolygonF diamond(const QPointF& centre, double size) {
    const double h = size / 2;
    return QPolygonF({QPointF(centre.x(), centre.y() - h), QPointF(centre.x() + h, centre.y()),
                      QPointF(centre.x(), centre.y() + h), QPointF(centre.x() - h, centre.y())});
}

/// Flows legend items left to right, wrapping to a new line when the next item would not fit.
class LegendFlow {
public:
    LegendFlow(const QRectF& area, double lineHeight, double gap)
        : m_area(area), m_lineHeight(lineHeight), m_gap(gap), m_x(area.left()), m_y(area.top()) {}

    /// Reserves `width` and returns the item's box (one line high).
    QRectF place(double width, bool keepWithPrevious = false) {
        const double gap = (m_x == m_area.left()) ? 0 : (keepWithPrevious ? m_gap / 3 : m_gap);
        if (m_x + gap + width > m_area.right() && m_x > m_area.left()) {
            m_x = m_area.left();
            m_y += m_lineHeight;
        } else {
            m_x += gap;
        }
        const QRectF box(m_x, m_y, width, m_lineHeight);
        m_x += width;
        return box;
    }

    double bottom() const { return m_y + m_lineHeight; }

private:
    QRectF m_area;
    double m_lineHeight;
    double m_gap;
    double m_x;
    double m_y;
};

/// Fonts, metrics and the lengths every part of the layout shares; `u` is one line of the base font on the device.
struct ChartMetrics {
    QFont baseFont;
    QFont titleFont;
    QFont labelFont;
    QFont smallFont;
    QFontMetricsF baseFm;
    QFontMetricsF titleFm;
    QFontMetricsF labelFm;
    QFontMetricsF smallFm;
    double u;
    double smallLine;
    double legendLine;
    double axisHeight;

    ChartMetrics(const QFont& base, const QPaintDevice* device)
        : baseFont(scaledFont(base, 1.0, base.bold())), titleFont(scaledFont(base, 1.25, true)),
          labelFont(scaledFont(base, 1.0, true)), smallFont(scaledFont(base, 0.85, false)), baseFm(baseFont, device),
          titleFm(titleFont, device), labelFm(labelFont, device), smallFm(smallFont, device), u(baseFm.height()),
          smallLine(smallFm.height()), legendLine(std::max(smallLine, 0.9 * u)),
          axisHeight(0.35 * u + 2 * smallLine + 0.3 * u) {}

    double minLaneHeight(bool anyEvent) const {
        return std::max(anyEvent ? 2.7 * u : 1.7 * u, labelFm.height() + 0.3 * u);
    }
    double maxLaneHeight(bool anyEvent) const { return anyEvent ? 5.5 * u : 4.0 * u; }
    double titleBlock() const { return titleFm.height() + 0.4 * u; }

    /// Height of the legend when it flows across `width` (worst case: five count classes and the event item).
    double legendHeight(double width, const QString& binText) const {
        LegendFlow flow(QRectF(0, 0, width, 1), legendLine, u);
        flow.place(smallFm.horizontalAdvance(binText));
        for (int k = 0; k < kMaxClasses; ++k)
            flow.place(1.2 * u + smallFm.horizontalAdvance(QStringLiteral("00,000–00,000")));
        flow.place(0.8 * u + smallFm.horizontalAdvance(eventLegendText()));
        return flow.bottom();
    }

    static QString eventLegendText() { return TimelineChartPainter::tr("Event (labelled where it fits)"); }
    static QString bandLegendText() { return TimelineChartPainter::tr("Uncertain time: from the earliest to the latest it can be"); }
};

/// "3,000 records, 2 events": shown under a lane's label.
QString laneStats(const TimelineChartLane& lane) {
    const qint64 records = lane.recordTimesUtcUs.size();
    const qint64 events = lane.eventTimesUtcUs.size();
    QString stats = records == 1 ? TimelineChartPainter::tr("1 record")
                                 : TimelineChartPainter::tr("%1 records").arg(count(records));
    if (events > 0)
        stats += QStringLiteral(", ") + (events == 1 ? TimelineChartPainter::tr("1 event")
                                                     : TimelineChartPainter::tr("%1 events").arg(count(events)));
    return stats;
}

bool hasEventIn(const TimelineChartData& data, const Period& period) {
    for (const TimelineChartLane& lane : data.lanes)
        for (qint64 t : lane.eventTimesUtcUs)
            if (inPeriod(t, period))
                return true;
    return false;
}

QString binLegendText(double binUs) {
    return TimelineChartPainter::tr("Records per bin (one bin = %1):").arg(humanDuration(binUs));
}
} // namespace

QPair<qint64, qint64> TimelineChartPainter::visiblePeriod(const TimelineChartData& data) {
    const Period period = tessera::visiblePeriod(data);
    return period.valid ? qMakePair(period.lo, period.hi) : qMakePair(qint64(0), qint64(0));
}

QPainterPath TimelineChartPainter::glyph(const QString& category, const QPointF& c, double size) {
    const double h = size / 2;
    QPainterPath path;
    auto poly = [&](std::initializer_list<QPointF> pts) {
        QPolygonF pg;
        for (const QPointF& d : pts)
            pg << QPointF(c.x() + d.x() * h, c.y() + d.y() * h);
        pg << pg.first();
        path.addPolygon(pg);
    };
    if (category == QLatin1String("recruitment")) {
        path.addEllipse(c, h, h);
    } else if (category == QLatin1String("advertising")) {
        poly({{-0.85, -0.85}, {0.85, -0.85}, {0.85, 0.85}, {-0.85, 0.85}});
    } else if (category == QLatin1String("transport")) {
        poly({{-1, -1}, {1, 0}, {-1, 1}});
    } else if (category == QLatin1String("lodging")) {
        poly({{0, -1}, {1, -0.2}, {0.8, 1}, {-0.8, 1}, {-1, -0.2}}); // a house
    } else if (category == QLatin1String("payment")) {
        poly({{-0.5, -0.9}, {0.5, -0.9}, {1, 0}, {0.5, 0.9}, {-0.5, 0.9}, {-1, 0}}); // hexagon
    } else if (category == QLatin1String("violence")) {
        QPolygonF star;
        for (int i = 0; i < 10; ++i) {
            const double r = (i % 2 ? 0.45 : 1.0) * h;
            const double a = -M_PI / 2 + i * M_PI / 5;
            star << QPointF(c.x() + r * std::cos(a), c.y() + r * std::sin(a));
        }
        star << star.first();
        path.addPolygon(star);
    } else if (category == QLatin1String("threat")) {
        poly({{0, -1}, {1, 0.9}, {-1, 0.9}});
    } else if (category == QLatin1String("document-control")) {
        poly({{-1, -0.55}, {1, -0.55}, {1, 0.55}, {-1, 0.55}});
    } else if (category == QLatin1String("communication")) {
        poly({{-1, -0.9}, {1, -0.9}, {0, 1}});
    } else if (category == QLatin1String("travel")) {
        poly({{1, -1}, {-1, 0}, {1, 1}});
    } else if (category == QLatin1String("other")) {
        poly({{-0.3, -1}, {0.3, -1}, {0.3, -0.3}, {1, -0.3}, {1, 0.3}, {0.3, 0.3}, {0.3, 1}, {-0.3, 1}, {-0.3, 0.3},
              {-1, 0.3}, {-1, -0.3}, {-0.3, -0.3}}); // plus
    } else {
        path.addPolygon(diamond(c, size));
        path.closeSubpath();
    }
    return path;
}

void TimelineChartPainter::paint(QPainter& p, const QRectF& rect, const TimelineChartData& data,
                                 const QFont& baseFont) {
    paint(p, rect, data, baseFont, nullptr);
}

void TimelineChartPainter::paint(QPainter& p, const QRectF& rect, const TimelineChartData& data, const QFont& baseFont,
                                 QVector<EventHit>* hits) {
    if (rect.width() <= 0 || rect.height() <= 0)
        return;
    p.save();
    p.setClipRect(rect, Qt::IntersectClip);
    p.setRenderHint(QPainter::Antialiasing, true);
    p.setRenderHint(QPainter::TextAntialiasing, true);

    const ChartMetrics m(baseFont, p.device());
    const double u = m.u;
    const double hairline = std::max(1.0, u / 18);
    const QTimeZone zone = zoneFor(data.displayZone);
    const Period period = tessera::visiblePeriod(data);

    // Event categories present (in order of first appearance), with their display words, for glyphs and legend.
    QStringList categories, categoryWords;
    bool anyBand = false;
    for (const TimelineChartLane& lane : data.lanes)
        for (int i = 0; i < lane.eventCategories.size(); ++i) {
            if (!categories.contains(lane.eventCategories[i])) {
                categories << lane.eventCategories[i];
                categoryWords << (i < lane.eventLabels.size() ? lane.eventLabels[i] : lane.eventCategories[i]);
            }
            anyBand = anyBand || (i < lane.eventUpperUtcUs.size() && i < lane.eventTimesUtcUs.size() &&
                                  lane.eventUpperUtcUs[i] - lane.eventTimesUtcUs[i] >= kUsPerDay);
        }

    bool anyTimeInPeriod = false;
    const bool anyEvent = period.valid && hasEventIn(data, period);
    if (period.valid) {
        anyTimeInPeriod = anyEvent;
        for (int l = 0; l < data.lanes.size() && !anyTimeInPeriod; ++l)
            for (qint64 t : data.lanes[l].recordTimesUtcUs)
                if (inPeriod(t, period)) {
                    anyTimeInPeriod = true;
                    break;
                }
    }

    // ---- title line ----
    double y = rect.top();
    const QString zoneText = tr("Times in %1").arg(zoneName(data.displayZone));
    QString title = tr("Offender timeline");
    if (anyTimeInPeriod)
        title = tr("Offender timeline: %1 to %2")
                    .arg(fmt(toZone(period.lo, zone), kDayFormat), fmt(toZone(period.hi, zone), kDayFormat));
    const double zoneWidth = m.smallFm.horizontalAdvance(zoneText);
    const double titleRoom = std::max(0.0, rect.width() - zoneWidth - u);
    p.setPen(kText);
    p.setFont(m.titleFont);
    p.drawText(QRectF(rect.left(), y, titleRoom, m.titleFm.height()), Qt::AlignLeft | Qt::AlignVCenter,
               m.titleFm.elidedText(title, Qt::ElideRight, titleRoom));
    p.setFont(m.smallFont);
    p.setPen(kMutedText);
    p.drawText(QRectF(rect.right() - zoneWidth, y, zoneWidth, m.titleFm.height()), Qt::AlignRight | Qt::AlignVCenter,
               zoneText);
    y += m.titleBlock();

    if (data.lanes.isEmpty()) {
        p.setFont(m.baseFont);
        p.setPen(kMutedText);
        p.drawText(QRectF(rect.left(), y, rect.width(), std::max(u, rect.bottom() - y)), Qt::AlignCenter,
                   tr("No records or events"));
        p.restore();
        return;
    }

    // ---- horizontal layout ----
    double labelWidth = 0;
    for (const TimelineChartLane& lane : data.lanes)
        labelWidth = std::max(
            {labelWidth, m.labelFm.horizontalAdvance(lane.label), m.smallFm.horizontalAdvance(laneStats(lane))});
    labelWidth = std::clamp(labelWidth, 4 * u, std::max(4 * u, 0.25 * rect.width()));
    const double plotLeft = rect.left() + labelWidth + 0.8 * u;
    const double plotRight = rect.right() - 0.6 * u; // room for half an axis label at the right edge
    const double plotWidth = std::max(u, plotRight - plotLeft);

    // ---- bins ----
    const int binCount = std::clamp(int(plotWidth / (0.5 * u)), 1, kMaxBins);
    const double span = period.valid ? double(period.hi - period.lo) : 1.0;
    const double binsPerUs = binCount / span;
    const double binWidth = plotWidth / binCount;
    const QString binText = binLegendText(span / binCount);

    // ---- vertical layout: legend, lanes, axis, note ----
    const double noteHeight = m.smallLine * 1.2;
    const double eventBand = anyEvent ? m.smallLine + 0.8 * u : 0.0;
    double legendExtra = 0;
    if (!categories.isEmpty() || anyBand) {
        LegendFlow flow(QRectF(0, 0, rect.width(), 1), m.legendLine, u);
        for (const QString& w : categoryWords)
            flow.place(1.0 * u + m.smallFm.horizontalAdvance(w));
        if (anyBand)
            flow.place(2.2 * u + m.smallFm.horizontalAdvance(ChartMetrics::bandLegendText()));
        legendExtra = flow.bottom();
    }
    const double lanesTop = y + m.legendHeight(rect.width(), binText) + legendExtra + 0.6 * u;
    const int laneCount = int(data.lanes.size());
    const double available = rect.bottom() - lanesTop - m.axisHeight;
    int visibleLanes = laneCount;
    double laneHeight = std::clamp(available / laneCount, m.minLaneHeight(anyEvent), m.maxLaneHeight(anyEvent));
    if (laneCount * m.minLaneHeight(anyEvent) > available) {
        visibleLanes = std::max(0, int((available - noteHeight) / m.minLaneHeight(anyEvent)));
        laneHeight = m.minLaneHeight(anyEvent);
    }

    // O(n) binning: one multiply per record time.
    std::vector<std::vector<quint32>> bins(std::size_t(visibleLanes), std::vector<quint32>(std::size_t(binCount), 0));
    quint64 maximum = 0;
    quint64 minimum = std::numeric_limits<quint64>::max();
    if (period.valid) {
        for (int l = 0; l < visibleLanes; ++l) {
            std::vector<quint32>& laneBins = bins[std::size_t(l)];
            for (qint64 t : data.lanes[l].recordTimesUtcUs) {
                if (t < period.lo || t > period.hi)
                    continue;
                const int i = std::min(binCount - 1, int(double(t - period.lo) * binsPerUs));
                ++laneBins[std::size_t(i)];
            }
            for (quint32 n : laneBins) {
                maximum = std::max<quint64>(maximum, n);
                if (n > 0)
                    minimum = std::min<quint64>(minimum, n);
            }
        }
    }
    const Classes classes = Classes::forRange(minimum, maximum);

    // ---- legend ----
    {
        p.setFont(m.smallFont);
        LegendFlow flow(QRectF(rect.left(), y, rect.width(), m.legendLine), m.legendLine, u);
        if (classes.size() > 0) {
            p.setPen(kText);
            const QRectF box = flow.place(m.smallFm.horizontalAdvance(binText));
            p.drawText(box, Qt::AlignLeft | Qt::AlignVCenter, binText);
            for (int k = 0; k < classes.size(); ++k) {
                const QString text = classes.label(k);
                const QRectF item = flow.place(1.2 * u + m.smallFm.horizontalAdvance(text));
                const double base = item.bottom() - 0.15 * m.legendLine;
                const double swatchHeight = 0.7 * m.legendLine * classes.heightFraction(k);
                p.fillRect(QRectF(item.left(), base - swatchHeight, 0.9 * u, swatchHeight), classes.colour(k));
                p.setPen(QPen(kMutedText, hairline));
                p.drawLine(QPointF(item.left(), base), QPointF(item.left() + 0.9 * u, base));
                p.setPen(kText);
                p.drawText(QRectF(item.left() + 1.2 * u, item.top(), item.width() - 1.2 * u, item.height()),
                           Qt::AlignLeft | Qt::AlignVCenter, text);
            }
        }
        if (anyEvent && categories.isEmpty()) { // with categories, each glyph has its own legend item below
            const QString text = ChartMetrics::eventLegendText();
            const QRectF item = flow.place(0.8 * u + m.smallFm.horizontalAdvance(text));
            p.setPen(QPen(Qt::black, hairline));
            p.setBrush(kEventFill);
            p.drawPolygon(diamond(QPointF(item.left() + 0.3 * u, item.center().y()), 0.6 * u));
            p.setBrush(Qt::NoBrush);
            p.setPen(kText);
            p.drawText(QRectF(item.left() + 0.8 * u, item.top(), item.width() - 0.8 * u, item.height()),
                       Qt::AlignLeft | Qt::AlignVCenter, text);
        }
        if (!categories.isEmpty() || anyBand) {
            LegendFlow glyphs(QRectF(rect.left(), y + m.legendHeight(rect.width(), binText), rect.width(), m.legendLine),
                              m.legendLine, u);
            for (int k = 0; k < categories.size(); ++k) {
                const QRectF item = glyphs.place(1.0 * u + m.smallFm.horizontalAdvance(categoryWords[k]));
                p.setPen(QPen(Qt::black, hairline));
                p.setBrush(kEventFill);
                p.drawPath(glyph(categories[k], QPointF(item.left() + 0.35 * u, item.center().y()), 0.65 * u));
                p.setBrush(Qt::NoBrush);
                p.setPen(kText);
                p.drawText(QRectF(item.left() + 1.0 * u, item.top(), item.width() - 1.0 * u, item.height()),
                           Qt::AlignLeft | Qt::AlignVCenter, categoryWords[k]);
            }
            if (anyBand) {
                const QString text = ChartMetrics::bandLegendText();
                const QRectF item = glyphs.place(2.2 * u + m.smallFm.horizontalAdvance(text));
                const QRectF band(item.left(), item.center().y() - 0.22 * u, 1.9 * u, 0.44 * u);
                p.setPen(QPen(kEventFill, hairline));
                p.setBrush(QBrush(kEventFill, Qt::BDiagPattern));
                p.drawRect(band);
                p.setBrush(Qt::NoBrush);
                p.setPen(kText);
                p.drawText(QRectF(item.left() + 2.2 * u, item.top(), item.width() - 2.2 * u, item.height()),
                           Qt::AlignLeft | Qt::AlignVCenter, text);
            }
        }
    }

    const double lanesBottom = lanesTop + visibleLanes * laneHeight;
    auto xOf = [&](qint64 t) { return plotLeft + double(t - period.lo) / span * plotWidth; };

    // ---- lane backgrounds and grid ----
    for (int l = 0; l < visibleLanes; l += 2)
        p.fillRect(QRectF(rect.left(), lanesTop + l * laneHeight, rect.width(), laneHeight), kLaneShade);

    std::vector<Tick> ticks;
    if (anyTimeInPeriod) {
        ticks = makeTicks(period, chooseStep(period, plotWidth, m.smallFm, u), zone);
        p.setPen(QPen(kGrid, hairline));
        for (const Tick& tick : ticks) {
            const double x = xOf(tick.utcUs);
            p.drawLine(QPointF(x, lanesTop), QPointF(x, lanesBottom));
        }
    }

    // ---- lanes ----
    for (int l = 0; l < visibleLanes; ++l) {
        const TimelineChartLane& lane = data.lanes[l];
        const double top = lanesTop + l * laneHeight;
        const double barBottom = top + laneHeight - 0.2 * u;
        const double barTop = top + 0.2 * u + eventBand;
        const double barArea = std::max(0.0, barBottom - barTop);

        // label, and the counts under it when there is room
        p.setPen(kText);
        p.setFont(m.labelFont);
        const bool twoLines = laneHeight >= m.labelFm.height() + m.smallLine + 0.3 * u;
        const double labelBlock = twoLines ? m.labelFm.height() + m.smallLine : m.labelFm.height();
        const double labelTop = top + (laneHeight - labelBlock) / 2;
        p.drawText(QRectF(rect.left() + 0.3 * u, labelTop, labelWidth, m.labelFm.height()),
                   Qt::AlignLeft | Qt::AlignVCenter, m.labelFm.elidedText(lane.label, Qt::ElideRight, labelWidth));
        if (twoLines) {
            p.setFont(m.smallFont);
            p.setPen(kMutedText);
            const QString stats = laneStats(lane);
            p.drawText(QRectF(rect.left() + 0.3 * u, labelTop + m.labelFm.height(), labelWidth, m.smallLine),
                       Qt::AlignLeft | Qt::AlignVCenter, m.smallFm.elidedText(stats, Qt::ElideRight, labelWidth));
        }

        // baseline: an empty stretch of lane means no records in that period
        p.setPen(QPen(kMutedText, hairline));
        p.drawLine(QPointF(plotLeft, barBottom), QPointF(plotLeft + plotWidth, barBottom));

        // density bars: height and shade both follow the count class
        if (classes.size() > 0 && data.showRecords) {
            const std::vector<quint32>& laneBins = bins[std::size_t(l)];
            const double gap = binWidth > 4 * hairline ? hairline : 0.0;
            for (int i = 0; i < binCount; ++i) {
                const quint32 n = laneBins[std::size_t(i)];
                if (n == 0)
                    continue;
                const int k = classes.classOf(n);
                const double h = barArea * classes.heightFraction(k);
                p.fillRect(QRectF(plotLeft + i * binWidth, barBottom - h, binWidth - gap, h), classes.colour(k));
            }
        }

        // events: diamonds, and labels left to right where they do not collide
        if (anyEvent && !lane.eventTimesUtcUs.isEmpty()) {
            std::vector<int> order;
            order.reserve(std::size_t(lane.eventTimesUtcUs.size()));
            for (int i = 0; i < lane.eventTimesUtcUs.size(); ++i)
                if (inPeriod(lane.eventTimesUtcUs[i], period))
                    order.push_back(i);
            std::stable_sort(order.begin(), order.end(),
                             [&](int a, int b) { return lane.eventTimesUtcUs[a] < lane.eventTimesUtcUs[b]; });
            const double size = 0.65 * u;
            const double labelY = top + 0.15 * u;
            const double markY = labelY + m.smallLine + 0.45 * u;
            const double maxLabel = m.smallFm.averageCharWidth() * 16;
            double labelsEnd = -std::numeric_limits<double>::infinity();
            double lastMarkX = -std::numeric_limits<double>::infinity();
            p.setFont(m.smallFont);
            for (int i : order) {
                const qint64 lower = lane.eventTimesUtcUs[i];
                const qint64 upper = i < lane.eventUpperUtcUs.size() ? std::min(lane.eventUpperUtcUs[i], period.hi) : lower;
                const double x0 = xOf(lower);
                const double x1 = xOf(std::max(lower, upper));
                const bool band = x1 - x0 > size;
                const double x = band ? (x0 + x1) / 2 : x0;
                const qint64 id = i < lane.eventIds.size() ? lane.eventIds[i] : 0;
                const bool selected = id && data.selectedEventIds.contains(id);
                if (band) { // uncertainty: a hatched band from the earliest to the latest instant
                    p.setPen(QPen(kEventFill, hairline));
                    p.setBrush(QBrush(kEventFill, Qt::BDiagPattern));
                    p.drawRect(QRectF(x0, markY - 0.22 * u, x1 - x0, 0.44 * u));
                    p.setBrush(Qt::NoBrush);
                }
                if (x - lastMarkX >= 0.2 * size || selected || band) { // marks at one spot are drawn once (small PDFs)
                    p.setPen(QPen(kMutedText, hairline, Qt::DotLine));
                    p.drawLine(QPointF(x, markY + size / 2), QPointF(x, barBottom));
                    p.setPen(QPen(Qt::black, hairline));
                    p.setBrush(kEventFill);
                    const QString category = i < lane.eventCategories.size() ? lane.eventCategories[i] : QString();
                    p.drawPath(glyph(category, QPointF(x, markY), size));
                    p.setBrush(Qt::NoBrush);
                    if (selected) {
                        p.setPen(QPen(Qt::black, 2.5 * hairline));
                        p.drawEllipse(QPointF(x, markY), 0.75 * size, 0.75 * size);
                    }
                    lastMarkX = x;
                }
                if (hits && id)
                    hits->append({id, QRectF(std::min(x0, x - size / 2), markY - size / 2,
                                             std::max(x1 - x0, size), size)});
                const QString label = i < lane.eventLabels.size() ? lane.eventLabels[i].simplified() : QString();
                if (label.isEmpty())
                    continue;
                const QString shown = m.smallFm.elidedText(label, Qt::ElideRight, maxLabel);
                const double w = m.smallFm.horizontalAdvance(shown);
                const double left = std::min(x - size / 2, rect.right() - w);
                if (left < labelsEnd + 0.5 * u || left < plotLeft - size)
                    continue;
                p.setPen(kText);
                p.drawText(QRectF(left, labelY, w + 1, m.smallLine), Qt::AlignLeft | Qt::AlignVCenter, shown);
                labelsEnd = left + w;
            }
        }
    }

    if (!anyTimeInPeriod) {
        p.setFont(m.baseFont);
        p.setPen(kMutedText);
        p.drawText(QRectF(plotLeft, lanesTop, plotWidth, std::max(u, lanesBottom - lanesTop)), Qt::AlignCenter,
                   tr("No records or events in this period"));
    }

    // ---- time axis ----
    double axisBottom = lanesBottom;
    if (!ticks.empty()) {
        p.setPen(QPen(kText, hairline));
        p.drawLine(QPointF(plotLeft, lanesBottom), QPointF(plotLeft + plotWidth, lanesBottom));
        p.setFont(m.smallFont);
        double mainEnd = -std::numeric_limits<double>::infinity();
        double contextEnd = -std::numeric_limits<double>::infinity();
        QString lastContext;
        const double labelTop = lanesBottom + 0.35 * u;
        for (const Tick& tick : ticks) {
            const double x = xOf(tick.utcUs);
            p.setPen(QPen(kText, hairline));
            p.drawLine(QPointF(x, lanesBottom), QPointF(x, lanesBottom + 0.3 * u));
            const double w = m.smallFm.horizontalAdvance(tick.main);
            const double left = std::clamp(x - w / 2, rect.left(), rect.right() - w);
            if (left >= mainEnd + 0.4 * u) {
                p.drawText(QRectF(left, labelTop, w + 1, m.smallLine), Qt::AlignLeft | Qt::AlignVCenter, tick.main);
                mainEnd = left + w;
            }
            if (!tick.context.isEmpty() && tick.context != lastContext) {
                const double cw = m.smallFm.horizontalAdvance(tick.context);
                const double cleft = std::clamp(x - w / 2, rect.left(), rect.right() - cw);
                if (cleft >= contextEnd + 0.6 * u) {
                    p.setPen(kMutedText);
                    p.drawText(QRectF(cleft, labelTop + m.smallLine, cw + 1, m.smallLine),
                               Qt::AlignLeft | Qt::AlignVCenter, tick.context);
                    contextEnd = cleft + cw;
                    lastContext = tick.context;
                }
            }
        }
        axisBottom = lanesBottom + m.axisHeight;
    }

    if (visibleLanes < laneCount) {
        const int hidden = laneCount - visibleLanes;
        const QString note = hidden == 1 ? tr("1 more person is not shown here for lack of room; the timeline table "
                                              "lists every record and event.")
                                         : tr("%1 more people are not shown here for lack of room; the timeline "
                                              "table lists every record and event.")
                                               .arg(count(hidden));
        p.setFont(m.smallFont);
        p.setPen(kText);
        p.drawText(QRectF(rect.left(), axisBottom, rect.width(), noteHeight), Qt::AlignLeft | Qt::AlignVCenter,
                   m.smallFm.elidedText(note, Qt::ElideRight, rect.width()));
    }
    p.restore();
}

double TimelineChartPainter::preferredHeight(const TimelineChartData& data, const QFont& baseFont,
                                             const QPaintDevice* device, double width) {
    const ChartMetrics m(baseFont, device);
    if (data.lanes.isEmpty())
        return m.titleBlock() + 3 * m.u;
    const Period period = tessera::visiblePeriod(data);
    const bool anyEvent = period.valid && hasEventIn(data, period);
    const double binUs = period.valid ? double(period.hi - period.lo) / kMaxBins : 1.0;
    return m.titleBlock() + m.legendHeight(width, binLegendText(binUs)) + 0.6 * m.u +
           double(data.lanes.size()) * m.maxLaneHeight(anyEvent) + m.axisHeight;
}

QString TimelineChartPainter::textAlternative(const TimelineChartData& data) {
    const Period period = tessera::visiblePeriod(data);
    bool anyTime = false;
    for (const TimelineChartLane& lane : data.lanes)
        anyTime = anyTime || !lane.recordTimesUtcUs.isEmpty() || !lane.eventTimesUtcUs.isEmpty();
    if (data.lanes.isEmpty() || !anyTime || !period.valid)
        return tr("No records or events.");

    const QTimeZone zone = zoneFor(data.displayZone);
    auto day = [&](qint64 t) { return fmt(toZone(t, zone), "yyyy-MM-dd"); };
    QStringList lines;
    const qint64 people = data.lanes.size();
    lines << tr("Offender timeline from %1 to %2, times in %3; %4.")
                 .arg(day(period.lo), day(period.hi), zoneName(data.displayZone),
                      people == 1 ? tr("1 person") : tr("%1 people").arg(count(people)));
    for (const TimelineChartLane& lane : data.lanes) {
        const qint64 records = lane.recordTimesUtcUs.size();
        QString recordText;
        if (records == 0) {
            recordText = tr("no records");
        } else {
            const auto [first, last] =
                std::minmax_element(lane.recordTimesUtcUs.cbegin(), lane.recordTimesUtcUs.cend());
            recordText = records == 1
                             ? tr("1 record on %1").arg(day(*first))
                             : tr("%1 records, first %2, last %3").arg(count(records), day(*first), day(*last));
        }
        const qint64 events = lane.eventTimesUtcUs.size();
        const QString eventText = events == 0   ? tr("no events")
                                  : events == 1 ? tr("1 event")
                                                : tr("%1 events").arg(count(events));
        lines << tr("%1: %2; %3.").arg(lane.label, recordText, eventText);
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace tessera
