#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QVector>

namespace tessera {

/// One PDF bookmark: a title and the 0-based page it opens at.
struct PdfBookmark {
    QString title;
    int page = 0;
};

/**
 * Post-processes a PDF written by QPdfWriter with libqpdf (Qt 6.4 writes no outline, and stamps the current time and a
 * random document id): adds a flat outline of `bookmarks` (the document opens with it shown), sets the document
 * information's /CreationDate and /ModDate to `created` and /Producer to `producer`, drops the XMP metadata stream
 * (it repeats the dates and carries a random id), and writes a content-derived /ID (qpdf's deterministic ID), so the
 * same pages give the same bytes. Bookmark titles and the metadata are the caller's display text: the caller keeps
 * protected identities out of them. Returns the new bytes, or an empty array with `error` set when qpdf fails.
 */
class PdfFinisher {
public:
    static QByteArray finish(const QByteArray& pdf, const QVector<PdfBookmark>& bookmarks, const QDateTime& created,
                             const QString& producer, QString* error);
    /// The page count of a PDF held in memory (for a PDF exhibit's Bates range), or -1 with `error` set.
    static int pageCount(const QByteArray& pdf, QString* error);
};

} // namespace tessera
