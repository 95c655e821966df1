#pragma once

#include "packet/ProductionReport.h"

#include <QCoreApplication>
#include <QFont>
#include <QPainterPath>
#include <QPair>
#include <QRectF>
#include <QVector>
#include <QString>

class QPainter;
class QPaintDevice;

namespace tessera {

/**
 * Draws the offender timeline chart (DESIGN §10): a title line, a legend, one horizontal lane per person (label on
 * the left), the person's records as a density strip (unless data.showRecords is false) (record times binned into equal columns across the time axis;
 * each bin is a bar whose height *and* shade give its count class, so the chart reads in greyscale), the person's
 * events as marks with short labels where they fit — one glyph per category with a legend when categories are
 * given (else diamonds), an event whose time is uncertain (a range wider than its mark) as a hatched band from its
 * lower to its upper bound with the mark in the middle, selected events ringed — and a time axis labelled in
 * `data.displayZone`.
 *
 * The same painter serves the screen (QWidget, QImage) and paper (QPdfWriter): every length is derived from the
 * line height of `baseFont` on the painter's device, so a 9 pt font gives the same proportions at 96 dpi and 300 dpi.
 * Colour never carries meaning alone: bar heights, diamond shapes and legend text say the same. Stateless.
 */
class TimelineChartPainter {
public:
    /**
     * The chart's words in the interface language (QCoreApplication::translate, context
     * "tessera::TimelineChartPainter", as lupdate names it), or in English, the source language, while a
     * SourceLanguage scope is alive on this thread. Used instead of Q_DECLARE_TR_FUNCTIONS so that paper stays in one
     * language while the screen follows the user's choice.
     */
    static QString tr(const char* sourceText, const char* disambiguation = nullptr, int n = -1);

    /**
     * While alive, the chart painted on this thread is in English whatever the interface language: the discovery
     * production's report is written in English (ReportPdfRenderer), and its chart page must match it. Nests.
     */
    class SourceLanguage {
    public:
        SourceLanguage();
        ~SourceLanguage();
        SourceLanguage(const SourceLanguage&) = delete;
        SourceLanguage& operator=(const SourceLanguage&) = delete;
    };

    /**
     * Paints the chart into `rect` (logical coordinates of `p`). The painter's state is saved and restored.
     *
     * - Times are UTC microseconds; the visible period is [data.fromUtcUs, data.toUtcUs]. When toUtcUs <= fromUtcUs
     *   the period is taken from the data; a single instant is shown in the middle of a one-day window. Times outside
     *   the period are not drawn.
     * - An unknown or empty displayZone falls back to UTC (the title says which zone is used).
     * - Zero lanes draw the title and "No records or events"; lanes with no time in the period are drawn empty
     *   under "No records or events in this period".
     * - Binning is O(total record times); a million times per lane paint in well under a second.
     * - When the lanes do not fit in `rect` at a readable height, the first lanes are drawn and a note says how many
     *   are not shown (the text alternative and the report's timeline table still carry them).
     */
    static void paint(QPainter& p, const QRectF& rect, const TimelineChartData& data, const QFont& baseFont);

    /// Where an event mark was drawn (for hit testing on screen): the event id and its mark's box, in `p`'s
    /// logical coordinates.
    struct EventHit {
        qint64 eventId = 0;
        QRectF box;
    };
    /// As paint(), and appends the box of every event mark drawn that has an id (lane.eventIds) to `hits`.
    static void paint(QPainter& p, const QRectF& rect, const TimelineChartData& data, const QFont& baseFont,
                      QVector<EventHit>* hits);
    /// The period paint() shows (UTC microseconds): data.from/toUtcUs, or the data's extent padded by 2 %; {0, 0}
    /// when there is nothing to show.
    static QPair<qint64, qint64> visiblePeriod(const TimelineChartData& data);
    /// The glyph of an event category, centred on `centre`, `size` across (empty or unknown category: a diamond).
    /// Twelve categories, twelve shapes, so the chart reads without colour.
    static QPainterPath glyph(const QString& category, const QPointF& centre, double size);

    /**
     * A short plain-text description of the chart for assistive technology and for readers of the printed page:
     * the period and zone, then one line per lane with its record count, the dates (in displayZone, yyyy-MM-dd) of
     * its first and last record, and its event count. "No records or events." when there is nothing to show.
     */
    static QString textAlternative(const TimelineChartData& data);

    /**
     * The height (in `device` units) at which paint() draws every lane at its largest lane height for a chart
     * `width` units wide: a caller with room to spare (a scroll area, the PDF page) can give the chart no more than
     * this. Lanes shrink to a readable minimum when given less.
     */
    static double preferredHeight(const TimelineChartData& data, const QFont& baseFont, const QPaintDevice* device,
                                  double width);
};

} // namespace tessera
