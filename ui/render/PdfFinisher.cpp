#include "render/PdfFinisher.h"

#include <qpdf/Buffer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFWriter.hh>

#include <QTimeZone>
#include <algorithm>
#include <exception>

namespace tessera {
namespace {

std::string pdfDate(const QDateTime& t) {
    return t.toUTC().toString(QStringLiteral("'D:'yyyyMMddHHmmss'Z'")).toStdString();
}

} // namespace

QByteArray PdfFinisher::finish(const QByteArray& bytes, const QVector<PdfBookmark>& bookmarks, const QDateTime& created,
                               const QString& producer, QString* error) {
    try {
        QPDF pdf;
        pdf.setSuppressWarnings(true);
        pdf.processMemoryFile("document.pdf", bytes.constData(), size_t(bytes.size()));
        const std::vector<QPDFPageObjectHelper> pages = QPDFPageDocumentHelper(pdf).getAllPages();
        QPDFObjectHandle root = pdf.getRoot();
        if (!bookmarks.isEmpty() && !pages.empty()) {
            QPDFObjectHandle outlines = pdf.makeIndirectObject(QPDFObjectHandle::newDictionary());
            outlines.replaceKey("/Type", QPDFObjectHandle::newName("/Outlines"));
            std::vector<QPDFObjectHandle> items;
            for (const PdfBookmark& b : bookmarks) {
                const int page = std::clamp(b.page, 0, int(pages.size()) - 1);
                QPDFObjectHandle item = pdf.makeIndirectObject(QPDFObjectHandle::newDictionary());
                item.replaceKey("/Title", QPDFObjectHandle::newUnicodeString(b.title.toStdString()));
                item.replaceKey("/Parent", outlines);
                item.replaceKey("/Dest", QPDFObjectHandle::newArray(std::vector<QPDFObjectHandle>{
                                             pages[std::size_t(page)].getObjectHandle(),
                                             QPDFObjectHandle::newName("/Fit")}));
                items.push_back(item);
            }
            for (std::size_t i = 0; i < items.size(); ++i) {
                if (i > 0)
                    items[i].replaceKey("/Prev", items[i - 1]);
                if (i + 1 < items.size())
                    items[i].replaceKey("/Next", items[i + 1]);
            }
            outlines.replaceKey("/First", items.front());
            outlines.replaceKey("/Last", items.back());
            outlines.replaceKey("/Count", QPDFObjectHandle::newInteger(static_cast<long long>(items.size())));
            root.replaceKey("/Outlines", outlines);
            root.replaceKey("/PageMode", QPDFObjectHandle::newName("/UseOutlines"));
        }
        root.removeKey("/Metadata");
        QPDFObjectHandle trailer = pdf.getTrailer();
        QPDFObjectHandle info = trailer.getKey("/Info");
        if (!info.isDictionary()) {
            info = pdf.makeIndirectObject(QPDFObjectHandle::newDictionary());
            trailer.replaceKey("/Info", info);
        }
        if (created.isValid()) {
            info.replaceKey("/CreationDate", QPDFObjectHandle::newString(pdfDate(created)));
            info.replaceKey("/ModDate", QPDFObjectHandle::newString(pdfDate(created)));
        }
        info.replaceKey("/Producer", QPDFObjectHandle::newUnicodeString(producer.toStdString()));
        QPDFWriter writer(pdf);
        writer.setOutputMemory();
        writer.setDeterministicID(true);
        writer.write();
        std::shared_ptr<Buffer> out = writer.getBufferSharedPointer();
        return QByteArray(reinterpret_cast<const char*>(out->getBuffer()), qsizetype(out->getSize()));
    } catch (const std::exception& e) {
        if (error)
            *error = QStringLiteral("PDF post-processing failed: %1").arg(QString::fromUtf8(e.what()));
        return {};
    }
}

int PdfFinisher::pageCount(const QByteArray& bytes, QString* error) {
    try {
        QPDF pdf;
        pdf.setSuppressWarnings(true);
        pdf.processMemoryFile("exhibit.pdf", bytes.constData(), size_t(bytes.size()));
        return int(QPDFPageDocumentHelper(pdf).getAllPages().size());
    } catch (const std::exception& e) {
        if (error)
            *error = QString::fromUtf8(e.what());
        return -1;
    }
}

} // namespace tessera
