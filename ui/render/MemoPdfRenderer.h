#pragma once

#include "packet/ProsecutionMemo.h"

#include <QCoreApplication>
#include <QDateTime>

namespace tessera {

/**
 * Draws the prosecution memo (DESIGN §10, tier 2) as a US Letter PDF at 300 dpi: a cover (case, marking, what the
 * memo is), then each section, tables with their header row repeated on every page. Every page carries the memo's
 * marking ("attorney work product — not for production") at the top and bottom and "Page i of N"; there are no Bates
 * numbers. Sections are PDF bookmarks (PdfFinisher, libqpdf). Needs a QGuiApplication (offscreen is enough) and an
 * installed font; DejaVu Sans is preferred and Qt's font fallback covers other scripts (fonts-noto-core, -cjk).
 */
class MemoPdfRenderer final : public MemoRenderer {
    Q_DECLARE_TR_FUNCTIONS(MemoPdfRenderer)

public:
    /// Writes the memo to `pdfPath` through QSaveFile. Returns the page count, or -1 with `error` set.
    int render(const ProsecutionMemo& memo, const QString& pdfPath, QString* error) override;
    /// The PDF's creation date (default: now); fixed by tests that compare bytes.
    void setCreated(const QDateTime& created) { m_created = created; }

private:
    QDateTime m_created;
};

} // namespace tessera
