// Help → User guide (issue 9 point 5): docs/USER-GUIDE.md rendered inside the application, offline.
#pragma once

#include <QWidget>

class QTextBrowser;

namespace tessera {

/**
 * A window showing the user guide. The guide (docs/USER-GUIDE.md) and its screenshots (docs/images) are compiled
 * into the program (resource prefix /guide), so it works on a laptop without a network; Markdown is rendered by
 * QTextDocument. Links to other sections stay inside the window; web links are shown, not followed (offline).
 */
class UserGuideWindow : public QWidget {
    Q_OBJECT
public:
    explicit UserGuideWindow(QWidget* parent = nullptr);
    /// The rendered guide (for tests).
    QTextBrowser* browser() const { return m_browser; }

private:
    QTextBrowser* m_browser;
};

} // namespace tessera
