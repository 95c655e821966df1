#include "main/UserGuideWindow.h"

#include <QImage>
#include <QPushButton>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextBrowser>
#include <QVBoxLayout>

static void initGuideResources() { Q_INIT_RESOURCE(guide); }

namespace tessera {
namespace {

/// Screenshots are taken at full screen size; shown at most `maxWidth` pixels wide (aspect kept) so the guide reads
/// without sideways scrolling.
void fitImages(QTextDocument* doc, int maxWidth) {
    QTextCursor cursor(doc);
    for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
        for (auto it = b.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            QTextImageFormat image = fragment.charFormat().toImageFormat();
            if (!image.isValid())
                continue;
            const QImage picture(QStringLiteral(":/guide/") + image.name());
            if (picture.isNull() || picture.width() <= maxWidth)
                continue;
            image.setWidth(maxWidth);
            image.setHeight(double(picture.height()) * maxWidth / picture.width());
            cursor.setPosition(fragment.position());
            cursor.setPosition(fragment.position() + fragment.length(), QTextCursor::KeepAnchor);
            cursor.setCharFormat(image);
        }
    }
}

} // namespace

UserGuideWindow::UserGuideWindow(QWidget* parent) : QWidget(parent, Qt::Window), m_browser(new QTextBrowser(this)) {
    initGuideResources();
    setObjectName(QStringLiteral("userGuideWindow"));
    setWindowTitle(tr("Tessera user guide"));
    setAttribute(Qt::WA_DeleteOnClose);
    resize(900, 760);
    m_browser->setObjectName(QStringLiteral("userGuideBrowser"));
    m_browser->setAccessibleName(tr("User guide"));
    m_browser->setOpenExternalLinks(false); // offline: web links are not followed
    m_browser->setSource(QUrl(QStringLiteral("qrc:/guide/USER-GUIDE.md")), QTextDocument::MarkdownResource);
    fitImages(m_browser->document(), 820);
    auto* close = new QPushButton(tr("&Close"), this);
    close->setObjectName(QStringLiteral("userGuideClose"));
    connect(close, &QPushButton::clicked, this, &QWidget::close);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_browser, 1);
    layout->addWidget(close, 0, Qt::AlignRight);
}

} // namespace tessera
