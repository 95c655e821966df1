#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

namespace tessera {

/// One block of the prosecution memo: a sub-heading, a paragraph, a muted note or a table. Text is final display text.
struct MemoBlock {
    enum class Kind { Heading, Paragraph, Note, Table };
    Kind kind = Kind::Paragraph;
    QString text;                 ///< Heading, Paragraph, Note
    QStringList headers;          ///< Table: header row (repeated on every page the table spans)
    QVector<double> widths;       ///< Table: column widths in percent of the text width (may be empty: equal)
    QVector<QStringList> rows;    ///< Table: body rows, each headers.size() cells

    static MemoBlock heading(const QString& t) { return {Kind::Heading, t, {}, {}, {}}; }
    static MemoBlock paragraph(const QString& t) { return {Kind::Paragraph, t, {}, {}, {}}; }
    static MemoBlock note(const QString& t) { return {Kind::Note, t, {}, {}, {}}; }
    static MemoBlock table(const QStringList& h, const QVector<double>& w, const QVector<QStringList>& r) {
        return {Kind::Table, {}, h, w, r};
    }
};

/// A numbered section of the memo (a PDF bookmark each).
struct MemoSection {
    QString title;
    QVector<MemoBlock> blocks;
};

/**
 * The prosecution memo (tier 2 of DESIGN §10) as plain data, built by core/packet (MemoBuilder) and drawn by
 * tessera_render. Internal work product: not Bates-numbered, marked on every page, never part of a production.
 */
struct ProsecutionMemo {
    QString marking;       ///< e.g. "ATTORNEY WORK PRODUCT — NOT FOR PRODUCTION", on every page
    QString caseTitle;
    QString caseNumber;
    QString agency;
    QString investigator;
    QString generatedAt;   ///< display text of the time the memo was made
    QString displayZone;   ///< IANA zone id of the display times
    QStringList preface;   ///< paragraphs on the cover (what this document is and is not)
    QVector<MemoSection> sections;
};

/// Draws a ProsecutionMemo into a PDF; implemented in tessera_render so core never links a Gui library.
class MemoRenderer {
public:
    virtual ~MemoRenderer() = default;
    /// Writes the memo to `pdfPath` atomically (QSaveFile). Returns the page count, or -1 with `error` set.
    virtual int render(const ProsecutionMemo& memo, const QString& pdfPath, QString* error) = 0;
};

} // namespace tessera
